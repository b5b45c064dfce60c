"""Hand-written roster for the ket part (Ketchikan, Alaska and nearby; all people invented; ZIPs, FIPS real)."""

ADV = {
    "ketchikan": "s.lindqvist@tongassnarrows.example",
    "outer": "r.dumlao@tongassnarrows.example",   # Saxman, Metlakatla, Prince of Wales, Wrangell
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("KET001", "Torvald", "", "Haugland", "Tor", "", "Ingrid", "Haugland", "Ketchikan", "AK", "99901", "1948-04-12", "2140 Tongass Ave", False),
    ("KET002", "Ingrid", "", "Haugland", "", "Reitan", "Torvald", "Haugland", "Ketchikan", "AK", "99901", "1951-09-03", "2140 Tongass Ave", False),
    ("KET003", "Clarence", "Edwin", "Kinnegan", "Buddy", "", "Winifred", "Kinnegan", "Ketchikan", "AK", "99901", "1940-02-17", "318 Gorge St", False),
    ("KET004", "Winifred", "", "Kinnegan", "Winnie", "Shoemaker", "Clarence", "Kinnegan", "Ketchikan", "AK", "99901", "1943-07-22", "318 Gorge St", False),
    ("KET005", "Marvella", "", "Tagook", "", "", "", "", "Saxman", "AK", "99901", "1946-11-30", "14 Eagle Ave", False),
    ("KET006", "Lyle", "", "Nethkin Jr.", "", "", "Dana", "Nethkin", "Ketchikan", "AK", "99901", "1970-05-08", "11850 N Tongass Hwy", False),
    ("KET007", "Rosalinda", "", "Dalisay-Ocampo", "Rosie", "", "Benedicto", "Ocampo", "Ketchikan", "AK", "99901", "1975-01-14", "605 Jackson St", False),
    ("KET008", "Benedicto", "", "Ocampo", "Ben", "", "Rosalinda", "Dalisay-Ocampo", "Ketchikan", "AK", "99901", "1972-08-19", "605 Jackson St", False),
    ("KET009", "Mary Lou", "", "Nahkeena", "", "", "", "", "Ketchikan", "AK", "99901", "", "1209 Water St", False),
    ("KET010", "Everett", "", "Ryesdale", "", "", "Nadine", "Ryesdale", "Metlakatla", "AK", "99926", "1968-10-02", "402 Milton St", False),
    ("KET011", "Nadine", "", "Ryesdale", "", "Marsden", "Everett", "Ryesdale", "Metlakatla", "AK", "99926", "1971-06-27", "402 Milton St", False),
    ("KET012", "Gerald", "", "Pankratz", "Gerry", "", "", "", "Craig", "AK", "99921", "1960-12-01", "", False),
    ("KET013", "Annika", "", "Brekke", "", "", "Joaquin", "Brekke", "Ketchikan", "AK", "99901", "1988-02-11", "2917 Fourth Ave", False),
    ("KET014", "Joaquin", "", "Brekke", "Jack", "", "Annika", "Brekke", "Ketchikan", "AK", "99901", "1986-09-09", "2917 Fourth Ave", False),
    ("KET015", "Harlan", "", "Vossberg", "", "", "", "", "Ketchikan", "AK", "99901", "1955-01-30", "730 Deermount St", True),
    ("KET016", "Theodora", "", "Brusveen", "Teddy", "Magnussen", "Carl", "Brusveen", "Ketchikan", "AK", "99901", "1964-04-04", "1560 Millar St", False),
    ("KET017", "Emil", "", "Jakobsen", "", "", "", "", "Ketchikan", "AK", "99901", "1939-01-20", "221 Hopkins Way", False),
    ("KET018", "Francine", "", "Arriola", "", "", "Ruben", "Arriola", "Ketchikan", "AK", "99901", "1961-03-15", "3310 Tongass Ave", False),
    ("KET019", "Ruben", "", "Arriola", "", "", "Francine", "Arriola", "Ketchikan", "AK", "99901", "1959-07-07", "3310 Tongass Ave", False),
    ("KET020", "Cecilia", "", "Taguchi", "Cece", "Villanueva", "Kenji", "Taguchi", "Klawock", "AK", "99925", "1972-10-10", "19 Bayview Dr", False),
    ("KET021", "Aurelio", "", "Villanueva", "Rey", "", "", "", "Ketchikan", "AK", "99901", "", "1122 Second Ave", False),
    ("KET022", "Bernadine", "", "Kaganeek", "", "", "Samuel", "Kaganeek", "Ketchikan", "AK", "99901", "1957-08-18", "4 Totem Way", False),
    ("KET023", "Olaf", "", "Reitan", "Ole", "", "", "", "Wrangell", "AK", "99929", "1954-02-02", "310 Church St", False),
    ("KET024", "Lorenzo", "P.", "Magbanua", "", "", "", "", "Ketchikan", "AK", "99901", "1966-12-12", "503 Park Ave", False),
]
OUTER = {"KET005", "KET010", "KET011", "KET012", "KET020", "KET023"}
NO_PHONE = {"KET021", "KET023"}
# Hand-set places (Ketchikan's one ZIP centroid sits near Bear Valley): Saxman village; North Tongass (mile 9);
# downtown. The others are the ZIP centroid jittered by up to ~0.004 degree.
COORD_OVERRIDES = {
    "KET005": (55.3197, -131.5960),   # Saxman
    "KET006": (55.4605, -131.7905),   # North Tongass Highway, mile 11
    "KET001": (55.3655, -131.6905),   # Tongass Ave, West End
    "KET009": (55.3432, -131.6475),   # Water St, downtown
}
