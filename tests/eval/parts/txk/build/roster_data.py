"""Hand-written roster for the txk part (Texarkana and the Ark-La-Tex). All people invented; places, ZIPs, FIPS real."""

ADV = {
    "TX": "r.haggard@statelinewealth.example",
    "AR": "m.thibodeaux@statelinewealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("TXK001", "Wendell", "Ray", "Pruitt Jr.", "Dub", "", "Glenda", "Pruitt", "Texarkana", "TX", "75503", "1953-08-14", "4107 Summerhill Rd", False),
    ("TXK002", "Glenda", "Kay", "Pruitt", "", "Hargis", "Wendell", "Pruitt Jr.", "Texarkana", "TX", "75503", "1955-02-03", "4107 Summerhill Rd", False),
    ("TXK003", "Billie Sue", "", "Tidwell", "", "Arnett", "", "", "Texarkana", "AR", "71854", "1941-11-30", "1822 Laurel St", False),
    ("TXK004", "Lloyd", "Everett", "Stinnett", "", "", "Imogene", "Stinnett", "Hooks", "TX", "75561", "1938-04-22", "311 FM 560", False),
    ("TXK005", "Imogene", "", "Stinnett", "", "Rhodes", "Lloyd", "Stinnett", "Hooks", "TX", "75561", "1940-07-09", "311 FM 560", False),
    ("TXK006", "Ruby Nell", "", "Cockrell", "", "Tolbert", "", "", "Atlanta", "TX", "75551", "1933-09-12", "506 S Williams St", False),
    ("TXK007", "Jessie", "Dale", "Norwood", "J.D.", "", "Brianna", "Norwood", "Texarkana", "AR", "71854", "1996-05-18", "2904 E 9th St", False),
    ("TXK008", "Tanner", "", "Boyette", "", "", "Shawna", "Boyette", "Nash", "TX", "75569", "1968-03-02", "118 Elm Ridge Dr", False),
    ("TXK009", "Roderick", "", "Bledsoe", "Rod", "", "Patrice", "Bledsoe", "Texarkana", "TX", "75501", "1960-01-11", "3310 Magnolia St", False),
    ("TXK010", "Kendra", "", "Mosley", "", "", "", "", "Texarkana", "TX", "75503", "1982-10-07", "5 Pinehurst Cir", False),
    ("TXK011", "Darnell", "", "Whitfield", "", "", "Loretta", "Whitfield", "Texarkana", "AR", "71854", "1957-06-26", "1419 Hazel St", False),
    ("TXK012", "Loretta", "", "Whitfield", "", "Gaines", "Darnell", "Whitfield", "Texarkana", "AR", "71854", "1959-12-01", "1419 Hazel St", False),
    ("TXK013", "Curtis", "", "Lamb", "", "", "Rhonda", "Lamb", "Texarkana", "TX", "75501", "1962-09-19", "2701 Redwater Rd", False),
    ("TXK014", "Marcus", "", "Keel", "", "", "Deanna", "Keel", "Ashdown", "AR", "71822", "1972-04-04", "610 N Constitution Ave", False),
    ("TXK015", "Deanna", "", "Keel", "", "Sprayberry", "Marcus", "Keel", "Ashdown", "AR", "71822", "1974-08-21", "610 N Constitution Ave", False),
    ("TXK016", "Maria Guadalupe", "", "Reyes Cardenas", "Lupita", "", "Javier", "Cardenas", "De Queen", "AR", "71832", "1971-12-12", "402 W Collin Raye Dr", False),
    ("TXK017", "Odessa", "", "Fairchild", "", "Booker", "", "", "Hope", "AR", "71801", "1948-02-15", "715 S Elm St", False),
    ("TXK018", "Harold", "", "Cato", "Hal", "", "Bonnie", "Cato", "New Boston", "TX", "75570", "1950-10-30", "1480 CR 4213", False),
    ("TXK019", "Clifton", "", "Arnett", "Cliff", "", "", "", "Fouke", "AR", "71837", "1945-03-08", "77 Hwy 71 S", True),
    ("TXK020", "Jo Beth", "", "Satterwhite", "", "", "Rusty", "Satterwhite", "Queen City", "TX", "75572", "1961-05-27", "", False),
    ("TXK021", "Dwayne", "", "LaGrone", "", "", "", "", "Texarkana", "TX", "75501", "1966-11-03", "1205 W 15th St", False),
    ("TXK022", "Vernell", "", "Hargis", "", "", "Peggy", "Hargis", "Nash", "TX", "75569", "1951-07-17", "230 Sunset Ln", False),
    ("TXK023", "Ruthie Mae", "", "Jefferson", "", "", "", "", "Texarkana", "AR", "71854", "1939-04-02", "920 Wood St", False),
]

# hand-set household coordinates (lat, lon) that differ clearly from the ZIP centroid
COORD_OVERRIDES = {
    "TXK011": (33.4590, -93.9890),   # north-west Texarkana, Ark., near State Line Ave: outside the tornado polygon
    "TXK012": (33.4590, -93.9890),
}
# optional CRM cells left blank
NO_BIRTH = {"TXK021", "TXK023"}
NO_PHONE = {"TXK013", "TXK018"}
