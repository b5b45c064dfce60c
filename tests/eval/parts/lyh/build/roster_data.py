"""Hand-written roster for part lyh (central Virginia). People invented; ZIPs and FIPS real."""

ADV = {"VA": "h.carrington@piedmontridge.example"}
ADV_BY_ID = {"LYH001": "m.saunders@piedmontridge.example", "LYH002": "m.saunders@piedmontridge.example",
             "LYH013": "m.saunders@piedmontridge.example", "LYH014": "m.saunders@piedmontridge.example",
             "LYH015": "m.saunders@piedmontridge.example", "LYH016": "m.saunders@piedmontridge.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("LYH001", "Clarence", "W.", "Fariss", "Buddy", "", "Nadine", "Fariss", "Forest", "24551", "1947-09-30", "1108 Perrowville Rd", False),
    ("LYH002", "Nadine", "", "Fariss", "", "Overstreet", "Clarence", "Fariss", "Forest", "24551", "1950-01-12", "1108 Perrowville Rd", False),
    ("LYH003", "Wilbur", "", "Mayhew Jr.", "", "", "Loretta", "Mayhew", "Lynchburg", "24503", "1961-03-18", "2714 Rivermont Ave", False),
    ("LYH004", "Ella Mae", "", "Tyree", "", "Gilliam", "", "", "Appomattox", "24522", "1937-02-09", "415 Church St", False),
    ("LYH005", "Harlow", "Peter", "Wingfield", "Pete", "", "Doris", "Wingfield", "Bedford", "24523", "1941-06-14", "1320 Longwood Ave", False),
    ("LYH006", "Doris", "", "Wingfield", "", "Burnette", "Harlow", "Wingfield", "Bedford", "24523", "1944-11-02", "1320 Longwood Ave", False),
    ("LYH007", "Tavis", "", "Burford", "", "", "Kimberly", "Burford", "Amherst", "24521", "1989-07-21", "162 Union Hill Rd", False),
    ("LYH008", "Kimberly", "", "Burford", "Kim", "Camden", "Tavis", "Burford", "Amherst", "24521", "1991-04-05", "162 Union Hill Rd", False),
    ("LYH009", "Gwendolyn", "", "Hughes-Mosby", "Gwen", "Hughes", "", "", "Lynchburg", "24501", "", "1902 Campbell Ave", False),
    ("LYH010", "Lucius", "", "Jennings", "", "", "Arletha", "Jennings", "Madison Heights", "24572", "1958-12-01", "88 Dixie Airport Rd", False),
    ("LYH011", "Hubert", "", "Pugh", "", "", "", "", "Concord", "24538", "1949-05-17", "9410 Village Hwy", True),
    ("LYH012", "Jolene", "", "Mays", "", "Dudley", "Curtis", "Mays", "Altavista", "24517", "1956-10-26", "707 Bedford Ave", False),
    ("LYH013", "Garland", "", "Bryant", "", "", "", "", "Lynchburg", "24502", "1952-02-27", "4020 Boonsboro Rd", False),
    ("LYH014", "Priscilla", "", "Holt", "Cissy", "", "", "", "Forest", "24551", "1971-08-08", "206 Graves Mill Rd", False),
    ("LYH015", "Darnell", "", "Witcher", "", "", "Monique", "Witcher", "Lynchburg", "24504", "1978-06-19", "3305 Campbell Ave", False),
    ("LYH016", "Monique", "", "Witcher", "", "", "Darnell", "Witcher", "Lynchburg", "24504", "1980-09-14", "3305 Campbell Ave", False),
    ("LYH017", "Randolph", "", "Creasy", "Randy", "", "Faye", "Creasy", "Bedford", "24523", "1957-08-22", "1175 Peaks St", False),
    ("LYH018", "Bettie Sue", "", "Lipscomb", "", "", "", "", "Amherst", "24521", "1962-05-03", "240 S Main St", False),
    ("LYH019", "Anson", "", "Thurman", "", "", "Rhoda", "Thurman", "Goode", "24556", "", "", False),
    ("LYH020", "Cordelia", "", "Shelton", "", "", "", "", "Lynchburg", "24503", "", "5 Langhorne Rd", False),
    ("LYH021", "Emory", "", "Dinwiddie", "", "", "Frances", "Dinwiddie", "Appomattox", "24522", "1950-04-11", "3120 Oakville Rd", False),
    ("LYH022", "Frances", "", "Dinwiddie", "", "Ferguson", "Emory", "Dinwiddie", "Appomattox", "24522", "1953-07-29", "3120 Oakville Rd", False),
]
NO_PHONE = {"LYH011", "LYH020"}
