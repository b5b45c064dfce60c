"""Hand-written roster for eval part cha (Chattanooga, Red Bank TN, Fort Oglethorpe GA and neighbours).
All people invented; ZIPs real (centroids from `zipcodes`)."""

ADV = {"TN": "l.pemberton@ridgecrestwealth.example", "GA": "d.okonkwo@ridgecrestwealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("CHA001", "Beauregard", "Lee", "Tillotson", "Beau", "", "Opal", "Tillotson", "Red Bank", "TN", "37415", "1948-07-22", "4112 Dayton Blvd", False),
    ("CHA002", "Opal", "", "Tillotson", "", "Gentry", "Beauregard", "Tillotson", "Red Bank", "TN", "37415", "1950-03-11", "4112 Dayton Blvd", False),
    ("CHA003", "Cordell", "", "Pettijohn Jr.", "Dell", "", "Rhonda", "Pettijohn", "Chattanooga", "TN", "37404", "1961-02-09", "1809 Bailey Ave", False),
    ("CHA004", "Mary Alice", "", "Vandergriff", "", "Scruggs", "", "", "Fort Oglethorpe", "GA", "30742", "1944-11-30", "27 Barnhardt Cir", False),
    ("CHA005", "Ezequiel", "", "Barragan Ocampo", "Zeke", "", "Yesenia", "Barragan", "Chattanooga", "TN", "37412", "1972-05-14", "4113 Ringgold Rd", False),
    ("CHA006", "Yesenia", "", "Barragan", "", "Lozoya", "Ezequiel", "Barragan Ocampo", "Chattanooga", "TN", "37412", "1975-09-26", "4113 Ringgold Rd", False),
    ("CHA007", "Priyanka", "", "Venkataraman", "", "", "Arjun", "Venkataraman", "Signal Mountain", "TN", "37377", "1979-08-02", "6 Timberlinks Dr", False),
    ("CHA008", "Royce", "", "Dillehay", "", "", "Glenda", "Dillehay", "Hixson", "TN", "37343", "1955-04-19", "5520 Hixson Pike", False),
    ("CHA009", "Glenda", "", "Dillehay", "", "Kilgore", "Royce", "Dillehay", "Hixson", "TN", "37343", "1957-10-03", "5520 Hixson Pike", False),
    ("CHA010", "Siobhan", "", "ODriscoll", "", "", "Garrett", "ODriscoll", "Chattanooga", "TN", "37405", "1983-12-01", "417 Forest Ave", False),
    ("CHA011", "Lafayette", "", "Hembree", "Fate", "", "", "", "Chattanooga", "TN", "37421", "1939-10-05", "7714 Standifer Gap Rd", False),
    ("CHA012", "Wendell", "", "Brasfield Sr.", "", "", "Inez", "Brasfield", "Rossville", "GA", "30741", "1946-01-17", "310 McFarland Ave", False),
    ("CHA013", "Inez", "", "Brasfield", "", "Cagle", "Wendell", "Brasfield Sr.", "Rossville", "GA", "30741", "1948-06-28", "310 McFarland Ave", False),
    ("CHA014", "Cleotha", "", "Stribling", "Cleo", "", "Bernadine", "Stribling", "Chattanooga", "TN", "37411", "1958-09-09", "2601 Wilcox Blvd", False),
    ("CHA015", "Jo Nell", "", "Huskey", "", "Prater", "Dwight", "Huskey", "Ooltewah", "TN", "37363", "1952-02-14", "9020 Apison Pike", False),
    ("CHA016", "Marquis", "", "Threadgill", "", "", "Keisha", "Threadgill", "Chattanooga", "TN", "37421", "1987-03-30", "1435 Jenkins Rd", False),
    ("CHA017", "Keisha", "", "Threadgill", "", "Poindexter", "Marquis", "Threadgill", "Chattanooga", "TN", "37421", "1988-11-12", "1435 Jenkins Rd", False),
    ("CHA018", "Harlan", "Eugene", "Van Huss", "", "", "Marjorie", "Van Huss", "Ooltewah", "TN", "37363", "1949-12-12", "5811 Mountain View Rd", False),
    ("CHA019", "Pauline", "", "Kirkendoll", "Polly", "", "", "", "Fort Oglethorpe", "GA", "30742", "1941-05-05", "14 Cloud Springs Rd", True),
    ("CHA020", "Thomasina", "", "Rhudy", "Tommie", "", "", "", "Chattanooga", "TN", "37412", "1963-07-07", "1220 S Seminole Dr", False),
    ("CHA021", "Everett", "", "Gladden", "", "", "", "", "Red Bank", "TN", "37415", "1956-08-08", "29 Leawood Ave", False),
    ("CHA022", "Graciela", "", "Ybarra Quintanilla", "Chela", "", "Rodolfo", "Melendez", "Ringgold", "GA", "30736", "1968-04-21", "85 Nashville St", False),
]
