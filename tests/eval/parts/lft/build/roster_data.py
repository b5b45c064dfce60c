"""Hand-written roster for eval part lft (Lafayette, Breaux Bridge, New Iberia, La.). People invented; ZIPs real."""

ADV = {
    "Lafayette Parish": "a.castille@techebendadvisors.example",
    "St. Martin Parish": "v.richard@techebendadvisors.example",
    "Iberia Parish": "v.richard@techebendadvisors.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("LFT001", "Aurelien", "", "Guilbeau Jr.", "Rel", "", "Odile", "Guilbeau", "Lafayette", "LA", "70503", "1949-02-11", "112 Bendel Rd", False),
    ("LFT002", "Odile", "", "Guilbeau", "", "Landreneau", "Aurelien", "Guilbeau Jr.", "Lafayette", "LA", "70503", "1951-07-23", "112 Bendel Rd", False),
    ("LFT003", "Marie Therese", "", "Dartez", "Tess", "Fuselier", "", "", "Breaux Bridge", "LA", "70517", "1944-08-02", "1208 Rees St", False),
    ("LFT004", "Clovis", "P.", "Stelly", "", "", "Jeanette", "Stelly", "New Iberia", "LA", "70560", "1957-05-14", "410 Center St", False),
    ("LFT005", "Ximena", "", "Arriaga Villasenor", "", "", "Rodrigo", "Arriaga Mendoza", "Lafayette", "LA", "70508", "1981-10-03", "205 Camellia Blvd", False),
    ("LFT006", "Rodrigo", "", "Arriaga Mendoza", "", "", "Ximena", "Arriaga Villasenor", "Lafayette", "LA", "70508", "1979-12-19", "205 Camellia Blvd", False),
    ("LFT007", "Lucien", "J.", "DeLaHoussaye", "", "", "Yvonne", "DeLaHoussaye", "St. Martinville", "LA", "70582", "1938-09-17", "301 S Main St", False),
    ("LFT008", "Alcide", "", "Zeringue", "", "", "", "", "Lafayette", "LA", "70501", "1958-03-30", "914 E Main St", False),
    ("LFT009", "Naveen", "", "Kothapalli", "", "", "Swathi", "Kothapalli", "Youngsville", "LA", "70592", "1976-01-08", "117 Iberia St", False),
    ("LFT010", "Theogene", "", "Simoneaux", "T-Gene", "", "", "", "Carencro", "LA", "70520", "1941-11-26", "4406 N University Ave", False),
    ("LFT011", "Rosalind", "", "Fontenette", "Roz", "Batiste", "Cedric", "Fontenette", "New Iberia", "LA", "70563", "1972-04-09", "2210 Jane St", False),
    ("LFT012", "Cedric", "", "Fontenette", "", "", "Rosalind", "Fontenette", "New Iberia", "LA", "70563", "1970-08-25", "2210 Jane St", False),
    ("LFT013", "Adaline", "", "Bergeaux", "Addie", "", "", "", "Lafayette", "LA", "70506", "1962-09-12", "305 Marquis Dr", False),
    ("LFT014", "Lamar", "", "Verret", "", "", "Gail", "Verret", "Breaux Bridge", "LA", "70517", "1955-06-06", "1031 Poydras Hwy", False),
    ("LFT015", "Thuy", "", "Lemaire", "", "Phan", "Denis", "Lemaire", "New Iberia", "LA", "70560", "1966-02-20", "608 Loreauville Rd", False),
    ("LFT016", "Octave", "", "Melancon III", "Trey", "", "Danielle", "Melancon", "Scott", "LA", "70583", "1978-07-15", "500 Lions Club Rd", False),
    ("LFT017", "Ferdinand", "", "Guidroz", "Ferd", "", "", "", "Breaux Bridge", "LA", "70517", "1946-12-02", "77 Guidroz Ln", True),
    ("LFT018", "Kaitlyn", "", "Sonnier", "Katie", "Mire", "Brennan", "Sonnier", "Youngsville", "LA", "70592", "1988-04-27", "302 Chemin Metairie Pkwy", False),
    ("LFT019", "Jean Baptiste", "", "Arsement", "J.B.", "", "Mona", "Arsement", "Broussard", "LA", "70518", "1967-03-01", "403 E Main St", False),
    ("LFT020", "Mona", "", "Arsement", "", "Babineaux", "Jean Baptiste", "Arsement", "Broussard", "LA", "70518", "1969-11-14", "403 E Main St", False),
    ("LFT021", "Dorothea", "", "DAquin", "Dot", "", "", "", "Lafayette", "LA", "70503", "1936-06-18", "219 Girard Park Dr", False),
    ("LFT022", "Anatole", "", "Gaspard", "Toto", "", "", "", "New Iberia", "LA", "70563", "1950-10-31", "1500 Admiral Doyle Dr", False),
]

BLANK_COORDS = {"LFT010", "LFT022"}   # engine derives from ZIP
NO_BIRTH = {"LFT008"}
NO_PHONE = {"LFT017"}
