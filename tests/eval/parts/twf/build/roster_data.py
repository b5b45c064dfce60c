"""Hand-written roster for part twf, the Magic Valley of Idaho (all people invented; places, ZIPs, FIPS real)."""

ADV = "d.haroldsen@snakerimadvisors.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("TWF001", "LaVar", "D.", "Pettingill", "", "", "LaRae", "Pettingill", "Twin Falls", "83301", "1946-04-12", "1418 Eastland Dr", False),
    ("TWF002", "LaRae", "", "Pettingill", "", "Tolman", "LaVar", "Pettingill", "Twin Falls", "83301", "1949-09-03", "1418 Eastland Dr", False),
    ("TWF003", "Hendrik", "", "Vander Stelt Jr.", "Henk", "", "Geertruida", "Vander Stelt", "Buhl", "83316", "1961-11-02", "2650 E 3800 N", False),
    ("TWF004", "Geertruida", "", "Vander Stelt", "Trudy", "Bosma", "Hendrik", "Vander Stelt Jr.", "Buhl", "83316", "1963-05-19", "2650 E 3800 N", False),
    ("TWF005", "Maria Elena", "", "Zamudio Rangel", "Malena", "", "", "", "Jerome", "83338", "1975-12-08", "214 W Main St", False),
    ("TWF006", "Verla", "Mae", "Kloepfer", "", "", "", "", "Kimberly", "83341", "1938-02-17", "355 Center St W", False),
    ("TWF007", "Emir", "", "Delalic", "", "", "Amra", "Delalic", "Twin Falls", "83301", "1968-07-22", "780 Falls Ave", False),
    ("TWF008", "Amra", "", "Delalic", "", "Hodzic", "Emir", "Delalic", "Twin Falls", "83301", "1970-10-01", "780 Falls Ave", False),
    ("TWF009", "Thayne", "", "Woolstenhulme", "", "", "Kristy", "Woolstenhulme", "Hansen", "83334", "1971-03-30", "3920 E 3700 N", False),
    ("TWF010", "Brigham", "", "Stoddard", "Brig", "", "McKenzie", "Stoddard", "Jerome", "83338", "1984-05-05", "118 N Fillmore St", False),
    ("TWF011", "McKenzie", "", "Stoddard", "Kenzie", "Harr", "Brigham", "Stoddard", "Jerome", "83338", "1986-08-27", "118 N Fillmore St", False),
    ("TWF012", "Orval", "", "Schenk", "", "", "", "", "Filer", "83328", "1944-06-14", "402 Union St", True),
    ("TWF013", "Jo Ann", "", "Gisler", "", "", "", "", "Wendell", "83355", "1957-01-09", "160 E Ave B", False),
    ("TWF014", "Tobias", "", "Rainford", "Toby", "", "", "", "Twin Falls", "83301", "1972-09-14", "1920 Harrison St N", False),
    ("TWF015", "Sheralyn", "", "Tueller", "", "", "Ross", "Tueller", "Buhl", "83316", "1966-04-25", "1011 Burley Ave", False),
    ("TWF016", "Rulon", "", "Pitcher", "", "", "Evelyn", "Pitcher", "Kimberly", "83341", "1953-11-30", "3460 N 3500 E", False),
    ("TWF017", "Wilford", "", "Tingey", "Wil", "", "Darlene", "Tingey", "Hagerman", "83332", "1950-02-11", "191 State St N", False),
    ("TWF018", "Darlene", "", "Tingey", "", "Jaussi", "Wilford", "Tingey", "Hagerman", "83332", "1953-07-04", "191 State St N", False),
    ("TWF019", "Ardis", "", "Nebeker", "", "", "", "", "Jerome", "83338", "1941-03-22", "509 5th Ave E", False),
    ("TWF020", "Dallin", "", "Bingham", "", "", "Colette", "Bingham", "Twin Falls", "83301", "1960-10-18", "2277 Elizabeth Blvd", False),
    ("TWF021", "Refugio", "", "Barrientos", "Cuco", "", "", "", "Buhl", "83316", "1955-08-16", "817 Clear Lakes Rd", False),
    ("TWF022", "Beulah", "", "Kunkel", "", "Ostermiller", "", "", "Gooding", "83330", "1945-12-02", "620 Main St", False),
]
NO_BIRTH = {"TWF009", "TWF014"}      # optional cells left blank
NO_PHONE = {"TWF019"}
NO_ADDRESS = {"TWF013"}
