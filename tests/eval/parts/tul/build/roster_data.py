"""Hand-written roster for the tul part (all people invented; places, ZIPs, FIPS real)."""

ADV = {
    "tulsa": "w.harkey@redforkwealth.example",
    "creek": "m.sands@redforkwealth.example",
    "east": "j.tiger@redforkwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("TUL001", "Wilson", "", "Yahola", "Sonny", "", "Louise", "Yahola", "Okmulgee", "OK", "74447", "1948-03-11", "612 N Grand Ave", False, "creek"),
    ("TUL002", "Louise", "", "Yahola", "", "Fixico", "Wilson", "Yahola", "Okmulgee", "OK", "74447", "1950-09-02", "612 N Grand Ave", False, "creek"),
    ("TUL003", "Darla", "", "Sixkiller", "", "Swimmer", "Raymond", "Sixkiller Jr.", "Tulsa", "OK", "74105", "1963-05-19", "3410 S Peoria Ave", False, "tulsa"),
    ("TUL004", "Raymond", "", "Sixkiller Jr.", "Ray", "", "Darla", "Sixkiller", "Tulsa", "OK", "74105", "1961-12-03", "3410 S Peoria Ave", False, "tulsa"),
    ("TUL005", "Mary Beth", "", "Dreadfulwater", "", "", "", "", "Broken Arrow", "OK", "74014", "1972-08-27", "2209 E Kenosha St", False, "east"),
    ("TUL006", "Eugene", "", "Hummingbird", "Geno", "", "", "", "Sand Springs", "OK", "74063", "1952-01-30", "118 N Adams Rd", False, "tulsa"),
    ("TUL007", "Clyde", "Everett", "Stufflebean", "", "", "Norma Jean", "Stufflebean", "Owasso", "OK", "74055", "1939-06-14", "9 N Cedar St", False, "east"),
    ("TUL008", "Norma Jean", "", "Stufflebean", "", "Pettijohn", "Clyde", "Stufflebean", "Owasso", "OK", "74055", "1941-02-22", "9 N Cedar St", False, "east"),
    ("TUL009", "Jo Lynn", "", "Quattlebaum", "", "", "", "", "Broken Arrow", "OK", "74012", "1958-04-04", "1400 W Houston St", True, "east"),
    ("TUL010", "Thomas", "Lee", "Bemo", "Tommy", "", "", "", "Okmulgee", "OK", "74447", "1961-10-09", "801 E 6th St", False, "creek"),
    ("TUL011", "Shawna", "", "Wildcat", "", "Crittenden", "", "", "Tulsa", "OK", "74127", "1976-02-14", "2115 W Newton St", False, "tulsa"),
    ("TUL012", "Harold", "", "Vanlandingham", "Buddy", "", "Margaret", "Vanlandingham", "Sand Springs", "OK", "74063", "1949-07-07", "404 W 41st St", False, "tulsa"),
    ("TUL013", "Margaret", "", "Vanlandingham", "Peggy", "Tubbs", "Harold", "Vanlandingham", "Sand Springs", "OK", "74063", "1951-11-18", "404 W 41st St", False, "tulsa"),
    ("TUL014", "Anita", "", "Fourkiller", "", "", "", "", "Tulsa", "OK", "74133", "1969-03-25", "7820 S Memorial Dr", False, "tulsa"),
    ("TUL015", "Jesse", "", "Deerinwater", "", "", "Krista", "Deerinwater", "Claremore", "OK", "74017", "1978-09-12", "1002 N Florence Ave", False, "east"),
    ("TUL016", "Pauline", "", "Canard", "", "Bear", "", "", "Okmulgee", "OK", "74447", "1940-12-01", "215 W 11th St", False, "creek"),
    ("TUL017", "Kenneth", "", "Shadlow", "Kenny", "", "Rhonda", "Shadlow", "Owasso", "OK", "74055", "1966-04-21", "12107 E 96th St N", False, "east"),
    ("TUL018", "Rhonda", "", "Shadlow", "", "Pruett", "Kenneth", "Shadlow", "Owasso", "OK", "74055", "1968-08-08", "12107 E 96th St N", False, "east"),
    ("TUL019", "Curtis", "", "Blackfox", "Curt", "", "", "", "Broken Arrow", "OK", "74011", "1974-06-30", "4501 S Aspen Ave", False, "east"),
    ("TUL020", "LaDonna", "", "Threadgill", "", "", "", "", "Tulsa", "OK", "74106", "1955-01-17", "1720 N Greenwood Ave", False, "tulsa"),
    ("TUL021", "Dennis", "", "ODaniel", "Denny", "", "", "", "Sand Springs", "OK", "74063", "1964-05-05", "30 E Broadway St", False, "tulsa"),
]

BLANK_COORDS = {"TUL016"}
COORD_OVERRIDES: dict = {}
