"""Hand-written roster for the pqi part: Presque Isle (central Aroostook) and the St. John Valley, Maine.
All people are invented; towns, ZIP codes and county (Aroostook, FIPS 23003) are real."""

ADV = {
    "central": "s.hutchins@northwoodsadvisory.example",
    "valley": "r.lajoie@northwoodsadvisory.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, desk
R = [
    ("PQI001", "Thaddeus", "W.", "Bubar", "Tad", "", "Ardith", "Bubar", "Presque Isle", "04769", "1948-08-14", "212 Academy St", False, "central"),
    ("PQI002", "Ardith", "", "Bubar", "", "Flewelling", "Thaddeus", "Bubar", "Presque Isle", "04769", "1950-03-02", "212 Academy St", False, "central"),
    ("PQI003", "Corinne", "M.", "Hersom", "", "", "", "", "Presque Isle", "04769", "1939-11-27", "44 Dudley St", False, "central"),
    ("PQI004", "Elof", "", "Landeen", "", "", "Britt", "Landeen", "Caribou", "04736", "1950-06-21", "318 Sweden St", False, "central"),
    ("PQI005", "Britt", "", "Landeen", "", "Jepson", "Elof", "Landeen", "Caribou", "04736", "1952-01-09", "318 Sweden St", False, "central"),
    ("PQI006", "Merrill", "", "Tarbell", "", "", "Joyce", "Tarbell", "Mapleton", "04757", "1959-04-30", "1040 Chapman Rd", False, "central"),
    ("PQI007", "Kendra", "", "Lunn-Sirois", "", "", "", "", "Presque Isle", "04769", "1984-10-05", "17 Hillside St", False, "central"),
    ("PQI008", "Vaughn", "A.", "Flewelling Jr.", "", "", "Priscilla", "Flewelling", "Fort Fairfield", "04742", "1955-12-12", "88 Main St", False, "central"),
    ("PQI009", "Priscilla", "", "Flewelling", "", "Hatch", "Vaughn", "Flewelling Jr.", "Fort Fairfield", "04742", "1957-07-19", "88 Main St", False, "central"),
    ("PQI010", "Lorenzo", "", "Hatheway", "Renny", "", "", "", "Washburn", "04786", "1970-02-25", "61 Main St", False, "central"),
    ("PQI011", "Rosaire", "J.", "Fongemie", "", "", "Jeannine", "Fongemie", "Madawaska", "04756", "1944-02-03", "31 Riverview St", False, "valley"),
    ("PQI012", "Jeannine", "", "Fongemie", "", "Deschaine", "Rosaire", "Fongemie", "Madawaska", "04756", "1946-09-15", "31 Riverview St", False, "valley"),
    ("PQI013", "Gisele", "", "Voisine", "Gigi", "Thibodeau", "Normand", "Voisine", "Fort Kent", "04743", "1962-05-08", "12 Pleasant St", False, "valley"),
    ("PQI014", "Clovis", "", "Chasse", "", "", "", "", "Saint Agatha", "04772", "1938-05-11", "402 Main St", False, "valley"),
    ("PQI015", "Marie Paule", "", "Corriveau", "", "Fongemie", "Lionel", "Corriveau", "Frenchville", "04745", "1954-11-30", "75 US Route 1", False, "valley"),
    ("PQI016", "Lionel", "", "Corriveau", "", "", "Marie Paule", "Corriveau", "Frenchville", "04745", "1952-03-18", "75 US Route 1", False, "valley"),
    ("PQI017", "Azade", "", "Madore", "Zade", "", "Lise", "Madore", "Van Buren", "04785", "1966-01-14", "19 Champlain St", False, "valley"),
    ("PQI018", "Philomene", "", "Tardif", "Phyllis", "Daigle", "", "", "Eagle Lake", "04739", "1935-10-02", "8 Old Main St", False, "valley"),
    ("PQI019", "Benoit", "", "Gendreau", "Ben", "", "Amelie", "Gendreau", "Fort Kent", "04743", "1980-07-07", "55 Elm St", False, "valley"),
    ("PQI020", "Amelie", "", "Gendreau", "", "Soucy", "Benoit", "Gendreau", "Fort Kent", "04743", "1982-04-22", "55 Elm St", False, "valley"),
    ("PQI021", "Ingrid", "", "Hagelin", "", "", "", "", "Caribou", "04736", "1973-09-09", "620 Access Hwy", False, "central"),
    ("PQI022", "Garnet", "", "Ladner", "", "", "Rhonda", "Ladner", "Limestone", "04750", "1968-06-06", "27 High St", True, "central"),
    ("PQI023", "Yolande", "", "Bosse", "", "Sirois", "Real", "Bosse", "Grand Isle", "04746", "1958-12-01", "140 Main St", False, "valley"),
    ("PQI024", "Galen", "", "Bither", "", "", "Nola", "Bither", "Easton", "04740", "1952-08-25", "310 Richardson Rd", False, "central"),
]

BLANK_COORDS = {"PQI023"}          # ZIP centroid is used
BLANK_FIPS = {"PQI024"}            # derived from the ZIP
NO_BIRTH: set[str] = {"PQI007"}    # the CRM never had it
NO_PHONE = {"PQI021"}
# Merrill Tarbell's farmhouse sits on the Presque Isle side of Mapleton (east of the ZIP centroid).
COORD_OVERRIDES = {"PQI006": (46.6905, -68.0750)}
