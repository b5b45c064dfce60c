"""Roster of the ilm part: coastal southeastern North Carolina (all people invented; places, ZIPs, FIPS real)."""

ADV = {
    "New Hanover": "m.ocasio@tidewaterpartners.example",
    "Pender": "m.ocasio@tidewaterpartners.example",
    "Brunswick": "d.yarborough@tidewaterpartners.example",
    "Columbus": "d.yarborough@tidewaterpartners.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("ILM001", "Thaddeus", "W.", "Blanchard", "Tad", "", "Lorena", "Blanchard", "Wilmington", "NC", "28403", "1953-04-17", "2207 Market St", False),
    ("ILM002", "Lorena", "", "Blanchard", "", "Pridgen", "Thaddeus", "Blanchard", "Wilmington", "NC", "28403", "1955-09-02", "2207 Market St", False),
    ("ILM003", "Wendell", "", "Batts Jr.", "", "", "Geraldine", "Batts", "Whiteville", "NC", "28472", "1952-06-11", "512 N Madison St", False),
    ("ILM004", "Ida Mae", "", "Formyduval", "", "Strickland", "", "", "Whiteville", "NC", "28472", "1938-10-02", "104 Pinckney St", False),
    ("ILM005", "Cornelius", "L.", "Rourk", "Neal", "", "Bettie Jo", "Rourk", "Southport", "NC", "28461", "1949-12-14", "318 W Bay St", False),
    ("ILM006", "Bettie Jo", "", "Rourk", "", "Sellers", "Cornelius", "Rourk", "Southport", "NC", "28461", "1952-03-08", "318 W Bay St", False),
    ("ILM007", "Marguerite", "", "Swain-Holden", "Maggie", "", "", "", "Shallotte", "NC", "28470", "1946-07-21", "66 Mulberry St", False),
    ("ILM008", "Delphine", "", "Register", "", "", "", "", "Burgaw", "NC", "28425", "1961-01-30", "209 S Walker St", True),
    ("ILM009", "Royce", "", "Kornegay", "", "", "Annie Laurie", "Kornegay", "Burgaw", "NC", "28425", "1950-08-19", "402 E Fremont St", False),
    ("ILM010", "Annie Laurie", "", "Kornegay", "", "Futch", "Royce", "Kornegay", "Burgaw", "NC", "28425", "1953-02-25", "402 E Fremont St", False),
    ("ILM011", "Ellison", "", "Gore", "Sonny", "", "Vickie", "Gore", "Shallotte", "NC", "28470", "1957-05-05", "1190 Holden Beach Rd SW", False),
    ("ILM012", "Vickie", "", "Gore", "", "Hewett", "Ellison", "Gore", "Shallotte", "NC", "28470", "1959-11-12", "1190 Holden Beach Rd SW", False),
    ("ILM013", "Priya", "", "Venkataraman", "", "", "Arjun", "Rao", "Wilmington", "NC", "28405", "1988-03-29", "1710 Eastwood Rd Apt 4", False),
    ("ILM014", "Obadiah", "", "Spaulding", "", "", "Lucinda", "Spaulding", "Whiteville", "NC", "28472", "1956-10-10", "27 Lee St", False),
    ("ILM015", "Carlton", "", "Mintz", "", "", "", "", "Leland", "NC", "28451", "", "1033 Village Rd NE", False),
    ("ILM016", "Mary Ellen", "", "Babson", "Mel", "", "", "", "Southport", "NC", "28461", "1962-08-08", "801 N Howe St", False),
    ("ILM017", "Tremaine", "", "Lennon", "", "", "Keisha", "Lennon", "Wilmington", "NC", "28401", "1979-12-01", "611 Orange St", False),
    ("ILM018", "Keisha", "", "Lennon", "", "Faison", "Tremaine", "Lennon", "Wilmington", "NC", "28401", "1981-05-16", "611 Orange St", False),
    ("ILM019", "Hollis", "", "Stanaland", "", "", "Jean", "Stanaland", "Shallotte", "NC", "28470", "1951-02-14", "4410 Main St", False),
    ("ILM020", "Beulah", "", "Faircloth", "Boots", "Strickland", "", "", "Whiteville", "NC", "28472", "1941-06-03", "88 Spring St", False),
    ("ILM021", "Jasper", "", "McKeithan III", "", "", "Renee", "McKeithan", "Hampstead", "NC", "28443", "1970-09-09", "15 Sloop Point Loop Rd", False),
    ("ILM022", "Wanda Sue", "", "Hufham", "Sue", "", "", "", "Carolina Beach", "NC", "28428", "1964-04-04", "1209 Canal Dr", False),
    ("ILM023", "Grady", "", "Skipper", "", "", "", "", "Burgaw", "NC", "28425", "1944-11-20", "", False),
]

NO_PHONE = {"ILM016", "ILM022"}   # optional cells left blank
# ILM015 has no birth_date and ILM023 no address_line (in R above)
