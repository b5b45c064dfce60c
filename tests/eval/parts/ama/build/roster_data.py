"""Hand-written roster for the ama part (Amarillo, Canyon, Hereford, Bushland, Texas). People invented;
ZIPs, counties and FIPS real (zipcodes / addfips)."""

ADV_AMA = "m.haverkamp@caprockplainswealth.example"     # Amarillo clients
ADV_RUR = "r.estrada.lyle@caprockplainswealth.example"  # Canyon, Hereford, Bushland clients

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("AMA001", "Thaddeus", "Ray", "Blankenbaker", "Tad", "", "Loretta", "Blankenbaker", "Amarillo", "79109", "1949-03-14", "3512 Bowie St", False),
    ("AMA002", "Loretta", "", "Blankenbaker", "", "Quisenberry", "Thaddeus", "Blankenbaker", "Amarillo", "79109", "1951-08-02", "3512 Bowie St", False),
    ("AMA003", "Ezequiel", "", "Villalpando Ochoa", "Zeke", "", "Araceli", "Villalpando", "Hereford", "79045", "1957-06-09", "411 Irving St", False),
    ("AMA004", "Araceli", "", "Villalpando", "", "Tarango", "Ezequiel", "Villalpando Ochoa", "Hereford", "79045", "1959-12-12", "411 Irving St", False),
    ("AMA005", "Merle", "Dean", "Hutto Jr.", "", "", "Brenda", "Hutto", "Canyon", "79015", "1958-04-30", "1907 6th Ave", False),
    ("AMA006", "Billie Jo", "", "Cathey", "", "Strawn", "", "", "Canyon", "79015", "1944-01-19", "22 Hunsley Hills Blvd", False),
    ("AMA007", "Lucius", "", "Pettigrew", "", "", "Clarice", "Pettigrew", "Amarillo", "79107", "1961-10-05", "1318 N Hughes St", False),
    ("AMA008", "Cordelia", "", "Fenstermacher", "Delia", "Albracht", "Harlan", "Fenstermacher", "Amarillo", "79106", "1937-11-22", "2801 Hagy Blvd", False),
    ("AMA009", "Arliss", "", "Gatewood", "", "", "Opal", "Gatewood", "Hereford", "79045", "1946-02-17", "605 Star St", False),
    ("AMA010", "Nkechi", "", "Obiakor", "", "Anyanwu", "Chukwuemeka", "Obiakor", "Amarillo", "79124", "1979-05-21", "8209 Ridgeview Dr", False),
    ("AMA011", "Chukwuemeka", "", "Obiakor", "Emeka", "", "Nkechi", "Obiakor", "Amarillo", "79124", "1976-09-03", "8209 Ridgeview Dr", False),
    ("AMA012", "Jo Ann", "", "DeShazo", "", "", "", "", "Canyon", "79015", "1950-07-07", "406 16th St", False),
    ("AMA013", "Kenneth", "", "OShaughnessy", "Kenny", "", "Gertrude", "OShaughnessy", "Amarillo", "79118", "1966-02-02", "6100 Buccola Ave", False),
    ("AMA014", "Gertrude", "", "OShaughnessy", "Trudy", "Wolfskill", "Kenneth", "OShaughnessy", "Amarillo", "79118", "1968-11-11", "6100 Buccola Ave", False),
    ("AMA015", "Marisol", "", "De la Fuente", "", "", "Rogelio", "Campos", "Amarillo", "79110", "1980-03-25", "4012 S Georgia St", False),
    ("AMA016", "Wyatt", "", "Hollenbeck", "", "", "", "", "Canyon", "79015", "1988-08-14", "15 Country Club Dr", False),
    ("AMA017", "Luella Mae", "", "Birdwell", "", "Kitchings", "", "", "Hereford", "79045", "1949-09-30", "418 Irving St", False),
    ("AMA018", "Garrison", "", "Ebersole", "", "", "Marian", "Ebersole", "Amarillo", "79119", "1952-12-01", "7400 Kori Dr", False),
    ("AMA019", "Virgil", "", "Stuckenschneider", "", "", "", "", "Canyon", "79015", "1963-03-03", "800 23rd St", True),
    ("AMA020", "Rosalind", "", "Achterberg", "Roz", "", "", "", "Amarillo", "79121", "1961-04-18", "3 Wolflin Pl", False),
    ("AMA021", "Haskell", "", "Tindall", "Buck", "", "Dorothy", "Tindall", "Bushland", "79012", "1955-10-28", "16800 W Interstate 40", False),
    ("AMA022", "Perpetua", "", "Yzaguirre", "Pepa", "Lozano", "", "", "Hereford", "79045", "1940-05-06", "2150 County Road 12", False),
]

# Hand-set coordinates: AMA022 lives on a farm north-east of Hereford, outside the tornado polygon although the
# ZIP 79045 centroid is inside it.
COORD_OVERRIDES = {"AMA022": (34.9050, -102.3180)}
