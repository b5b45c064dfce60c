"""Hand-written roster for the btr part: Baton Rouge, Louisiana and nearby towns.

Every person is invented; towns, ZIP codes and parish FIPS codes are real (coordinates = ZIP centroid from the
`zipcodes` package +/- 0.005 degree, see make_feeds.jitter).
"""

ADV = {
    "A": "c.fontenot@bayoucapitaladvisors.example",   # Baton Rouge, Zachary, Baker, Central, Port Allen
    "B": "a.okonkwo@bayoucapitaladvisors.example",    # Livingston, Ascension, Iberville parishes
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    # Marionneaux of Plaquemine (Iberville): couple linked both ways; Alcide dies in May (corroborated)
    ("BTR001", "Alcide", "Joseph", "Marionneaux", "Cid", "", "Yvonne", "Marionneaux", "Plaquemine", "70764", "1946-02-11", "23610 Railroad Ave", False, "B"),
    ("BTR002", "Yvonne", "", "Marionneaux", "", "Schexnayder", "Alcide", "Marionneaux", "Plaquemine", "70764", "1949-08-30", "23610 Railroad Ave", False, "B"),
    # Twillie of north Baton Rouge: compound given name; roster spouse Lucius is not a client
    ("BTR003", "Bettye Jean", "", "Twillie", "", "Lathan", "Lucius", "Twillie", "Baton Rouge", "70807", "1951-04-17", "6120 Scenic Hwy", False, "A"),
    # Louviere of Denham Springs: suffix inside the surname, nickname; wife's maiden name Achord
    ("BTR004", "Wilfred", "", "Louviere Jr.", "Butch", "", "Darlene", "Louviere", "Denham Springs", "70726", "1958-06-03", "811 Range Ave", False, "B"),
    ("BTR005", "Darlene", "", "Louviere", "", "Achord", "Wilfred", "Louviere Jr.", "Denham Springs", "70726", "1960-01-22", "811 Range Ave", False, "B"),
    # Honduran compound surname; roster spouse Oscar Paz is not a client
    ("BTR006", "Maria Fernanda", "", "Urbina Castellanos", "", "", "Oscar", "Paz", "Baton Rouge", "70816", "1979-10-05", "11470 Coursey Blvd Apt 214", False, "A"),
    # apostrophe dropped by the CRM (D'Armond)
    ("BTR007", "Celeste", "Marie", "DArmond", "Cece", "", "", "", "Baton Rouge", "70808", "1966-03-14", "1845 Stuart Ave", False, "A"),
    # St. Romain of Zachary: particle surname, couple linked both ways
    ("BTR008", "Gerard", "", "St. Romain", "Jerry", "", "Monique", "St. Romain", "Zachary", "70791", "1955-09-09", "4720 Rollins Rd", False, "A"),
    ("BTR009", "Monique", "", "St. Romain", "", "Fabre", "Gerard", "St. Romain", "Zachary", "70791", "1957-12-01", "4720 Rollins Rd", False, "A"),
    # do_not_contact, appears in feeds
    ("BTR010", "Lionel", "", "Vavasseur", "", "", "", "", "Port Allen", "70767", "1948-07-19", "415 N Jefferson Ave", True, "A"),
    # widow, nickname Bootsie, maiden Rivet
    ("BTR011", "Marguerite", "", "Guidroz", "Bootsie", "Rivet", "", "", "Gonzales", "70737", "1943-05-28", "1214 S Burnside Ave", False, "B"),
    # Stampley of Baker: pastor (nickname Skeet) and wife (maiden Ambeau)
    ("BTR012", "Clarence", "", "Stampley", "Skeet", "", "Gloria", "Stampley", "Baker", "70714", "1952-11-30", "3315 Groom Rd", False, "A"),
    ("BTR013", "Gloria", "", "Stampley", "", "Ambeau", "Clarence", "Stampley", "Baker", "70714", "1955-02-14", "3315 Groom Rd", False, "A"),
    # Hotard of Prairieville: married, a young namesake dies in his town; roster spouse Kristen not a client
    ("BTR014", "Devin", "Paul", "Hotard", "", "", "Kristen", "Hotard", "Prairieville", "70769", "1969-04-02", "17455 Manchac Park Ln", False, "B"),
    # Kleinpeter of south Baton Rouge: compound given name Mary Beth (maiden Songy), husband Buddy
    ("BTR015", "Mary Beth", "", "Kleinpeter", "", "Songy", "Warren", "Kleinpeter", "Baton Rouge", "70810", "1962-07-07", "9320 Highland Rd", False, "A"),
    ("BTR016", "Warren", "", "Kleinpeter", "Buddy", "", "Mary Beth", "Kleinpeter", "Baton Rouge", "70810", "1960-10-12", "9320 Highland Rd", False, "A"),
    # Sicilian grocer of Central, widower
    ("BTR017", "Salvadore", "", "Territo", "Sam", "", "", "", "Central", "70818", "1950-03-19", "13010 Hooper Rd", False, "A"),
    # Lebanese family; roster spouse George not a client
    ("BTR018", "Nadia", "", "Chedid", "", "Saab", "George", "Chedid", "Baton Rouge", "70809", "1971-01-30", "7612 Jefferson Hwy", False, "A"),
    # Walker; a terse death notice with no age or survivors names him (possible deceased)
    ("BTR019", "Ambrose", "", "Dufrene", "", "", "Lorraine", "Dufrene", "Walker", "70785", "1947-08-08", "28810 Walker South Rd", False, "B"),
    # Port Allen; named "of Brusly" (adjacent) in an uncle's obituary
    ("BTR020", "Rosalie", "", "Ourso", "", "", "", "", "Port Allen", "70767", "1964-11-21", "2215 Court St", False, "A"),
    # Oubre of Mid City: physician and wife (maiden Wiltz), linked both ways
    ("BTR021", "Kenneth", "Wayne", "Oubre", "Ken", "", "Tamika", "Oubre", "Baton Rouge", "70806", "1974-09-14", "2460 Bienville St", False, "A"),
    ("BTR022", "Tamika", "", "Oubre", "", "Wiltz", "Kenneth", "Oubre", "Baton Rouge", "70806", "1976-05-05", "2460 Bienville St", False, "A"),
]
