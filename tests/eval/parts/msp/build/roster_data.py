"""Hand-written roster for the msp part (Minneapolis, St. Paul and suburbs). All people invented; ZIPs, FIPS real."""

ADV_W = "k.bergquist@northstarhearth.example"   # Minneapolis and the western suburbs
ADV_E = "l.moua@northstarhearth.example"        # St. Paul and the east metro
ADV_S = "d.ahmed@northstarhearth.example"       # the south metro (Dakota County) and Somali-community clients

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("MSP001", "Torvald", "A.", "Engebretsen", "Tor", "", "Marit", "Engebretsen", "Roseville", "MN", "55113", "1946-04-12", "2215 Fairview Ave N", False, ADV_E),
    ("MSP002", "Marit", "", "Engebretsen", "", "Solheim", "Torvald", "Engebretsen", "Roseville", "MN", "55113", "1948-09-30", "2215 Fairview Ave N", False, ADV_E),
    ("MSP003", "Mai Nou", "", "Vang", "", "Thao", "Tou", "Vang", "St. Paul", "MN", "55106", "1971-03-08", "1048 Arcade St", False, ADV_E),
    ("MSP004", "Tou", "", "Vang", "", "", "Mai Nou", "Vang", "St. Paul", "MN", "55106", "1968-11-20", "1048 Arcade St", False, ADV_E),
    ("MSP005", "Hibaaq", "Abdirahman", "Jama", "", "", "", "", "Minneapolis", "MN", "55454", "1976-07-01", "1520 S 6th St Apt 1104", False, ADV_S),
    ("MSP006", "Mahad", "Osman", "Guled", "", "", "", "", "Burnsville", "MN", "55337", "1979-01-15", "412 Burnsville Pkwy W Ste 140", False, ADV_S),
    ("MSP007", "Ruth Ellen", "", "Sandvik", "", "Thorsrud", "Dean", "Sandvik", "Edina", "MN", "55424", "1950-06-22", "4609 Bruce Ave", False, ADV_W),
    ("MSP008", "Lowell", "", "Fjelstad Sr.", "", "", "", "", "Bloomington", "MN", "55431", "1943-02-17", "9820 Xerxes Ave S", False, ADV_W),
    ("MSP009", "Dorothy", "", "Kvale", "Dot", "", "", "", "Maplewood", "MN", "55109", "1938-12-04", "1770 Kennard St", False, ADV_E),
    ("MSP010", "Ger", "", "Yang", "", "", "", "", "Brooklyn Park", "MN", "55443", "1974-05-19", "8412 Regent Ave N", True, ADV_W),
    ("MSP011", "Kevin", "", "OHalloran", "", "", "Theresa", "OHalloran", "St. Paul", "MN", "55116", "1959-08-09", "1867 Pinehurst Ave", False, ADV_E),
    ("MSP012", "Theresa", "", "OHalloran", "Terri", "Brandl", "Kevin", "OHalloran", "St. Paul", "MN", "55116", "1961-01-27", "1867 Pinehurst Ave", False, ADV_E),
    ("MSP013", "Bernard", "", "Vander Linden", "Bernie", "", "Carol", "Vander Linden", "Stillwater", "MN", "55082", "1955-10-03", "310 N Main St", False, ADV_E),
    ("MSP014", "Carol", "", "Vander Linden", "", "Haugen", "Bernard", "Vander Linden", "Stillwater", "MN", "55082", "1957-04-14", "310 N Main St", False, ADV_E),
    ("MSP015", "Linnea", "", "Rask", "", "", "", "", "Minnetonka", "MN", "55345", "1988-02-11", "14520 Excelsior Blvd", False, ADV_W),
    ("MSP016", "Duane", "", "Rask", "", "", "Jolene", "Rask", "Eden Prairie", "MN", "55347", "1960-09-05", "9911 Valley View Rd", False, ADV_W),
    ("MSP017", "Jolene", "", "Rask", "Jo", "Nygaard", "Duane", "Rask", "Eden Prairie", "MN", "55347", "1962-12-19", "9911 Valley View Rd", False, ADV_W),
    ("MSP018", "Margaret", "", "Hautala", "Midge", "Lahti", "", "", "Woodbury", "MN", "55125", "1947-07-30", "8160 Afton Rd", False, ADV_E),
    ("MSP019", "Steven", "", "Amundsen", "Steve", "", "Lori", "Amundsen", "Apple Valley", "MN", "55124", "1960-05-28", "7305 147th St W", False, ADV_S),
    ("MSP020", "Kari", "", "Lofgren", "", "", "", "", "Minneapolis", "MN", "55417", "1966-03-13", "5240 34th Ave S", False, ADV_W),
    ("MSP021", "Abdiweli", "Farah", "Roble", "", "", "Sagal", "Roble", "Eden Prairie", "MN", "55347", "1972-10-10", "16575 Lincoln Ln", False, ADV_S),
    ("MSP022", "Elizabeth", "", "Kowalczyk", "Betsy", "Nygaard", "Mark", "Kowalczyk", "St. Paul", "MN", "55105", "1958-05-06", "1684 Lincoln Ave", False, ADV_E),
]

BLANK_COORDS = {"MSP018"}      # Woodbury: ZIP centroid used
BLANK_FIPS = {"MSP019"}        # Apple Valley: county from the ZIP (Dakota)
NO_BIRTH = {"MSP010"}
NO_PHONE = {"MSP020"}
AREA = {"Minneapolis": "612", "St. Paul": "651", "Roseville": "651", "Maplewood": "651", "Stillwater": "651",
        "Woodbury": "651", "Edina": "952", "Bloomington": "952", "Minnetonka": "952", "Eden Prairie": "952",
        "Burnsville": "952", "Apple Valley": "952", "Brooklyn Park": "763"}
