"""Hand-written roster for the hsv part (Huntsville, Madison and Decatur, Ala.). All people invented; places,
ZIPs and FIPS real."""

ADV_A = "c.ballentine@tenvalleywealth.example"   # Huntsville / Madison clients
ADV_B = "r.ashworth@tenvalleywealth.example"     # Decatur, Hartselle, Athens, Marshall and Jackson counties

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, adviser, dnc
R = [
    ("HSV001", "Thaddeus", "Wayne", "Brasfield", "Tad", "", "Loretta", "Brasfield", "Huntsville", "35801", "1948-06-11", "1107 Locust Ave SE", ADV_A, False),
    ("HSV002", "Loretta", "", "Brasfield", "", "Quattlebaum", "Thaddeus", "Brasfield", "Huntsville", "35801", "1951-02-03", "1107 Locust Ave SE", ADV_A, False),
    ("HSV003", "Wendell", "", "Hargrove Jr.", "Buddy", "", "Charlene", "Hargrove", "Madison", "35758", "1961-09-22", "218 Balch Rd", ADV_A, False),
    ("HSV004", "Mary Beth", "", "Tidwell", "", "Skipworth", "Lamar", "Tidwell", "Decatur", "35601", "1957-04-14", "902 Jackson St SE", ADV_B, False),
    ("HSV005", "Lamar", "Edwin", "Tidwell", "", "", "Mary Beth", "Tidwell", "Decatur", "35601", "1955-12-01", "902 Jackson St SE", ADV_B, False),
    ("HSV006", "Rosalinda", "", "Villarreal Ochoa", "Rosy", "", "", "", "Madison", "35757", "1972-08-08", "4410 Wall Triana Hwy", ADV_A, False),
    ("HSV007", "Fergus", "", "OQuinn", "", "", "Deirdre", "OQuinn", "Huntsville", "35802", "1954-10-30", "2212 Whitesburg Dr SE", ADV_A, False),
    ("HSV008", "Celestine", "M.", "Van Pelt", "", "", "", "", "Huntsville", "35806", "1944-05-19", "140 Old Monrovia Rd NW", ADV_A, False),
    ("HSV009", "Orville", "Dean", "Pennebaker", "", "", "Imogene", "Pennebaker", "Hartselle", "35640", "1941-07-07", "611 Sparkman St NW", ADV_B, False),
    ("HSV010", "Delphine", "", "Crutcher", "", "", "", "", "Athens", "35611", "1950-03-03", "1505 W Market St", ADV_B, False),
    ("HSV011", "Priyamvada", "", "Raghunathan", "Priya", "", "", "", "Madison", "35758", "1976-01-27", "117 Heritage Oak Dr", ADV_A, False),
    ("HSV012", "Chidozie", "", "Anyanwu", "", "", "Ngozi", "Anyanwu", "Huntsville", "35816", "1969-11-05", "3305 Sparkman Dr NW", ADV_A, False),
    ("HSV013", "Obadiah", "", "Whitsett", "", "", "Yvonne", "Whitsett", "Huntsville", "35810", "1958-03-17", "2806 Oakwood Ave NW", ADV_A, False),
    ("HSV014", "Philippa", "", "Rountree", "", "", "", "", "Decatur", "35603", "1960-07-29", "2304 Danville Rd SW", ADV_B, False),
    ("HSV015", "Beauregard", "", "Thigpen", "Beau", "", "Renee", "Thigpen", "Madison", "35756", "1966-02-12", "29 Mill Creek Ln", ADV_A, False),
    ("HSV016", "Tomasz", "", "Wierzbicki", "Tom", "", "Agnieszka", "Wierzbicki", "Owens Cross Roads", "35763", "1979-05-03", "87 Old Gurley Pike", ADV_A, False),
    ("HSV017", "Agnieszka", "", "Wierzbicki", "Aga", "Sobczak", "Tomasz", "Wierzbicki", "Owens Cross Roads", "35763", "1981-09-15", "87 Old Gurley Pike", ADV_A, False),
    ("HSV018", "Ambrose", "", "Spurlock", "", "", "", "", "Decatur", "35601", "1947-08-20", "415 Canal St NE", ADV_B, True),
    ("HSV019", "Earline", "", "Whisenant", "", "Boshell", "", "", "Hazel Green", "35750", "1946-12-04", "14210 Highway 231 431 N", ADV_A, False),
    ("HSV020", "Raymond", "", "Sivley", "Ray", "", "", "", "Scottsboro", "35768", "1963-04-26", "808 Parks Ave", ADV_B, False),
    ("HSV021", "Octavia", "", "Petway", "", "", "Curtis", "Petway", "Huntsville", "35810", "1975-10-10", "4021 Blue Spring Rd NW", ADV_A, False),
    ("HSV022", "Hollis", "", "McCrary", "", "", "Bernice", "McCrary", "Guntersville", "35976", "1950-01-18", "1630 Sunset Dr", ADV_B, False),
]
NO_BIRTH: set[str] = set()
NO_PHONE = {"HSV010"}
BLANK_COORDS = {"HSV019"}   # ZIP centroid used
