"""Hand-written roster for part oth: the southern Oregon coast (all people invented; places, ZIPs, FIPS real)."""

ADV = {"OR": "r.haugen@sevenhillscapital.example"}
ADV_ALT = "m.delacruz@sevenhillscapital.example"   # second adviser for the Curry County and Lakeside clients

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("OTH001", "Arvid", "T.", "Haataja", "Arv", "", "Lorraine", "Haataja", "Coos Bay", "OR", "97420", "1941-06-12", "1840 Ocean Blvd SE", False),
    ("OTH002", "Lorraine", "", "Haataja", "", "Pedersen", "Arvid", "Haataja", "Coos Bay", "OR", "97420", "1944-02-27", "1840 Ocean Blvd SE", False),
    ("OTH003", "Delbert", "", "Strahorn", "Del", "", "Wanda", "Strahorn", "North Bend", "OR", "97459", "1950-09-04", "2215 Sherman Ave", False),
    ("OTH004", "Wanda", "", "Strahorn", "", "Kronquist", "Delbert", "Strahorn", "North Bend", "OR", "97459", "1952-12-15", "2215 Sherman Ave", False),
    ("OTH005", "Mary Lou", "", "Ekblad", "", "Quillen", "", "", "Bandon", "OR", "97411", "1939-03-30", "540 Edison Ave SW", False),
    ("OTH006", "Christopher", "", "Lindeberg", "Kip", "", "Dana", "Lindeberg", "Bandon", "OR", "97411", "1964-07-21", "49120 Fish Hatchery Rd", False),
    ("OTH007", "Dana", "", "Lindeberg", "", "Sproul", "Christopher", "Lindeberg", "Bandon", "OR", "97411", "1966-11-02", "49120 Fish Hatchery Rd", False),
    ("OTH008", "Walter", "", "Easley Jr.", "Walt", "", "Teresa", "Easley", "Coquille", "OR", "97423", "1958-05-09", "388 N Collier St", False),
    ("OTH009", "Graciela", "", "Ruelas Mendoza", "Chela", "", "Ramon", "Ruelas", "Coos Bay", "OR", "97420", "1972-08-18", "955 S 7th St", False),
    ("OTH010", "Ramon", "", "Ruelas", "", "", "Graciela", "Ruelas Mendoza", "Coos Bay", "OR", "97420", "1970-01-06", "955 S 7th St", False),
    ("OTH011", "Thaddeus", "", "Brunkhorst", "Tad", "", "", "", "North Bend", "OR", "97459", "1986-04-14", "1620 Virginia Ave", False),
    ("OTH012", "Norma Jean", "", "Wirtanen", "", "Aho", "", "", "Lakeside", "OR", "97449", "1936-10-01", "75 N 8th St", False),
    ("OTH013", "Loren", "", "Birdsell", "", "", "Phyllis", "Birdsell", "Myrtle Point", "OR", "97458", "1947-02-11", "811 Spruce St", False),
    ("OTH014", "Phyllis", "", "Birdsell", "", "Gant", "Loren", "Birdsell", "Myrtle Point", "OR", "97458", "1949-06-25", "811 Spruce St", False),
    ("OTH015", "Jonah", "", "Kettleson", "", "", "", "", "North Bend", "OR", "97459", "1969-03-08", "3030 Pony Creek Rd", False),
    ("OTH016", "Kurt", "", "Ostrander", "", "", "", "", "Coos Bay", "OR", "97420", "1975-12-19", "62 Wallace Rd", False),
    ("OTH017", "Beverly", "", "Nygaard", "Bev", "Sproul", "", "", "Bandon", "OR", "97411", "1962-01-17", "1190 Newport Ave SE", True),
    ("OTH018", "Marcus", "", "Hollenbeck", "", "", "Gail", "Hollenbeck", "Gold Beach", "OR", "97444", "1961-10-30", "29750 Ellensburg Ave", False),
    ("OTH019", "Gail", "", "Hollenbeck", "", "Stumbo", "Marcus", "Hollenbeck", "Gold Beach", "OR", "97444", "1963-04-03", "29750 Ellensburg Ave", False),
    ("OTH020", "Ingrid", "", "Solvang", "", "", "", "", "Port Orford", "OR", "97465", "1955-08-08", "415 W 6th St", False),
    ("OTH021", "Everett", "", "Kalmbach", "Ev", "", "Joy", "Kalmbach", "Coos Bay", "OR", "97420", "1966-02-22", "63410 Boat Basin Rd", False),
    ("OTH022", "Leota", "", "Hanscom", "", "Laird", "", "", "Coquille", "OR", "97423", "1944-11-19", "260 E 4th St", False),
]

# optional cells left blank on purpose
NO_BIRTH = {"OTH016", "OTH021"}
NO_PHONE = {"OTH012", "OTH020"}
NO_ADDRESS = {"OTH011"}
ALT_ADVISER = {"OTH012", "OTH018", "OTH019", "OTH020"}
