"""Hand-written roster for eval part tys (Knoxville, Maryville, Sevierville, Tenn.). People invented; places,
ZIPs and FIPS real."""

ADV = {  # by county FIPS
    "47093": "c.ballard@foothillstrust.example",   # Knox
    "47001": "c.ballard@foothillstrust.example",   # Anderson (Oak Ridge)
    "47105": "c.ballard@foothillstrust.example",   # Loudon (Lenoir City)
    "47009": "m.rhyne@foothillstrust.example",     # Blount
    "47155": "m.rhyne@foothillstrust.example",     # Sevier
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("TYS001", "Thaddeus", "L.", "Wolfenbarger", "Tad", "", "Loretta", "Wolfenbarger", "Maryville", "TN", "37803", "1949-02-11", "214 Brickmill Rd", False),
    ("TYS002", "Loretta", "", "Wolfenbarger", "", "Huskey", "Thaddeus", "Wolfenbarger", "Maryville", "TN", "37803", "1951-08-30", "214 Brickmill Rd", False),
    ("TYS003", "Orville", "", "Kitts Jr.", "Buddy", "", "Darlene", "Kitts", "Knoxville", "TN", "37918", "1957-06-14", "4410 Greenway Dr", False),
    ("TYS004", "Mary Beth", "", "Trentham", "", "Ownby", "Clyde", "Trentham", "Sevierville", "TN", "37862", "1963-03-09", "1180 Boyds Creek Hwy", False),
    ("TYS005", "Ella Jean", "", "Blalock", "Jeanie", "Whaley", "", "", "Seymour", "TN", "37865", "1944-11-02", "302 Chapman Hwy", False),
    ("TYS006", "Esperanza", "", "Barajas Molina", "Espy", "", "Rodolfo", "Quintanilla", "Knoxville", "TN", "37917", "1966-05-21", "2716 Whittle Springs Rd", False),
    ("TYS007", "Rodolfo", "", "Quintanilla", "Rudy", "", "Esperanza", "Barajas Molina", "Knoxville", "TN", "37917", "1963-12-01", "2716 Whittle Springs Rd", False),
    ("TYS008", "Rosalind", "", "DArcangelo", "Roz", "", "Vincent", "DArcangelo", "Farragut", "TN", "37934", "1971-07-07", "11520 Kingston Pike", False),
    ("TYS009", "Augustus", "", "Van Huss", "Gus", "", "Nadine", "Van Huss", "Powell", "TN", "37849", "1952-04-18", "7305 Emory Rd", False),
    ("TYS010", "Nadine", "", "Van Huss", "", "Greer", "Augustus", "Van Huss", "Powell", "TN", "37849", "1954-09-27", "7305 Emory Rd", False),
    ("TYS011", "Priyanka", "", "Venkataraghavan", "", "", "", "", "Knoxville", "TN", "37919", "1979-01-15", "5102 Lyons View Pike", False),
    ("TYS012", "Alonzo", "", "Beeler", "Lon", "", "Virgie", "Beeler", "Alcoa", "TN", "37701", "1947-10-05", "619 Hall Rd", False),
    ("TYS013", "Harriet", "", "Cagle", "", "", "", "", "Maryville", "TN", "37804", "1938-05-30", "2040 Old Knoxville Hwy", False),
    ("TYS014", "Marcus", "", "Delozier", "", "", "Kendra", "Delozier", "Sevierville", "TN", "37876", "1975-02-20", "845 Pittman Center Rd", False),
    ("TYS015", "Kendra", "", "Delozier", "", "Lawson", "Marcus", "Delozier", "Sevierville", "TN", "37876", "1977-08-12", "845 Pittman Center Rd", False),
    ("TYS016", "Lavinia", "", "Tallent", "", "", "", "", "Knoxville", "TN", "37920", "1961-11-11", "3318 Maloney Rd", False),
    ("TYS017", "Benedict", "", "Yarnell", "Ben", "", "", "", "Lenoir City", "TN", "37771", "1969-03-03", "460 Hwy 321 N", False),
    ("TYS018", "Jolene", "", "Headrick", "", "", "Travis", "Headrick", "Pigeon Forge", "TN", "37863", "1972-06-19", "228 Wears Valley Rd", False),
    ("TYS019", "Travis", "", "Headrick", "", "", "Jolene", "Headrick", "Pigeon Forge", "TN", "37863", "1970-01-28", "228 Wears Valley Rd", False),
    ("TYS020", "Ignatius", "", "Proffitt", "Iggy", "", "", "", "Maryville", "TN", "37801", "1955-07-22", "1507 Montvale Rd", True),
    ("TYS021", "Desmond", "", "Oxendine", "", "", "Claudette", "Oxendine", "Knoxville", "TN", "37914", "1965-09-09", "2210 Martin Luther King Jr Ave", False),
    ("TYS022", "Verna Lee", "", "Spradlin", "", "Hatmaker", "", "", "Oak Ridge", "TN", "37830", "1950-12-12", "118 Outer Dr", False),
]
