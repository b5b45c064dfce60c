"""Hand-written roster for the `bro` part: Brownsville and the lower Rio Grande Valley, Texas (Cameron, Willacy and
Hidalgo Counties). All people invented; places, ZIPs and county FIPS real."""

ADV = {"TX": "r.benavides@palmcourtwealth.example"}
ADV_BY_ID = {  # a second adviser for the Hidalgo / Willacy clients
    "BRO014": "c.lozano@palmcourtwealth.example",
    "BRO016": "c.lozano@palmcourtwealth.example",
    "BRO022": "c.lozano@palmcourtwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("BRO001", "Rogelio", "A.", "Cavazos Treviño", "Roy", "", "Herminia", "Cavazos", "Brownsville", "TX", "78520", "1948-06-11", "1840 W Elizabeth St", False),
    ("BRO002", "Herminia", "", "Cavazos", "Minnie", "Villarreal", "Rogelio", "Cavazos Treviño", "Brownsville", "TX", "78520", "1951-02-03", "1840 W Elizabeth St", False),
    ("BRO003", "Jesús", "M.", "de la Garza", "Chuy", "", "María del Carmen", "de la Garza", "Harlingen", "TX", "78552", "1955-09-14", "1417 W Jefferson Ave", False),
    ("BRO004", "María del Carmen", "", "de la Garza", "Carmen", "Longoria", "Jesús", "de la Garza", "Harlingen", "TX", "78552", "1957-04-22", "1417 W Jefferson Ave", False),
    ("BRO005", "Ignacio", "", "Salinas Jr.", "Nacho", "", "Yolanda", "Salinas", "San Benito", "TX", "78586", "1970-08-02", "605 N Sam Houston Blvd", False),
    ("BRO006", "Yolanda", "", "Salinas", "Yoli", "Peña", "Ignacio", "Salinas Jr.", "San Benito", "TX", "78586", "1972-12-10", "605 N Sam Houston Blvd", False),
    ("BRO007", "Dale", "", "Brekke", "", "", "Arlene", "Brekke", "Port Isabel", "TX", "78578", "1944-10-05", "410 W Hwy 100 Lot 37", False),
    ("BRO008", "Arlene", "", "Brekke", "", "Haugen", "Dale", "Brekke", "Port Isabel", "TX", "78578", "1946-03-29", "410 W Hwy 100 Lot 37", False),
    ("BRO009", "Guillermo", "", "Zamora", "Memo", "", "Norma", "Zamora", "Los Fresnos", "TX", "78566", "1962-01-17", "211 E Ocean Blvd", False),
    ("BRO010", "Norma", "Alicia", "Zamora", "", "Garza", "Guillermo", "Zamora", "Los Fresnos", "TX", "78566", "1964-07-09", "211 E Ocean Blvd", False),
    ("BRO011", "Consuelo", "", "Olivarez", "Chelo", "Rendón", "", "", "Brownsville", "TX", "78521", "1940-11-20", "58 Calle Retama", False),
    ("BRO012", "Alicia", "", "Montemayor", "Licha", "", "", "", "Brownsville", "TX", "78526", "1978-05-30", "3150 Paredes Line Rd Apt 4", False),
    ("BRO013", "Raúl", "", "Ochoa", "", "", "Patricia", "Ochoa", "Harlingen", "TX", "78550", "1966-02-14", "914 E Harrison Ave", False),
    ("BRO014", "Arturo", "", "Solís", "Art", "", "Elva", "Solís", "Weslaco", "TX", "78596", "1947-07-07", "1200 S Texas Blvd", False),
    ("BRO015", "Tomás", "", "Villanueva", "", "", "Graciela", "Villanueva", "Brownsville", "TX", "78521", "1960-12-01", "1010 Boca Chica Blvd", False),
    ("BRO016", "Ernesto", "", "Garza Cantú", "Neto", "", "", "", "Raymondville", "TX", "78580", "", "305 E Hidalgo Ave", False),
    ("BRO017", "Ana Lucía", "", "Reséndez", "", "Cortez", "Marco", "Reséndez", "Harlingen", "TX", "78550", "1988-09-03", "702 N 7th St", False),
    ("BRO018", "Homero", "", "Barrera", "", "", "", "", "Brownsville", "TX", "78526", "1950-04-04", "4620 N Coria St", True),
    ("BRO019", "Kenneth", "", "Albrecht", "Ken", "", "Sharon", "Albrecht", "South Padre Island", "TX", "78597", "1952-08-19", "112 E Swordfish St", False),
    ("BRO020", "Sharon", "", "Albrecht", "", "Kowalski", "Kenneth", "Albrecht", "South Padre Island", "TX", "78597", "1954-11-11", "112 E Swordfish St", False),
    ("BRO021", "Leticia", "", "Guerra", "Lety", "Ybarra", "", "", "Brownsville", "TX", "78526", "", "45 Calle Pinos", False),
    ("BRO022", "Baltazar", "", "Hinojosa", "Balta", "", "", "", "Mercedes", "TX", "78570", "1968-03-03", "", False),
]

NO_PHONE = {"BRO007", "BRO008", "BRO016"}   # the Brekkes and Neto Garza gave no phone
BLANK_COORDS = {"BRO016"}                    # ZIP centroid used
BLANK_FIPS = {"BRO022"}                      # derived from the ZIP
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
