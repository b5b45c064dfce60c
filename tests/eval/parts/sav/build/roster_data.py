"""Roster of the `sav` part: Savannah, Tybee Island, Pooler and the Georgia Lowcountry. Invented people, real ZIPs.

Tuple: (id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc)
"""

ADV = "r.abernathy@marshgatewealth.example"

R = [
    # Greek Orthodox couple, Savannah (south side); SAV001 dies in October (corroborated by birth date and widow)
    ("SAV001", "Theodore", "", "Polydoris", "Teddy", "", "Anastasia", "Polydoris", "Savannah", "GA", "31405", "1948-03-14", "2210 Skidaway Rd", False),
    ("SAV002", "Anastasia", "", "Polydoris", "Tasia", "Kouvaris", "Theodore", "Polydoris", "Savannah", "GA", "31405", "1951-07-09", "2210 Skidaway Rd", False),
    # Gullah Geechee / Black church couple, east Savannah; suffix stored in the surname
    ("SAV003", "Ruthie Mae", "", "Singleterry", "", "Grovner", "Alonzo", "Singleterry Jr.", "Savannah", "GA", "31404", "1954-02-21", "1418 E 38th St", False),
    ("SAV004", "Alonzo", "", "Singleterry Jr.", "", "", "Ruthie Mae", "Singleterry", "Savannah", "GA", "31404", "1952-11-30", "1418 E 38th St", False),
    # Irish Catholic couple on Tybee; apostrophe dropped in the CRM
    ("SAV005", "Dennis", "Patrick", "OShaughnessy", "Denny", "", "Maureen", "OShaughnessy", "Tybee Island", "GA", "31328", "1956-05-02", "14 Lovell Ave", False),
    ("SAV006", "Maureen", "", "OShaughnessy", "", "Kilbane", "Dennis", "OShaughnessy", "Tybee Island", "GA", "31328", "1958-09-17", "14 Lovell Ave", False),
    # roster spouse Nikolaos is not a client
    ("SAV007", "Eleni", "", "Stavrakos", "", "", "Nikolaos", "Stavrakos", "Pooler", "GA", "31322", "1959-12-03", "105 Canal St", False),
    ("SAV008", "Jerome", "", "Manigo", "", "", "", "", "Savannah", "GA", "31401", "1961-06-25", "420 Montgomery St", False),
    # roster spouse Darnell is not a client
    ("SAV009", "Cassandra", "", "Mungin", "Cassie", "", "Darnell", "Mungin", "Richmond Hill", "GA", "31324", "1974-08-19", "36 Timber Trl", False),
    ("SAV010", "Wendell", "", "Ferebee", "", "", "", "", "Port Wentworth", "GA", "31407", "1950-01-11", "9 Crossgate Rd", False),
    ("SAV011", "Margaret", "Mary", "Cullinane", "Peggy", "Dunleavy", "", "", "Savannah", "GA", "31406", "1945-03-17", "12 Fernwood Dr", False),
    # Greek couple on Wilmington Island (ZIP 31410)
    ("SAV012", "Demetrios", "", "Lekkas", "Jimmy", "", "Christina", "Lekkas", "Savannah", "GA", "31410", "1970-10-08", "7 Walthour Rd", False),
    ("SAV013", "Christina", "", "Lekkas", "", "Poulakis", "Demetrios", "Lekkas", "Savannah", "GA", "31410", "1972-04-26", "7 Walthour Rd", False),
    ("SAV014", "Isaiah", "", "Ravenell", "", "", "Dorothea", "Ravenell", "Savannah", "GA", "31415", "1957-01-04", "811 W 37th St", False),
    # known in print as "Yolanda Screven Bacote"; roster spouse Harold is not a client
    ("SAV015", "Yolanda", "", "Bacote", "", "Screven", "Harold", "Bacote", "Pooler", "GA", "31322", "1968-05-30", "240 Pine Barren Rd", False),
    # do_not_contact, appears in two feeds
    ("SAV016", "Kieran", "", "Fahey", "", "", "", "", "Savannah", "GA", "31419", "1979-03-08", "55 Largo Dr", True),
    # a reporter by trade: his byline is on a news story
    ("SAV017", "Marcus", "", "Teasley", "", "", "", "", "Savannah", "GA", "31401", "1986-07-15", "22 E Jones St", False),
    ("SAV018", "William", "", "Exley", "Buddy", "", "", "", "Guyton", "GA", "31312", "1944-09-02", "310 Central Blvd", False),
    # widow; the roster keeps her late husband's name, she signs "Mrs. Robert Quarterman"
    ("SAV019", "Louvenia", "", "Quarterman", "", "", "Robert", "Quarterman", "Savannah", "GA", "31404", "1949-10-12", "905 Pennsylvania Ave", False),
    ("SAV020", "Francis", "Xavier", "Mulherin", "Frank", "", "Bridget", "Mulherin", "Savannah", "GA", "31406", "1958-02-14", "48 Kingsbury Rd", False),
    ("SAV021", "Bridget", "", "Mulherin", "", "Coyle", "Francis", "Mulherin", "Savannah", "GA", "31406", "1960-11-22", "48 Kingsbury Rd", False),
    ("SAV022", "Tamika", "", "Grovner", "", "", "", "", "Tybee Island", "GA", "31328", "1984-04-04", "1508 Butler Ave", False),
]

BLANK_COORDS = {"SAV010", "SAV018"}
BLANK_FIPS = {"SAV015"}
COORD_OVERRIDES: dict = {}
NO_BIRTH = {"SAV017"}
NO_PHONE = {"SAV022"}
