"""Hand-written roster for the esc part (Michigan's central Upper Peninsula). People invented; ZIPs/FIPS real."""

ADV = {
    "delta": "k.beaudoin@northshorewealth.example",      # Escanaba, Gladstone, Rapid River, Bark River
    "south": "m.grenier@northshorewealth.example",       # Menominee, Carney, Manistique
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("ESC001", "Leonard", "P.", "Vandenhouten", "Len", "", "Darlene", "Vandenhouten", "Escanaba", "MI", "49829", "1948-02-11", "1412 Lake Shore Dr", False, "delta"),
    ("ESC002", "Darlene", "", "Vandenhouten", "", "Kositzky", "Leonard", "Vandenhouten", "Escanaba", "MI", "49829", "1950-09-03", "1412 Lake Shore Dr", False, "delta"),
    ("ESC003", "Arvid", "E.", "Soderberg", "", "", "Marjatta", "Soderberg", "Gladstone", "MI", "49837", "1939-04-12", "718 Michigan Ave", False, "delta"),
    ("ESC004", "Marjatta", "", "Soderberg", "Marge", "Heikkinen", "Arvid", "Soderberg", "Gladstone", "MI", "49837", "1942-06-30", "718 Michigan Ave", False, "delta"),
    ("ESC005", "Raymond", "J.", "LaFave Jr.", "Ray", "", "Colette", "LaFave", "Manistique", "MI", "49854", "1961-05-19", "305 Oak St", False, "south"),
    ("ESC006", "Colette", "", "LaFave", "", "Gauthier", "Raymond", "LaFave Jr.", "Manistique", "MI", "49854", "1963-11-02", "305 Oak St", False, "south"),
    ("ESC007", "Mary Jo", "", "Pelletier", "", "Gendron", "", "", "Escanaba", "MI", "49829", "1944-08-21", "620 S 14th St", False, "delta"),
    ("ESC008", "Thaddeus", "", "Wojciechowski", "Ted", "", "Irene", "Wojciechowski", "Menominee", "MI", "49858", "1956-03-14", "2108 13th St", False, "south"),
    ("ESC009", "Irene", "", "Wojciechowski", "", "Kowalczyk", "Thaddeus", "Wojciechowski", "Menominee", "MI", "49858", "1958-07-27", "2108 13th St", False, "south"),
    ("ESC010", "Augustus", "", "Nordeen", "Gus", "", "Kelsey", "Nordeen", "Gladstone", "MI", "49837", "1990-10-08", "1020 Wisconsin Ave", False, "delta"),
    ("ESC011", "Renee", "", "Marchand-Olson", "", "", "", "", "Menominee", "MI", "49858", "1970-01-15", "915 1st St", False, "south"),
    ("ESC012", "Walter", "", "Przybylski", "Wally", "", "", "", "Bark River", "MI", "49807", "1944-12-01", "N 4410 County Rd 426", True, "delta"),
    ("ESC013", "Ingrid", "", "Halvorsen", "", "", "", "", "Escanaba", "MI", "49829", "1966-04-22", "300 S 3rd St", False, "delta"),
    ("ESC014", "Peter", "", "Groleau", "Pete", "", "", "", "Gladstone", "MI", "49837", "1972-09-09", "14 N 10th St", False, "delta"),
    ("ESC015", "Jolene", "", "Bergeron", "", "", "Dale", "Bergeron", "Rapid River", "MI", "49878", "1975-03-30", "10233 US 2", False, "delta"),
    ("ESC016", "Harlan", "", "Peshek", "", "", "Lorraine", "Peshek", "Carney", "MI", "49812", "1951-06-06", "N 15870 Peshek Rd", False, "south"),
    ("ESC017", "Lorraine", "", "Peshek", "", "Rivard", "Harlan", "Peshek", "Carney", "MI", "49812", "1953-02-17", "N 15870 Peshek Rd", False, "south"),
    ("ESC018", "Eugene", "J.", "Cloutier", "Gene", "", "", "", "Manistique", "MI", "49854", "1936-10-25", "211 Walnut St", False, "south"),
    ("ESC019", "Sandra", "", "Rousseau", "Sandy", "", "", "", "Escanaba", "MI", "49829", "1963-12-05", "1710 1st Ave S", False, "delta"),
    ("ESC020", "Marvin", "", "Tatrow", "", "", "Gail", "Tatrow", "Menominee", "MI", "49858", "1958-08-18", "", False, "south"),
    ("ESC021", "Annikki", "", "Kallio", "Annie", "Rantala", "", "", "Manistique", "MI", "49854", "1940-01-19", "460 Deer St", False, "south"),
    ("ESC022", "Brett", "", "Vandenhouten", "", "", "Shelby", "Vandenhouten", "Escanaba", "MI", "49829", "", "2315 7th Ave S", False, "delta"),
]

BLANK_COORDS = {"ESC016", "ESC018"}   # derived from the ZIP centroid
BLANK_FIPS = {"ESC022"}
NO_PHONE = {"ESC014", "ESC019"}
