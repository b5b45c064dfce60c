"""Hand-written roster for the pbi part: West Palm Beach and Lake Worth (Beach), Palm Beach County, Florida.

All people are invented; cities, ZIP codes and the county (Palm Beach, FIPS 12099) are real, coordinates are the
`zipcodes` centroid of the ZIP moved by less than ~700 m (see make_feeds.jitter).
"""

ADV = {
    "WPB": "c.mbatha@coquinawealth.example",    # West Palm Beach, Palm Beach
    "LW": "r.segovia@coquinawealth.example",    # Lake Worth (Beach), Lantana
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("PBI001", "Evander", "P.", "Thistlewood", "Van", "", "Marguerite", "Thistlewood", "West Palm Beach", "33405", "1948-02-11", "412 Valley Forge Rd", False, "WPB"),
    ("PBI002", "Marguerite", "", "Thistlewood", "Margo", "Quenneville", "Evander", "Thistlewood", "West Palm Beach", "33405", "1951-07-30", "412 Valley Forge Rd", False, "WPB"),
    ("PBI003", "Jean-Robert", "", "Desravines", "", "", "Lucienne", "Desravines", "Lake Worth Beach", "33460", "1953-04-02", "921 N J St", False, "LW"),
    ("PBI004", "Lucienne", "", "Desravines", "", "Pierre-Louis", "Jean-Robert", "Desravines", "Lake Worth Beach", "33460", "1957-09-14", "921 N J St", False, "LW"),
    ("PBI005", "Tuomas", "", "Haapakoski", "Tom", "", "Aili", "Haapakoski", "Lantana", "33462", "1944-10-05", "207 S Lake Dr", False, "LW"),
    ("PBI006", "Raili", "", "Vuorenmaa", "", "Haapakoski", "", "", "Lake Worth", "33461", "1940-06-21", "3215 Kirk Rd", False, "LW"),
    ("PBI007", "Sheldon", "M.", "Zuckerbrot", "", "", "Harriet", "Zuckerbrot", "West Palm Beach", "33417", "1941-03-09", "148 Kingswood C", False, "WPB"),
    ("PBI008", "Harriet", "", "Zuckerbrot", "", "Feingold", "Sheldon", "Zuckerbrot", "West Palm Beach", "33417", "1944-11-22", "148 Kingswood C", False, "WPB"),
    ("PBI009", "Ilana", "", "Berkowitz-Lev", "", "", "Amos", "Lev", "Palm Beach", "33480", "1972-05-17", "230 Seaspray Ave", False, "WPB"),
    ("PBI010", "Baltazar", "", "Tzul Ajanel", "", "", "Rosalinda", "Tzul", "Lake Worth Beach", "33460", "1980-01-06", "1110 S Dixie Hwy", False, "LW"),
    ("PBI011", "Rosalinda", "", "Tzul", "", "Ajpop", "Baltazar", "Tzul Ajanel", "Lake Worth Beach", "33460", "1983-08-15", "1110 S Dixie Hwy", False, "LW"),
    ("PBI012", "Odessa", "", "Fairclough", "Dessa", "Pettaway", "", "", "West Palm Beach", "33407", "1945-12-03", "1517 Henrietta Ave", False, "WPB"),
    ("PBI013", "Thaddeus", "", "Fairclough Jr.", "Tad", "", "Monique", "Fairclough", "West Palm Beach", "33409", "1969-06-14", "2460 Windsor Ave", False, "WPB"),
    ("PBI014", "Philippa", "", "Gansevoort", "Pippa", "Ashcombe", "Laurence", "Gansevoort", "Palm Beach", "33480", "1949-04-28", "161 Via Bellaria", False, "WPB"),
    ("PBI015", "Laurence", "", "Gansevoort", "Larry", "", "Philippa", "Gansevoort", "Palm Beach", "33480", "1946-01-19", "161 Via Bellaria", False, "WPB"),
    ("PBI016", "Ignacio", "", "Arriaga Valdes", "Nacho", "", "Mireya", "Arriaga", "West Palm Beach", "33415", "1962-03-30", "4840 Cresthaven Blvd", False, "WPB"),
    ("PBI017", "Benedikt", "J.", "Szczepanik", "Ben", "", "", "", "Lake Worth", "33467", "1958-09-09", "6622 Lantana Rd", False, "LW"),
    ("PBI018", "Winsome", "", "Blackwood", "", "Maragh", "Delroy", "Blackwood", "West Palm Beach", "33411", "1964-02-02", "10355 Okeechobee Blvd", False, "WPB"),
    ("PBI019", "Delroy", "A.", "Blackwood", "", "", "Winsome", "Blackwood", "West Palm Beach", "33411", "1961-10-10", "10355 Okeechobee Blvd", False, "WPB"),
    ("PBI020", "Augustin", "", "Lachapelle", "Gus", "", "Ginette", "Lachapelle", "Lake Worth Beach", "33460", "1947-05-05", "15 Ocean Breeze", False, "LW"),
    ("PBI021", "Cyrus", "", "Pennyfeather", "", "", "", "", "West Palm Beach", "33401", "1955-12-19", "610 Clematis St Apt 1402", True, "WPB"),
    ("PBI022", "Marisol", "", "Quinones Betancourt", "Sol", "", "", "", "Lake Worth", "33463", "1975-07-07", "4711 Melaleuca Ln", False, "LW"),
]

NO_BIRTH = {"PBI020"}          # the CRM never got Gus Lachapelle's birth date
NO_PHONE = {"PBI017"}
BLANK_COORDS = {"PBI016"}      # coordinates left to the ZIP centroid
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
