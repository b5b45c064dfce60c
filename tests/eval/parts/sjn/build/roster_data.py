"""Hand-written roster for part sjn: Vermont's Northeast Kingdom (all people invented; places, ZIPs, FIPS real)."""

ADV = {"50005": "c.ashford@kingdomridge.example", "50009": "c.ashford@kingdomridge.example",
       "50019": "m.gervais@kingdomridge.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("SJN001", "Lucien", "A.", "Pelletier", "Luc", "", "Therese", "Pelletier", "St. Johnsbury", "VT", "05819", "1948-06-14", "112 Railroad St", False),
    ("SJN002", "Therese", "", "Pelletier", "Terry", "Gingue", "Lucien", "Pelletier", "St. Johnsbury", "VT", "05819", "1950-02-03", "112 Railroad St", False),
    ("SJN003", "Harland", "E.", "Wheelock", "", "", "Ardis", "Wheelock", "Lyndonville", "VT", "05851", "1941-09-22", "30 Center St", False),
    ("SJN004", "Ardis", "", "Wheelock", "", "Bemis", "Harland", "Wheelock", "Lyndonville", "VT", "05851", "1944-04-11", "30 Center St", False),
    ("SJN005", "Mary Jane", "", "Royer", "MJ", "Lussier", "", "", "Newport", "VT", "05855", "1956-11-30", "48 Prospect St", False),
    ("SJN006", "Gaetan", "", "Labounty Jr.", "Guy", "", "Denise", "Labounty", "Derby", "VT", "05829", "1965-03-08", "210 Main St", False),
    ("SJN007", "Denise", "M.", "Labounty", "", "Carpenter", "Gaetan", "Labounty Jr.", "Derby", "VT", "05829", "1967-08-21", "210 Main St", False),
    ("SJN008", "Orrin", "W.", "Bickford", "", "", "", "", "Barton", "VT", "05822", "1938-01-19", "5 Church St", False),
    ("SJN009", "Rose Anne", "", "Gadapee", "", "", "", "", "St. Johnsbury", "VT", "05819", "1949-03-09", "17 Summer St", False),
    ("SJN010", "Wendell", "", "Sanville", "", "", "Bonnie", "Sanville", "Danville", "VT", "05828", "", "410 Peacham Rd", False),
    ("SJN011", "Clement", "", "Lafoe", "Clem", "", "Yvette", "Lafoe", "Island Pond", "VT", "05846", "1942-12-02", "9 Cross St", False),
    ("SJN012", "Yvette", "", "Lafoe", "", "Brochu", "Clement", "Lafoe", "Island Pond", "VT", "05846", "1945-07-15", "9 Cross St", False),
    ("SJN013", "Brianna", "", "Marcotte", "Bri", "", "", "", "Newport", "VT", "05855", "1989-07-04", "233 Pleasant St", False),
    ("SJN014", "Dwight", "", "Urie", "", "", "Karen", "Urie", "Hardwick", "VT", "05843", "1961-10-10", "1502 Bridgman Hill Rd", False),
    ("SJN015", "Nathaniel", "", "Fadden", "Nate", "", "Kristin", "Fadden", "Lyndonville", "VT", "05851", "1979-05-27", "", False),
    ("SJN016", "Jeannette", "", "Beaudoin", "Jenny", "Houde", "", "", "Orleans", "VT", "05860", "1946-05-05", "22 Water St", False),
    ("SJN017", "Russell", "", "Tanguay", "Russ", "", "", "", "Derby Line", "VT", "05830", "1970-02-14", "6 Caswell Ave", True),
    ("SJN018", "Marguerite", "", "Chaloux", "Margie", "Laroche", "Roland", "Chaloux", "Barton", "VT", "05822", "1952-04-30", "77 Glover Rd", False),
    ("SJN019", "Roland", "", "Chaloux", "", "", "Marguerite", "Chaloux", "Barton", "VT", "05822", "1950-11-11", "77 Glover Rd", False),
    ("SJN020", "Ezra", "", "Pettengill", "", "", "Carol", "Pettengill", "East Burke", "VT", "05832", "1958-08-08", "54 Darling Hill Rd", False),
    ("SJN021", "Solange", "", "St. Pierre", "", "", "", "", "Newport Center", "VT", "05857", "", "301 Vance Hill Rd", False),
    ("SJN022", "Hollis", "", "Bemis", "", "", "", "", "Peacham", "VT", "05862", "1939-06-01", "8 Bayley Hazen Rd", False),
]
NO_PHONE = {"SJN020", "SJN008"}
