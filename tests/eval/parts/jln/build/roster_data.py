"""Hand-written roster for the jln part: Joplin and the four-state area (Missouri, Kansas, Oklahoma).

All people invented; towns, ZIP codes and county FIPS are real (ZIP centroids from `zipcodes`, FIPS from `addfips`).
"""

ADV = {
    "MO": "c.ferrell@prairieoakwealth.example",
    "KS": "j.cardin@prairieoakwealth.example",
    "OK": "j.cardin@prairieoakwealth.example",
}
AREA = {"MO": "417", "KS": "620", "OK": "918"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- Joplin, Webb City, Carthage, Carl Junction, Neosho (Jasper and Newton Counties, Mo.) ----
    ("JLN001", "Delbert", "Ray", "Hathcock", "Del", "", "Wanda", "Hathcock", "Joplin", "MO", "64804", "1947-02-14", "2418 S Connecticut Ave", False),
    ("JLN002", "Wanda", "", "Hathcock", "", "Ruark", "Delbert", "Hathcock", "Joplin", "MO", "64804", "1949-08-03", "2418 S Connecticut Ave", False),
    ("JLN003", "Loyd", "Eugene", "Pennock", "", "", "Norma Jean", "Pennock", "Carthage", "MO", "64836", "1943-04-11", "1107 S Garrison Ave", False),
    ("JLN004", "Norma Jean", "", "Pennock", "", "Stufflebeam", "Loyd", "Pennock", "Carthage", "MO", "64836", "1946-09-02", "1107 S Garrison Ave", False),
    ("JLN005", "Maricela", "", "Villalobos", "", "Ortiz", "Efrain", "Villalobos Rangel", "Carthage", "MO", "64836", "1979-12-12", "615 E Chestnut St", False),
    ("JLN006", "Efrain", "", "Villalobos Rangel", "", "", "Maricela", "Villalobos", "Carthage", "MO", "64836", "1976-03-19", "615 E Chestnut St", False),
    ("JLN009", "Wilma", "", "Tharp", "", "Fenske", "", "", "Neosho", "MO", "64850", "1938-01-27", "402 Hickory St", False),
    ("JLN011", "Trenton", "", "Ackerly", "Trent", "", "Megan", "Ackerly", "Joplin", "MO", "64801", "1979-05-08", "1930 W 7th St", False),
    ("JLN012", "Lionel", "", "Achterberg", "", "", "", "", "Webb City", "MO", "64870", "", "820 N Madison St", False),
    ("JLN013", "Mary Lou", "", "Brashear", "", "Cupp", "", "", "Webb City", "MO", "64870", "1944-07-04", "304 W Daugherty St", False),
    ("JLN014", "Jace", "", "Hollenbeck", "", "", "Brittany", "Hollenbeck", "Carl Junction", "MO", "64834", "1981-03-03", "117 Briarbrook Dr", False),
    ("JLN015", "Brittany", "", "Hollenbeck", "", "Coble", "Jace", "Hollenbeck", "Carl Junction", "MO", "64834", "1983-10-22", "117 Briarbrook Dr", False),
    ("JLN019", "Roberta", "", "Kinnick", "Bobbie", "", "", "", "Joplin", "MO", "64801", "", "712 S Byers Ave", True),
    ("JLN020", "Ronald", "L.", "Weatherby", "Ron", "", "", "", "Webb City", "MO", "64870", "1950-02-22", "1215 W Broadway St", False),
    # ---- Pittsburg, Frontenac, Galena (Crawford and Cherokee Counties, Kan.) ----
    ("JLN007", "Virgil", "", "Lomax Jr.", "Butch", "", "Constance", "Lomax", "Galena", "KS", "66739", "1957-06-20", "1410 Main St", False),
    ("JLN008", "Constance", "", "Lomax", "Connie", "", "Virgil", "Lomax Jr.", "Galena", "KS", "66739", "1959-03-30", "1410 Main St", False),
    ("JLN016", "Dustin", "", "Kirkendoll", "", "", "Alyssa", "Kirkendoll", "Pittsburg", "KS", "66762", "1990-08-14", "1506 S Rouse St", False),
    ("JLN017", "Alyssa", "", "Kirkendoll", "", "Pichler", "Dustin", "Kirkendoll", "Pittsburg", "KS", "66762", "1992-02-09", "1506 S Rouse St", False),
    ("JLN018", "Anthony", "", "Bertoncino", "Tony", "", "", "", "Frontenac", "KS", "66763", "1951-09-19", "210 E McKay St", False),
    # ---- Miami and Grove (Ottawa and Delaware Counties, Okla.) ----
    ("JLN010", "Darlene", "", "Greenfeather", "", "Supernaw", "", "", "Miami", "OK", "74354", "1961-10-05", "33 B St NE", False),
    ("JLN021", "Wesley", "", "Tolbert", "Wes", "", "Karla", "Tolbert", "Miami", "OK", "74354", "1966-04-18", "", False),
    ("JLN022", "Opal", "Marie", "Threlkeld", "", "", "", "", "Grove", "OK", "74344", "1936-05-22", "1022 S Main St", False),
]

NO_PHONE = {"JLN009", "JLN022"}
