"""Hand-written roster for the hvn part: New Haven, Connecticut and nearby towns (all people invented;
towns, ZIP codes and county FIPS real; coordinates = `zipcodes` centroid +/- 0.005 degree)."""

ADV = {
    "A": "teresa.marchitto@elmcityfiduciary.example",
    "B": "owen.saltonstall@elmcityfiduciary.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # Wooster Square couple (Italian-American), linked both ways
    ("HVN001", "Salvatore", "P.", "Abbruzzese", "Sal", "", "Concetta", "Abbruzzese", "New Haven", "CT", "06511", "1947-06-14", "41 Wooster Pl", False, "A"),
    ("HVN002", "Concetta", "", "Abbruzzese", "Connie", "Pagliaro", "Salvatore", "Abbruzzese", "New Haven", "CT", "06511", "1950-02-03", "41 Wooster Pl", False, "A"),
    # widow, East Haven: the deceased client of the Tagliaferro obituary (birth date and maiden name agree)
    ("HVN003", "Dolores", "A.", "Tagliaferro", "", "Iannuzzi", "", "", "East Haven", "CT", "06512", "1938-11-22", "19 Hemingway Ave", False, "A"),
    # roster spouse Brigid is not a client; a young namesake dies in West Haven
    ("HVN004", "Dermot", "J.", "Houlihan", "", "", "Brigid", "Houlihan", "West Haven", "CT", "06516", "1956-03-09", "88 Captain Thomas Blvd", False, "B"),
    # Fair Haven couple, different surnames; she keeps both Puerto Rican surnames, compound given name
    ("HVN005", "Ana Milagros", "", "Irizarry Betancourt", "Millie", "", "Wilfredo", "Carrasquillo", "New Haven", "CT", "06513", "1961-08-30", "212 Grand Ave", False, "A"),
    ("HVN006", "Wilfredo", "", "Carrasquillo", "Freddy", "", "Ana Milagros", "Irizarry Betancourt", "New Haven", "CT", "06513", "1959-10-04", "212 Grand Ave", False, "A"),
    # Dixwell: mother (widow, maiden Pettaway) and son in Hamden whose wife Yvette is not a client
    ("HVN007", "Odessa", "", "Threadgill", "", "Pettaway", "", "", "New Haven", "CT", "06511", "1942-12-19", "530 Dixwell Ave", False, "B"),
    ("HVN008", "Reginald", "", "Threadgill", "Reggie", "", "Yvette", "Threadgill", "Hamden", "CT", "06517", "1968-05-27", "77 Morse St", False, "B"),
    # Woodbridge couple (Jewish), linked both ways; Myron dies in March (age and wife's maiden name agree)
    ("HVN009", "Myron", "", "Kornbluth", "", "", "Estelle", "Kornbluth", "Woodbridge", "CT", "06525", "1941-05-17", "14 Ansonia Rd", False, "B"),
    ("HVN010", "Estelle", "", "Kornbluth", "", "Sapirstein", "Myron", "Kornbluth", "Woodbridge", "CT", "06525", "1944-01-30", "14 Ansonia Rd", False, "B"),
    ("HVN011", "Hadassah", "", "Zilberstein", "Dassi", "", "", "", "New Haven", "CT", "06515", "1985-09-12", "9 Tour Ave", False, "B"),
    # suffix inside the last name; roster spouse Carol is not a client
    ("HVN012", "Thaddeus", "S.", "Przybylski Jr.", "Ted", "", "Carol", "Przybylski", "Wallingford", "CT", "06492", "1958-02-11", "301 N Main St", False, "A"),
    # Branford couple, linked both ways; compound given name, maiden Loughran
    ("HVN013", "Mary Beth", "", "Dunnigan", "", "Loughran", "Gerald", "Dunnigan", "Branford", "CT", "06405", "1963-07-08", "6 Harbor St", False, "A"),
    ("HVN014", "Gerald", "F.", "Dunnigan", "Gerry", "", "Mary Beth", "Dunnigan", "Branford", "CT", "06405", "1961-01-15", "6 Harbor St", False, "A"),
    # compound given name; widow whose maiden name is the deceased client's married name (daughter of HVN003)
    ("HVN015", "Rose Marie", "", "Vitagliano", "Ro", "Tagliaferro", "", "", "Hamden", "CT", "06518", "1960-04-12", "2890 Whitney Ave", False, "A"),
    # apostrophe dropped by the CRM (D'Errico); roster spouse Linda is not a client
    ("HVN016", "Gaetano", "", "DErrico", "Guy", "", "Linda", "DErrico", "North Haven", "CT", "06473", "1952-09-03", "45 Washington Ave", False, "A"),
    # do_not_contact, appears in a death notice and a TV story
    ("HVN017", "Ambrose", "", "Kilbride", "", "", "", "", "Milford", "CT", "06460", "1950-04-22", "120 Gulf St", True, "B"),
    ("HVN018", "Tobias", "", "Ferencz", "", "", "", "", "Hamden", "CT", "06514", "1966-11-02", "1200 Ridge Rd", False, "B"),
    # maiden Gwozdz; roster spouse Dale is not a client; a namesake of the same age dies in Toledo, Ohio
    ("HVN019", "Lorraine", "", "Haberstroh", "", "Gwozdz", "Dale", "Haberstroh", "Cheshire", "CT", "06410", "1955-07-30", "88 Cornwall Ave", False, "A"),
    ("HVN020", "Nathaniel", "", "Coggeshall", "Nate", "", "Heather", "Coggeshall", "Guilford", "CT", "06437", "1978-03-21", "14 Boston St", False, "B"),
    # Middlesex County (SAME-only winter storm covers her alone)
    ("HVN021", "Henrietta", "", "Ostergaard", "", "", "", "", "Clinton", "CT", "06413", "1946-06-06", "33 Waterside Ln", False, "B"),
    ("HVN022", "Anastasios", "", "Karagiannidis", "Tasos", "", "Eleni", "Karagiannidis", "Orange", "CT", "06477", "1964-12-01", "560 Boston Post Rd", False, "B"),
]
