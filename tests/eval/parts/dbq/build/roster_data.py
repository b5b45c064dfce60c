"""Hand-written roster for the dbq part: Dubuque, Iowa and nearby towns (people invented; places, ZIPs, FIPS real)."""

ADV_A = "m.kalb@bluffstreetwealth.example"
ADV_B = "r.oyelaran@bluffstreetwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("DBQ001", "Leonard", "J.", "Udelhofen", "Len", "", "Marlys", "Udelhofen", "Dubuque", "IA", "52003", "1946-02-11", "2870 Kaufmann Ridge Ct", False, ADV_A),
    ("DBQ002", "Marlys", "", "Udelhofen", "", "Tigges", "Leonard", "Udelhofen", "Dubuque", "IA", "52003", "1947-08-03", "2870 Kaufmann Ridge Ct", False, ADV_A),
    ("DBQ003", "Bernadette", "", "Wilgenbusch", "Bernie", "Kluesner", "Gary", "Wilgenbusch", "Asbury", "IA", "52002", "1957-04-22", "5112 Hales Mill Ln", False, ADV_A),
    ("DBQ004", "Raymond", "", "Kluesner Jr.", "Ray", "", "Darlene", "Kluesner", "Dubuque", "IA", "52001", "1962-09-14", "1436 Rhomberg Ave", False, ADV_A),
    ("DBQ005", "Darlene", "", "Kluesner", "", "Hefel", "Raymond", "Kluesner Jr.", "Dubuque", "IA", "52001", "1964-01-30", "1436 Rhomberg Ave", False, ADV_A),
    ("DBQ006", "Mary Beth", "", "Breitbach", "", "", "", "", "Peosta", "IA", "52068", "1971-06-08", "214 Burds Bluff Dr", False, ADV_B),
    ("DBQ007", "Kathleen", "M.", "Vorwald", "Kay", "Oberbroeckling", "Dennis", "Vorwald", "Dyersville", "IA", "52040", "1950-11-02", "608 3rd Ave NE", False, ADV_B),
    ("DBQ008", "Dennis", "", "Vorwald", "", "", "Kathleen", "Vorwald", "Dyersville", "IA", "52040", "1949-03-17", "608 3rd Ave NE", False, ADV_B),
    ("DBQ009", "Rosa Elena", "", "Zamudio Arreola", "Rosy", "", "Manuel", "Echeverria", "Dubuque", "IA", "52001", "1976-12-12", "1921 Washington St", False, ADV_B),
    ("DBQ010", "Francis", "", "ODowd", "Fran", "", "Joan", "ODowd", "Galena", "IL", "61036", "1955-07-04", "9 Hickory Hollow Rd", False, ADV_A),
    ("DBQ011", "Joan", "", "ODowd", "", "Manternach", "Francis", "ODowd", "Galena", "IL", "61036", "1957-02-26", "9 Hickory Hollow Rd", False, ADV_A),
    ("DBQ012", "Gerald", "", "Kerper", "Jerry", "", "Elaine", "Kerper", "East Dubuque", "IL", "61025", "1948-10-10", "77 Sinsinawa Ave", True, ADV_A),
    ("DBQ013", "Lorraine", "", "Heiar", "", "", "", "", "Bellevue", "IA", "52031", "1941-05-19", "302 N Riverview St", False, ADV_B),
    ("DBQ014", "Brian", "", "Grutz", "", "", "Ann", "Grutz", "Dubuque", "IA", "52003", "1968-05-05", "3365 Crescent Ridge", False, ADV_B),
    ("DBQ015", "Dolores", "", "Hosch", "Dodie", "Ungs", "", "", "Farley", "IA", "52046", "1944-09-29", "410 1st St NW", False, ADV_B),
    ("DBQ016", "Paul", "A.", "Feipel", "", "", "Andrea", "Feipel", "Dubuque", "IA", "52002", "1972-03-03", "4480 Pennsylvania Ave", False, ADV_A),
    ("DBQ017", "Andrea", "", "Feipel", "", "Kieffer", "Paul", "Feipel", "Dubuque", "IA", "52002", "1974-10-21", "4480 Pennsylvania Ave", False, ADV_A),
    ("DBQ018", "Tarines", "", "Lojkar", "", "", "Bobson", "Lojkar", "Dubuque", "IA", "52001", "1980-06-15", "2415 Jackson St", False, ADV_B),
    ("DBQ019", "Bobson", "", "Lojkar", "", "", "Tarines", "Lojkar", "Dubuque", "IA", "52001", "1977-01-09", "2415 Jackson St", False, ADV_B),
    ("DBQ020", "Roger", "", "Thilmany", "", "", "Susan", "Thilmany", "Dubuque", "IA", "52003", "1960-08-18", "3371 Crescent Ridge", False, ADV_B),
    ("DBQ021", "Patricia", "", "Gansemer", "Patty", "", "Curt", "Gansemer", "Epworth", "IA", "52045", "1963-12-01", "118 Bierman Rd", False, ADV_A),
    ("DBQ022", "Nicholas", "", "Wuebker", "Nick", "", "", "", "Asbury", "IA", "52002", "1986-02-14", "5560 Ridgeway Dr", False, ADV_A),
]
AREA = {"IA": "563", "IL": "815"}
