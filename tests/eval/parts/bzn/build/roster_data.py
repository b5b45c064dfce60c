"""Hand-written roster for eval part bzn: Bozeman, Montana and nearby towns (all people invented; places, ZIPs,
FIPS real)."""

ADV_A = "k.thorvaldsen@bridgerridgewealth.example"   # Bozeman, Big Sky, Gallatin Gateway, Livingston
ADV_B = "m.ocampo@bridgerridgewealth.example"        # Belgrade, Manhattan, Three Forks

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("BZN001", "Halvard", "E.", "Skogstad", "Hal", "", "Marit", "Skogstad", "Bozeman", "59715", "1949-03-14", "412 S Willson Ave", False, ADV_A),
    ("BZN002", "Marit", "", "Skogstad", "", "Vigeland", "Halvard", "Skogstad", "Bozeman", "59715", "1952-07-21", "412 S Willson Ave", False, ADV_A),
    ("BZN003", "Gerrit", "Jan", "Hoekema", "", "", "Hendrika", "Hoekema", "Manhattan", "59741", "1938-11-02", "1870 Camp Creek Rd", False, ADV_B),
    ("BZN004", "Hendrika", "", "Hoekema", "Rika", "Veltkamp", "Gerrit", "Hoekema", "Manhattan", "59741", "1941-05-09", "1870 Camp Creek Rd", False, ADV_B),
    ("BZN005", "Mary Beth", "", "Trettevik", "", "Dijkhuis", "Dale", "Trettevik", "Belgrade", "59714", "1966-02-11", "605 Spooner Rd", False, ADV_B),
    ("BZN006", "Ernesto", "", "Quintanilla Barrón", "Neto", "", "Yolanda", "Quintanilla", "Bozeman", "59718", "1971-09-30", "88 Gooch Hill Rd", False, ADV_A),
    ("BZN007", "Declan", "", "OShaughnessy", "Dec", "", "", "", "Livingston", "59047", "1958-12-01", "219 S 3rd St", False, ADV_A),
    ("BZN008", "Arie", "", "Ten Hulzen", "", "", "Jantina", "Ten Hulzen", "Manhattan", "59741", "1955-04-17", "4410 Churchill Rd", False, ADV_B),
    ("BZN009", "Jantina", "", "Ten Hulzen", "Tina", "Veltkamp", "Arie", "Ten Hulzen", "Manhattan", "59741", "1950-08-28", "4410 Churchill Rd", False, ADV_B),
    ("BZN010", "Clayton", "", "Rudeen Jr.", "Clay", "", "Sherri", "Rudeen", "Three Forks", "59752", "1961-08-23", "17 Elm St E", False, ADV_B),
    ("BZN011", "Wilhelmina", "", "Pettengill", "Billie", "Aasheim", "", "", "Bozeman", "59715", "1944-01-26", "903 S Tracy Ave", False, ADV_A),
    ("BZN012", "Jo Ann", "", "Strachota", "", "", "Vernon", "Strachota", "Three Forks", "59752", "1950-06-04", "302 Cedar St", False, ADV_B),
    ("BZN013", "Vernon", "", "Strachota", "Vern", "", "Jo Ann", "Strachota", "Three Forks", "59752", "1948-10-15", "302 Cedar St", False, ADV_B),
    ("BZN014", "Tamsin", "", "Achterberg", "", "", "Owen", "Achterberg", "Bozeman", "59715", "1979-03-03", "1120 S Grand Ave", False, ADV_A),
    ("BZN015", "Wade", "", "Halvorsrud", "", "", "Kristin", "Halvorsrud", "Gallatin Gateway", "59730", "1968-05-19", "3350 Cottonwood Rd", False, ADV_A),
    ("BZN016", "Kristin", "", "Halvorsrud", "", "Fjelstad", "Wade", "Halvorsrud", "Gallatin Gateway", "59730", "1970-12-07", "3350 Cottonwood Rd", False, ADV_A),
    ("BZN017", "Lorne", "", "Bickerstaff", "", "", "Jean", "Bickerstaff", "Bozeman", "59718", "1960-02-14", "71 Baxter Ln", True, ADV_A),
    ("BZN018", "Russell", "", "Kittelmann", "Russ", "", "Colleen", "Kittelmann", "Bozeman", "59718", "1957-09-12", "2015 Durston Rd", False, ADV_A),
    ("BZN019", "Delphine", "M.", "Arbogast", "", "", "Lyle", "Arbogast", "Big Sky", "59716", "1953-06-30", "45 Aspen Leaf Dr", False, ADV_A),
    ("BZN020", "Merle", "", "Tostenrud", "", "", "", "", "Bozeman", "59715", "1939-04-22", "715 N Wallace Ave", False, ADV_A),
    ("BZN021", "Ingrid", "", "Mathisrud", "", "Brekke", "Tor", "Mathisrud", "Livingston", "59047", "1962-10-03", "1108 W Park St", False, ADV_A),
    ("BZN022", "Oskar", "", "Brandvold", "", "", "", "", "Bozeman", "59718", "1974-01-15", "3901 Jackrabbit Ln", False, ADV_A),
    ("BZN023", "Thaddeus", "", "Lindemulder", "Tad", "", "Ellen", "Lindemulder", "Manhattan", "59741", "1959-07-08", "210 W Main St", False, ADV_B),
]
