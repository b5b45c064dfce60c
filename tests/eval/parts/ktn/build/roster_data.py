"""Hand-written roster for eval part ktn: southeast Alaska (Ketchikan, Ward Cove, Metlakatla, Craig, Klawock,
Wrangell, Petersburg). All people invented; places, ZIPs and county FIPS are real."""

# adviser by city
ADV = {
    "Ketchikan": "m.sather@tongassridge.example",
    "Ward Cove": "m.sather@tongassridge.example",
    "Metlakatla": "m.sather@tongassridge.example",
    "Craig": "j.oliveros@tongassridge.example",
    "Klawock": "j.oliveros@tongassridge.example",
    "Wrangell": "j.oliveros@tongassridge.example",
    "Petersburg": "j.oliveros@tongassridge.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("KTN001", "Torvald", "E.", "Brekke Jr.", "Tor", "", "Leona", "Brekke", "Ketchikan", "AK", "99901", "1954-03-11", "2207 Tongass Ave", False),
    ("KTN002", "Leona", "", "Brekke", "", "Kvasnikoff", "Torvald", "Brekke Jr.", "Ketchikan", "AK", "99901", "1957-08-02", "2207 Tongass Ave", False),
    ("KTN003", "Marisol", "P.", "Cabanero-Hoyt", "", "", "", "", "Ketchikan", "AK", "99901", "1962-11-30", "331 Bawden St", False),
    ("KTN004", "Ida Mae", "", "Jakobsen", "", "Hovdestad", "", "", "Ketchikan", "AK", "99901", "1941-05-20", "7410 N Tongass Hwy", False),
    ("KTN005", "Wendell", "R.", "Kasnick", "", "", "Trina", "Kasnick", "Ward Cove", "AK", "99928", "1968-09-04", "5528 Revilla Rd", False),
    ("KTN006", "Trina", "", "Kasnick", "", "Nannauck", "Wendell", "Kasnick", "Ward Cove", "AK", "99928", "1970-02-17", "5528 Revilla Rd", False),
    ("KTN007", "Ardith", "", "Selvog", "", "", "", "", "Ketchikan", "AK", "99901", "1959-04-08", "610 Park Ave", True),
    ("KTN008", "Ambrose", "", "Leighton", "", "", "Verna", "Leighton", "Metlakatla", "AK", "99926", "1949-12-02", "PO Box 412", False),
    ("KTN009", "Verna", "", "Leighton", "", "Ryder", "Ambrose", "Leighton", "Metlakatla", "AK", "99926", "1952-06-19", "PO Box 412", False),
    ("KTN010", "Lorraine", "", "Auckland", "Rainy", "Leighton", "", "", "Metlakatla", "AK", "99926", "1939-02-02", "PO Box 88", False),
    ("KTN011", "Benedicto", "", "Dalisay", "Benny", "", "Charmaine", "Dalisay", "Craig", "AK", "99921", "1963-10-12", "408 Front St", False),
    ("KTN012", "Charmaine", "", "Dalisay", "", "Sanderson", "Benedicto", "Dalisay", "Craig", "AK", "99921", "1966-01-28", "408 Front St", False),
    ("KTN013", "Rudolph", "A.", "Castellan", "Rudy", "", "Glenna", "Castellan", "Klawock", "AK", "99925", "1947-06-14", "PO Box 233", False),
    ("KTN014", "Glenna", "", "Castellan", "", "Pruitt", "Rudolph", "Castellan", "Klawock", "AK", "99925", "1950-03-09", "PO Box 233", False),
    ("KTN015", "Lucille", "", "Kosterman", "Lucy", "", "Dale", "Kosterman", "Wrangell", "AK", "99929", "1963-07-22", "212 Church St", False),
    ("KTN016", "Dale", "", "Kosterman", "", "", "Lucille", "Kosterman", "Wrangell", "AK", "99929", "1960-12-05", "212 Church St", False),
    ("KTN017", "Oren", "", "Vickery", "", "", "Patrice", "Vickery", "Wrangell", "AK", "99929", "1958-05-30", "1004 Zimovia Hwy", False),
    ("KTN018", "Halvor", "", "Strandvold", "Hal", "", "Marit", "Strandvold", "Petersburg", "AK", "99833", "1951-04-17", "312 N Nordic Dr", False),
    ("KTN019", "Marit", "", "Strandvold", "", "Fjelstad", "Halvor", "Strandvold", "Petersburg", "AK", "99833", "1953-09-01", "312 N Nordic Dr", False),
    ("KTN020", "Kjersti", "", "Ulvestad", "Kris", "", "", "", "Petersburg", "AK", "99833", "1986-02-14", "14 Excel St", False),
    ("KTN021", "Nils", "O.", "Ottesen", "", "", "", "", "Petersburg", "AK", "99833", "1939-11-23", "PO Box 701", False),
    ("KTN022", "Sterling", "", "Oyloe", "", "", "Kaylee", "Oyloe", "Ketchikan", "AK", "99901", "1994-08-09", "4110 S Tongass Hwy", False),
]

# hand-set coordinates: North Tongass (KTN004) and South Tongass (KTN022) homes, far from the ZIP centroid
COORD_OVERRIDES = {"KTN004": (55.4121, -131.7236), "KTN022": (55.3012, -131.5648)}
BLANK_COORDS = {"KTN003", "KTN017"}   # ZIP centroid used
BLANK_FIPS = {"KTN014"}
NO_BIRTH = {"KTN007", "KTN020"}
NO_PHONE = {"KTN017", "KTN021"}
NO_ADDRESS = {"KTN010"}
