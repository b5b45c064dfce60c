"""Hand-written roster for the bgr part: Bangor, Maine and nearby towns (all people invented; towns, ZIPs, FIPS real).

Coordinates are the ZIP centroid from the `zipcodes` package +/- 0.005 degree (make_feeds.py). Glenburn and Hermon
are mailed through Bangor's 04401, Indian Island through Old Town's 04468, so those clients sit near those centroids.
"""

ADV = {
    "penobscot": "r.hallowell@tidewaterpine.example",
    "coast": "c.vachon@tidewaterpine.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("BGR001", "Armand", "Joseph", "Boisclair", "", "", "Lucienne", "Boisclair", "Brewer", "ME", "04412", "1941-06-22", "118 Wilson St", False, "penobscot"),
    ("BGR002", "Lucienne", "", "Boisclair", "Lucie", "Quessy", "Armand", "Boisclair", "Brewer", "ME", "04412", "1944-02-11", "118 Wilson St", False, "penobscot"),
    ("BGR003", "Eldon", "F.", "Hatheway Jr.", "Skip", "", "Marjorie", "Hatheway", "Hampden", "ME", "04444", "1954-08-30", "27 Kennebec Rd", False, "penobscot"),
    ("BGR004", "Mary Beth", "", "Trefethen", "", "Gammon", "Warren", "Trefethen", "Orono", "ME", "04473", "1972-05-14", "19 Forest Ave", False, "penobscot"),
    ("BGR005", "Warren", "", "Trefethen", "", "", "Mary Beth", "Trefethen", "Orono", "ME", "04473", "1970-11-02", "19 Forest Ave", False, "penobscot"),
    ("BGR006", "Winfield", "", "Crockwell", "Win", "", "Thelma", "Crockwell", "Bangor", "ME", "04401", "1947-03-27", "210 Essex St", False, "penobscot"),
    ("BGR007", "Rosalind", "", "Gilpatrick", "Roz", "Pinkham", "", "", "Bangor", "ME", "04401", "1949-09-05", "88 Ohio St", False, "penobscot"),
    ("BGR008", "Marisol", "", "Betancourt Quiñones", "", "", "", "", "Orono", "ME", "04473", "1976-04-18", "7 Bennoch Rd", False, "penobscot"),
    ("BGR009", "Gisele", "", "DEntremont", "", "", "Philippe", "DEntremont", "Old Town", "ME", "04468", "1968-01-09", "41 Center St", False, "penobscot"),
    ("BGR010", "Philippe", "", "DEntremont", "Phil", "", "Gisele", "DEntremont", "Old Town", "ME", "04468", "1966-07-30", "41 Center St", False, "penobscot"),
    ("BGR011", "Loretta", "", "Nicolar", "Retta", "", "", "", "Old Town", "ME", "04468", "1961-12-03", "6 Oak Hill Rd, Indian Island", False, "penobscot"),
    ("BGR012", "Saul", "", "Tepperman", "", "", "Miriam", "Tepperman", "Bangor", "ME", "04401", "1951-10-16", "35 Broadway", False, "penobscot"),
    ("BGR013", "Miriam", "", "Tepperman", "Mimi", "Garfinkle", "Saul", "Tepperman", "Bangor", "ME", "04401", "1953-06-01", "35 Broadway", False, "penobscot"),
    ("BGR014", "Sue Ellen", "", "Coffran", "Sue", "", "", "", "Holden", "ME", "04429", "1958-02-20", "1320 Main Rd", False, "coast"),
    ("BGR015", "Dwight", "", "Merrithew", "", "", "", "", "Hermon", "ME", "04401", "1963-05-05", "455 Billings Rd", True, "penobscot"),
    ("BGR016", "Ansel", "R.", "Treworgy", "", "", "Phyllis", "Treworgy", "Glenburn", "ME", "04401", "1950-03-09", "902 Pushaw Rd", False, "penobscot"),
    ("BGR017", "Phyllis", "", "Treworgy", "", "Cayford", "Ansel", "Treworgy", "Glenburn", "ME", "04401", "1952-12-17", "902 Pushaw Rd", False, "penobscot"),
    ("BGR018", "Caleb", "", "Wardwell", "", "", "", "", "Bucksport", "ME", "04416", "1984-07-21", "77 Main St", False, "coast"),
    ("BGR019", "Duncan", "", "Pomroy", "", "", "Gail", "Pomroy", "Bangor", "ME", "04401", "1958-10-12", "150 Grove St", False, "penobscot"),
    ("BGR020", "Vernice", "", "Alward", "", "Sprowl", "", "", "Ellsworth", "ME", "04605", "1943-04-30", "22 Bayside Rd", False, "coast"),
    ("BGR021", "Thaddeus", "", "Kneeland", "Tad", "", "", "", "Bangor", "ME", "04401", "1979-01-15", "16 Harlow St", False, "penobscot"),
    ("BGR022", "Halvard", "", "Stenquist", "Hal", "", "Corinne", "Stenquist", "Orrington", "ME", "04474", "1969-09-08", "301 River Rd", False, "coast"),
]
