"""Hand-written roster for eval part `jan` (metro Jackson, Miss.). All people invented; places, ZIPs, FIPS real."""

ADV = {
    "Hinds": "l.whitaker@pearlrivercap.example",
    "Madison": "s.abide@pearlrivercap.example",
    "Rankin": "s.abide@pearlrivercap.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("JAN001", "Cleveland", "", "Hollowell Jr.", "Cleve", "", "Bernice", "Hollowell", "Jackson", "39213", "1954-08-21", "1418 Wiggins Rd", False),
    ("JAN002", "Bernice", "", "Hollowell", "", "Tate", "Cleveland", "Hollowell Jr.", "Jackson", "39213", "1956-03-02", "1418 Wiggins Rd", False),
    ("JAN003", "Odessa", "", "Pruitt", "", "", "", "", "Clinton", "39056", "1941-06-02", "306 Monroe St", False),
    ("JAN004", "Mary Alice", "", "Funchess", "", "", "", "", "Canton", "39046", "1963-11-09", "221 E Fulton St", False),
    ("JAN005", "Antoine", "", "Khoury", "Tony", "", "Nadia", "Khoury", "Jackson", "39211", "1961-04-17", "4560 Old Canton Rd", False),
    ("JAN006", "Nadia", "", "Khoury", "", "Saad", "Antoine", "Khoury", "Jackson", "39211", "1964-12-01", "4560 Old Canton Rd", False),
    ("JAN007", "Michael", "", "Nassar", "Mike", "", "Carla", "Nassar", "Brandon", "39047", "1966-07-30", "118 Reservoir Pointe Dr", False),
    ("JAN008", "Loretta", "", "Chitto", "", "Willis", "", "", "Pearl", "39208", "1959-05-05", "2207 Old Brandon Rd", False),
    ("JAN009", "Darrell", "", "Tubby", "", "", "Renee", "Tubby", "Madison", "39110", "1972-02-14", "", False),
    ("JAN010", "Raymond", "", "Gong", "Ray", "", "Frances", "Gong", "Ridgeland", "39157", "1955-10-10", "512 Pear Orchard Rd", False),
    ("JAN011", "Frances", "", "Gong", "", "Lum", "Raymond", "Gong", "Ridgeland", "39157", "1957-01-23", "512 Pear Orchard Rd", False),
    ("JAN012", "Billy Ray", "", "Purvis", "", "", "Glenda", "Purvis", "Brandon", "39042", "1950-06-18", "3350 Hwy 471", False),
    ("JAN013", "Harold", "Wayne", "McAlpin", "", "", "Peggy", "McAlpin", "Brandon", "39047", "1947-09-14", "77 Castlewoods Blvd", False),
    ("JAN014", "Peggy", "", "McAlpin", "", "Rhodes", "Harold", "McAlpin", "Brandon", "39047", "1950-02-27", "77 Castlewoods Blvd", False),
    ("JAN015", "Reginald", "", "Smallwood", "Reggie", "", "", "", "Jackson", "39209", "1958-10-03", "905 Cooper Rd", True),
    ("JAN016", "Ana Lucia", "", "Ramirez Ortega", "", "", "", "", "Madison", "39110", "1978-08-08", "140 Bozeman Rd", False),
    ("JAN017", "Patrice", "", "ONeal", "", "", "", "", "Jackson", "39212", "1961-07-15", "3021 Raymond Rd", False),
    ("JAN018", "Lucas", "", "Van Devender", "Luke", "", "", "", "Ridgeland", "39157", "", "", False),
    ("JAN019", "Otis", "", "Bledsoe Sr.", "", "", "", "", "Canton", "39046", "1948-01-30", "640 Lutz St", False),
    ("JAN020", "James", "Earl", "Coleman", "", "", "Gloria", "Coleman", "Jackson", "39209", "1952-05-19", "2716 Robinson St", False),
    ("JAN021", "Gloria", "", "Coleman", "", "Hampton", "James", "Coleman", "Jackson", "39209", "1954-09-09", "2716 Robinson St", False),
    ("JAN022", "Dorothy", "", "Magee", "", "", "", "", "Pearl", "39208", "1944-12-12", "415 Mary Ann Dr", False),
]

NO_PHONE = {"JAN009", "JAN018", "JAN022"}
BLANK_COORDS = {"JAN004", "JAN017"}
