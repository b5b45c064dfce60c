"""Hand-written roster for the pln part (northern lower Michigan; all people invented; places, ZIPs, FIPS real)."""

ADV = "h.marchetti@baysideadvisors.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("PLN001", "Gerald", "F.", "Kowalske", "Gerry", "", "Darlene", "Kowalske", "Petoskey", "49770", "1946-08-12", "412 Jackson St", False),
    ("PLN002", "Darlene", "", "Kowalske", "", "Schaller", "Gerald", "Kowalske", "Petoskey", "49770", "1948-03-02", "412 Jackson St", False),
    ("PLN003", "Lorraine", "", "Kewaykabo", "Rainy", "", "", "", "Harbor Springs", "49740", "1941-11-20", "231 E Third St", False),
    ("PLN004", "Duane", "", "Vanderwall Jr.", "Butch", "", "Patrice", "Vanderwall", "Charlevoix", "49720", "1958-05-17", "9 Belvedere Ave", False),
    ("PLN005", "Patrice", "", "Vanderwall", "Patti", "Ostrander", "Duane", "Vanderwall Jr.", "Charlevoix", "49720", "1960-01-29", "9 Belvedere Ave", False),
    ("PLN006", "Mary Jo", "", "St. Onge", "", "", "Leon", "St. Onge", "Cheboygan", "49721", "1962-09-04", "604 Court St", False),
    ("PLN007", "Thaddeus", "", "Wojtaszek", "Ted", "", "", "", "Cheboygan", "49721", "1939-02-11", "1180 N Black River Rd", False),
    ("PLN008", "Kristin", "", "Mulder-Baase", "", "Mulder", "Travis", "Baase", "Boyne City", "49712", "1980-07-22", "318 Pearl St", False),
    ("PLN009", "Howard", "", "Pelletier", "Howie", "", "Jeanette", "Pelletier", "Indian River", "49749", "1952-04-14", "4420 S Straits Hwy", False),
    ("PLN010", "Jeanette", "", "Pelletier", "", "LaHaie", "Howard", "Pelletier", "Indian River", "49749", "1954-12-01", "4420 S Straits Hwy", False),
    ("PLN011", "Wendell", "", "Gurzick", "", "", "", "", "East Jordan", "49727", "1949-06-30", "207 Main St", True),
    ("PLN012", "Signe", "", "Koivisto", "", "Haapala", "", "", "Charlevoix", "49720", "1937-10-08", "15 Clinton St", False),
    ("PLN013", "Amrita", "", "Solanki", "", "", "", "", "Petoskey", "49770", "1975-03-19", "", False),
    ("PLN014", "Brandon", "", "Fettig", "", "", "Kayla", "Fettig", "Petoskey", "49770", "1983-11-05", "1021 Emmet St", False),
    ("PLN015", "Kayla", "", "Fettig", "", "Drost", "Brandon", "Fettig", "Petoskey", "49770", "1985-02-27", "1021 Emmet St", False),
    ("PLN016", "Rosalind", "", "Tippett", "Roz", "", "", "", "Harbor Springs", "49740", "", "146 E Main St", False),
    ("PLN017", "Lyle", "", "Mausolf", "", "", "Bernice", "Mausolf", "Cheboygan", "49721", "1944-08-25", "832 Riggsville Rd", False),
    ("PLN018", "Eugene", "", "Shomin", "Gene", "", "", "", "Alanson", "49706", "1940-01-15", "7715 River St", False),
    ("PLN019", "Clement", "", "Duffina", "Clem", "", "", "", "Cheboygan", "49721", "1950-05-09", "315 Mackinaw Ave", False),
    ("PLN020", "Tamsin", "", "Oberlin", "", "", "Jared", "Oberlin", "Petoskey", "49770", "", "880 Bay View Rd", False),
    ("PLN021", "Norbert", "", "Kuebler", "Norb", "", "Virginia", "Kuebler", "Boyne City", "49712", "1955-09-12", "1410 Boyne Ave", False),
    ("PLN022", "Virginia", "", "Kuebler", "Ginny", "Vollmer", "Norbert", "Kuebler", "Boyne City", "49712", "1957-03-23", "1410 Boyne Ave", False),
]
NO_PHONE = {"PLN003", "PLN019"}
