"""Hand-written roster for part whe (West Virginia's northern panhandle). People invented; ZIPs/FIPS real."""

ADV = "r.cerullo@ohiovalleywealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("WHE001", "Dominic", "Anthony", "Petrosky", "Dom", "", "Loretta", "Petrosky", "Wheeling", "WV", "26003", "1951-06-14", "41 Edgington Lane", False),
    ("WHE002", "Loretta", "Ann", "Petrosky", "", "Zambito", "Dominic", "Petrosky", "Wheeling", "WV", "26003", "1953-11-02", "41 Edgington Lane", False),
    ("WHE003", "Casimir", "Joseph", "Wojtaszek", "Casey", "", "Helen", "Wojtaszek", "Weirton", "WV", "26062", "1946-02-11", "318 Culler Road", False),
    ("WHE004", "Helen", "Marie", "Wojtaszek", "", "Kovalchick", "Casimir", "Wojtaszek", "Weirton", "WV", "26062", "1947-08-23", "318 Culler Road", False),
    ("WHE005", "Mary Beth", "", "Haught", "", "Criswell", "", "", "Moundsville", "WV", "26041", "1949-09-30", "1204 Tomlinson Avenue", False),
    ("WHE006", "Virgil", "Lee", "Ruckman Jr.", "", "", "Darla", "Ruckman", "Moundsville", "WV", "26041", "1958-03-17", "77 Roberts Avenue", False),
    ("WHE007", "Darla", "Kay", "Ruckman", "", "Yoho", "Virgil", "Ruckman Jr.", "Moundsville", "WV", "26041", "1960-05-05", "77 Roberts Avenue", False),
    ("WHE008", "Theodora", "", "Marple", "Teddi", "", "Gary", "Marple", "Wellsburg", "WV", "26070", "1962-12-09", "905 Charles Street", False),
    ("WHE009", "Stavros", "", "Kondilis", "Steve", "", "Eleni", "Kondilis", "Weirton", "WV", "26062", "1955-04-28", "22 Pennsylvania Avenue", False),
    ("WHE010", "Eleni", "", "Kondilis", "", "Pappas", "Stavros", "Kondilis", "Weirton", "WV", "26062", "1958-01-15", "22 Pennsylvania Avenue", False),
    ("WHE011", "Bernadine", "Frances", "Zitko", "Bernie", "Hornick", "", "", "Follansbee", "WV", "26037", "1939-04-02", "610 Main Street", False),
    ("WHE012", "Harlan", "Dale", "Shreve", "", "", "Opal", "Shreve", "New Martinsville", "WV", "26155", "1944-01-19", "12 Clearview Drive", False),
    ("WHE013", "Opal", "Jean", "Shreve", "", "Wade", "Harlan", "Shreve", "New Martinsville", "WV", "26155", "1946-07-07", "12 Clearview Drive", False),
    ("WHE014", "Anna Maria", "", "Fabbro", "", "", "", "", "Benwood", "WV", "26031", "1960-10-21", "", False),
    ("WHE015", "Lukas", "James", "Hupp", "Luke", "", "Kristen", "Hupp", "Triadelphia", "WV", "26059", "1979-02-03", "9 Dallas Pike Road", False),
    ("WHE016", "Gerald", "", "Blatt", "Jerry", "", "", "", "Glen Dale", "WV", "26038", "1953-06-30", "400 Wheeling Avenue", True),
    ("WHE017", "Raymond", "Earl", "Fonner", "", "", "", "", "Wheeling", "WV", "26003", "", "88 Lava Avenue", False),
    ("WHE018", "Jolene", "", "Stidd", "", "", "", "", "Chester", "WV", "26034", "1970-08-08", "515 Carolina Avenue", False),
    ("WHE019", "Ignatius", "Paul", "Mroczek", "Iggy", "", "Dolores", "Mroczek", "Weirton", "WV", "26062", "1950-07-31", "1630 Orchard Street", False),
    ("WHE020", "Dolores", "", "Mroczek", "", "Hrabovsky", "Ignatius", "Mroczek", "Weirton", "WV", "26062", "1952-03-03", "1630 Orchard Street", False),
    ("WHE021", "Wendell", "Ray", "Gorby", "", "", "Sharon", "Gorby", "New Cumberland", "WV", "26047", "1967-05-19", "203 North Chester Street", False),
    ("WHE022", "Carla Jean", "", "Estep", "", "Sine", "Rodney", "Estep", "McMechen", "WV", "26040", "1975-09-12", "311 Marshall Street", False),
]
NO_PHONE = {"WHE021", "WHE014"}
BLANK_COORDS = {"WHE018"}
