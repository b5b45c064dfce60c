"""Hand-written roster for part hon: east-central South Dakota (Huron, De Smet, Wessington Springs, Miller).
All people invented; ZIPs and county FIPS real."""

ADV = {"SD": "m.lindholm@jamesvalleywealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, phone, dnc
R = [
    ("HON001", "Delbert", "A.", "Kuipers", "Del", "", "Arlene", "Kuipers", "Huron", "57350", "1946-08-14", "1120 Iowa Ave SE", "605-555-0111", False),
    ("HON002", "Arlene", "", "Kuipers", "", "Vos", "Delbert", "Kuipers", "Huron", "57350", "1948-03-02", "1120 Iowa Ave SE", "605-555-0111", False),
    ("HON003", "LaVonne", "", "Stroschein", "", "Hanten", "", "", "De Smet", "57231", "1939-11-21", "304 Calumet Ave", "605-555-0113", False),
    ("HON004", "Wendell", "", "Van Zee", "", "", "Mary Jo", "Van Zee", "Wessington Springs", "57382", "1951-05-30", "211 Main St N", "605-555-0114", False),
    ("HON005", "Mary Jo", "", "Van Zee", "", "Tolsma", "Wendell", "Van Zee", "Wessington Springs", "57382", "1953-09-12", "211 Main St N", "605-555-0114", False),
    ("HON006", "Gerald", "", "Hinrichs Jr.", "Jerry", "", "Tammy", "Hinrichs", "Miller", "57362", "1968-01-19", "418 E 3rd St", "605-555-0116", False),
    ("HON007", "Orville", "J.", "Kopecky", "", "", "Bernice", "Kopecky", "Wessington Springs", "57382", "1940-02-09", "37820 SD Hwy 34", "605-555-0117", False),
    ("HON008", "Bernice", "", "Kopecky", "", "Tlustos", "Orville", "Kopecky", "Wessington Springs", "57382", "1942-06-25", "37820 SD Hwy 34", "605-555-0117", False),
    ("HON009", "Kathleen", "", "Sippel", "Kathy", "", "", "", "Huron", "57350", "1972-04-07", "655 Dakota Ave S", "605-555-0119", False),
    ("HON010", "Randall", "", "Hofer", "Randy", "", "", "", "Huron", "57350", "1964-10-03", "1590 McClellan Dr", "605-555-0120", True),
    ("HON011", "Shirley", "", "Amundson", "", "Loken", "", "", "De Smet", "57231", "1948-07-16", "118 2nd St SE", "", False),
    ("HON012", "Duane", "", "Fuhrman", "", "", "Connie", "Fuhrman", "Miller", "57362", "1957-12-01", "19260 345th Ave", "605-555-0122", False),
    ("HON013", "Connie", "", "Fuhrman", "", "Schoenfelder", "Duane", "Fuhrman", "Miller", "57362", "1959-02-14", "19260 345th Ave", "605-555-0122", False),
    ("HON014", "Trent", "", "Ostrander", "", "", "Kelsey", "Ostrander", "Huron", "57350", "1990-06-22", "882 Frank Ave SW", "605-555-0124", False),
    ("HON015", "Kelsey", "", "Ostrander", "", "Buchholz", "Trent", "Ostrander", "Huron", "57350", "1992-10-30", "882 Frank Ave SW", "605-555-0124", False),
    ("HON016", "Lyle", "", "Rasmusson", "", "", "", "", "Lake Preston", "57249", "", "502 1st St NW", "605-555-0126", False),
    ("HON017", "Jolene", "", "Brenner-Zeeb", "", "Brenner", "", "", "Huron", "57350", "1966-03-18", "245 Dakota Ave S", "605-555-0127", False),
    ("HON018", "Harlan", "", "Tschetter", "", "", "Joyce", "Tschetter", "Wolsey", "57384", "1961-08-08", "114 Ash St", "", False),
    ("HON019", "Colette", "", "Mairose", "", "", "Bradley", "Mairose", "Miller", "57362", "1979-05-05", "605 N Broadway", "605-555-0129", False),
    ("HON020", "Bradley", "", "Mairose", "Brad", "", "Colette", "Mairose", "Miller", "57362", "1977-11-11", "605 N Broadway", "605-555-0129", False),
    ("HON021", "Eugene", "", "Thorstenson", "Gene", "", "Luella", "Thorstenson", "De Smet", "57231", "1936-04-12", "402 Poinsett Ave", "605-555-0131", False),
    ("HON022", "Luella", "", "Thorstenson", "", "Kjellsen", "Eugene", "Thorstenson", "De Smet", "57231", "1939-01-27", "402 Poinsett Ave", "605-555-0131", False),
    ("HON023", "Vernon", "", "Schaefbauer", "Vern", "", "", "", "Wessington Springs", "57382", "1962-09-09", "", "605-555-0133", False),
    ("HON024", "Mitchell", "", "Engebretson", "Mitch", "", "Ann", "Engebretson", "Huron", "57350", "1970-02-20", "1016 Kansas Ave SE", "605-555-0134", False),
]
BLANK_COORDS = {"HON011"}   # ZIP centroid used
