"""Hand-written roster for the mfr part (Medford, Oregon and the Rogue Valley). All people invented; towns, ZIP
codes and county FIPS are real (coordinates: ZIP centroid +/- 0.005 degree)."""

ADV_A = "r.kittelson@tablerockwealth.example"    # Medford, Ashland, Jacksonville, Phoenix, Talent
ADV_B = "m.arceneaux@tablerockwealth.example"    # Central Point, White City, Eagle Point, Shady Cove, Rogue River, Grants Pass

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("MFR001", "Everett", "L.", "Quisenberry", "Ev", "", "Lorraine", "Quisenberry", "Medford", "OR", "97504", "1948-03-11", "2847 Hillcrest Rd", False, ADV_A),
    ("MFR002", "Lorraine", "", "Quisenberry", "", "Tollefsrud", "Everett", "Quisenberry", "Medford", "OR", "97504", "1950-07-22", "2847 Hillcrest Rd", False, ADV_A),
    ("MFR003", "Rogelio", "", "Zamudio Arreola", "Roy", "", "Graciela", "Zamudio", "Phoenix", "OR", "97535", "1961-09-30", "309 N Main St", False, ADV_A),
    ("MFR004", "Rae Ann", "", "Stuckart", "", "", "", "", "Central Point", "OR", "97502", "1954-12-05", "415 Pine St", False, ADV_B),
    ("MFR005", "Lyman", "D.", "Thackaberry Jr.", "Butch", "", "Dana", "Thackaberry", "Eagle Point", "OR", "97524", "1961-05-18", "140 Royal Ave", False, ADV_B),
    ("MFR006", "Dana", "", "Thackaberry", "", "Wobbema", "Lyman", "Thackaberry Jr.", "Eagle Point", "OR", "97524", "1963-11-02", "140 Royal Ave", False, ADV_B),
    ("MFR007", "Declan", "", "OShaughnessy", "", "", "", "", "Ashland", "OR", "97520", "1972-08-14", "72 Granite St", False, ADV_A),
    ("MFR008", "Ignacio", "", "Del Castillo", "Nacho", "", "Marisol", "Del Castillo", "White City", "OR", "97503", "1966-01-09", "7810 Agate Rd", False, ADV_B),
    ("MFR009", "Marisol", "", "Del Castillo", "", "Ybarra", "Ignacio", "Del Castillo", "White City", "OR", "97503", "1969-04-27", "7810 Agate Rd", False, ADV_B),
    ("MFR010", "Wendell", "A.", "Ruckdaschel", "", "", "Arlette", "Ruckdaschel", "Jacksonville", "OR", "97530", "1939-04-02", "355 N Oregon St", False, ADV_A),
    ("MFR011", "Arlette", "", "Ruckdaschel", "", "Pinnock", "Wendell", "Ruckdaschel", "Jacksonville", "OR", "97530", "1942-06-16", "355 N Oregon St", False, ADV_A),
    ("MFR012", "Thaddeus", "", "Birkenfeld", "Tad", "", "Corinne", "Birkenfeld", "Grants Pass", "OR", "97526", "1955-10-21", "1420 NW Hawthorne Ave", False, ADV_B),
    ("MFR013", "Marjorie", "J.", "Ekstedt", "Margie", "", "", "", "Grants Pass", "OR", "97527", "1944-02-08", "2255 Williams Hwy", False, ADV_B),
    ("MFR014", "Orrin", "", "Sattlemeier", "", "", "", "", "Rogue River", "OR", "97537", "1950-03-03", "601 E Main St", True, ADV_B),
    ("MFR015", "Mary Kay", "", "Oberholtzer", "", "", "", "", "Talent", "OR", "97540", "1963-06-09", "118 Wagner St", False, ADV_A),
    ("MFR016", "Cassius", "", "Wetherbee", "Cash", "", "Jolene", "Wetherbee", "Medford", "OR", "97501", "1980-12-01", "1012 W 10th St", False, ADV_A),
    ("MFR017", "Anneliese", "", "Kornbluth", "", "", "Reuben", "Kornbluth", "Ashland", "OR", "97520", "1969-03-25", "810 Siskiyou Blvd", False, ADV_A),
    ("MFR018", "Jesus", "", "Tafolla", "Chuy", "", "Leticia", "Tafolla", "Medford", "OR", "97501", "1975-02-14", "1534 Beatty St", False, ADV_A),
    ("MFR019", "Leticia", "", "Tafolla", "", "Carranza", "Jesus", "Tafolla", "Medford", "OR", "97501", "1977-08-03", "1534 Beatty St", False, ADV_A),
    ("MFR020", "Gideon", "", "Pflugrath", "Gid", "", "Sharon", "Pflugrath", "Central Point", "OR", "97502", "1957-07-07", "88 Haskell St", False, ADV_B),
    ("MFR021", "Henrietta", "", "Brisbois", "Hettie", "", "", "", "Shady Cove", "OR", "97539", "1946-09-12", "21800 Hwy 62", False, ADV_B),
    ("MFR022", "Dalton", "", "Ruesink", "", "", "Tami", "Ruesink", "Central Point", "OR", "97502", "1968-10-19", "2240 Taylor Rd", False, ADV_B),
]
