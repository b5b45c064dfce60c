"""Hand-written roster for the lit part (central Arkansas; all people invented; places, ZIPs, FIPS real)."""

# by county FIPS: Pulaski clients to one adviser, Faulkner / Saline / Lonoke to the other
ADV = {
    "05119": "d.hollis@arkriverpartners.example",
    "05045": "c.mendoza@arkriverpartners.example",
    "05125": "c.mendoza@arkriverpartners.example",
    "05085": "c.mendoza@arkriverpartners.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- Delta Black Baptist families (Pulaski) ----
    ("LIT001", "Willie Mae", "", "Starks", "", "Pettaway", "Odell", "Starks", "Little Rock", "AR", "72204", "1947-06-12", "4102 W 12th St", False),
    ("LIT002", "Clarence", "", "Tolbert Jr.", "Buddy", "", "Bernice", "Tolbert", "North Little Rock", "AR", "72114", "1951-09-03", "1810 E 5th St", False),
    ("LIT003", "Bernice", "", "Tolbert", "", "Gatewood", "Clarence", "Tolbert Jr.", "North Little Rock", "AR", "72114", "1954-02-20", "1810 E 5th St", False),
    ("LIT004", "Lavern", "", "Hightower", "", "", "Essie", "Hightower", "Jacksonville", "AR", "72076", "1953-01-17", "305 Marshall Rd", False),
    ("LIT005", "Essie", "", "Hightower", "", "Mabry", "Lavern", "Hightower", "Jacksonville", "AR", "72076", "1955-08-30", "305 Marshall Rd", False),
    ("LIT019", "Gerald", "", "Tolbert", "Jerry", "", "", "", "Sherwood", "AR", "72120", "1955-11-21", "7 Kiehl Ave", True),
    ("LIT021", "Marcus", "", "Pettaway", "", "", "", "", "Little Rock", "AR", "72211", "1985-04-27", "11 Napa Valley Dr", False),
    ("LIT022", "Tamika", "", "Ransom", "", "Starks", "Derrick", "Ransom", "Little Rock", "AR", "72223", "1972-01-30", "24 Chenal Valley Dr", False),
    # ---- Italian-American, Tontitown origin ----
    ("LIT006", "Vincent", "", "DAlessandro", "Vinnie", "", "Carla", "DAlessandro", "Conway", "AR", "72034", "1958-04-09", "2150 Prince St", False),
    ("LIT007", "Carla", "", "DAlessandro", "", "Morsani", "Vincent", "DAlessandro", "Conway", "AR", "72034", "1960-11-14", "2150 Prince St", False),
    ("LIT008", "Maria Teresa", "", "Bariola", "Terri", "Ranalli", "", "", "Little Rock", "AR", "72207", "1949-05-05", "5 Cantrell Pl", False),
    ("LIT009", "Dominic", "", "Ranalli Sr.", "Dom", "", "Joyce", "Ranalli", "Benton", "AR", "72015", "1947-02-26", "1214 Military Rd", False),
    # ---- Marshallese ----
    ("LIT010", "Hemina", "", "Jibas", "Mina", "", "", "", "North Little Rock", "AR", "72116", "1976-07-02", "4400 Camp Robinson Rd", False),
    ("LIT011", "Tonny", "", "Langidrik", "", "", "Rine", "Langidrik", "Conway", "AR", "72032", "1981-03-15", "850 Hogan Ln", False),
    # ---- Hispanic ----
    ("LIT012", "Maria Guadalupe", "", "Hernandez Ortiz", "Lupe", "", "Rogelio", "Hernandez", "Bryant", "AR", "72022", "1974-12-12", "3007 Reynolds Rd", False),
    ("LIT013", "Rogelio", "", "Hernandez", "", "", "Maria Guadalupe", "Hernandez Ortiz", "Bryant", "AR", "72022", "1971-06-18", "3007 Reynolds Rd", False),
    ("LIT014", "Jose Luis", "", "Cardenas Villarreal", "", "", "", "", "Little Rock", "AR", "72209", "1968-10-01", "8120 Geyer Springs Rd", False),
    # ---- rural Church of Christ families (Lonoke, Faulkner) ----
    ("LIT015", "Dwayne", "", "Ledbetter", "", "", "Rhonda", "Ledbetter", "Cabot", "AR", "72023", "1965-03-22", "41 Mountain Springs Rd", False),
    ("LIT016", "Rhonda", "", "Ledbetter", "", "Cagle", "Dwayne", "Ledbetter", "Cabot", "AR", "72023", "1966-07-19", "41 Mountain Springs Rd", False),
    ("LIT017", "Betty Sue", "", "Cagle", "", "", "Clifford", "Cagle", "Cabot", "AR", "72023", "1942-10-05", "1600 Hwy 321", False),
    ("LIT018", "Harold", "", "Pruitt", "Hal", "", "", "", "Greenbrier", "AR", "72058", "1941-12-01", "22 Tyler Ln", False),
    ("LIT020", "Rebecca", "", "Hollowell", "Becky", "", "", "", "Bryant", "AR", "72022", "1970-08-08", "509 Woodland Dr", False),
]

# clients whose coordinates are left blank (derived from the ZIP by the engine)
BLANK_COORDS = {"LIT011", "LIT017"}
# clients without a birth date or phone in the CRM
NO_BIRTH = {"LIT014", "LIT010"}
NO_PHONE = {"LIT008", "LIT018", "LIT020"}
