"""Hand-written roster for the mkg part: Muskegon, Michigan and nearby towns (all people invented; places,
ZIPs and county FIPS real)."""

# Muskegon County towns with one adviser; the Ottawa County towns and the White Lake towns with the other.
ADV_SOUTH_NORTH = "a.kowalczyk@dunesidewealth.example"
ADV_MUSKEGON = "h.vanderploeg@dunesidewealth.example"
ADV = {
    "Muskegon": ADV_MUSKEGON, "Muskegon Heights": ADV_MUSKEGON, "Norton Shores": ADV_MUSKEGON,
    "North Muskegon": ADV_MUSKEGON, "Fruitport": ADV_MUSKEGON, "Twin Lake": ADV_MUSKEGON,
    "Spring Lake": ADV_SOUTH_NORTH, "Grand Haven": ADV_SOUTH_NORTH, "Whitehall": ADV_SOUTH_NORTH,
    "Montague": ADV_SOUTH_NORTH,
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # Roelofsma household, Spring Lake (Ottawa County): couple linked both ways; Margie's maiden name Tjalsma
    ("MKG001", "Hendrik", "J.", "Roelofsma", "Hank", "", "Marjorie", "Roelofsma", "Spring Lake", "MI", "49456", "1949-03-14", "412 W Savidge St", False),
    ("MKG002", "Marjorie", "", "Roelofsma", "Margie", "Tjalsma", "Hendrik", "Roelofsma", "Spring Lake", "MI", "49456", "1951-07-02", "412 W Savidge St", False),
    # Wojtalik household, Muskegon (Polish Catholic, St. Michael's); Dottie's maiden name Grzesiak
    ("MKG003", "Stanley", "J.", "Wojtalik", "Stan", "", "Dorothy", "Wojtalik", "Muskegon", "MI", "49441", "1944-11-20", "1834 Lemuel St", False),
    ("MKG004", "Dorothy", "", "Wojtalik", "Dottie", "Grzesiak", "Stanley", "Wojtalik", "Muskegon", "MI", "49441", "1946-05-08", "1834 Lemuel St", False),
    # Threadgill / Pettaway: Lorraine's roster spouse Curtis is not a client; her daughter Monique married Darnell
    ("MKG005", "Lorraine", "", "Threadgill", "", "", "Curtis", "Threadgill", "Muskegon Heights", "MI", "49444", "1956-02-09", "2710 Hoyt St", False),
    ("MKG006", "Darnell", "", "Pettaway", "", "", "Monique", "Pettaway", "Muskegon", "MI", "49442", "1978-08-30", "1415 Marquette Ave", False),
    ("MKG007", "Monique", "", "Pettaway", "", "Threadgill", "Darnell", "Pettaway", "Muskegon", "MI", "49442", "1980-04-12", "1415 Marquette Ave", False),
    # compound given name, maiden Tollefsrud, roster spouse Erik not a client
    ("MKG008", "Mary Jo", "", "Lindskog", "", "Tollefsrud", "Erik", "Lindskog", "North Muskegon", "MI", "49445", "1962-05-25", "1020 Ruddiman Dr", False),
    # compound given name, widow (no roster spouse); mother of Bonnie Pruim
    ("MKG009", "Anna Mae", "", "Scholma", "", "", "", "", "Fruitport", "MI", "49415", "1938-12-01", "290 Pontaluna Rd", False),
    # suffix inside the last name; couple linked both ways
    ("MKG010", "Gerald", "", "Kooiman Jr.", "Jerry", "", "Tamara", "Kooiman", "Norton Shores", "MI", "49441", "1969-06-17", "4455 Grand Haven Rd", False),
    ("MKG011", "Tamara", "", "Kooiman", "Tammy", "", "Gerald", "Kooiman Jr.", "Norton Shores", "MI", "49441", "1971-09-03", "4455 Grand Haven Rd", False),
    # Hispanic compound surname; roster spouse Joaquin Castellanos not a client
    ("MKG012", "Rosa Elena", "", "Zamarripa Olvera", "", "", "Joaquin", "Castellanos", "Muskegon", "MI", "49442", "1974-01-28", "780 Wood St", False),
    # Dutch particle with apostrophe dropped by the CRM (Van't Hof -> Vant Hof); Ellen's maiden name Zuidema
    ("MKG013", "Pieter", "", "Vant Hof", "Pete", "", "Ellen", "Vant Hof", "Grand Haven", "MI", "49417", "1958-10-05", "1210 Lake Ave", False),
    ("MKG014", "Ellen", "", "Vant Hof", "", "Zuidema", "Pieter", "Vant Hof", "Grand Haven", "MI", "49417", "1960-03-18", "1210 Lake Ave", False),
    # Greek diner owner; roster spouse Eleni not a client
    ("MKG015", "Konstantinos", "", "Karamanos", "Gus", "", "Eleni", "Karamanos", "Muskegon", "MI", "49440", "1952-04-22", "1880 Lakeshore Dr", False),
    # do_not_contact; appears in feeds
    ("MKG016", "Bernice", "", "Przybylski", "", "", "", "", "Whitehall", "MI", "49461", "1941-08-11", "301 S Mears Ave", True),
    ("MKG017", "Lucas", "", "Boerema", "Luke", "", "", "", "Montague", "MI", "49437", "1985-02-14", "8840 Ferry St", False),
    # Dottie Wojtalik's brother; roster spouse Irene not a client
    ("MKG018", "Raymond", "", "Grzesiak", "Ray", "", "Irene", "Grzesiak", "Fruitport", "MI", "49415", "1947-01-09", "3125 Sternberg Rd", False),
    ("MKG019", "Thaddeus", "", "Kaczmarczyk", "Ted", "", "", "", "Muskegon", "MI", "49441", "1963-12-02", "2211 Glade St", False),
    # Pruim household, Twin Lake: couple linked both ways; Bonnie's maiden name Scholma (daughter of MKG009)
    ("MKG020", "Harold", "", "Pruim", "Hal", "", "Bonnie", "Pruim", "Twin Lake", "MI", "49457", "1958-05-30", "5305 Blueberry Rd", False),
    ("MKG021", "Bonnie", "", "Pruim", "", "Scholma", "Harold", "Pruim", "Twin Lake", "MI", "49457", "1961-09-09", "5305 Blueberry Rd", False),
    # Mary Jo Lindskog's niece
    ("MKG022", "Brianna", "", "Tollefsrud", "Bri", "", "", "", "Whitehall", "MI", "49461", "1994-07-19", "118 E Colby St", False),
]
