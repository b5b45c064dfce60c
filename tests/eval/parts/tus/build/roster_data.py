"""Hand-written roster for the `tus` part (all people invented; places, ZIPs, FIPS real).

Region: Tucson, Marana, Oro Valley, Sahuarita, Green Valley, Nogales, Sierra Vista, Sells (Pima, Santa Cruz,
Cochise counties, Arizona). Two advisers: north (Tucson, Oro Valley, Marana) and south (Green Valley, Sahuarita,
Nogales, Sierra Vista, Sells).
"""

NORTH = "r.alvarado@sonorancrest.example"
SOUTH = "j.whitcomb@sonorancrest.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("TUS001", "Ramón", "", "Villaseñor Ochoa", "", "", "Guadalupe", "Villaseñor", "Tucson", "85713", "1950-08-22", "2210 S 4th Ave", False, NORTH),
    ("TUS002", "Guadalupe", "", "Villaseñor", "Lupe", "Ortiz", "Ramón", "Villaseñor Ochoa", "Tucson", "85713", "1953-12-12", "2210 S 4th Ave", False, NORTH),
    ("TUS003", "Gerald", "", "Kowalczyk Jr.", "Jerry", "", "Darlene", "Kowalczyk", "Green Valley", "85614", "1946-03-09", "410 W Camino Encanto", False, SOUTH),
    ("TUS004", "Darlene", "", "Kowalczyk", "", "Hoffmann", "Gerald", "Kowalczyk Jr.", "Green Valley", "85614", "1948-07-01", "410 W Camino Encanto", False, SOUTH),
    ("TUS005", "Harold", "Eugene", "Brinkmeyer", "Hal", "", "Marjorie", "Brinkmeyer", "Oro Valley", "85755", "1938-06-14", "13401 N Rancho Vistoso Blvd", False, NORTH),
    ("TUS006", "Marjorie", "", "Brinkmeyer", "Margie", "Lindqvist", "Harold", "Brinkmeyer", "Oro Valley", "85755", "1940-11-03", "13401 N Rancho Vistoso Blvd", False, NORTH),
    ("TUS007", "Lorenzo", "", "Valencia", "", "", "", "", "Tucson", "85757", "1961-05-15", "7474 S Camino De Oeste", False, NORTH),
    ("TUS008", "Delia", "", "Antone", "", "Manuel", "", "", "Sells", "85634", "1958-09-27", "", False, SOUTH),
    ("TUS009", "Derrick", "Lamont", "Haskins", "", "", "Keisha", "Haskins", "Tucson", "85730", "1978-02-11", "8120 E Lakeside Pkwy", False, NORTH),
    ("TUS010", "Keisha", "", "Haskins", "", "", "Derrick", "Haskins", "Tucson", "85730", "1980-10-19", "8120 E Lakeside Pkwy", False, NORTH),
    ("TUS011", "María de la Luz", "", "Carrillo Ybarra", "Lucha", "", "", "", "Nogales", "85621", "1955-04-04", "318 N Morley Ave", False, SOUTH),
    ("TUS012", "Thomas", "", "OShaughnessy", "Tom", "", "Patricia", "OShaughnessy", "Sierra Vista", "85635", "1949-01-20", "1650 E Fry Blvd", False, SOUTH),
    ("TUS013", "Victoria", "", "De La Rosa", "Vicky", "", "", "", "Marana", "85658", "", "5520 W Tangerine Rd", False, NORTH),
    ("TUS014", "Kenneth", "", "Van Wyk", "Ken", "", "Joyce", "Van Wyk", "Sahuarita", "85629", "1957-02-02", "1250 E Via Rancho Sahuarita", False, SOUTH),
    ("TUS015", "Joyce", "", "Van Wyk", "", "Dykstra", "Kenneth", "Van Wyk", "Sahuarita", "85629", "1959-08-15", "1250 E Via Rancho Sahuarita", False, SOUTH),
    ("TUS016", "Walter", "", "Ziegler", "Walt", "", "Ingrid", "Ziegler", "Green Valley", "85622", "1941-12-05", "2901 S Abrego Dr", True, SOUTH),
    ("TUS017", "Anita", "", "Sandoval Reyes", "", "", "Jorge", "Medina", "Tucson", "85716", "1972-03-18", "3320 E Hampton St", False, NORTH),
    ("TUS018", "Joseph", "", "Lucero", "Joe", "", "Irene", "Lucero", "Marana", "85653", "1952-10-10", "11820 W Grier Rd", False, NORTH),
    ("TUS019", "Irene", "", "Lucero", "", "Gastelum", "Joseph", "Lucero", "Marana", "85653", "1954-01-25", "11820 W Grier Rd", False, NORTH),
    ("TUS020", "Mary Jo", "", "Hendershot", "", "Pfeiffer", "", "", "Oro Valley", "85737", "1947-05-05", "10601 N Oracle Rd", False, NORTH),
    ("TUS021", "Esperanza", "", "Tapia", "Espy", "", "", "", "Sierra Vista", "85650", "", "4410 S Canyon Vista Dr", False, SOUTH),
    ("TUS022", "Gary", "", "Lindahl", "", "", "Sharon", "Lindahl", "Tucson", "85750", "1951-07-07", "6101 N Sabino Shadow Ln", False, NORTH),
]

BLANK_COORDS = {"TUS007", "TUS020"}   # ZIP centroid is used
NO_PHONE = {"TUS008", "TUS021"}
