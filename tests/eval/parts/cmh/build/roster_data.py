"""Hand-written roster for the blind part cmh (Columbus, Ohio area). All people invented; places, ZIPs, FIPS real."""

ADV_A = "d.mensah@sciotoridgewealth.example"
ADV_B = "k.brandt@sciotoridgewealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # Somali families, Northland
    ("CMH001", "Abdirahman", "", "Warsame", "Abdi", "", "Hodan", "Farah", "Columbus", "OH", "43229", "1972-06-14", "5120 Sinclair Rd", False, ADV_A),
    ("CMH002", "Hodan", "", "Farah", "", "", "Abdirahman", "Warsame", "Columbus", "OH", "43229", "1977-01-30", "5120 Sinclair Rd", False, ADV_A),
    ("CMH003", "Ayaan", "", "Mohamed", "", "", "", "", "Columbus", "OH", "43224", "", "", False, ADV_A),
    # Near East Side church families
    ("CMH004", "Cornelius", "", "Whitfield Jr.", "Neal", "", "Loretta", "Whitfield", "Columbus", "OH", "43205", "1958-11-02", "917 Bryden Rd", False, ADV_A),
    ("CMH005", "Loretta", "", "Whitfield", "", "Bynum", "Cornelius", "Whitfield Jr.", "Columbus", "OH", "43205", "1960-03-17", "917 Bryden Rd", False, ADV_A),
    ("CMH006", "Bernice", "Lee", "Oglesby", "", "", "", "", "Columbus", "OH", "43203", "1938-04-09", "1244 Mt Vernon Ave", False, ADV_A),
    ("CMH007", "Darnell", "", "Pettaway", "", "", "Gwendolyn", "Pettaway", "Columbus", "OH", "43211", "1966-08-21", "1480 Oakland Park Ave", False, ADV_A),
    ("CMH021", "Tamika", "", "Greene", "", "Oglesby", "Marcus", "Greene", "Reynoldsburg", "OH", "43068", "1969-12-05", "7702 Taylor Rd", False, ADV_A),
    # German Village
    ("CMH008", "Anna Marie", "", "Brenneman", "", "Stauffer", "Walter", "Brenneman", "Columbus", "OH", "43206", "1950-09-23", "612 S Third St", False, ADV_B),
    ("CMH009", "Walter", "", "Brenneman", "Walt", "", "Anna Marie", "Brenneman", "Columbus", "OH", "43206", "1948-02-11", "612 S Third St", False, ADV_B),
    ("CMH010", "Margarethe", "", "Von Gunten", "Gretchen", "", "", "", "Columbus", "OH", "43206", "1963-05-29", "240 E Kossuth St", False, ADV_B),
    # Appalachian families
    ("CMH011", "Billy Ray", "", "Hensley", "Bub", "", "Darlene", "Hensley", "Grove City", "OH", "43123", "1956-07-04", "3390 Columbus St", False, ADV_B),
    ("CMH012", "Darlene", "", "Hensley", "", "Stacy", "Billy Ray", "Hensley", "Grove City", "OH", "43123", "1958-10-12", "3390 Columbus St", False, ADV_B),
    ("CMH013", "Ernestine", "", "Combs", "Teenie", "Sizemore", "", "", "Hilliard", "OH", "43026", "1948-01-19", "4011 Main St", False, ADV_B),
    ("CMH014", "Virgil", "Wayne", "Slone Sr.", "Buck", "", "Opal", "Slone", "Reynoldsburg", "OH", "43068", "1945-05-02", "1630 Graham Rd", False, ADV_B),
    ("CMH023", "Opal", "", "Slone", "", "Fannin", "Virgil", "Slone Sr.", "Reynoldsburg", "OH", "43068", "1947-09-08", "1630 Graham Rd", False, ADV_B),
    ("CMH018", "Michael", "", "ODell", "Mick", "", "Tammy", "ODell", "Delaware", "OH", "43015", "1961-03-27", "88 N Sandusky St", False, ADV_B),
    ("CMH020", "Roscoe", "", "Hensley", "", "", "", "", "Grove City", "OH", "43123", "1953-04-30", "2871 Southwest Blvd", True, ADV_B),
    ("CMH022", "Gary", "Lee", "Stacy", "", "", "", "", "Newark", "OH", "43055", "1961-08-16", "415 Hudson Ave", False, ADV_B),
    # Mexican-American
    ("CMH015", "Maria Guadalupe", "", "Ramirez Ortega", "Lupe", "", "Hector", "Villalobos", "Westerville", "OH", "43081", "1967-12-12", "271 Hiawatha Ave", False, ADV_A),
    ("CMH016", "Hector", "", "Villalobos", "", "", "Maria Guadalupe", "Ramirez Ortega", "Westerville", "OH", "43081", "1965-04-03", "271 Hiawatha Ave", False, ADV_A),
    ("CMH017", "Jesus", "Alberto", "Galindo", "Chuy", "", "", "", "Dublin", "OH", "43016", "", "6400 Avery Rd", False, ADV_A),
    # others
    ("CMH019", "Samantha", "", "Kowalczyk", "Sam", "", "", "", "Dublin", "OH", "43017", "1988-09-09", "", False, ADV_B),
]
NO_PHONE = {"CMH003", "CMH010", "CMH019"}
BLANK_COORDS = {"CMH007", "CMH022"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
