"""Hand-written roster for the wau part (Wausau, Wisconsin). All people invented; ZIPs and FIPS real."""

ADV = "k.hmielewski@riverbendadvisors.example"
ADV2 = "l.vang@riverbendadvisors.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("WAU001", "Gerald", "F.", "Zastrow", "Jerry", "", "Lorraine", "Zastrow", "Wausau", "54403", "1948-04-17", "1210 Ross Ave", False, ADV),
    ("WAU002", "Lorraine", "", "Zastrow", "", "Kufahl", "Gerald", "Zastrow", "Wausau", "54403", "1950-09-02", "1210 Ross Ave", False, ADV),
    ("WAU003", "Pa Nhia", "", "Xiong", "", "", "Tou", "Vang", "Wausau", "54401", "1974-02-11", "918 N 5th Ave", False, ADV2),
    ("WAU004", "Tou", "", "Vang", "", "", "Pa Nhia", "Xiong", "Wausau", "54401", "1971-07-30", "918 N 5th Ave", False, ADV2),
    ("WAU005", "Dorothy", "", "Wojcik", "Dot", "Dombrowski", "", "", "Schofield", "54476", "1938-11-20", "402 Victoria St", False, ADV),
    ("WAU006", "Raymond", "", "Krause Jr.", "Ray", "", "Sandra", "Krause", "Rothschild", "54474", "1966-05-05", "1711 Military Rd", False, ADV),
    ("WAU007", "Sandra", "", "Krause", "Sandy", "Plautz", "Raymond", "Krause Jr.", "Rothschild", "54474", "1967-12-14", "1711 Military Rd", False, ADV),
    ("WAU008", "Bernice", "M.", "Radtke", "", "", "", "", "Marathon City", "54448", "1935-06-02", "306 Walnut St", False, ADV),
    ("WAU009", "Leonard", "", "Schoenfeldt", "Len", "", "Marlene", "Schoenfeldt", "Mosinee", "54455", "1944-08-21", "1405 Western Ave", False, ADV),
    ("WAU010", "Marlene", "", "Schoenfeldt", "", "Hintz", "Leonard", "Schoenfeldt", "Mosinee", "54455", "1947-03-09", "1405 Western Ave", False, ADV),
    ("WAU011", "Kou", "", "Lee", "", "", "Mai Yer", "Thao", "Weston", "54476", "1988-10-01", "5620 Camp Phillips Rd", False, ADV2),
    ("WAU012", "Mai Yer", "", "Thao", "", "", "Kou", "Lee", "Weston", "54476", "1991-01-23", "5620 Camp Phillips Rd", False, ADV2),
    ("WAU013", "Judith", "A.", "Wendorf", "Judy", "", "", "", "Merrill", "54452", "1952-02-28", "809 E 3rd St", False, ADV),
    ("WAU014", "Thomas", "", "Kaminski", "Tom", "", "", "", "Stratford", "54484", "1960-06-18", "211 Larch St", True, ADV),
    ("WAU015", "Margaret", "", "Heise", "Peggy", "Bloecher", "Dale", "Heise", "Wausau", "54403", "1957-01-06", "2315 Sherman St", False, ADV),
    ("WAU016", "Anne Marie", "", "Brandenburg", "", "", "", "", "Wausau", "54401", "1961-04-25", "611 Franklin St", False, ADV),
    ("WAU017", "Christopher", "", "Yang", "Chris", "", "", "", "Wausau", "54401", "1984-09-14", "2007 Stewart Ave", False, ADV2),
    ("WAU018", "Eugene", "", "Rusch", "Gene", "", "Phyllis", "Rusch", "Athens", "54411", "1941-03-12", "140 Lincoln St", False, ADV),
    ("WAU019", "Steven", "", "Oestreich", "Steve", "", "Carol", "Oestreich", "Edgar", "54426", "1963-10-08", "N5120 County Rd H", False, ADV),
    ("WAU020", "Carol", "", "Oestreich", "", "Seubert", "Steven", "Oestreich", "Edgar", "54426", "1965-02-19", "N5120 County Rd H", False, ADV),
    ("WAU021", "Rebecca", "", "Nowak-Lindner", "Becky", "Nowak", "Mark", "Lindner", "Mosinee", "54455", "1976-07-07", "3101 Kowalski Rd", False, ADV),
    ("WAU022", "Walter", "", "Dombrowski", "Wally", "", "", "", "Schofield", "54476", "1940-12-01", "515 Grand Ave", False, ADV),
]
NO_BIRTH = {"WAU016", "WAU022"}
NO_PHONE = {"WAU014", "WAU017"}
NO_ADDRESS = {"WAU021"}
