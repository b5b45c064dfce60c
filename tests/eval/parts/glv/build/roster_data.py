"""Hand-written roster for eval part glv: Fulton County, N.Y. (all people invented; places, ZIPs, FIPS real)."""

ADV = {"NY": "m.kretzer@sacandagawealth.example"}
ADV_BY_ID = {  # second adviser for the Broadalbin / Northville / Mayfield / Caroga Lake book
    cid: "l.abrams@sacandagawealth.example"
    for cid in ("GLV006", "GLV007", "GLV008", "GLV009", "GLV010", "GLV016", "GLV018", "GLV022", "GLV023")
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("GLV001", "Raymond", "L.", "Stoutenburg", "Ray", "", "Darlene", "Stoutenburg", "Gloversville", "NY", "12078", "1948-02-11", "27 Prospect Ave", False),
    ("GLV002", "Darlene", "", "Stoutenburg", "", "Kretser", "Raymond", "Stoutenburg", "Gloversville", "NY", "12078", "1950-09-03", "27 Prospect Ave", False),
    ("GLV003", "Theodora", "", "Wojcikowski", "Teddi", "Ruggiero", "", "", "Johnstown", "NY", "12095", "1941-11-20", "14 Glebe St", False),
    ("GLV004", "Anthony", "", "Mancusi Jr.", "Tony", "", "Carla", "Mancusi", "Gloversville", "NY", "12078", "1966-04-22", "112 Kingsboro Ave", False),
    ("GLV005", "Carla", "", "Mancusi", "", "Hladik", "Anthony", "Mancusi Jr.", "Gloversville", "NY", "12078", "1968-12-01", "112 Kingsboro Ave", False),
    ("GLV006", "Mary Jo", "", "Vandenburgh", "", "", "Gerald", "Vandenburgh", "Broadalbin", "NY", "12025", "1955-07-19", "3 Pine St", False),
    ("GLV007", "Gerald", "", "Vandenburgh", "Gerry", "", "Mary Jo", "Vandenburgh", "Broadalbin", "NY", "12025", "1953-03-30", "3 Pine St", False),
    ("GLV008", "Clifford", "W.", "Pettengill", "Cliff", "", "Lorraine", "Pettengill", "Northville", "NY", "12134", "1939-05-14", "210 Bridge St", False),
    ("GLV009", "Lorraine", "", "Pettengill", "", "Dopp", "Clifford", "Pettengill", "Northville", "NY", "12134", "1942-10-08", "210 Bridge St", False),
    ("GLV010", "Harriet", "", "Dieffenbacher", "", "", "", "", "Mayfield", "NY", "12117", "1936-01-27", "8 School St", False),
    ("GLV011", "Stanley", "", "Szczepanski", "Stan", "", "Irene", "Szczepanski", "Gloversville", "NY", "12078", "1952-06-16", "45 Spring St", True),
    ("GLV012", "Renee", "", "Putman-Cudmore", "", "Putman", "Daniel", "Cudmore", "Johnstown", "NY", "12095", "1972-08-09", "301 N Perry St", False),
    ("GLV013", "Daniel", "", "Cudmore", "Dan", "", "Renee", "Putman-Cudmore", "Johnstown", "NY", "12095", "1970-02-14", "301 N Perry St", False),
    ("GLV014", "Kevin", "", "Galusha", "", "", "Brittany", "Galusha", "Johnstown", "NY", "12095", "1990-05-05", "19 Yost St", False),
    ("GLV015", "Brittany", "", "Galusha", "", "Yerdon", "Kevin", "Galusha", "Johnstown", "NY", "12095", "1992-11-17", "19 Yost St", False),
    ("GLV016", "Walter", "", "Hollenbeck", "Walt", "", "", "", "Caroga Lake", "NY", "12032", "1958-08-28", "NY-10 at Canada Lake", False),
    ("GLV017", "Patricia", "", "DeMagistris", "Patty", "", "Louis", "DeMagistris", "Gloversville", "NY", "12078", "1963-03-05", "60 Forest St", False),
    ("GLV018", "Eugene", "", "Fosmire", "Gene", "", "", "", "Broadalbin", "NY", "12025", "1945-04-02", "77 W Main St", False),
    ("GLV019", "Nadine", "", "Yerdon", "", "Fosmire", "Lyle", "Yerdon", "Gloversville", "NY", "12078", "1957-12-12", "9 Bleecker St", False),
    ("GLV020", "Bernard", "J.", "Ostrander", "Bernie", "", "", "", "Johnstown", "NY", "12095", "1950-01-31", "5 Market St", False),
    ("GLV021", "Frances", "", "Abdella", "Fran", "Pedrick", "", "", "Johnstown", "NY", "12095", "1938-06-21", "88 E Main St", False),
    ("GLV022", "Douglas", "", "Vanderwalker", "Doug", "", "Sherry", "Vanderwalker", "Northville", "NY", "12134", "1961-10-10", "12 Reed St", False),
    ("GLV023", "Sherry", "", "Vanderwalker", "", "", "Douglas", "Vanderwalker", "Northville", "NY", "12134", "1963-01-04", "12 Reed St", False),
]

NO_BIRTH = {"GLV013", "GLV019"}
NO_PHONE = {"GLV016", "GLV021"}
NO_ADDRESS = {"GLV018"}
