"""Hand-written roster for the tcl part (Tuscaloosa, Alabama). All people invented; places, ZIPs, FIPS real."""

ADV = {
    "west": "m.tubbs@blackwarriorwealth.example",     # Northport, Coker, West End, downtown
    "east": "r.kimbrough@blackwarriorwealth.example",  # east Tuscaloosa, Cottondale, Brookwood, Vance, Duncanville
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("TCL001", "Cornelius", "Neal", "Quattlebaum", "Neal", "", "Lurleen", "Quattlebaum", "Northport", "35476",
     "1949-02-11", "4120 Watermelon Rd", False, "west"),
    ("TCL002", "Lurleen", "", "Quattlebaum", "", "Sprayberry", "Cornelius", "Quattlebaum", "Northport", "35476",
     "1952-07-30", "4120 Watermelon Rd", False, "west"),
    ("TCL003", "Alphonso", "", "Pettway Jr.", "", "", "Claudette", "Pettway", "Tuscaloosa", "35401",
     "1953-05-19", "2807 Martin Luther King Jr Blvd", False, "west"),
    ("TCL004", "Claudette", "", "Pettway", "", "Fluker", "Alphonso", "Pettway Jr.", "Tuscaloosa", "35401",
     "1956-10-02", "2807 Martin Luther King Jr Blvd", False, "west"),
    ("TCL005", "Sue Ellen", "", "Burkhalter", "", "Dorroh", "", "", "Tuscaloosa", "35406",
     "1950-09-14", "6 Lake Forest Dr", False, "east"),
    ("TCL006", "Ransom", "Harvey", "Gilliland III", "Trey", "", "Brandi", "Gilliland", "Cottondale", "35453",
     "1978-06-21", "11840 Old Birmingham Hwy", False, "east"),
    ("TCL007", "Beatrice", "", "Cheatwood", "Bea", "Mayhall", "", "", "Brookwood", "35444",
     "1940-12-03", "9870 Hwy 216", False, "east"),
    ("TCL008", "Everett", "", "Lollar", "", "", "Priscilla", "Lollar", "Tuscaloosa", "35406",
     "1968-01-08", "12 Woodland Hills Dr", False, "east"),
    ("TCL009", "Priscilla", "", "Lollar", "", "Haygood", "Everett", "Lollar", "Tuscaloosa", "35406",
     "1970-04-17", "12 Woodland Hills Dr", False, "east"),
    ("TCL010", "Jesus", "", "Arriaga Villalobos", "Chuy", "", "Maricela", "Ocampo", "Tuscaloosa", "35405",
     "1972-12-12", "2215 Hargrove Rd E", False, "east"),
    ("TCL011", "Maricela", "", "Ocampo", "", "", "Jesus", "Arriaga Villalobos", "Tuscaloosa", "35405",
     "1975-03-08", "2215 Hargrove Rd E", False, "east"),
    ("TCL012", "Wendell", "", "Shirah", "", "", "Imogene", "Shirah", "Northport", "35473",
     "1945-08-22", "1904 Northwood Lake Dr", False, "west"),
    ("TCL013", "Latrice", "", "Woolfolk", "", "", "", "", "Tuscaloosa", "35404",
     "1975-11-29", "3110 10th Ave E", False, "east"),
    ("TCL014", "Odell", "", "Stallworth", "", "", "Henrietta", "Stallworth", "Tuscaloosa", "35401",
     "1938-04-25", "3212 Stillman Blvd", False, "west"),
    ("TCL015", "Henrietta", "", "Stallworth", "", "Rembert", "Odell", "Stallworth", "Tuscaloosa", "35401",
     "1941-01-30", "3212 Stillman Blvd", False, "west"),
    ("TCL016", "Lamar", "", "Mayhall", "Buck", "", "Jo Nell", "Mayhall", "Vance", "35490",
     "1944-05-05", "1140 Bucksville Rd", False, "east"),
    ("TCL017", "Jorg", "", "Bruggemann", "", "", "Anke", "Bruggemann", "Northport", "35475",
     "1969-10-23", "12240 Windmill Ln", False, "west"),
    ("TCL018", "Adaeze", "", "Okonkwo-Battle", "", "Okonkwo", "Marcus", "Battle", "Tuscaloosa", "35401",
     "1980-02-14", "1822 Queen City Ave Apt 3B", False, "west"),
    ("TCL019", "Clell", "", "Dockery", "", "", "Faye", "Dockery", "Coker", "35452",
     "1951-03-30", "14400 Hwy 82 W", False, "west"),
    ("TCL020", "Temperance", "", "Lyles", "Tempie", "Ruffin", "", "", "Tuscaloosa", "35405",
     "1946-07-02", "4507 Kauloosa Ave", False, "east"),
    ("TCL021", "Garrison", "", "Sartain", "Gary", "", "", "", "Tuscaloosa", "35404",
     "1966-08-09", "1510 25th Ave E", True, "east"),
    ("TCL022", "Marlowe", "", "Cornelison", "", "", "Jenna", "Cornelison", "Duncanville", "35456",
     "1983-09-01", "9025 Hwy 69 S", False, "east"),
]

# Hand-set coordinates (lat, lon) where the ZIP centroid would mislead:
#  TCL010/TCL011 live in 35405 whose centroid is inside the tornado polygon, but their home (Hargrove Rd E,
#  south-east of the path) is outside it.  TCL014/TCL015 live in the West End, south of the flood polygon.
COORD_OVERRIDES = {
    "TCL010": (33.1480, -87.5020),
    "TCL011": (33.1480, -87.5020),
    "TCL014": (33.1720, -87.5790),
    "TCL015": (33.1720, -87.5790),
}
BLANK_COORDS = {"TCL020"}   # derived from ZIP 35405 (centroid inside the tornado polygon)
BLANK_FIPS = {"TCL019"}
NO_BIRTH = {"TCL022"}
NO_PHONE = {"TCL019"}
