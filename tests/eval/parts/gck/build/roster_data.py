"""Hand-written roster for part gck: southwest Kansas (all people invented; places, ZIPs, FIPS real)."""

ADV = {"KS": "m.ostrander@highplainswealth.example"}
ADV_BY_ID = {  # two advisers: Garden City/Holcomb/Ulysses and Dodge City/Liberal
    "GCK003": "r.villanueva@highplainswealth.example", "GCK004": "r.villanueva@highplainswealth.example",
    "GCK006": "r.villanueva@highplainswealth.example", "GCK010": "r.villanueva@highplainswealth.example",
    "GCK011": "r.villanueva@highplainswealth.example", "GCK012": "r.villanueva@highplainswealth.example",
    "GCK013": "r.villanueva@highplainswealth.example", "GCK016": "r.villanueva@highplainswealth.example",
    "GCK017": "r.villanueva@highplainswealth.example", "GCK018": "r.villanueva@highplainswealth.example",
    "GCK022": "r.villanueva@highplainswealth.example",
}

# (id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc)
R = [
    ("GCK001", "Delbert", "Ray", "Wiens", "Del", "", "Arlene", "Wiens", "Garden City", "KS", "67846", "1945-05-12", "1104 N 8th St", False),
    ("GCK002", "Arlene", "Joy", "Wiens", "", "Friesen", "Delbert", "Wiens", "Garden City", "KS", "67846", "1947-10-03", "1104 N 8th St", False),
    ("GCK003", "Rosalinda", "", "Olivas Barrientos", "Rosie", "", "Ernesto", "Olivas", "Dodge City", "KS", "67801", "1963-08-21", "907 Ave G", False),
    ("GCK004", "Ernesto", "", "Olivas", "Neto", "", "Rosalinda", "Olivas Barrientos", "Dodge City", "KS", "67801", "1960-01-17", "907 Ave G", False),
    ("GCK005", "Harlan", "Lee", "Schmidtberger Jr.", "", "", "Connie", "Schmidtberger", "Ulysses", "KS", "67880", "1958-06-30", "412 W Kansas Ave", False),
    ("GCK006", "LaVonne", "", "Kuhlman", "", "Rupp", "", "", "Dodge City", "KS", "67801", "1940-04-14", "2301 Central Ave", False),
    ("GCK007", "Thanh", "Van", "Pham", "Tommy", "", "Lien", "Pham", "Garden City", "KS", "67846", "1966-02-11", "1510 E Fulton St", False),
    ("GCK008", "Lien", "", "Pham", "", "Tran", "Thanh", "Pham", "Garden City", "KS", "67846", "1969-09-05", "1510 E Fulton St", False),
    ("GCK009", "Hodan", "", "Farah", "", "", "", "", "Garden City", "KS", "67846", "", "2205 Belmont Pl", False),
    ("GCK010", "Betty Jo", "", "Koehn", "", "Unruh", "", "", "Liberal", "KS", "67901", "1939-12-01", "620 N Lincoln Ave", False),
    ("GCK011", "Curtis", "Wayne", "Ochsner", "Curt", "", "Tamara", "Ochsner", "Liberal", "KS", "67901", "1971-03-09", "1830 N Clay Ave", False),
    ("GCK012", "Tamara", "", "Ochsner", "Tami", "Bontrager", "Curtis", "Ochsner", "Liberal", "KS", "67901", "1973-07-22", "1830 N Clay Ave", False),
    ("GCK013", "Jesus", "", "Carrasco", "Chuy", "", "Marisol", "Carrasco", "Liberal", "KS", "67901", "1970-11-12", "315 S Grant Ave", False),
    ("GCK014", "Orville", "Dean", "Penner", "", "", "Darlene", "Penner", "Ulysses", "KS", "67880", "1944-02-09", "218 N Colorado St", False),
    ("GCK015", "Darlene", "", "Penner", "", "Stegman", "Orville", "Penner", "Ulysses", "KS", "67880", "1946-08-27", "218 N Colorado St", False),
    ("GCK016", "Kendra", "", "Rietcheck", "", "", "", "", "Dodge City", "KS", "67801", "1979-05-05", "1702 1st Ave", True),
    ("GCK017", "Dwayne", "", "Brungardt", "", "", "Jolene", "Brungardt", "Dodge City", "KS", "67801", "1967-04-18", "2710 Thompson St", False),
    ("GCK018", "Jolene", "", "Brungardt", "", "Huelskamp", "Dwayne", "Brungardt", "Dodge City", "KS", "67801", "1969-12-08", "2710 Thompson St", False),
    ("GCK019", "Ramona", "", "Zerr", "", "", "", "", "Garden City", "KS", "67846", "", "508 Pershing Ave", False),
    ("GCK020", "Trent", "", "Luebbers", "", "", "Kaylee", "Luebbers", "Ulysses", "KS", "67880", "1988-10-30", "", False),
    ("GCK021", "Marvella", "", "Deges", "Vella", "Schwab", "", "", "Holcomb", "KS", "67851", "1936-03-02", "104 Wildcat Blvd", False),
    ("GCK022", "Maria Elena", "", "Saucedo", "Malena", "", "", "", "Dodge City", "KS", "67801", "", "1312 W Beeson Rd", False),
]

BLANK_COORDS = {"GCK019"}      # lat/lon blank: the ZIP centroid is derived
BLANK_FIPS = {"GCK006"}        # county blank: derived from the ZIP
NO_PHONE = {"GCK009", "GCK021"}
