"""Hand-written roster for part sdy: eastern Montana (Sidney, Fairview, Savage, Glendive, Wibaux, Miles City,
Terry). All people invented; places, ZIPs and FIPS real."""

ADV = {"MT": "h.lindquist@badlandswealth.example"}
ADV_MILES = "r.teigen@badlandswealth.example"   # Miles City / Terry clients

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- Sidney / Fairview / Savage (Richland County) ----
    ("SDY001", "Arlen", "O.", "Haugland", "", "", "Marlys", "Haugland", "Sidney", "MT", "59270", "1942-06-11", "410 3rd Ave SE", False),
    ("SDY002", "Marlys", "", "Haugland", "", "Rasmussen", "Arlen", "Haugland", "Sidney", "MT", "59270", "1945-02-03", "410 3rd Ave SE", False),
    ("SDY003", "Duane", "", "Oberlander Jr.", "Bud", "", "Constance", "Oberlander", "Sidney", "MT", "59270", "1960-08-19", "1215 9th St SW", False),
    ("SDY004", "Constance", "", "Oberlander", "Connie", "Kessner", "Duane", "Oberlander Jr.", "Sidney", "MT", "59270", "1962-11-27", "1215 9th St SW", False),
    ("SDY005", "LaVonne", "", "Schreiber", "", "Wilhelm", "", "", "Sidney", "MT", "59270", "1938-04-30", "222 S Central Ave", False),
    ("SDY006", "Mary Jo", "", "Kittelson", "", "", "Rolf", "Kittelson", "Fairview", "MT", "59221", "1966-03-14", "108 Ellery Ave", False),
    ("SDY007", "Tyler", "", "Brusven", "", "", "Kendra", "Brusven", "Savage", "MT", "59262", "1988-07-02", "15 Railroad Ave", False),
    ("SDY022", "Lorraine", "", "Voeller", "Lorrie", "Olson", "Eugene", "Voeller", "Sidney", "MT", "59270", "1962-05-09", "705 14th St NW", False),
    ("SDY023", "Eugene", "", "Voeller", "Gene", "", "Lorraine", "Voeller", "Sidney", "MT", "59270", "1959-01-21", "705 14th St NW", False),
    # ---- Glendive (Dawson County) and Wibaux ----
    ("SDY008", "Orvin", "", "Mattfeldt", "", "", "Delores", "Mattfeldt", "Glendive", "MT", "59330", "1940-09-14", "318 W Benham St", False),
    ("SDY009", "Delores", "", "Mattfeldt", "Dee", "Zimmerman", "Orvin", "Mattfeldt", "Glendive", "MT", "59330", "1943-01-05", "318 W Benham St", False),
    ("SDY010", "Billie Jo", "", "Zeiler", "", "", "Kurt", "Zeiler", "Glendive", "MT", "59330", "1971-10-23", "1002 N Merrill Ave", False),
    ("SDY011", "Kurt", "", "Zeiler", "", "", "Billie Jo", "Zeiler", "Glendive", "MT", "59330", "1969-06-06", "1002 N Merrill Ave", False),
    ("SDY012", "Reinhold", "", "Fritzler", "Ron", "", "", "", "Glendive", "MT", "59330", "1952-12-01", "44 Forest Park Dr", True),
    ("SDY013", "Karla", "", "Sundby-Gilbertson", "", "", "", "", "Glendive", "MT", "59330", "1979-08-08", "211 Kendrick Ave", False),
    ("SDY014", "Wendell", "", "Jorgenson", "", "", "Phyllis", "Jorgenson", "Wibaux", "MT", "59353", "1948-02-17", "RR 1 Box 42", False),
    # ---- Miles City (Custer County) and Terry (Prairie County) ----
    ("SDY015", "Clifford", "", "Nordahl", "Cliff", "", "Arla", "Nordahl", "Miles City", "MT", "59301", "1950-04-22", "1709 Clark St", False),
    ("SDY016", "Arla", "", "Nordahl", "", "Brost", "Clifford", "Nordahl", "Miles City", "MT", "59301", "1953-07-30", "1709 Clark St", False),
    ("SDY017", "Dustin", "", "Heupel", "Dusty", "", "Jolene", "Heupel", "Miles City", "MT", "59301", "1975-05-15", "52 Kinsey Rd", False),
    ("SDY018", "Bernadette", "", "Kalfell", "Bernie", "Hollenbeck", "", "", "Miles City", "MT", "59301", "1936-12-12", "815 N Lake Ave", False),
    ("SDY019", "Leroy", "", "Weinreis Sr.", "", "", "Gloria", "Weinreis", "Miles City", "MT", "59301", "1944-03-25", "2306 Main St", False),
    ("SDY020", "Kjersti", "", "Aune", "", "", "", "", "Terry", "MT", "59349", "1958-09-03", "107 Laundre Ave", False),
    ("SDY021", "Harlan", "", "Pfau", "", "", "", "", "Terry", "MT", "59349", "1939-03-08", "Box 118", False),
]
MILES = {"SDY015", "SDY016", "SDY017", "SDY018", "SDY019", "SDY020", "SDY021"}
NO_BIRTH = {"SDY007", "SDY013"}
NO_PHONE = {"SDY014", "SDY021"}
NO_ADDRESS = {"SDY020"}
BLANK_COORDS = {"SDY006"}   # Fairview: ZIP centroid is used
