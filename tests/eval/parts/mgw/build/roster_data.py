"""Hand-written roster for the mgw part (north-central West Virginia). People invented; ZIPs, FIPS real."""

ADV = {
    "Morgantown": "c.hamrick@cheatriverwealth.example",
    "Westover": "c.hamrick@cheatriverwealth.example",
    "Kingwood": "c.hamrick@cheatriverwealth.example",
    "Fairmont": "d.nuzum@cheatriverwealth.example",
    "Mannington": "d.nuzum@cheatriverwealth.example",
    "Clarksburg": "d.nuzum@cheatriverwealth.example",
    "Bridgeport": "d.nuzum@cheatriverwealth.example",
    "Grafton": "d.nuzum@cheatriverwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("MGW001", "Delbert", "Ray", "Toothman", "Del", "", "Wanda", "Toothman", "Fairmont", "WV", "26554", "1946-02-11", "412 Locust Ave", False),
    ("MGW002", "Wanda", "Lee", "Toothman", "", "Fluharty", "Delbert", "Toothman", "Fairmont", "WV", "26554", "1948-07-30", "412 Locust Ave", False),
    ("MGW003", "Carmela", "", "Iaquinta", "Carm", "Scarpelli", "", "", "Clarksburg", "WV", "26301", "1939-05-14", "225 Hewes Ave", False),
    ("MGW004", "Vincent", "", "DeMarco Jr.", "Vince", "", "Linda", "DeMarco", "Clarksburg", "WV", "26301", "1961-09-03", "18 Buckhannon Pike", False),
    ("MGW005", "Linda", "", "DeMarco", "", "Veltri", "Vincent", "DeMarco Jr.", "Clarksburg", "WV", "26301", "1963-04-22", "18 Buckhannon Pike", False),
    ("MGW006", "Mary Jo", "", "Bolyard", "", "Frazee", "", "", "Kingwood", "WV", "26537", "1955-11-08", "107 Tunnelton St", False),
    ("MGW007", "Orville", "Dale", "Titchenell", "Buck", "", "Reva", "Titchenell", "Kingwood", "WV", "26537", "1941-08-02", "3 Brandonville Pike", False),
    ("MGW008", "Reva", "", "Titchenell", "", "Shahan", "Orville", "Titchenell", "Kingwood", "WV", "26537", "1944-01-19", "3 Brandonville Pike", False),
    ("MGW009", "Jeffrey", "", "Satterfield", "Jeff", "", "", "", "Morgantown", "WV", "26505", "1972-06-15", "950 Willey St", False),
    ("MGW010", "Anita", "", "Haught Riffle", "", "", "", "", "Morgantown", "WV", "26508", "1968-03-27", "44 Cheat Rd", False),
    ("MGW011", "Gary", "", "Pyles", "", "", "Brenda", "Pyles", "Westover", "WV", "26501", "1959-10-04", "21 Dupont Rd", False),
    ("MGW012", "Brenda", "", "Pyles", "", "Cosner", "Gary", "Pyles", "Westover", "WV", "26501", "1960-12-12", "21 Dupont Rd", False),
    ("MGW013", "Ralph", "Eugene", "Shriver", "Sonny", "", "", "", "Morgantown", "WV", "26505", "", "310 Grand St", False),
    ("MGW014", "Nicholas", "", "Costianes", "Nick", "", "Eleni", "Costianes", "Fairmont", "WV", "26554", "1966-08-09", "77 Fairmont Ave", False),
    ("MGW015", "Eleni", "", "Costianes", "", "Pappas", "Nicholas", "Costianes", "Fairmont", "WV", "26554", "1968-02-02", "77 Fairmont Ave", False),
    ("MGW016", "Harold", "", "Prunty", "", "", "", "", "Bridgeport", "WV", "26330", "1957-05-05", "15 Worthington Dr", False),
    ("MGW017", "Bonnie Sue", "", "Lemley", "", "Yost", "", "", "Mannington", "WV", "26582", "1944-09-18", "208 Market St", False),
    ("MGW018", "Travis", "", "Ammons", "", "", "Kayla", "Ammons", "Morgantown", "WV", "26508", "1984-01-23", "1200 Van Voorhis Rd", False),
    ("MGW019", "Kayla", "", "Ammons", "", "Tennant", "Travis", "Ammons", "Morgantown", "WV", "26508", "1986-05-31", "1200 Van Voorhis Rd", False),
    ("MGW020", "Dennis", "", "Funk", "Denny", "", "", "", "Grafton", "WV", "26354", "1953-03-03", "9 Walnut St", True),
    ("MGW021", "Rosemary", "", "Yost", "Rosie", "", "", "", "Fairmont", "WV", "26554", "1951-07-07", "605 Benoni Ave", False),
    ("MGW022", "Kenneth", "", "Michael", "Kenny", "", "Judith", "Michael", "Kingwood", "WV", "26537", "1958-12-01", "52 Price St", False),
    ("MGW023", "Lorena", "", "Moyers", "Rena", "Funk", "", "", "Grafton", "WV", "26354", "1949-04-14", "33 Riverside Dr", False),
]
NO_PHONE = {"MGW013", "MGW016"}
NO_ADDRESS = {"MGW009"}
BLANK_COORDS = {"MGW023"}
