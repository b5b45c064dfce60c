"""Hand-written roster for part lmt: the Klamath Basin of south-central Oregon. People invented; ZIPs, FIPS real."""

ADV = {"A": "d.lindahl@basinridgewealth.example", "B": "m.ortega@basinridgewealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("LMT001", "Harlan", "J.", "Vodicka", "", "", "Ludmila", "Vodicka", "Malin", "97632", "1948-06-14", "2210 Broadway St", False, "A"),
    ("LMT002", "Ludmila", "", "Vodicka", "Millie", "Hrbek", "Harlan", "Vodicka", "Malin", "97632", "1950-11-02", "2210 Broadway St", False, "A"),
    ("LMT003", "Wendell", "", "Pickerill Jr.", "Butch", "", "Corinne", "Pickerill", "Merrill", "97633", "1961-03-22", "18440 Malone Rd", False, "A"),
    ("LMT004", "Corinne", "", "Pickerill", "", "Estabrook", "Wendell", "Pickerill Jr.", "Merrill", "97633", "1963-08-09", "18440 Malone Rd", False, "A"),
    ("LMT005", "Rosalind", "", "Ochoa Bettencourt", "Rosie", "Ochoa", "", "", "Klamath Falls", "97603", "1958-01-30", "4127 Summers Ln", False, "B"),
    ("LMT006", "Lorna Jean", "", "Sickmiller", "", "Pelfrey", "", "", "Chiloquin", "97624", "1949-05-17", "316 S Chocktoot St", False, "B"),
    ("LMT007", "Orval", "D.", "Kimbrell", "", "", "Nadine", "Kimbrell", "Chiloquin", "97624", "1942-02-09", "38800 Modoc Point Rd", False, "B"),
    ("LMT008", "Nadine", "", "Kimbrell", "", "Dyment", "Orval", "Kimbrell", "Chiloquin", "97624", "1944-10-28", "38800 Modoc Point Rd", False, "B"),
    ("LMT009", "Everett", "", "Marchbanks", "", "", "", "", "Klamath Falls", "97601", "1955-07-04", "1530 Crescent Ave", True, "B"),
    ("LMT010", "Sunniva", "", "Haldorsen", "", "", "", "", "Klamath Falls", "97601", "1982-12-05", "", False, "B"),
    ("LMT011", "Kenji", "", "Okimura", "", "", "Ruth", "Okimura", "Merrill", "97633", "1950-04-18", "23901 Hill Rd", False, "A"),
    ("LMT012", "Ruth", "", "Okimura", "", "Sasamoto", "Kenji", "Okimura", "Merrill", "97633", "1952-09-26", "23901 Hill Rd", False, "A"),
    ("LMT013", "Cletus", "", "Ambrosetti", "", "", "", "", "Keno", "97627", "1944-02-11", "15020 Clover Creek Rd", False, "A"),
    ("LMT014", "Jolene", "", "Ferebee", "", "Guthridge", "Dale", "Ferebee", "Bonanza", "97623", "", "31700 Hwy 70", False, "A"),
    ("LMT015", "Rudolph", "", "Hrbek", "Rudy", "", "", "", "Malin", "97632", "1953-01-08", "1402 Front St", False, "A"),
    ("LMT016", "Bryce", "", "Teeters", "", "", "Kaylee", "Teeters", "Klamath Falls", "97603", "1985-10-12", "5719 Harlan Dr", False, "B"),
    ("LMT017", "Kaylee", "", "Teeters", "", "Guthridge", "Bryce", "Teeters", "Klamath Falls", "97603", "1988-03-03", "5719 Harlan Dr", False, "B"),
    ("LMT018", "Augustin", "", "Villasenor", "Gus", "", "Marisol", "Villasenor", "Merrill", "97633", "1967-06-29", "411 E Front St", False, "A"),
    ("LMT019", "Annaliese", "", "Pruett-Dunmire", "", "Dunmire", "Calvin", "Pruett", "Klamath Falls", "97601", "", "2044 Eldorado Blvd", False, "B"),
    ("LMT020", "Wilhelmina", "", "Stuckart", "Billie", "Ashbaugh", "", "", "Chiloquin", "97624", "1939-08-21", "120 Schonchin Ave", False, "B"),
    ("LMT021", "Royce", "", "Hemmerling", "", "", "Gaylene", "Hemmerling", "Klamath Falls", "97603", "1958-12-01", "6230 Shasta Way", False, "B"),
    ("LMT022", "Gaylene", "", "Hemmerling", "", "Vandewalle", "Royce", "Hemmerling", "Klamath Falls", "97603", "1960-02-14", "6230 Shasta Way", False, "B"),
    ("LMT023", "Garrett", "", "Skeen", "", "", "", "", "Malin", "97632", "1990-05-20", "905 Lowell St", False, "A"),
]
NO_PHONE = {"LMT013", "LMT020"}
