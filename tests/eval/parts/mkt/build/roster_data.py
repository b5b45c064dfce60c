"""Hand-written roster for the mkt part: south-central Minnesota (all people invented; places, ZIPs, FIPS real)."""

ADV = {"MN": "h.lindahl@rivervalleywealth.example"}
ADV_BY_CITY = {
    "New Ulm": "h.lindahl@rivervalleywealth.example",
    "Le Center": "h.lindahl@rivervalleywealth.example",
    "Mankato": "t.oyelaran@rivervalleywealth.example",
    "North Mankato": "t.oyelaran@rivervalleywealth.example",
    "St. Peter": "t.oyelaran@rivervalleywealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- New Ulm (56073, Brown County) ----
    ("MKT001", "Reinhold", "A.", "Schwermann", "Reiny", "", "Luella", "Schwermann", "New Ulm", "MN", "56073", "1941-02-11", "412 S German St", False),
    ("MKT002", "Luella", "", "Schwermann", "", "Kuehn", "Reinhold", "Schwermann", "New Ulm", "MN", "56073", "1944-07-08", "412 S German St", False),
    ("MKT003", "Gerhard", "", "Hillesheim", "Gerd", "", "Marlys", "Hillesheim", "New Ulm", "MN", "56073", "1958-09-23", "1207 N Broadway St", False),
    ("MKT004", "Marlys", "", "Hillesheim", "", "Fritsche", "Gerhard", "Hillesheim", "New Ulm", "MN", "56073", "1960-03-02", "1207 N Broadway St", False),
    ("MKT005", "Irmgard", "", "Rosenhahn", "Irma", "Kuehn", "", "", "New Ulm", "MN", "56073", "1939-05-14", "22 S Payne St", False),
    # ---- Mankato (56001, Blue Earth County) ----
    ("MKT006", "Bradley", "", "Koehnen Jr.", "Brad", "", "Tamara", "Koehnen", "Mankato", "MN", "56001", "1969-11-30", "118 Hickory St", False),
    ("MKT007", "Tamara", "", "Koehnen", "Tami", "", "Bradley", "Koehnen Jr.", "Mankato", "MN", "56001", "1971-04-17", "118 Hickory St", False),
    ("MKT008", "Ximena", "", "Gallegos Orozco", "", "", "", "", "Mankato", "MN", "56001", "1986-08-09", "", False),
    ("MKT009", "Hamdi", "", "Warsame", "", "", "Abdirahman", "Yusuf", "Mankato", "MN", "56001", "", "905 N 4th St", False),
    ("MKT010", "Lucas", "", "Brandvold", "Luke", "", "Hannah", "Brandvold", "Mankato", "MN", "56001", "1994-06-02", "1520 Warren St", False),
    # ---- North Mankato (56003, Nicollet County) ----
    ("MKT011", "Anders", "", "Thorsrud", "", "", "Leah", "Thorsrud", "North Mankato", "MN", "56003", "1974-10-12", "1730 Lookout Dr", False),
    ("MKT012", "LaVonne", "", "Rademacher", "", "Zieske", "", "", "North Mankato", "MN", "56003", "1936-12-01", "411 Belgrade Ave", False),
    ("MKT013", "Dale", "R.", "Ebert", "", "", "", "", "North Mankato", "MN", "56003", "1960-04-27", "2214 Commerce Dr", False),
    ("MKT014", "Wendell", "", "Prochnow", "", "", "", "", "North Mankato", "MN", "56003", "1952-08-15", "608 Grant Ave", True),
    # ---- St. Peter (56082, Nicollet County) ----
    ("MKT015", "Dolores", "M.", "Tschida", "Dee", "Wenisch", "", "", "St. Peter", "MN", "56082", "1938-03-19", "327 W Broadway Ave", False),
    ("MKT016", "Paul", "", "Engebretson", "", "", "Janelle", "Engebretson", "St. Peter", "MN", "56082", "1966-02-08", "1015 N Washington Ave", False),
    ("MKT017", "Janelle", "", "Engebretson", "", "Quade", "Paul", "Engebretson", "St. Peter", "MN", "56082", "1967-09-14", "1015 N Washington Ave", False),
    ("MKT018", "Kjersti", "", "Halvorsen-Moe", "", "", "", "", "St. Peter", "MN", "56082", "", "520 W College Ave", False),
    # ---- Le Center (56057, Le Sueur County) ----
    ("MKT019", "Aloysius", "", "Sladek", "Al", "", "Bernice", "Sladek", "Le Center", "MN", "56057", "1945-08-22", "220 W Minnesota St", False),
    ("MKT020", "Bernice", "", "Sladek", "", "Pexa", "Aloysius", "Sladek", "Le Center", "MN", "56057", "1946-01-30", "220 W Minnesota St", False),
    ("MKT021", "Mary Jo", "", "Pribyl", "", "Chalupsky", "Dennis", "Pribyl", "Le Center", "MN", "56057", "1963-05-05", "45 S Cordova St", False),
    ("MKT022", "Thomas", "", "Rynda", "Tom", "", "Carol", "Rynda", "Le Center", "MN", "56057", "1950-10-03", "88 E Tyrone St", False),
]

NO_PHONE = {"MKT011", "MKT022"}
NO_BIRTH = {"MKT009", "MKT018"}   # the birth_date column is left blank for these (already blank above)
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
