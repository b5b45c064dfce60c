"""Hand-written roster for part dth (Houston County, Ala., and the Wiregrass). People invented; ZIPs/FIPS real."""

ADV = "l.pittman@chattahoocheewealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("DTH001", "Thurman", "Lee", "Lassiter", "Bud", "", "Earline", "Lassiter", "Dothan", "AL", "36301", "1944-06-12", "1207 S Oates St", False),
    ("DTH002", "Earline", "", "Lassiter", "", "Whiddon", "Thurman", "Lassiter", "Dothan", "AL", "36301", "1947-02-03", "1207 S Oates St", False),
    ("DTH003", "Corbett", "", "Sellers Jr.", "Corby", "", "Wanda", "Sellers", "Headland", "AL", "36345", "1961-09-21", "410 Kinsey Rd", False),
    ("DTH004", "Wanda", "", "Sellers", "", "Grimsley", "Corbett", "Sellers Jr.", "Headland", "AL", "36345", "1963-04-17", "410 Kinsey Rd", False),
    ("DTH005", "Mary Alice", "", "Dykes", "", "Hatcher", "", "", "Taylor", "AL", "36301", "1938-11-08", "88 Taylor Rd", False),
    ("DTH006", "Odell", "", "Faircloth", "", "", "Lurleen", "Faircloth", "Enterprise", "AL", "36330", "1952-07-30", "302 Boll Weevil Cir", False),
    ("DTH007", "Jimmie Nell", "", "Holloman", "", "Tew", "", "", "Ashford", "AL", "36312", "1947-05-25", "15 Church St", False),
    ("DTH008", "Lamar", "", "Kirkland", "", "", "Tonya", "Kirkland", "Dothan", "AL", "36301", "1970-03-14", "2215 Choctaw St", False),
    ("DTH009", "Tonya", "", "Kirkland", "", "Brackin", "Lamar", "Kirkland", "Dothan", "AL", "36301", "1972-10-02", "2215 Choctaw St", False),
    ("DTH010", "Dewayne", "", "Bedsole", "", "", "", "", "Dothan", "AL", "36305", "1975-12-19", "3040 Westgate Pkwy", True),
    ("DTH011", "Reginald", "", "McCray", "Reggie", "", "Patrice", "McCray", "Dothan", "AL", "36303", "1966-08-08", "719 Cottonwood Rd", False),
    ("DTH012", "Patrice", "", "McCray", "", "Culver", "Reginald", "McCray", "Dothan", "AL", "36303", "1968-01-27", "719 Cottonwood Rd", False),
    ("DTH013", "Deidre", "", "Chancey-Birdsong", "Dee", "", "Trent", "Birdsong", "Enterprise", "AL", "36330", "1980-06-05", "118 Rucker Blvd", False),
    ("DTH014", "Hollis", "", "Espy", "", "", "", "", "Columbia", "AL", "36319", "1949-02-11", "60 Espy Ln", False),
    ("DTH015", "Cletus", "", "Dowling", "", "", "Ruby", "Dowling", "Webb", "AL", "36376", "1958-09-30", "27 Webb Rd", False),
    ("DTH016", "Glenda", "", "Stough", "", "Pelham", "Wiley", "Stough", "Dothan", "AL", "36305", "1963-05-09", "4410 W Main St", False),
    ("DTH017", "Ashton", "", "Tillery", "", "", "Kaylee", "Tillery", "Dothan", "AL", "36303", "1991-04-22", "1530 Ross Clark Cir", False),
    ("DTH018", "Kaylee", "", "Tillery", "", "Wise", "Ashton", "Tillery", "Dothan", "AL", "36303", "1993-12-01", "1530 Ross Clark Cir", False),
    ("DTH019", "Ervin", "", "Pilcher", "", "", "Darlene", "Pilcher", "Cowarts", "AL", "36321", "1972-03-03", "912 Cowarts Rd", False),
    ("DTH020", "Franklin", "", "Godwin", "Frank", "", "", "", "Ozark", "AL", "36360", "1950-10-14", "205 E Broad St", False),
    ("DTH021", "Beatrice", "", "Ingram", "Bea", "", "", "", "Headland", "AL", "36345", "1936-08-19", "6 Park St", False),
    ("DTH022", "Kenyatta", "", "Dawsey", "", "", "Marcus", "Dawsey", "Dothan", "AL", "36303", "1979-07-07", "506 Denton Rd", False),
]

NO_BIRTH = {"DTH014", "DTH022"}
NO_PHONE = {"DTH007", "DTH020"}
NO_ADDRESS = {"DTH014"}
