"""Hand-written roster for the btv part (all people invented; places, ZIPs, FIPS real).

Region: Burlington, Vermont and Chittenden County neighbours, plus Plattsburgh, N.Y. across Lake Champlain."""

ADV = {
    "VT-N": "r.whitlock@champlainharborwealth.example",   # Burlington, Winooski, Colchester, Hinesburg
    "VT-S": "s.nadeau@champlainharborwealth.example",     # South Burlington, Shelburne, Essex Junction
    "NY": "d.oyelaran@champlainharborwealth.example",     # Plattsburgh
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adv
R = [
    ("BTV001", "Jean-Paul", "", "Brisebois", "J.P.", "", "Marie-Claire", "Brisebois", "Winooski", "VT", "05404", "1948-06-14", "41 Hood St", False, "VT-N"),
    ("BTV002", "Marie-Claire", "", "Brisebois", "", "Ouimette", "Jean-Paul", "Brisebois", "Winooski", "VT", "05404", "1950-09-02", "41 Hood St", False, "VT-N"),
    ("BTV003", "Therese", "A.", "Laflamme", "Terry", "", "", "", "Essex Junction", "VT", "05452", "1956-01-27", "12 Pearl St", False, "VT-S"),
    ("BTV004", "Normand", "J.", "Poquette", "", "", "Yvette", "Poquette", "Colchester", "VT", "05446", "1941-08-03", "318 Malletts Bay Ave", False, "VT-N"),
    ("BTV005", "Yvette", "", "Poquette", "", "Senesac", "Normand", "Poquette", "Colchester", "VT", "05446", "1944-04-19", "318 Malletts Bay Ave", False, "VT-N"),
    ("BTV006", "Lucien", "", "Desautels", "", "", "Ginette", "Desautels", "Burlington", "VT", "05401", "1946-11-08", "77 N Winooski Ave", False, "VT-N"),
    ("BTV007", "Mary Beth", "", "Kinsley", "", "Harrow", "Daniel", "Kinsley", "South Burlington", "VT", "05403", "1971-03-30", "9 Laurel Hill Dr", False, "VT-S"),
    ("BTV008", "Daniel", "", "Kinsley", "Dan", "", "Mary Beth", "Kinsley", "South Burlington", "VT", "05403", "1969-12-02", "9 Laurel Hill Dr", False, "VT-S"),
    ("BTV009", "Bhim", "", "Khatiwada", "", "", "Durga", "Khatiwada", "Winooski", "VT", "05404", "1979-05-11", "22 Elm St", False, "VT-N"),
    ("BTV010", "Durga", "", "Khatiwada", "", "", "Bhim", "Khatiwada", "Winooski", "VT", "05404", "1982-10-23", "22 Elm St", False, "VT-N"),
    ("BTV011", "Richard", "", "Whitcomb Jr.", "Rick", "", "Anne", "Whitcomb", "Shelburne", "VT", "05482", "1960-07-04", "2270 Harbor Rd", False, "VT-S"),
    ("BTV012", "Solange", "", "Robitaille", "", "Ouimette", "", "", "Burlington", "VT", "05408", "1939-02-15", "15 Gosse Ct", True, "VT-N"),
    ("BTV013", "Gaetan", "", "Bessette", "Guy", "", "Lorraine", "Bessette", "Plattsburgh", "NY", "12901", "1957-09-16", "48 Cornelia St", False, "NY"),
    ("BTV014", "Lorraine", "", "Bessette", "", "Choiniere", "Gaetan", "Bessette", "Plattsburgh", "NY", "12901", "1959-12-20", "48 Cornelia St", False, "NY"),
    ("BTV015", "Armand", "", "Boulanger", "", "", "Gisele", "Boulanger", "Plattsburgh", "NY", "12901", "1953-03-06", "6 Sailly Ave", False, "NY"),
    ("BTV016", "Patrick", "", "St. Onge", "Pat", "", "", "", "Essex Junction", "VT", "05452", "1966-08-21", "5 Maple St", False, "VT-S"),
    ("BTV017", "Cecile", "", "Marcotte", "", "Dubuc", "Henri", "Marcotte", "Plattsburgh", "NY", "12903", "1947-05-29", "30 Ohio Ave", False, "NY"),
    ("BTV018", "Theodore", "", "Wheelock", "Ted", "", "", "", "Hinesburg", "VT", "05461", "1955-02-10", "10482 Route 116", False, "VT-N"),
    ("BTV019", "Hawa", "", "Mberwa", "", "", "Omar", "Mberwa", "Burlington", "VT", "05408", "1983-06-01", "40 Ethan Allen Pkwy", False, "VT-N"),
    ("BTV020", "Marie-Josee", "", "Gingras", "Josee", "", "", "", "Shelburne", "VT", "05482", "1975-01-12", "5412 Shelburne Rd", False, "VT-S"),
    ("BTV021", "Marcel", "", "Lamoureux", "", "", "", "", "Burlington", "VT", "05408", "1949-10-30", "201 North Ave", False, "VT-N"),
    ("BTV022", "Rosaire", "", "Papineau", "Ross", "", "Jeannine", "Papineau", "Colchester", "VT", "05446", "1949-04-02", "72 Blakely Rd", False, "VT-N"),
]

COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
BLANK_COORDS = {"BTV021"}      # coordinates left blank: the ZIP centroid is used
NO_BIRTH = {"BTV016"}
NO_PHONE = {"BTV022"}
