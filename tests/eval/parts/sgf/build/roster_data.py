"""Hand-written roster for part sgf (Springfield / Ozarks, Missouri). All people invented; places, ZIPs, FIPS real."""

ADV = {
    "Greene": "d.hembree@queencitywealth.example",
    "Christian": "s.castleberry@queencitywealth.example",
    "Taney": "s.castleberry@queencitywealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("SGF001", "Harold", "Eugene", "Tindle", "Bud", "", "Wanda", "Tindle", "Springfield", "65803", "1943-06-14", "2418 N Delaware Ave", False),
    ("SGF002", "Wanda", "", "Tindle", "", "Cox", "Harold", "Tindle", "Springfield", "65803", "1946-02-09", "2418 N Delaware Ave", False),
    ("SGF003", "Ronald", "Dean", "Pruett Jr.", "Junior", "", "Sheila", "Pruett", "Nixa", "65714", "1966-08-22", "611 W Mt Vernon St", False),
    ("SGF004", "Cecilia", "", "Blevins", "Sissy", "Honeycutt", "", "", "Ozark", "65721", "1949-11-30", "1207 S 3rd Ave", False),
    ("SGF005", "Billie Jo", "", "Yocum", "", "Rountree", "Travis", "Yocum", "Republic", "65738", "1974-04-03", "432 E Elm St", False),
    ("SGF006", "Travis", "Lee", "Yocum", "", "", "Billie Jo", "Yocum", "Republic", "65738", "1972-09-17", "432 E Elm St", False),
    ("SGF007", "Gerhard", "", "Schlichting", "Gary", "", "Rosemarie", "Schlichting", "Springfield", "65807", "1955-03-12", "3310 S Kansas Ave", False),
    ("SGF008", "Rosemarie", "", "Schlichting", "", "Vogel", "Gerhard", "Schlichting", "Springfield", "65807", "1957-07-25", "3310 S Kansas Ave", False),
    ("SGF009", "Theresa", "", "Brockmeyer", "", "Vogel", "Leonard", "Brockmeyer", "Willard", "65781", "1960-01-19", "208 Miller Rd", False),
    ("SGF010", "Lijon", "", "Kabelok", "", "", "Hemos", "Kabelok", "Springfield", "65802", "1971-05-05", "1544 W Division St", False),
    ("SGF011", "Hemos", "", "Kabelok", "", "", "Lijon", "Kabelok", "Springfield", "65802", "1969-10-10", "1544 W Division St", False),
    ("SGF012", "Thanh", "Van", "Nguyen", "Tony", "", "Lan", "Nguyen", "Springfield", "65804", "1963-12-01", "4120 S Fremont Ave", False),
    ("SGF013", "Lan", "Thi", "Nguyen", "", "Pham", "Thanh", "Nguyen", "Springfield", "65804", "1967-02-14", "4120 S Fremont Ave", False),
    ("SGF014", "Earl", "Wayne", "Calloway", "Buck", "", "Loretta", "Calloway", "Branson", "65616", "1948-05-28", "77 Jubilee Ridge Rd", False),
    ("SGF015", "Loretta", "", "Calloway", "", "Sizemore", "Earl", "Calloway", "Branson", "65616", "1951-08-08", "77 Jubilee Ridge Rd", False),
    ("SGF016", "Marisol", "", "Ortega Ibanez", "", "", "Rafael", "Ortega", "Ozark", "65721", "1982-06-30", "905 W Jackson St", False),
    ("SGF017", "Patrick", "", "ODell", "Pat", "", "", "", "Battlefield", "65619", "1961-04-17", "5120 S Tower Dr", False),
    ("SGF018", "Vernon", "", "Hufford", "Vern", "", "", "", "Springfield", "65810", "1952-07-07", "2901 E Republic Rd", True),
    ("SGF019", "Tyler", "", "Massey", "", "", "Jennifer", "Massey", "Nixa", "65714", "1968-10-02", "1402 N Cheyenne Rd", False),
    ("SGF020", "Donna Sue", "", "Whitlock", "", "", "", "", "Branson", "65616", "1950-09-09", "14 Bee Creek Rd", False),
    ("SGF021", "Clarence", "L.", "Eudy", "", "", "Opal", "Eudy", "Springfield", "65809", "1947-01-22", "3725 E Cherry St", False),
    ("SGF022", "Mary Beth", "", "Stottlemyre", "", "", "Kirk", "Stottlemyre", "Springfield", "65809", "1976-03-03", "1880 S Ridgeview Ave", False),
    ("SGF023", "Jimmy Ray", "", "Fentress", "", "", "Darla", "Fentress", "Ozark", "65721", "1958-12-12", "310 E Brick St", False),
    ("SGF024", "Gloria", "", "Stumpe", "", "", "", "", "Republic", "65738", "1944-02-02", "1119 N Main Ave", False),
]

# hand-set coordinates: Battlefield (the city, south of Springfield; ZIP 65619's centroid is at Brookline, further west)
COORD_OVERRIDES = {
    "SGF017": (37.1160, -93.3705),
}
BLANK_COORDS = {"SGF021"}          # coordinates derived from the ZIP
BLANK_FIPS = {"SGF009"}            # county derived from the ZIP
NO_BIRTH = {"SGF017", "SGF024"}
NO_PHONE = {"SGF016", "SGF020"}
NO_ADDRESS = {"SGF019", "SGF024"}
