"""Hand-written roster for the sdk part: Erie County, Ohio (all people invented; places, ZIPs, FIPS real)."""

ADV = "r.brandau@baysidewealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("SDK001", "Leonard", "R.", "Hoffacker", "Len", "", "Phyllis", "Hoffacker", "Sandusky", "OH", "44870", "1944-07-22", "1418 Columbus Ave", False),
    ("SDK002", "Phyllis", "", "Hoffacker", "", "Brugnone", "Leonard", "Hoffacker", "Sandusky", "OH", "44870", "1946-02-11", "1418 Columbus Ave", False),
    ("SDK003", "Dolores", "M.", "Kromwell", "Dee", "Szabo", "", "", "Huron", "OH", "44839", "1938-05-30", "412 Cleveland Rd W", False),
    ("SDK004", "Gerald", "", "Zieroff Jr.", "Jerry", "", "Karen", "Zieroff", "Vermilion", "OH", "44089", "1968-10-03", "5560 Liberty Ave", False),
    ("SDK005", "Karen", "", "Zieroff", "", "Lutz", "Gerald", "Zieroff Jr.", "Vermilion", "OH", "44089", "1970-04-17", "5560 Liberty Ave", False),
    ("SDK006", "Mary Beth", "", "Sciarappa", "", "", "Anthony", "Sciarappa", "Sandusky", "OH", "44870", "1962-09-09", "716 Wayne St", False),
    ("SDK007", "Anthony", "J.", "Sciarappa", "Tony", "", "Mary Beth", "Sciarappa", "Sandusky", "OH", "44870", "1960-12-01", "716 Wayne St", False),
    ("SDK008", "Rosemarie", "", "Orshefsky", "", "", "", "", "Milan", "OH", "44846", "1941-08-14", "27 E Church St", False),
    ("SDK009", "Harold", "W.", "Buckenmeyer", "", "", "Ilene", "Buckenmeyer", "Milan", "OH", "44846", "1940-03-14", "11 Edison Dr", False),
    ("SDK010", "Ilene", "", "Buckenmeyer", "", "Faber", "Harold", "Buckenmeyer", "Milan", "OH", "44846", "1943-06-02", "11 Edison Dr", False),
    ("SDK011", "Nadine", "", "Whitcomb-Feller", "", "", "", "", "Huron", "OH", "44839", "1958-11-20", "301 Main St", False),
    ("SDK012", "Curtis", "", "Vogelsang", "Curt", "", "Amber", "Vogelsang", "Castalia", "OH", "44824", "1991-02-08", "8110 Portland Rd", False),
    ("SDK013", "Amber", "", "Vogelsang", "", "Reinhart", "Curtis", "Vogelsang", "Castalia", "OH", "44824", "1993-07-19", "8110 Portland Rd", False),
    ("SDK014", "Theodore", "", "Kalizewski", "Ted", "", "", "", "Sandusky", "OH", "44870", "1955-03-05", "2207 Hayes Ave", False),
    ("SDK015", "Bernadette", "", "Quillen", "Bernie", "", "Marvin", "Quillen", "Vermilion", "OH", "44089", "1950-01-14", "4871 Edgewater Dr", True),
    ("SDK016", "Warren", "", "Pfanner", "", "", "Gail", "Pfanner", "Sandusky", "OH", "44870", "1952-05-25", "3 Meigs St", False),
    ("SDK017", "Joyce", "A.", "Eckstein", "", "", "", "", "Huron", "OH", "44839", "1961-09-30", "618 Williams St", False),
    ("SDK018", "Philip", "", "Kessling", "", "", "", "", "Sandusky", "OH", "44870", "1957-10-02", "428 Jackson St", False),
    ("SDK019", "Marisol", "", "Ortiz Delgado", "", "", "", "", "Sandusky", "OH", "44870", "1980-06-12", "1031 Pierce St", False),
    ("SDK020", "Douglas", "", "Heyman", "Doug", "", "Patricia", "Heyman", "Kelleys Island", "OH", "43438", "1953-04-04", "211 W Lakeshore Dr", False),
    ("SDK021", "Evelyn", "", "Rauscher", "", "", "", "", "Milan", "OH", "44846", "1931-12-09", "40 Front St", False),
    ("SDK022", "Craig", "", "Mutchler", "", "", "Lorraine", "Mutchler", "Huron", "OH", "44839", "1959-08-08", "1207 Bogart Rd", False),
]

NO_BIRTH = {"SDK018", "SDK019"}
NO_PHONE = {"SDK011", "SDK021"}
NO_ADDRESS = {"SDK019"}
BLANK_COORDS = {"SDK014"}
