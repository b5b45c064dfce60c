"""Hand-written roster for the cec part (Crescent City and Del Norte County, Calif., plus Brookings, Ore.).
All people invented; places, ZIPs and FIPS real."""

ADV = {
    "CA": "m.okonkwo-reyes@wildriverswealth.example",
    "OR": "d.haglund@wildriverswealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("CEC001", "Wendell", "A.", "Halvorsen", "Buck", "", "Marjorie", "Halvorsen", "Crescent City", "CA", "95531", "1944-08-12", "1180 Pebble Beach Dr", False),
    ("CEC002", "Marjorie", "", "Halvorsen", "Marge", "Tuttle", "Wendell", "Halvorsen", "Crescent City", "CA", "95531", "1947-02-03", "1180 Pebble Beach Dr", False),
    ("CEC003", "Tou", "", "Vang", "", "", "Pa Nhia", "Xiong", "Crescent City", "CA", "95531", "1968-05-20", "455 E Washington Blvd", False),
    ("CEC004", "Pa Nhia", "", "Xiong", "", "", "Tou", "Vang", "Crescent City", "CA", "95531", "1971-11-02", "455 E Washington Blvd", False),
    ("CEC005", "Leland", "R.", "Trask Jr.", "Lee", "", "Corinne", "Trask", "Smith River", "CA", "95567", "1959-04-17", "2300 Fred Haight Dr", False),
    ("CEC006", "Corinne", "", "Trask", "", "Bettencourt", "Leland", "Trask Jr.", "Smith River", "CA", "95567", "1961-09-29", "2300 Fred Haight Dr", False),
    ("CEC007", "Rosa Elena", "", "Madrigal Ochoa", "", "", "", "", "Crescent City", "CA", "95531", "1975-03-08", "960 Third St", False),
    ("CEC008", "Loretta", "", "Brantner", "Retta", "Ammon", "", "", "Klamath", "CA", "95548", "1950-07-14", "131 Klamath Beach Rd", False),
    ("CEC009", "Dwayne", "", "Kittleson", "", "", "", "", "Gasquet", "CA", "95543", "1956-10-05", "8800 Gasquet Flat Rd", True),
    ("CEC010", "Chue", "", "Lor", "", "", "", "", "Crescent City", "CA", "95531", "1985-01-22", "220 Lafayette Way", False),
    ("CEC011", "Margaret", "", "Oyler", "Peggy", "Pruett", "", "", "Crescent City", "CA", "95531", "1938-06-30", "601 Harding Ave", False),
    ("CEC012", "Garrett", "", "Fenwick", "", "", "Shawna", "Fenwick", "Fort Dick", "CA", "95538", "1972-12-01", "5150 Lake Earl Dr", False),
    ("CEC013", "Shawna", "", "Fenwick", "", "Quigley", "Garrett", "Fenwick", "Fort Dick", "CA", "95538", "1974-08-19", "5150 Lake Earl Dr", False),
    ("CEC014", "Ignacio", "", "Barragan", "Nacho", "", "", "", "Crescent City", "CA", "95531", "1963-02-11", "375 Elk Valley Rd", False),
    ("CEC015", "Priya", "", "Ramaswamy", "", "", "", "", "Crescent City", "CA", "95531", "1980-10-09", "88 Sunset Cir", False),
    ("CEC016", "Arlo", "", "Dutcher", "", "", "Nadine", "Dutcher", "Brookings", "OR", "97415", "1949-03-25", "16020 Chetco Ave", False),
    ("CEC017", "Nadine", "", "Dutcher", "", "Halvorsen", "Arlo", "Dutcher", "Brookings", "OR", "97415", "1951-12-14", "16020 Chetco Ave", False),
    ("CEC018", "Tobias", "", "Renfro", "Toby", "", "", "", "Klamath", "CA", "95548", "1994-09-03", "45 Requa Rd", False),
    ("CEC019", "Evangeline", "", "Stroud", "Vangie", "", "", "", "Smith River", "CA", "95567", "1948-01-27", "11 Mouth of Smith River Rd", False),
    ("CEC020", "Mai Yer", "", "Yang", "", "Thao", "Kou", "Yang", "Crescent City", "CA", "95531", "1993-06-06", "1425 Parkway Dr", False),
    ("CEC021", "Harvey", "", "Blodgett", "", "", "Denise", "Blodgett", "Crescent City", "CA", "95531", "1955-05-15", "702 Pacific Ave", False),
    ("CEC022", "Jeanette", "", "Osterhout", "", "", "", "", "Crescent City", "CA", "95531", "1960-11-23", "250 Old Mill Rd", False),
]

# clients whose coordinates are left blank (derived from the ZIP)
BLANK_COORDS = {"CEC011", "CEC019"}
# clients whose county_fips only is left blank
BLANK_FIPS = {"CEC018"}
# hand-set coordinates (lat, lon)
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
# clients without a birth date / phone / address in the CRM
NO_BIRTH = {"CEC015", "CEC014"}
NO_PHONE = {"CEC010", "CEC018"}
NO_ADDRESS = {"CEC007"}
