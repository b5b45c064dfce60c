"""Hand-written roster for eval part `lex` (Kentucky Bluegrass; all people invented; places, ZIPs, FIPS real)."""

ADV_A = "m.crenshaw@paddockridgewealth.example"   # Lexington / Versailles / Paris / Winchester
ADV_B = "k.oyama@paddockridgewealth.example"      # Georgetown / Richmond / Nicholasville

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # horse-farm families (Roman-numeral suffixes stored in the surname)
    ("LEX001", "Carrington", "Hale", "Whitlock IV", "Carr", "", "Eleanor", "Whitlock", "Versailles", "KY", "40383", "1958-04-19", "4400 Pisgah Pike", False, ADV_A),
    ("LEX002", "Eleanor", "", "Whitlock", "Nell", "Ashbrook", "Carrington", "Whitlock IV", "Versailles", "KY", "40383", "1961-09-02", "4400 Pisgah Pike", False, ADV_A),
    ("LEX003", "Preston", "", "Hargis II", "", "", "Mary Catherine", "Hargis", "Paris", "KY", "40361", "1949-11-11", "2210 Winchester Rd", False, ADV_A),
    ("LEX004", "Mary Beth", "", "Calloway", "", "Fugate", "", "", "Lexington", "KY", "40503", "1952-07-23", "615 Lakewood Dr", False, ADV_A),
    # Appalachian families who moved to Lexington (nicknames)
    ("LEX005", "Virgil", "Dean", "Combs", "Dink", "", "Wanda", "Combs", "Lexington", "KY", "40505", "1947-06-30", "1342 Meadow Ln", False, ADV_A),
    ("LEX006", "Wanda", "Faye", "Combs", "", "Noble", "Virgil", "Combs", "Lexington", "KY", "40505", "1950-02-14", "1342 Meadow Ln", False, ADV_A),
    ("LEX007", "Harold", "", "Napier", "Buck", "", "Darlene", "Napier", "Winchester", "KY", "40391", "1954-10-03", "88 Boone Ave", False, ADV_A),
    ("LEX008", "Shelby Jean", "", "Gabbard", "Sissy", "", "", "", "Richmond", "KY", "40475", "1962-05-17", "309 Lancaster Ave", False, ADV_B),
    # Black church families of Lexington's East End
    ("LEX009", "Alfred", "Lee", "Tandy", "Al", "", "Geraldine", "Tandy", "Lexington", "KY", "40508", "1944-08-08", "512 Chestnut St", False, ADV_A),
    ("LEX010", "Geraldine", "", "Tandy", "Gerri", "Merriweather", "Alfred", "Tandy", "Lexington", "KY", "40508", "1946-03-27", "512 Chestnut St", False, ADV_A),
    ("LEX011", "Lorraine", "", "Bibbs", "", "Coleman", "", "", "Lexington", "KY", "40508", "1958-12-01", "227 Ohio St", False, ADV_A),
    ("LEX012", "DeAndre", "", "Fields", "Dre", "", "Kiara", "Fields", "Lexington", "KY", "40511", "1984-01-26", "1730 Russell Cave Rd", False, ADV_A),
    ("LEX013", "Jose Luis", "", "Zamora Villegas", "", "", "Guadalupe", "Zamora", "Versailles", "KY", "40383", "1970-12-12", "215 Locust St", False, ADV_A),
    ("LEX014", "Guadalupe", "", "Zamora", "Lupe", "Renteria", "Jose Luis", "Zamora Villegas", "Versailles", "KY", "40383", "1973-08-19", "215 Locust St", False, ADV_A),
    ("LEX015", "Maribel", "", "Ocampo Reyes", "", "", "", "", "Georgetown", "KY", "40324", "1988-03-09", "140 Cherry Blossom Way", False, ADV_B),
    # Japanese-American families (the Georgetown auto plant and its suppliers)
    ("LEX016", "Kenji", "", "Matsuda", "Ken", "", "Naomi", "Matsuda", "Georgetown", "KY", "40324", "1961-05-05", "301 Lemons Mill Rd", False, ADV_B),
    ("LEX017", "Naomi", "", "Matsuda", "", "Fujimoto", "Kenji", "Matsuda", "Georgetown", "KY", "40324", "1964-11-20", "301 Lemons Mill Rd", False, ADV_B),
    ("LEX018", "Hiroshi", "", "Tanabe", "", "", "Yuki", "Tanabe", "Georgetown", "KY", "40324", "1975-02-11", "77 Paynes Depot Rd", False, ADV_B),
    # other name forms
    ("LEX019", "Margaret", "", "ODaniel", "Maggie", "", "", "", "Nicholasville", "KY", "40356", "1955-09-14", "402 S Main St", False, ADV_B),
    ("LEX020", "Thomas", "", "Van Meter", "Tommy", "", "Ann", "Van Meter", "Winchester", "KY", "40391", "1951-06-22", "1900 Colby Rd", False, ADV_A),
    ("LEX021", "Lyman", "", "Hargis", "", "", "", "", "Paris", "KY", "40361", "1946-01-04", "60 Duncan Ave", True, ADV_A),
    ("LEX022", "Clarence", "", "Merriweather", "Sonny", "", "", "", "Lexington", "KY", "40508", "1952-04-30", "415 E Third St", False, ADV_A),
]

BLANK_COORDS = {"LEX008", "LEX019"}
BLANK_FIPS = {"LEX022"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"LEX012", "LEX022"}
NO_PHONE = {"LEX011", "LEX018"}
NO_ADDRESS = {"LEX015"}
