"""Hand-written roster for the sat part (San Antonio / Hill Country; all people invented; places, ZIPs, FIPS real)."""

ADV = {
    "A": "r.guerra@missionoakswealth.example",     # Bexar, Wilson
    "B": "k.lindemann@missionoakswealth.example",  # Comal, Guadalupe, Kendall
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, adviser, dnc
R = [
    ("SAT001", "Maria Guadalupe", "", "Saldana", "Lupita", "Cantu", "Ernesto", "Saldana", "San Antonio", "78228", "1952-12-12", "4518 W Commerce St", "A", False),
    ("SAT002", "Ernesto", "", "Saldana", "Neto", "", "Maria Guadalupe", "Saldana", "San Antonio", "78228", "1950-03-19", "4518 W Commerce St", "A", False),
    ("SAT003", "Jose Luis", "", "De La Garza Jr.", "Pepe", "", "Yolanda", "De La Garza", "San Antonio", "78209", "1961-07-04", "311 Ogden Ln", "A", False),
    ("SAT004", "Rodrigo", "", "Ybarra Montemayor", "Rudy", "", "", "", "Converse", "78109", "1972-05-30", "8802 Crestway Rd", "A", False),
    ("SAT005", "Gerhard", "", "Hoffmann", "Gary", "", "Ingrid", "Hoffmann", "New Braunfels", "78130", "1944-02-09", "455 W Mill St", "B", False),
    ("SAT006", "Ingrid", "", "Hoffmann", "", "Voigt", "Gerhard", "Hoffmann", "New Braunfels", "78130", "1947-10-01", "455 W Mill St", "B", False),
    ("SAT007", "Anna Marie", "", "Dietert", "", "Engel", "Walter", "Dietert", "Boerne", "78006", "1958-04-22", "120 Blanco Rd", "B", False),
    ("SAT008", "Dietrich", "", "Wunderlich", "Dieter", "", "", "", "Boerne", "78006", "1969-09-15", "31 Herff Rd", "B", False),
    ("SAT009", "Raymond", "", "Whitlock", "Ray", "", "Donna", "Whitlock", "Schertz", "78154", "1955-11-08", "3710 Live Oak Rd", "B", False),
    ("SAT010", "Donna", "", "Whitlock", "", "Pruitt", "Raymond", "Whitlock", "Schertz", "78154", "1957-01-26", "3710 Live Oak Rd", "B", False),
    ("SAT011", "Darnell", "", "Ogletree", "", "", "", "", "Converse", "78109", "1963-06-02", "9410 Miller Rd", "A", False),
    ("SAT012", "Stanislaus", "", "Kotzur", "Stan", "", "Helen", "Kotzur", "Floresville", "78114", "1948-05-08", "1301 C St", "A", False),
    ("SAT013", "Helen", "", "Kotzur", "", "Moczygemba", "Stanislaus", "Kotzur", "Floresville", "78114", "1950-08-15", "1301 C St", "A", False),
    ("SAT014", "Theresa", "", "Pawelek", "Terry", "", "", "", "San Antonio", "78223", "1949-10-15", "210 E Southcross Blvd", "A", False),
    ("SAT015", "Patrick", "", "OConnell", "Pat", "", "Linda", "OConnell", "Schertz", "78154", "1960-03-17", "612 Savannah Dr", "B", False),
    ("SAT016", "Alma Rosa", "", "Benavides", "", "", "", "", "Seguin", "78155", "1966-02-02", "905 N Austin St", "B", False),
    ("SAT017", "Leonard", "", "Moczygemba", "Len", "", "", "", "Floresville", "78114", "1946-01-20", "88 Panna Maria Ln", "A", True),
    ("SAT018", "Roland", "", "Schulze Sr.", "", "", "Edna", "Schulze", "New Braunfels", "78132", "1946-07-11", "2200 River Rd", "B", False),
    ("SAT019", "Carmen", "", "Elizondo Ruiz", "", "", "", "", "San Antonio", "78230", "1974-09-09", "7800 Callaghan Rd", "A", False),
    ("SAT020", "Ruben", "", "Castaneda", "", "", "Irma", "Castaneda", "Floresville", "78114", "1958-03-03", "1805 10th St", "A", False),
    ("SAT021", "Irma", "", "Castaneda", "", "Rendon", "Ruben", "Castaneda", "Floresville", "78114", "1960-12-24", "1805 10th St", "A", False),
    ("SAT022", "Herman", "", "Vogel", "", "", "", "", "Seguin", "78155", "1939-06-30", "415 E Court St", "B", False),
    ("SAT023", "Beatriz", "", "Zamora", "Bea", "Villarreal", "Armando", "Zamora", "San Antonio", "78237", "1964-11-11", "1134 S General McMullen Dr", "A", False),
]

BLANK_COORDS = {"SAT014", "SAT022"}
BLANK_FIPS = {"SAT019"}
# hand-set household coordinates (lat, lon)
COORD_OVERRIDES = {}
NO_BIRTH = {"SAT011", "SAT019", "SAT022"}
NO_PHONE = {"SAT008", "SAT016", "SAT022"}
NO_ADDRESS = {"SAT019", "SAT004"}
