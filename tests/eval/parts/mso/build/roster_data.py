"""Hand-written roster for the mso part (Missoula, Montana). All people invented; towns, ZIPs and FIPS real."""

ADV_MSLA = "w.fairbairn@clarkforkcapital.example"    # Missoula city clients
ADV_VALLEYS = "t.redcloud-amundsen@clarkforkcapital.example"  # Bitterroot, Mission Valley, Frenchtown, Lolo, Blackfoot

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("MSO001", "Everett", "Lowell", "Quisenberry", "Ev", "", "Marlys", "Quisenberry", "Missoula", "59803", "1946-08-12", "2418 Hillview Way", False, ADV_MSLA),
    ("MSO002", "Marlys", "", "Quisenberry", "", "Tollefsrud", "Everett", "Quisenberry", "Missoula", "59803", "1949-02-03", "2418 Hillview Way", False, ADV_MSLA),
    ("MSO003", "Rosalie", "", "Lozeau", "Rosie", "Courchene", "Vernon", "Lozeau", "Arlee", "59821", "1958-05-17", "71 Fyant Ln", False, ADV_VALLEYS),
    ("MSO004", "Tou", "", "Kue", "", "", "Mai", "Kue", "Missoula", "59808", "1969-11-02", "5520 Grant Creek Rd", False, ADV_MSLA),
    ("MSO005", "Mai", "", "Kue", "", "Thao", "Tou", "Kue", "Missoula", "59808", "1972-03-09", "5520 Grant Creek Rd", False, ADV_MSLA),
    ("MSO006", "Maria Guadalupe", "", "Carrasco Villalobos", "Lupe", "", "", "", "Missoula", "59801", "1971-12-12", "612 S 3rd St W", False, ADV_MSLA),
    ("MSO007", "Lyle", "Dean", "Brinkerhoff Jr.", "", "", "Dana", "Brinkerhoff", "Frenchtown", "59834", "1965-04-21", "9 Beckwith St", False, ADV_VALLEYS),
    ("MSO008", "Mary Beth", "", "Skolrood", "", "Ferriter", "Dwayne", "Skolrood", "Stevensville", "59870", "1962-07-30", "408 Buck St", False, ADV_VALLEYS),
    ("MSO009", "Dwayne", "", "Skolrood", "", "", "Mary Beth", "Skolrood", "Stevensville", "59870", "1960-01-15", "408 Buck St", False, ADV_VALLEYS),
    ("MSO010", "Jo Ann", "", "Vandersloot", "", "Pfannenstiel", "", "", "Polson", "59860", "1950-10-04", "307 4th Ave E", False, ADV_VALLEYS),
    ("MSO011", "Brendan", "", "OHalloran", "", "", "Keira", "OHalloran", "Missoula", "59802", "1977-06-25", "1127 Toole Ave", False, ADV_MSLA),
    ("MSO012", "Wilhelmina", "", "Jorgenstad", "Billie", "", "Arvid", "Jorgenstad", "Missoula", "59803", "1939-09-18", "3104 Whitaker Dr", False, ADV_MSLA),
    ("MSO013", "Travis", "", "Wendelboe", "", "", "Kristin", "Wendelboe", "Missoula", "59801", "1968-02-11", "1530 Kemp St", False, ADV_MSLA),
    ("MSO014", "Orville", "", "Fenstermaker", "", "", "Arlene", "Fenstermaker", "Hamilton", "59840", "1944-12-01", "125 N 4th St", False, ADV_VALLEYS),
    ("MSO015", "Annika", "", "Threlkeld", "", "", "", "", "Lolo", "59847", "1981-03-28", "6011 Farm Ln", False, ADV_VALLEYS),
    ("MSO016", "Colette", "", "Birkeland", "", "", "", "", "Missoula", "59803", "1955-10-10", "4420 Fox Farm Rd", False, ADV_MSLA),
    ("MSO017", "Geraldine", "", "Hoffstetter", "Gerri", "Pomrenke", "Merle", "Hoffstetter", "Seeley Lake", "59868", "1952-08-08", "213 Boy Scout Rd", False, ADV_VALLEYS),
    ("MSO018", "Loretta", "", "Hedegaard", "", "", "Wendell", "Hedegaard", "Bonner", "59823", "1957-04-04", "9022 Highway 200 E", False, ADV_VALLEYS),
    ("MSO019", "Rex", "", "Stuckenbruck", "", "", "", "", "Missoula", "59808", "1960-09-09", "2660 Expressway", False, ADV_MSLA),
    ("MSO020", "Clayton", "", "Ruckelshaus", "Clay", "", "", "", "Lolo", "59847", "1954-05-05", "11 Mormon Creek Rd", True, ADV_VALLEYS),
    ("MSO021", "Anders", "", "Skovgaard", "", "", "Kirsten", "Skovgaard", "Missoula", "59803", "1966-01-19", "3919 Lincolnwood Rd", False, ADV_MSLA),
    ("MSO022", "Kirsten", "", "Skovgaard", "", "Lindahl", "Anders", "Skovgaard", "Missoula", "59803", "1968-10-27", "3919 Lincolnwood Rd", False, ADV_MSLA),
]
