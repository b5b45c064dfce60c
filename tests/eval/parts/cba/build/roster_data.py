"""Hand-written roster for part cba (Allegany County, Md., and Mineral County, W.Va.). People invented; ZIPs real."""

ADV = {"MD": "r.mcelfish@queencitywealth.example", "WV": "d.staggers@queencitywealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("CBA001", "Delbert", "Ray", "Lashbrook", "Del", "", "Nadine", "Lashbrook", "Frostburg", "MD", "21532", "1948-09-02", "27 Bowery St", False),
    ("CBA002", "Nadine", "", "Lashbrook", "", "Spiker", "Delbert", "Lashbrook", "Frostburg", "MD", "21532", "1950-12-15", "27 Bowery St", False),
    ("CBA003", "Russell", "", "Kamauf Jr.", "Rusty", "", "Joyce", "Kamauf", "Cumberland", "MD", "21502", "1960-03-08", "418 Bedford St", False),
    ("CBA004", "Joyce", "", "Kamauf", "", "Brode", "Russell", "Kamauf Jr.", "Cumberland", "MD", "21502", "1962-07-21", "418 Bedford St", False),
    ("CBA005", "Mary Lou", "", "Haberlein", "", "Dicken", "", "", "LaVale", "MD", "21502", "1941-05-30", "1203 National Hwy", False),
    ("CBA006", "Eugene", "", "Stottlemyer", "Gene", "", "Bonnie", "Stottlemyer", "Piedmont", "WV", "26750", "1956-10-11", "64 Jones St", False),
    ("CBA007", "Tamara", "", "Knotts-Riggleman", "Tammy", "Knotts", "", "", "Rawlings", "MD", "21557", "1972-01-19", "19110 McMullen Hwy SW", False),
    ("CBA008", "Anthony", "", "Porcarelli", "Tony", "", "Gina", "Porcarelli", "Cumberland", "MD", "21502", "1966-04-02", "5 Decatur St", False),
    ("CBA009", "Gina", "", "Porcarelli", "", "Fazenbaker", "Anthony", "Porcarelli", "Cumberland", "MD", "21502", "1968-11-27", "5 Decatur St", False),
    ("CBA010", "Clarence", "Eugene", "Wolfhope", "Buzz", "", "Evelyn", "Wolfhope", "Flintstone", "MD", "21530", "1938-06-14", "22410 Flintstone Dr NE", False),
    ("CBA011", "Evelyn", "", "Wolfhope", "", "Pritts", "Clarence", "Wolfhope", "Flintstone", "MD", "21530", "1941-09-09", "22410 Flintstone Dr NE", False),
    ("CBA012", "Gertrude", "", "Zembower", "Trudy", "Kenney", "", "", "Lonaconing", "MD", "21539", "1944-02-26", "88 E Main St", False),
    ("CBA013", "Vernon", "", "Shires", "Vern", "", "", "", "Frostburg", "MD", "21532", "1953-08-08", "140 Frost Ave", True),
    ("CBA014", "Brandon", "", "Emerick", "", "", "Kelsey", "Emerick", "Cumberland", "MD", "21502", "1990-06-05", "311 Columbia St", False),
    ("CBA015", "Kelsey", "", "Emerick", "", "Durst", "Brandon", "Emerick", "Cumberland", "MD", "21502", "1992-02-14", "311 Columbia St", False),
    ("CBA016", "Leland", "", "Oldaker", "", "", "Rhonda", "Oldaker", "Keyser", "WV", "26726", "1962-12-01", "710 Fort Ave", False),
    ("CBA017", "Rhonda", "", "Oldaker", "", "Kitzmiller", "Leland", "Oldaker", "Keyser", "WV", "26726", "1964-05-17", "710 Fort Ave", False),
    ("CBA018", "Wanda", "Sue", "Ravenscroft", "", "", "", "", "Oldtown", "MD", "21555", "", "19406 Opessa St SE", False),
    ("CBA019", "Michael", "", "Hendershot", "Mick", "", "", "", "Cumberland", "MD", "21504", "1958-02-11", "12 Williams Rd", False),
    ("CBA020", "Dennis", "", "Kreiling", "", "", "", "", "Frostburg", "MD", "21532", "1963-03-03", "38 Mt Pleasant St", False),
    ("CBA021", "Jolene", "", "Sensabaugh", "", "", "", "", "LaVale", "MD", "21502", "1970-08-24", "900 Vocke Rd", False),
    ("CBA022", "Kenneth", "", "Llewellyn", "Kenny", "", "Marlene", "Llewellyn", "Westernport", "MD", "21562", "1951-07-30", "205 Main St", False),
]
NO_PHONE = {"CBA013", "CBA020"}
NO_ADDRESS = {"CBA018"}
NO_MIDDLE_OK = True
