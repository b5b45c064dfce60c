"""Hand-written roster for the hvr part (Havre and the Hi-Line, Montana). All people invented; towns, ZIP codes
and counties real (ZIP centroids from `zipcodes`, county FIPS from `addfips`)."""

# Two advisers: the Havre office (Hill and Liberty Counties) and the Chinook office (Blaine and Chouteau).
ADV = {
    "Hill": "k.brekke@milkriverwealth.example",
    "Liberty": "k.brekke@milkriverwealth.example",
    "Blaine": "d.fourstar@milkriverwealth.example",
    "Chouteau": "d.fourstar@milkriverwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- Havre (Hill County) ----
    ("HVR001", "Torvald", "", "Brekkestad", "Tory", "", "Ingeborg", "Brekkestad", "Havre", "MT", "59501", "1948-03-14", "1120 4th Ave", False),
    ("HVR002", "Ingeborg", "", "Brekkestad", "Inga", "Solvang", "Torvald", "Brekkestad", "Havre", "MT", "59501", "1950-11-02", "1120 4th Ave", False),
    ("HVR004", "Renae", "", "Kittson-Meissner", "", "", "Dale", "Meissner", "Havre", "MT", "59501", "1979-04-27", "615 Boulevard Ave", False),
    ("HVR005", "Augustin", "", "Vandersloot Jr.", "Gus", "", "Marlys", "Vandersloot", "Havre", "MT", "59501", "1956-08-22", "403 7th St", False),
    ("HVR006", "Marlys", "", "Vandersloot", "", "Hovde", "Augustin", "Vandersloot Jr.", "Havre", "MT", "59501", "1958-01-30", "403 7th St", False),
    ("HVR015", "Evangeline", "", "Haugestuen", "Vangie", "", "", "", "Havre", "MT", "59501", "1941-12-24", "1845 Washington Ave", False),
    ("HVR016", "Bartholomew", "", "Quisenberry", "Bart", "", "Shauna", "Quisenberry", "Havre", "MT", "59501", "1975-05-16", "731 11th Ave", False),
    ("HVR017", "Shauna", "", "Quisenberry", "", "Lindvall", "Bartholomew", "Quisenberry", "Havre", "MT", "59501", "1977-03-09", "731 11th Ave", False),
    ("HVR018", "Thaddeus", "", "Skogstad", "Tad", "", "Karin", "Skogstad", "Havre", "MT", "59501", "1969-02-02", "1020 Cleveland Ave", False),
    ("HVR019", "Philomena", "", "Gourneau", "Mena", "", "", "", "Havre", "MT", "59501", "1947-06-12", "226 2nd St", True),
    ("HVR022", "Leopold", "", "Grzybowski", "Leo", "", "", "", "Havre", "MT", "59501", "1936-10-10", "540 3rd Ave", False),
    # ---- rest of Hill County: Rocky Boy's (Box Elder), Rudyard ----
    ("HVR003", "Delphine", "R.", "Wolfchild", "Del", "", "", "", "Box Elder", "MT", "59521", "", "24 Agency Loop", False),
    ("HVR007", "Ferdinand", "O.", "Ackerlund", "Ferd", "", "Gladys", "Ackerlund", "Rudyard", "MT", "59540", "1940-05-09", "212 Main St", False),
    ("HVR008", "Gladys", "", "Ackerlund", "", "Tvedt", "Ferdinand", "Ackerlund", "Rudyard", "MT", "59540", "1943-09-17", "212 Main St", False),
    # ---- Liberty County: Chester, Joplin ----
    ("HVR009", "Wendell", "", "Stroeher", "", "", "Darla", "Stroeher", "Chester", "MT", "59522", "1952-02-11", "27 2nd St E", False),
    ("HVR010", "Darla", "", "Stroeher", "", "Kolstad", "Wendell", "Stroeher", "Chester", "MT", "59522", "1954-06-05", "27 2nd St E", False),
    ("HVR020", "Ansgar", "", "Tveitbakk", "", "", "", "", "Joplin", "MT", "59531", "1983-07-04", "4410 Tveitbakk Rd", False),
    # ---- Blaine County: Chinook, Harlem / Fort Belknap ----
    ("HVR011", "Mary Jo", "", "Pfenninger", "", "Liebelt", "Curtis", "Pfenninger", "Chinook", "MT", "59523", "1966-10-08", "315 Indiana St", False),
    ("HVR012", "Curtis", "", "Pfenninger", "Curt", "", "Mary Jo", "Pfenninger", "Chinook", "MT", "59523", "1963-12-01", "315 Indiana St", False),
    ("HVR013", "Lavonne", "", "Thundershield", "", "", "", "", "Harlem", "MT", "59526", "1958-03-03", "19 Mission Rd", False),
    # ---- Chouteau County: Big Sandy, Fort Benton ----
    ("HVR014", "Casimir", "", "Wojtaszek", "Cash", "", "Joleen", "Wojtaszek", "Big Sandy", "MT", "59520", "1970-09-25", "102 Johannes Ave", False),
    ("HVR021", "Rosalind", "", "McQuilkin", "Roz", "", "", "", "Fort Benton", "MT", "59442", "1964-11-19", "1416 Front St", False),
]
R.sort(key=lambda r: r[0])

# Rows that leave latitude/longitude blank (the ZIP centroid stands in) or county_fips blank.
BLANK_COORDS = {"HVR014", "HVR021"}
BLANK_FIPS = {"HVR003"}
# Hand-set homes: HVR015 on the east end of Havre (outside the July hail polygon), HVR022 downtown on 3rd Ave.
COORD_OVERRIDES = {"HVR015": (48.5530, -109.6440), "HVR022": (48.5520, -109.6900)}
NO_PHONE = {"HVR013", "HVR020"}
