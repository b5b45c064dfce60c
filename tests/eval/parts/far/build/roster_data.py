"""Hand-written roster for the `far` part: Fargo, North Dakota and Moorhead, Minnesota and nearby towns.

All people invented; cities, ZIP codes and county FIPS real (coordinates = ZIP centroid +/- 0.005 degree)."""

ADV = {
    "ND": "k.bjornstad@prairieriverwealth.example",
    "MN": "m.ellingson@prairieriverwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # Skjervheim household, south Fargo (couple linked both ways; Lorraine's maiden name Tollefsrud)
    ("FAR001", "Arnold", "O.", "Skjervheim", "Arnie", "", "Lorraine", "Skjervheim", "Fargo", "ND", "58104", "1947-02-14", "3318 Rose Creek Pkwy S", False),
    ("FAR002", "Lorraine", "", "Skjervheim", "", "Tollefsrud", "Arnold", "Skjervheim", "Fargo", "ND", "58104", "1949-08-30", "3318 Rose Creek Pkwy S", False),
    # Fettig household, West Fargo (suffix inside the last name; Darlene's maiden name Gefroh)
    ("FAR003", "Raymond", "A.", "Fettig Jr.", "Ray", "", "Darlene", "Fettig", "West Fargo", "ND", "58078", "1958-05-03", "812 7th Ave E", False),
    ("FAR004", "Darlene", "", "Fettig", "", "Gefroh", "Raymond", "Fettig Jr.", "West Fargo", "ND", "58078", "1960-11-21", "812 7th Ave E", False),
    # compound given name, maiden name, roster spouse Dennis who is not a client
    ("FAR005", "Mary Beth", "", "Kvalvik", "", "Brekkestad", "Dennis", "Kvalvik", "Moorhead", "MN", "56560", "1968-04-09", "1422 S 14th St", False),
    # Zamarripa household, Moorhead (Hispanic compound surname; Rosie's maiden name Escamilla)
    ("FAR006", "Efrain", "", "Zamarripa Salinas", "", "", "Rosalinda", "Zamarripa", "Moorhead", "MN", "56560", "1971-09-12", "215 11th St N", False),
    ("FAR007", "Rosalinda", "", "Zamarripa", "Rosie", "Escamilla", "Efrain", "Zamarripa Salinas", "Moorhead", "MN", "56560", "1973-01-28", "215 11th St N", False),
    # widower in Hawley: dies in April (deceased_client, birth date corroborates)
    ("FAR008", "Sigurd", "M.", "Rustebakke", "Sig", "", "", "", "Hawley", "MN", "56549", "1940-06-11", "604 5th St", False),
    # Vigesaa household, Casselton: Harlan dies in March (spouse corroborates)
    ("FAR009", "Harlan", "O.", "Vigesaa", "", "", "Bernice", "Vigesaa", "Casselton", "ND", "58012", "1938-12-02", "409 3rd Ave N", False),
    ("FAR010", "Bernice", "", "Vigesaa", "", "Kjelland", "Harlan", "Vigesaa", "Casselton", "ND", "58012", "1941-03-17", "409 3rd Ave N", False),
    # a bare death notice with no age or survivors: possible_deceased_client
    ("FAR011", "Orville", "", "Mjolsness", "", "", "", "", "Fargo", "ND", "58102", "1944-07-07", "1530 N Broadway", False),
    # a 24-year-old namesake dies in Fargo: nothing for Curt
    ("FAR012", "Curtis", "", "Haarstad", "Curt", "", "Janelle", "Haarstad", "Fargo", "ND", "58103", "1961-10-15", "2021 17th Ave S", False),
    # a namesake dies in Mesa, Ariz.: nothing for Dee
    ("FAR013", "Delores", "", "Ostlie", "Dee", "", "", "", "Moorhead", "MN", "56560", "1949-05-25", "920 4th Ave S", False),
    # Kharel household, Fargo (Bhutanese-Nepali; compound given names; Dil Maya's maiden name Dhakal)
    ("FAR014", "Dil Maya", "", "Kharel", "", "Dhakal", "Hari Prasad", "Kharel", "Fargo", "ND", "58103", "1975-03-02", "2602 23rd St S", False),
    ("FAR015", "Hari Prasad", "", "Kharel", "", "", "Dil Maya", "Kharel", "Fargo", "ND", "58103", "1970-12-10", "2602 23rd St S", False),
    # quoted bystander and pallbearer, Glyndon
    ("FAR016", "Wendell", "", "Brakke", "", "", "", "", "Glyndon", "MN", "56547", "1955-08-19", "112 Parke Ave", False),
    # pastor: officiates (nothing), elected bishop (subject)
    ("FAR017", "Kristin", "", "Aasheim", "", "", "", "", "Fargo", "ND", "58102", "1972-06-27", "1105 Elm St N", False),
    # apostrophe dropped by the CRM: D'Amours
    ("FAR018", "Denise", "", "DAmours", "", "", "", "", "Fargo", "ND", "58104", "1966-02-08", "4510 Birch Dr S", False),
    # do_not_contact, appears in an obituary and a news story
    ("FAR019", "Duane", "", "Sorteberg", "", "", "Carol", "Sorteberg", "Horace", "ND", "58047", "1957-04-30", "7 Wall Ave", True),
    ("FAR020", "Shawna", "", "Lindemoen", "", "", "", "", "Fargo", "ND", "58102", "1988-09-14", "310 Roberts St N", False),
    # Dilworth client written "of Moorhead" (adjacent town)
    ("FAR021", "Marlys", "", "Trana", "", "", "", "", "Dilworth", "MN", "56529", "1952-12-05", "18 2nd Ave NE", False),
    # West Fargo client written "of Fargo" (adjacent town); roster spouse Connie is not a client
    ("FAR022", "Jerome", "", "Bachmeier", "Jerry", "", "Connie", "Bachmeier", "West Fargo", "ND", "58078", "1956-01-19", "1340 Sheyenne St", False),
]
