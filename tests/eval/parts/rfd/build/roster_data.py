"""Hand-written roster for the rfd part (all people invented; places, ZIPs, FIPS real).

Region: northern Illinois and south-central Wisconsin (Rockford, Loves Park, Machesney Park, Roscoe, Rockton,
South Beloit, Belvidere, Freeport, Lena; Beloit and Janesville, Wis.)."""

ADV = {  # by county FIPS
    "17201": "k.sandberg@rockriverwealth.example",   # Winnebago
    "17007": "k.sandberg@rockriverwealth.example",   # Boone
    "17177": "t.hoefle@rockriverwealth.example",     # Stephenson
    "55105": "d.amundson@rockriverwealth.example",   # Rock, Wis.
}
AREA = {"IL": "815", "WI": "608"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("RFD001", "Harold", "E.", "Engstrom", "Hal", "", "Marlys", "Engstrom", "Rockford", "IL", "61107", "1941-06-12", "2214 Brendenwood Rd", False),
    ("RFD002", "Marlys", "J.", "Engstrom", "", "Sundberg", "Harold", "Engstrom", "Rockford", "IL", "61107", "1943-09-02", "2214 Brendenwood Rd", False),
    ("RFD003", "Mary Jo", "", "Castellano", "", "Pellegrino", "Dominic", "Castellano", "Rockford", "IL", "61108", "1958-03-17", "1820 Parkview Ave", False),
    ("RFD004", "Dominic", "A.", "Castellano", "Dom", "", "Mary Jo", "Castellano", "Rockford", "IL", "61108", "1956-11-04", "1820 Parkview Ave", False),
    ("RFD005", "Dolores", "M.", "Wiegmann", "Dodie", "Stoskopf", "", "", "Freeport", "IL", "61032", "1936-01-22", "915 S Galena Ave", False),
    ("RFD006", "Eugene", "F.", "Koerner Jr.", "Gene", "", "Sharon", "Koerner", "Freeport", "IL", "61032", "1961-07-08", "2451 W Stephenson St", False),
    ("RFD007", "Sharon", "", "Koerner", "", "Bokhof", "Eugene", "Koerner Jr.", "Freeport", "IL", "61032", "1963-02-14", "2451 W Stephenson St", False),
    ("RFD008", "Araceli", "", "Zamora Beltran", "Chely", "", "", "", "Rockford", "IL", "61102", "", "1207 S Main St", False),
    ("RFD009", "Darnell", "", "Whitfield", "", "", "Keisha", "Whitfield", "Beloit", "WI", "53511", "1975-10-30", "1630 Park Ave", False),
    ("RFD010", "Keisha", "L.", "Whitfield", "", "Ransom", "Darnell", "Whitfield", "Beloit", "WI", "53511", "1977-04-11", "1630 Park Ave", False),
    ("RFD011", "Norbert", "", "Pankow", "Norb", "", "", "", "Belvidere", "IL", "61008", "1938-08-19", "410 Whitney Blvd", True),
    ("RFD012", "Ruth Ann", "", "Kjellberg", "", "Rasmussen", "", "", "Belvidere", "IL", "61008", "1944-12-01", "633 E Lincoln Ave", False),
    ("RFD013", "Stanley", "J.", "Wojcik", "Stan", "", "Bernadette", "Wojcik", "Loves Park", "IL", "61111", "1949-04-02", "5318 Clinton St", False),
    ("RFD014", "Bernadette", "", "Wojcik", "Bernie", "Kowalczyk", "Stanley", "Wojcik", "Loves Park", "IL", "61111", "1951-06-25", "5318 Clinton St", False),
    ("RFD015", "Duane", "", "Ostergaard", "", "", "Linda", "Ostergaard", "Machesney Park", "IL", "61115", "1954-09-09", "1044 Orlando Ave", False),
    ("RFD016", "Kristin", "", "Haldorson", "", "", "Erik", "Haldorson", "Rockton", "IL", "61072", "", "227 E Main St", False),
    ("RFD017", "Brent", "", "Vanderwerff", "", "", "Colleen", "Vanderwerff", "Roscoe", "IL", "61073", "1964-03-03", "11902 Hononegah Rd", False),
    ("RFD018", "Thomas", "P.", "OShaughnessy", "Tommy", "", "Patricia", "OShaughnessy", "South Beloit", "IL", "61080", "1962-08-01", "714 Blackhawk Blvd", False),
    ("RFD019", "Patricia", "", "OShaughnessy", "Patti", "Brennan", "Thomas", "OShaughnessy", "South Beloit", "IL", "61080", "1963-12-09", "714 Blackhawk Blvd", False),
    ("RFD020", "Gordon", "", "Thorsrud", "", "", "", "", "Janesville", "WI", "53545", "1946-02-27", "1519 N Washington St", False),
    ("RFD021", "Priya", "", "Raghunathan", "", "", "Arjun", "Mehta", "Rockford", "IL", "61114", "1984-07-19", "6120 Spring Brook Rd", False),
    ("RFD022", "Lorraine", "", "Stukenberg", "", "Koerner", "", "", "Lena", "IL", "61048", "1958-10-03", "318 W Railroad St", False),
    ("RFD023", "Elizabeth", "", "Marchetti", "Betsy", "", "Vincent", "Marchetti", "Rockford", "IL", "61107", "1966-05-28", "3409 Hinkley Ct", False),
]
NO_PHONE = {"RFD020", "RFD021"}
NO_ADDRESS = {"RFD023"}
BLANK_COORDS = {"RFD012"}
