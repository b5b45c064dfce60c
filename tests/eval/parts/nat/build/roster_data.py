"""Hand-written roster for the nat part (Natchez, Miss., and the Miss-Lou). People invented; ZIPs, FIPS real."""

ADV = {"MS": "w.dunleith@bluffcitywealth.example", "LA": "m.guedry@bluffcitywealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("NAT001", "William", "Ransom", "Pettaway", "Buck", "", "Lula Mae", "Pettaway", "Natchez", "MS", "39120", "1951-08-09", "412 N Union St", False),
    ("NAT002", "Lula Mae", "", "Pettaway", "", "Jolivette", "William", "Pettaway", "Natchez", "MS", "39120", "1954-03-22", "412 N Union St", False),
    ("NAT003", "Lamar", "", "Cothren Jr.", "Dub", "", "Ann Marie", "Cothren", "Vidalia", "LA", "71373", "1963-05-12", "118 Magnolia Dr", False),
    ("NAT004", "Ann Marie", "", "Cothren", "", "Guedry", "Lamar", "Cothren Jr.", "Vidalia", "LA", "71373", "1965-10-30", "118 Magnolia Dr", False),
    ("NAT005", "Ernestine", "", "Varnado", "", "Delahoussaye", "", "", "Natchez", "MS", "39120", "1940-01-17", "27 St Catherine St", False),
    ("NAT006", "Eula Mae", "", "Stampley", "", "", "", "", "Fayette", "MS", "39069", "1934-11-02", "1406 Main St", False),
    ("NAT007", "Horace", "Delery", "Quarles", "", "", "Odessa", "Quarles", "Natchez", "MS", "39120", "1941-06-14", "9 Pine St", False),
    ("NAT008", "Odessa", "", "Quarles", "", "Batiste", "Horace", "Quarles", "Natchez", "MS", "39120", "1943-09-05", "9 Pine St", False),
    ("NAT009", "Percival", "", "Gaudet", "Percy", "", "Gwendolyn", "Gaudet", "Washington", "MS", "39190", "1947-02-28", "31 Old Washington Rd", False),
    ("NAT010", "Alphonse", "", "Tillman", "", "", "Delores", "Tillman", "Natchez", "MS", "39120", "1958-12-01", "604 Martin Luther King Jr St", False),
    ("NAT011", "Royce", "", "Tillotson", "", "", "", "", "Ferriday", "LA", "71334", "1956-04-04", "210 EE Wallace Blvd", True),
    ("NAT012", "Frances", "", "Kimbrell", "Sister", "", "", "", "Natchez", "MS", "39120", "1961-07-19", "55 Homochitto St", False),
    ("NAT013", "Celeste", "", "St. Pierre", "", "Boudreaux", "Emmanuel", "St. Pierre", "Natchez", "MS", "39120", "1957-02-11", "230 S Pearl St", False),
    ("NAT014", "Darnell", "", "Whitlock", "", "", "Yolanda", "Whitlock", "Natchez", "MS", "39120", "1969-10-08", "18 Bluff View Dr", False),
    ("NAT015", "Yolanda", "", "Whitlock", "", "Coleman", "Darnell", "Whitlock", "Natchez", "MS", "39120", "1971-05-25", "18 Bluff View Dr", False),
    ("NAT016", "Josephine", "", "Barksdale", "Josie", "", "", "", "Natchez", "MS", "39120", "", "77 Washington St Apt 3", False),
    ("NAT017", "Rufus", "", "Tanksley", "", "", "", "", "Natchez", "MS", "39120", "1950-09-30", "4410 Highway 61 N", False),
    ("NAT018", "Kendra", "", "Spears-Ridley", "", "", "Marcus", "Ridley", "Natchez", "MS", "39120", "1979-08-14", "3 Cemetery Rd", False),
    ("NAT019", "Otis", "", "Fairley", "", "", "Geneva", "Fairley", "Natchez", "MS", "39120", "1962-03-03", "140 Liberty Rd", False),
    ("NAT020", "Geneva", "", "Fairley", "", "", "Otis", "Fairley", "Natchez", "MS", "39120", "1964-12-20", "140 Liberty Rd", False),
    ("NAT021", "Brandon", "", "Ellzey", "", "", "Caroline", "Ellzey", "Vidalia", "LA", "71373", "1992-06-06", "502 Texas St", False),
    ("NAT022", "Caroline", "", "Ellzey", "", "Ogden", "Brandon", "Ellzey", "Vidalia", "LA", "71373", "1994-01-27", "502 Texas St", False),
]

NO_BIRTH = {"NAT016"}          # blank birth_date (also blank in R)
NO_PHONE = {"NAT006", "NAT011"}
NO_ADDRESS = {"NAT016"}       # keep the apartment out of the CSV: address_line blank
# east Natchez homes near US 61 (inside the February tornado polygon; the ZIP centroid is not)
COORD_OVERRIDES = {"NAT010": (31.5480, -91.3300), "NAT017": (31.5560, -91.3350)}
