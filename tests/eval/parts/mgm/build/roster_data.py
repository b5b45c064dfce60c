"""Hand-written roster for the mgm part (Montgomery, Prattville, Wetumpka, Alabama). All people invented;
ZIPs, counties and FIPS real."""

ADV_MGM = "c.whitsett@riverbendtrust.example"      # Montgomery County clients
ADV_OUT = "d.oyelaran@riverbendtrust.example"      # Autauga and Elmore County clients

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("MGM001", "Thaddeus", "L.", "Brightwater", "Thad", "", "Loretta", "Brightwater", "Montgomery", "AL", "36106", "1949-02-11", "3120 Thomas Ave", False),
    ("MGM002", "Loretta", "", "Brightwater", "", "Pettaway", "Thaddeus", "Brightwater", "Montgomery", "AL", "36106", "1951-07-04", "3120 Thomas Ave", False),
    ("MGM003", "Cornelius", "", "Hollifield Sr.", "Buddy", "", "Vernell", "Hollifield", "Prattville", "AL", "36066", "1941-09-22", "411 Doster Rd", False),
    ("MGM004", "Mary Beth", "", "Tankersley", "", "Gaither", "Dwayne", "Tankersley", "Wetumpka", "AL", "36092", "1962-05-17", "208 Hohenberg St", False),
    ("MGM005", "Dwayne", "R.", "Tankersley", "", "", "Mary Beth", "Tankersley", "Wetumpka", "AL", "36092", "1960-10-02", "208 Hohenberg St", False),
    ("MGM006", "Guadalupe", "", "Villaseñor Quintanilla", "Lupe", "", "", "", "Montgomery", "AL", "36116", "1974-12-12", "4410 Woodley Rd", False),
    ("MGM007", "Jo Ann", "", "McWhorter", "", "", "", "", "Millbrook", "AL", "36054", "1953-03-30", "3380 Main St", False),
    ("MGM008", "Reginald", "", "Culpepper Jr.", "Reggie", "", "Monique", "Culpepper", "Montgomery", "AL", "36117", "1970-08-08", "8115 Vaughn Rd", False),
    ("MGM009", "Desmond", "A.", "Fairclough", "", "", "Adaeze", "Fairclough", "Montgomery", "AL", "36111", "1977-01-26", "2240 Midfield St", False),
    ("MGM010", "Ezekiel", "", "Pettiford", "Zeke", "", "Cordelia", "Pettiford", "Montgomery", "AL", "36104", "1958-06-14", "605 S Jackson St", False),
    ("MGM011", "Shannon", "", "ODaniel", "", "", "", "", "Prattville", "AL", "36067", "1981-11-09", "1450 Old Farm Ln", False),
    ("MGM012", "Octavia", "", "DeLoach", "", "Strozier", "", "", "Wetumpka", "AL", "36093", "1946-04-19", "91 Redland Rd", False),
    ("MGM013", "Lamar", "", "Bettencourt", "", "", "Yolanda", "Bettencourt", "Montgomery", "AL", "36109", "1975-09-03", "3600 Pelham Dr", False),
    ("MGM014", "Yolanda", "", "Bettencourt", "Yoli", "", "Lamar", "Bettencourt", "Montgomery", "AL", "36109", "1977-03-21", "3600 Pelham Dr", False),
    ("MGM015", "Harlan", "", "Scroggins", "", "", "Darlene", "Scroggins", "Prattville", "AL", "36067", "1955-01-15", "760 Fairview Ave", False),
    ("MGM016", "Wendell", "", "Gaskew", "", "", "", "", "Montgomery", "AL", "36117", "1952-12-01", "9020 Wynlakes Blvd", True),
    ("MGM017", "Theodora", "", "Kincannon", "Teddie", "", "", "", "Wetumpka", "AL", "36092", "1960-02-22", "15 W Bridge St", False),
    ("MGM018", "Ignatius", "", "Bramblett", "Iggy", "", "", "", "Montgomery", "AL", "36109", "1958-10-30", "112 Eastdale Rd", False),
    ("MGM019", "Garrison", "", "Fentress", "", "", "Celeste", "Fentress", "Montgomery", "AL", "36116", "1963-04-05", "5101 Carmichael Rd", False),
    ("MGM020", "Henrietta", "", "Scarbrough", "", "Pouncey", "", "", "Montgomery", "AL", "36111", "1966-08-19", "1918 Galena Ave", False),
    ("MGM021", "Bartholomew", "", "Vandiver", "Bart", "", "Gwendolyn", "Vandiver", "Millbrook", "AL", "36054", "1967-07-07", "77 Grandview Rd", False),
    ("MGM022", "Felicity", "", "Oglesby", "", "Hornsby", "Carl", "Oglesby", "Pike Road", "AL", "36064", "1959-03-13", "240 Marler Rd", False),
]

ADVISER = {r[0]: (ADV_MGM if r[8] in ("Montgomery", "Pike Road") else ADV_OUT) for r in R}
BLANK_COORDS = {"MGM007", "MGM018"}          # derived from the ZIP by the reader
NO_BIRTH = {"MGM010", "MGM021"}
NO_PHONE = {"MGM018"}
