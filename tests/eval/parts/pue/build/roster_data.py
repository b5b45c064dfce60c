"""Hand-written roster for the pue part: Pueblo and the Arkansas Valley, Colorado.
All people invented; places, ZIP codes and county FIPS real."""

ADV = {
    "pueblo": "r.cordova@sangrepartners.example",
    "valley": "m.heinz@sangrepartners.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("PUE001", "Bernard", "J.", "Mihelich", "Bernie", "", "Frances", "Mihelich", "Pueblo", "CO", "81004", "1948-07-14", "1131 Pine St", False, "pueblo"),
    ("PUE002", "Frances", "", "Mihelich", "Fran", "Zupancic", "Bernard", "Mihelich", "Pueblo", "CO", "81004", "1950-03-02", "1131 Pine St", False, "pueblo"),
    ("PUE003", "Eloy", "", "Trujillo", "", "", "Corrine", "Trujillo", "Pueblo", "CO", "81001", "1944-11-05", "1412 E 8th St", False, "pueblo"),
    ("PUE004", "Corrine", "", "Trujillo", "", "Maestas", "Eloy", "Trujillo", "Pueblo", "CO", "81001", "1946-06-21", "1412 E 8th St", False, "pueblo"),
    ("PUE005", "Maria Dolores", "", "Vigil", "Lola", "Ortiz", "", "", "Pueblo", "CO", "81003", "1939-09-15", "522 W 13th St", False, "pueblo"),
    ("PUE006", "Ramon", "", "Archuleta Jr.", "", "", "Teresa", "Archuleta", "Pueblo West", "CO", "81007", "1969-02-10", "388 S Carefree Dr", False, "pueblo"),
    ("PUE007", "Teresa", "", "Archuleta", "Terri", "Sandoval", "Ramon", "Archuleta Jr.", "Pueblo West", "CO", "81007", "1971-08-30", "388 S Carefree Dr", False, "pueblo"),
    ("PUE008", "Kenji", "", "Tashiro", "", "", "Ellen", "Tashiro", "Rocky Ford", "CO", "81067", "1955-04-18", "28151 County Road 21", False, "valley"),
    ("PUE009", "Anthony", "", "Pagliasotti", "Tony", "", "", "", "Pueblo", "CO", "81008", "1953-05-30", "4107 Devonshire Dr", True, "pueblo"),
    ("PUE010", "Rosalie", "M.", "Skul", "", "Stimac", "", "", "Pueblo", "CO", "81004", "1936-12-01", "1020 Lake Ave", False, "pueblo"),
    ("PUE011", "Gilbert", "A.", "Maestas", "Gil", "", "Yvonne", "Maestas", "Canon City", "CO", "81212", "1958-01-22", "915 Macon Ave", False, "valley"),
    ("PUE012", "Yvonne", "", "Maestas", "", "", "Gilbert", "Maestas", "Canon City", "CO", "81212", "1960-05-05", "915 Macon Ave", False, "valley"),
    ("PUE013", "Priscilla", "", "Lucero Baca", "", "", "Daniel", "Baca", "Pueblo", "CO", "81008", "1974-10-09", "4610 Eagleridge Pl", False, "pueblo"),
    ("PUE014", "Stanley", "", "Zupancic", "Stan", "", "Marlene", "Zupancic", "Pueblo", "CO", "81004", "1961-08-19", "1806 Cedar St", False, "pueblo"),
    ("PUE015", "Leonard", "", "Romero", "Len", "", "Angelina", "Romero", "Pueblo", "CO", "81006", "1950-01-17", "2120 E 12th St", False, "pueblo"),
    ("PUE016", "Annette", "", "DiSanti", "", "", "Paul", "DiSanti", "Pueblo", "CO", "81008", "1966-04-03", "3011 N Elizabeth St", False, "pueblo"),
    ("PUE017", "Raymond", "", "Gallegos", "Ray", "", "Linda", "Gallegos", "La Junta", "CO", "81050", "1961-03-14", "715 Raton Ave", False, "valley"),
    ("PUE018", "Nadine", "", "Hirakata", "", "", "Scott", "Hirakata", "Rocky Ford", "CO", "81067", "1983-09-09", "604 S 9th St", False, "valley"),
    ("PUE019", "Scott", "", "Hirakata", "", "", "Nadine", "Hirakata", "Rocky Ford", "CO", "81067", "1981-12-02", "604 S 9th St", False, "valley"),
    ("PUE020", "Josephine", "", "Medina", "Josie", "Gurule", "", "", "Fowler", "CO", "81039", "1942-02-14", "201 E Cranston Ave", False, "valley"),
    ("PUE021", "Adrian", "", "Montoya", "", "", "Gloria", "Montoya", "Pueblo West", "CO", "81007", "1956-10-30", "1077 W Mustang Rd", False, "pueblo"),
    ("PUE022", "Harold", "E.", "Wardell", "Hal", "", "", "", "Las Animas", "CO", "81054", "1940-02-27", "513 Carson Ave", False, "valley"),
    ("PUE023", "Celeste", "", "Jaramillo", "", "Ortega", "Marco", "Jaramillo", "Pueblo", "CO", "81001", "1992-06-07", "1726 E 4th St", False, "pueblo"),
]

BLANK_COORDS = {"PUE012", "PUE020"}       # latitude/longitude blank (ZIP centroid)
BLANK_FIPS = {"PUE020"}                   # county_fips blank too (derived from the ZIP)
NO_BIRTH = {"PUE013", "PUE016"}
NO_PHONE = {"PUE014", "PUE023"}
NO_ADDRESS = {"PUE009"}
