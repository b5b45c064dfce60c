"""Hand-written roster for the wnj part (northwest New Jersey; all people invented; places, ZIPs, FIPS real)."""

ADV = "c.vanauken@kittatinnywealth.example"
ADV2 = "r.mendoza@kittatinnywealth.example"   # Warren County clients

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- Sussex County (34037) ----
    ("WNJ001", "Harold", "W.", "Struble Jr.", "Hal", "", "Doris", "Struble", "Newton", "NJ", "07860", "1946-02-11", "27 Halsted St", False),
    ("WNJ002", "Doris", "", "Struble", "", "Kishbaugh", "Harold", "Struble Jr.", "Newton", "NJ", "07860", "1948-07-30", "27 Halsted St", False),
    ("WNJ009", "Evelyn", "M.", "Dalrymple", "", "", "", "", "Newton", "NJ", "07860", "1938-05-21", "9 Mill St", False),
    ("WNJ016", "Jo Ann", "", "Kishbaugh", "", "", "", "", "Newton", "NJ", "07860", "1951-12-03", "114 Sparta Ave", False),
    ("WNJ006", "Mary Beth", "", "Hoagland", "", "Carey", "Kevin", "Hoagland", "Sparta", "NJ", "07871", "1976-04-18", "18 Glen Rd", False),
    ("WNJ007", "Kevin", "", "Hoagland", "", "", "Mary Beth", "Hoagland", "Sparta", "NJ", "07871", "1974-10-02", "18 Glen Rd", False),
    ("WNJ011", "Gerald", "", "Pfleger", "Gerry", "", "", "", "Sparta", "NJ", "07871", "1958-03-09", "6 Lake Mohawk Trl", False),
    ("WNJ020", "Priya", "", "Venkataraman", "", "", "", "", "Sparta", "NJ", "07871", "1981-08-25", "40 Stanhope Rd", False),
    ("WNJ018", "Theresa", "", "Gorski", "Terry", "Wasko", "Michael", "Gorski", "Franklin", "NJ", "07416", "1953-01-14", "3 Munsonhurst Rd", False),
    ("WNJ019", "Michael", "", "Gorski", "Mike", "", "Theresa", "Gorski", "Franklin", "NJ", "07416", "1951-06-06", "3 Munsonhurst Rd", False),
    # ---- Warren County (34041) ----
    ("WNJ003", "Lorraine", "", "Van Syckle", "", "DeGroat", "", "", "Blairstown", "NJ", "07825", "1944-09-12", "55 Main St", False),
    ("WNJ022", "Earl", "", "DeGroat", "", "", "", "", "Blairstown", "NJ", "07825", "1949-11-27", "201 Walnut Valley Rd", False),
    ("WNJ012", "Janine", "", "Albertson-Cole", "", "", "", "", "Blairstown", "NJ", "07825", "1969-02-02", "12 Lambert Rd", False),
    ("WNJ013", "Douglas", "", "Wyckoff", "Doug", "", "", "", "Blairstown", "NJ", "07825", "1963-05-05", "7 Church St", False),
    ("WNJ008", "Wojciech", "", "Kowalczyk", "Walt", "", "", "", "Hackettstown", "NJ", "07840", "1950-03-30", "88 Moore St", True),
    ("WNJ010", "Ruth Ann", "", "Shotwell", "", "Snook", "Dennis", "Shotwell", "Hackettstown", "NJ", "07840", "1960-07-07", "310 Grand Ave", False),
    ("WNJ017", "Raymond", "", "Cool", "Ray", "", "", "", "Hackettstown", "NJ", "07840", "1952-10-20", "19 Willow Grove St", False),
    ("WNJ004", "Anthony", "", "Castellucci", "Tony", "", "Marie", "Castellucci", "Phillipsburg", "NJ", "08865", "1955-12-08", "440 S Main St", False),
    ("WNJ005", "Marie", "", "Castellucci", "", "Fritts", "Anthony", "Castellucci", "Phillipsburg", "NJ", "08865", "1957-03-16", "440 S Main St", False),
    ("WNJ014", "Stanley", "", "Bunn", "Stan", "", "Gloria", "Bunn", "Phillipsburg", "NJ", "08865", "1961-09-09", "62 Hudson St", False),
    ("WNJ015", "Gloria", "", "Bunn", "", "", "Stanley", "Bunn", "Phillipsburg", "NJ", "08865", "1963-04-22", "62 Hudson St", False),
    ("WNJ021", "Bernadette", "", "Lasko", "Bernie", "Trimmer", "", "", "Phillipsburg", "NJ", "08865", "1947-06-19", "15 Stockton St", False),
]
R.sort(key=lambda r: r[0])

NO_BIRTH = {"WNJ012", "WNJ017"}
NO_PHONE = {"WNJ022", "WNJ009"}
NO_ADDRESS = {"WNJ020"}
BLANK_COORDS = {"WNJ013"}
