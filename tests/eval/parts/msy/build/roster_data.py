"""Hand-written roster for part msy (New Orleans, Metairie/Kenner, the West Bank and the Northshore, La.).
All people invented; places, ZIPs and parish FIPS real."""

ADV = {
    "Orleans Parish": "a.guidroz@leveeandoak.example",
    "Jefferson Parish": "r.melancon@leveeandoak.example",
    "St. Tammany Parish": "k.fortier@leveeandoak.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("MSY001", "Ferdinand", "Joseph", "Lacour Jr.", "Ferdie", "", "Yvonne", "Lacour", "New Orleans", "LA", "70117", "1948-02-11", "2114 Pauger St", False),
    ("MSY002", "Yvonne", "", "Lacour", "", "Rousseve", "Ferdinand", "Lacour Jr.", "New Orleans", "LA", "70117", "1950-09-03", "2114 Pauger St", False),
    ("MSY003", "Tuan", "Minh", "Pham", "Tony", "", "Mai Lan", "Pham", "New Orleans", "LA", "70128", "1956-05-20", "6110 Bundy Rd", False),
    ("MSY004", "Mai Lan", "", "Pham", "", "Vu", "Tuan", "Pham", "New Orleans", "LA", "70128", "1959-12-02", "6110 Bundy Rd", False),
    ("MSY005", "Marie Therese", "", "Arceneaux", "Tess", "Naquin", "", "", "Metairie", "LA", "70005", "1960-07-14", "412 Helios Ave", False),
    ("MSY006", "Clement", "", "Landry", "Clem", "", "Rhonda", "Landry", "Kenner", "LA", "70065", "1954-03-30", "3301 Loyola Dr", False),
    ("MSY007", "Celestine", "", "St Cyr", "Tine", "", "", "", "New Orleans", "LA", "70122", "1939-08-08", "2419 Mirabeau Ave", False),
    ("MSY008", "Charles", "Edouard", "Montaigne III", "Chip", "", "Caroline", "Montaigne", "New Orleans", "LA", "70118", "1963-11-21", "1540 Calhoun St", False),
    ("MSY009", "Caroline", "", "Montaigne", "Cary", "Beauvais", "Charles", "Montaigne III", "New Orleans", "LA", "70118", "1966-04-09", "1540 Calhoun St", False),
    ("MSY010", "Desiree", "", "Toussaint", "", "", "", "", "New Orleans", "LA", "70119", "1977-01-26", "3120 Bienville St", False),
    ("MSY011", "Augustin", "", "Perrilloux", "Gus", "", "Bernadette", "Perrilloux", "New Orleans", "LA", "70114", "1952-06-01", "530 Vallette St", False),
    ("MSY012", "Lionel", "", "Gaspard", "", "", "", "", "Marrero", "LA", "70072", "1981-10-05", "2020 Ames Blvd", False),
    ("MSY013", "Thu", "", "Dang", "Theresa", "", "Khoa", "Dang", "New Orleans", "LA", "70129", "1958-02-17", "14020 Peltier Dr", False),
    ("MSY014", "Kevin", "", "Huynh", "", "", "", "", "New Orleans", "LA", "70128", "1984-09-09", "5300 Read Blvd", False),
    ("MSY015", "Jolene", "", "Robichaux", "", "Comeaux", "Wade", "Robichaux", "Slidell", "LA", "70458", "1955-05-05", "112 Carriage Pines Ln", False),
    ("MSY016", "Wade", "", "Robichaux", "", "", "Jolene", "Robichaux", "Slidell", "LA", "70458", "1953-08-19", "112 Carriage Pines Ln", False),
    ("MSY017", "Siobhan", "", "ODwyer", "", "", "", "", "Mandeville", "LA", "70471", "1970-03-17", "77 Marigny Ave", False),
    ("MSY018", "Raymond", "", "Cheramie", "Ray", "", "", "", "Covington", "LA", "70433", "1961-12-12", "610 N Columbia St", True),
    ("MSY019", "Genevieve", "", "Dufrene", "Gigi", "", "Roland", "Dufrene", "Mandeville", "LA", "70448", "1962-10-30", "240 Girod St", False),
    ("MSY020", "Roland", "", "Dufrene", "", "", "Genevieve", "Dufrene", "Mandeville", "LA", "70448", "1959-01-08", "240 Girod St", False),
    ("MSY021", "Earline", "", "Ruffin", "", "Lacour", "Melvin", "Ruffin", "New Orleans", "LA", "70122", "1945-04-22", "5021 Elysian Fields Ave", False),
    ("MSY022", "Terrence", "", "Dumas", "Terry", "", "", "", "New Orleans", "LA", "70124", "1966-06-13", "6237 Canal Blvd", False),
]

# the household's coordinates are left blank (derived from the ZIP)
BLANK_COORDS = {"MSY019", "MSY020"}
# county_fips only left blank
BLANK_FIPS = {"MSY021"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"MSY014"}
NO_PHONE = {"MSY012"}
