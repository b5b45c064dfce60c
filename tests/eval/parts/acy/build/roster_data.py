"""Hand-written roster for part acy: Atlantic City and Cape May County, N.J. (people invented; ZIPs, FIPS real)."""

ADV = {
    "34001": "n.castellano@boardwalkwealth.example",   # Atlantic County
    "34009": "r.pennington@boardwalkwealth.example",   # Cape May County
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- Atlantic County: the island (Margate, Ventnor, Atlantic City, Brigantine) ----
    ("ACY001", "Leonard", "M.", "Tannenwald", "Lenny", "", "Sheila", "Tannenwald", "Margate City", "NJ", "08402", "1941-02-11", "9 N Clermont Ave", False),
    ("ACY002", "Sheila", "", "Tannenwald", "", "Brodsky", "Leonard", "Tannenwald", "Margate City", "NJ", "08402", "1944-07-03", "9 N Clermont Ave", False),
    ("ACY009", "Anisur", "", "Talukder", "", "", "Nasrin", "Talukder", "Atlantic City", "NJ", "08401", "1971-09-14", "1618 Arctic Ave", False),
    ("ACY012", "Mary Beth", "", "Quattrocchi", "", "", "", "", "Brigantine", "NJ", "08203", "1968-03-29", "311 W Shore Dr", False),
    ("ACY015", "Josephine", "", "Della Penna", "Josie", "", "", "", "Ventnor City", "NJ", "08406", "1946-10-02", "107 S Dudley Ave", False),
    ("ACY022", "Cornelius", "", "Pettiford", "", "", "Loretta", "Pettiford", "Atlantic City", "NJ", "08401", "1952-12-06", "1120 Drexel Ave", False),
    # ---- Atlantic County: mainland ----
    ("ACY003", "Ignatius", "", "Pallotta", "Iggy", "", "Rosemarie", "Pallotta", "Hammonton", "NJ", "08037", "1955-08-21", "640 Middle Rd", False),
    ("ACY004", "Rosemarie", "", "Pallotta", "", "Cusumano", "Ignatius", "Pallotta", "Hammonton", "NJ", "08037", "1957-01-30", "640 Middle Rd", False),
    ("ACY005", "Ramon", "", "Figueroa Olmeda", "", "", "Marisol", "Figueroa", "Pleasantville", "NJ", "08232", "1969-05-05", "23 W Leeds Ave", False),
    ("ACY006", "Marisol", "", "Figueroa", "", "Quinones", "Ramon", "Figueroa Olmeda", "Pleasantville", "NJ", "08232", "1972-11-19", "23 W Leeds Ave", False),
    ("ACY016", "Chester", "", "Zabriskie", "Chet", "", "", "", "Absecon", "NJ", "08201", "1958-04-08", "214 Pitney Rd", True),
    ("ACY017", "Harold", "", "Pennypacker", "Hal", "", "", "", "Linwood", "NJ", "08221", "1950-06-24", "18 Belhaven Ave", False),
    ("ACY018", "Dominic", "", "Scarpelli", "Dom", "", "Teresa", "Scarpelli", "Egg Harbor Township", "NJ", "08234", "1962-02-17", "3010 Ocean Heights Ave", False),
    ("ACY019", "Teresa", "", "Scarpelli", "Terri", "Mazzocco", "Dominic", "Scarpelli", "Egg Harbor Township", "NJ", "08234", "1964-09-09", "3010 Ocean Heights Ave", False),
    ("ACY021", "Warren", "", "Hollenbeck", "", "", "Gail", "Hollenbeck", "Somers Point", "NJ", "08244", "1949-03-12", "45 Bay Ave", False),
    # ---- Cape May County ----
    ("ACY007", "Declan", "", "Mulrooney Jr.", "", "", "Bridget", "Mulrooney", "Cape May Court House", "NJ", "08210", "1963-10-15", "12 Stites Ave", False),
    ("ACY008", "Bridget", "", "Mulrooney", "", "Fennessy", "Declan", "Mulrooney Jr.", "Cape May Court House", "NJ", "08210", "1965-04-01", "12 Stites Ave", False),
    ("ACY010", "Lorraine", "", "Wexley", "", "Fenwick", "Gilbert", "Wexley", "Ocean City", "NJ", "08226", "1940-12-28", "811 Wesley Ave", False),
    ("ACY011", "Margaret", "", "Oberholtzer", "Peggy", "Kesselring", "Walter", "Oberholtzer", "Sea Isle City", "NJ", "08243", "1959-07-11", "44 41st St", False),
    ("ACY013", "Jo Ann", "", "Cresse", "", "", "", "", "Rio Grande", "NJ", "08242", "1951-02-03", "1507 Route 47", False),
    ("ACY014", "Cormac", "", "OHalloran", "", "", "", "", "North Wildwood", "NJ", "08260", "1960-06-03", "215 E 17th Ave", False),
    ("ACY020", "Evangeline", "", "Truitt", "Vangie", "", "", "", "Cape May", "NJ", "08204", "1938-05-17", "1020 Columbia Ave", False),
    ("ACY023", "Beatrice", "", "Haverstick", "Bea", "", "", "", "Ocean City", "NJ", "08226", "1952-08-16", "920 Boardwalk", False),
    ("ACY024", "Theodore", "", "Vreeland", "Ted", "", "Deborah", "Vreeland", "Stone Harbor", "NJ", "08247", "1956-01-22", "9620 Second Ave", False),
]
