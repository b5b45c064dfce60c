"""Roster of the vct part (Texas coastal bend: Victoria, Cuero, Port Lavaca, Yoakum, Shiner). Invented people.

Tuple: (id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc)
"""

ADV = {"Victoria": "hollis.brandt@gulfbendwealth.example", "Port Lavaca": "hollis.brandt@gulfbendwealth.example",
       "Cuero": "marisol.trevino@gulfbendwealth.example", "Yoakum": "marisol.trevino@gulfbendwealth.example",
       "Shiner": "marisol.trevino@gulfbendwealth.example"}
R = [
    ("VCT001", "Wilhelm", "Otto", "Kusserow", "Willie", "", "Lorene", "Kusserow", "Cuero", "TX", "77954", "1941-10-14", "412 E Prairie St", False),
    ("VCT002", "Lorene", "", "Kusserow", "", "Dornburg", "Wilhelm", "Kusserow", "Cuero", "TX", "77954", "1944-03-02", "412 E Prairie St", False),
    ("VCT003", "Mary Lou", "", "Janak", "", "Kubena", "", "", "Yoakum", "TX", "77995", "1948-07-21", "607 Irvine St", False),
    ("VCT004", "Bobbie Sue", "", "Pargmann", "", "", "Travis", "Pargmann", "Victoria", "TX", "77904", "1970-05-09", "118 Pebble Creek Dr", False),
    ("VCT005", "Travis", "Dean", "Pargmann", "", "", "Bobbie Sue", "Pargmann", "Victoria", "TX", "77904", "1968-11-30", "118 Pebble Creek Dr", False),
    ("VCT006", "Ramiro", "", "De La Garza", "Ray", "", "Yolanda", "De La Garza", "Victoria", "TX", "77901", "1966-02-17", "2306 E Mesquite Ln", False),
    ("VCT007", "Yolanda", "", "De La Garza", "", "Villarreal", "Ramiro", "De La Garza", "Victoria", "TX", "77901", "1968-08-04", "2306 E Mesquite Ln", False),
    ("VCT008", "Thanh", "", "Tran", "Tommy", "", "", "", "Port Lavaca", "TX", "77979", "1970-01-12", "905 Travis St", False),
    ("VCT009", "Leroy", "", "Boehm Jr.", "", "", "Stacy", "Boehm", "Cuero", "TX", "77954", "1975-09-27", "1020 N Esplanade St", False),
    ("VCT010", "Dolores", "Marie", "Hajek", "Lola", "Pesek", "", "", "Shiner", "TX", "77984", "1938-12-08", "311 Avenue D", False),
    ("VCT011", "Jo Beth", "", "Schaefer", "", "", "", "", "Yoakum", "TX", "77995", "1962-04-15", "208 Simpson St", True),
    ("VCT012", "Kyle", "", "Wendel", "", "", "", "", "Port Lavaca", "TX", "77979", "1979-06-03", "1402 W Austin St", False),
    ("VCT013", "Patricia", "", "Zengerle", "Patsy", "", "", "", "Cuero", "TX", "77954", "", "707 W Broadway St", False),
    ("VCT014", "Gustavo", "", "Villarreal", "Gus", "", "", "", "Victoria", "TX", "77901", "1961-10-02", "1509 N Vine St", False),
    ("VCT015", "Hoang", "", "Nguyen", "Henry", "", "Mai", "Nguyen", "Port Lavaca", "TX", "77979", "1972-03-25", "222 Dallas St", False),
    ("VCT016", "Mai", "", "Nguyen", "", "Pham", "Hoang", "Nguyen", "Port Lavaca", "TX", "77979", "1975-12-19", "222 Dallas St", False),
    ("VCT017", "Erwin", "", "Pesek", "", "", "", "", "Yoakum", "TX", "77995", "1957-02-11", "415 Hubbard St", False),
    ("VCT018", "Carolyn", "", "Fikac", "", "Bludau", "", "", "Cuero", "TX", "77954", "1950-05-30", "316 N Gonzales St", False),
    ("VCT019", "Marcus", "", "Oliphant", "", "", "", "", "Victoria", "TX", "77904", "", "4807 N Navarro St", False),
    ("VCT020", "Reba Jean", "", "Strauch", "", "", "", "", "Port Lavaca", "TX", "77979", "1958-09-09", "", False),
    ("VCT021", "Delbert", "", "Kahlich", "", "", "Wanda", "Kahlich", "Yoakum", "TX", "77995", "1953-08-16", "903 Coffee St", False),
    ("VCT022", "Wanda", "", "Kahlich", "", "Hermes", "Delbert", "Kahlich", "Yoakum", "TX", "77995", "1955-01-07", "903 Coffee St", False),
]
NO_PHONE = {"VCT014", "VCT019"}
