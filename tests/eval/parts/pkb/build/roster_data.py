"""Hand-written roster for part pkb (mid-Ohio Valley). All people invented; places, ZIPs, FIPS real."""

ADV = {"WV": "g.lemley@riverbendadvisors.example", "OH": "m.offutt@riverbendadvisors.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("PKB001", "Russell", "Wayne", "Ankrom Jr.", "Rusty", "", "Darlene", "Ankrom", "Parkersburg", "WV", "26101", "1956-03-14", "1412 Juliana St", False),
    ("PKB002", "Darlene", "", "Ankrom", "", "Cunningham", "Russell", "Ankrom Jr.", "Parkersburg", "WV", "26101", "1958-07-02", "1412 Juliana St", False),
    ("PKB003", "Elwood", "", "Hupp", "Woody", "", "Norma Jean", "Hupp", "Vienna", "WV", "26105", "1941-11-20", "2807 Grand Central Ave", False),
    ("PKB004", "Norma Jean", "", "Hupp", "", "Wigal", "Elwood", "Hupp", "Vienna", "WV", "26105", "1944-05-09", "2807 Grand Central Ave", False),
    ("PKB005", "Loretta", "", "Schramm", "Retta", "Offenberger", "", "", "Marietta", "OH", "45750", "1939-08-30", "311 Fourth St", False),
    ("PKB006", "Mary Lou", "", "Deem", "", "Hennen", "", "", "Belpre", "OH", "45714", "1947-02-03", "904 Washington Blvd", False),
    ("PKB007", "Travis", "", "Pennybacker", "", "", "Kendra", "Pennybacker", "Vienna", "WV", "26105", "1979-09-12", "55 Fairview Dr", False),
    ("PKB008", "Kendra", "", "Pennybacker", "", "Sayre", "Travis", "Pennybacker", "Vienna", "WV", "26105", "1981-01-27", "55 Fairview Dr", False),
    ("PKB009", "Clarence", "", "Lauderman", "Buddy", "", "", "", "Belpre", "OH", "45714", "1953-04-18", "1710 Ridge Rd", True),
    ("PKB010", "Felicia", "", "Villers-Haught", "", "", "", "", "Marietta", "OH", "45750", "1972-06-06", "220 Front St", False),
    ("PKB011", "Dale", "", "Kesterson", "", "", "Bonnie", "Kesterson", "Mineral Wells", "WV", "26150", "1962-10-03", "48 Elizabeth Pike", False),
    ("PKB012", "Bonnie", "", "Kesterson", "", "Marra", "Dale", "Kesterson", "Mineral Wells", "WV", "26150", "1964-12-15", "48 Elizabeth Pike", False),
    ("PKB013", "Gerald", "", "Cottrill", "Jerry", "", "", "", "Williamstown", "WV", "26187", "1950-02-22", "17 Highland Ave", False),
    ("PKB014", "Betty Sue", "", "Rexroad", "", "Dye", "", "", "Parkersburg", "WV", "26104", "1952-08-08", "3 Oakwood Terrace", False),
    ("PKB015", "Nathaniel", "", "Wigal", "Nate", "", "", "", "Parkersburg", "WV", "26101", "1995-05-30", "1120 Ann St", False),
    ("PKB016", "Lowell", "", "Sheppard", "", "", "Faye", "Sheppard", "Marietta", "OH", "45750", "1958-11-11", "612 Putnam St", False),
    ("PKB017", "Cassandra", "", "McKibben", "Cassie", "", "", "", "Belpre", "OH", "45714", "1988-03-19", "1503 Park Dr", False),
    ("PKB018", "Orville", "", "Haught", "", "", "Wilma", "Haught", "Parkersburg", "WV", "26101", "1937-01-09", "2201 Camden Ave", False),
    ("PKB019", "Wilma", "", "Haught", "", "Stanley", "Orville", "Haught", "Parkersburg", "WV", "26101", "1940-04-25", "2201 Camden Ave", False),
    ("PKB020", "Jeffrey", "", "Modesitt", "Jeff", "", "Annette", "Modesitt", "Marietta", "OH", "45750", "1968-07-21", "108 Cisler Dr", False),
    ("PKB021", "Annette", "", "Modesitt", "", "Brookover", "Jeffrey", "Modesitt", "Marietta", "OH", "45750", "1970-02-14", "108 Cisler Dr", False),
    ("PKB022", "Phyllis", "", "Amos", "", "Dye", "", "", "Vienna", "WV", "26105", "1949-10-30", "", False),
]

NO_BIRTH = {"PKB013"}
NO_PHONE = {"PKB017"}
# PKB022 has no address_line (blank street above)
