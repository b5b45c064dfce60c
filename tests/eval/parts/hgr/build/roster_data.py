"""Hand-written roster for the hgr part (Hagerstown and the Cumberland Valley, Md., with the Pennsylvania end of the
valley at Waynesboro and Greencastle). All people invented; places, ZIPs and county FIPS real."""

ADV = {
    "MD": "m.hollinger@antietamcreekwealth.example",
    "PA": "k.burkholder@antietamcreekwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("HGR001", "Delmar", "W.", "Ridenour Jr.", "Del", "", "Arlene", "Ridenour", "Hagerstown", "MD", "21740", "1945-07-21", "1127 Oak Hill Ave", False),
    ("HGR002", "Arlene", "", "Ridenour", "", "Hykes", "Delmar", "Ridenour Jr.", "Hagerstown", "MD", "21740", "1947-02-11", "1127 Oak Hill Ave", False),
    ("HGR003", "Wilbur", "E.", "Poffenberger", "", "", "Naomi", "Poffenberger", "Keedysville", "MD", "21756", "1940-08-02", "18840 Mount Briar Rd", False),
    ("HGR004", "Naomi", "", "Poffenberger", "", "Stouffer", "Wilbur", "Poffenberger", "Keedysville", "MD", "21756", "1942-05-30", "18840 Mount Briar Rd", False),
    ("HGR005", "Mary Lou", "", "Snavely", "", "Baer", "", "", "Smithsburg", "MD", "21783", "1944-11-03", "22 N Main St", False),
    ("HGR006", "Thaddeus", "R.", "Kretzer", "Tad", "", "Lorraine", "Kretzer", "Boonsboro", "MD", "21713", "1963-04-14", "6410 Orchard Ridge Ln", False),
    ("HGR007", "Lorraine", "", "Kretzer", "Lorrie", "Wachtel", "Thaddeus", "Kretzer", "Boonsboro", "MD", "21713", "1965-09-01", "6410 Orchard Ridge Ln", False),
    ("HGR008", "Eldon", "J.", "Strite", "", "", "", "", "Williamsport", "MD", "21795", "1952-09-25", "15 E Potomac St", False),
    ("HGR009", "Maricela", "", "Ocampo Reyes", "", "", "Ernesto", "Villalobos", "Hagerstown", "MD", "21740", "1984-12-08", "340 Jonathan St", False),
    ("HGR010", "Dwayne", "", "Bowman", "", "", "", "", "Hagerstown", "MD", "21742", "1960-01-19", "905 Hamilton Blvd", True),
    ("HGR011", "Curtis", "A.", "Shank", "Curt", "", "Tammy", "Shank", "Clear Spring", "MD", "21722", "1971-06-02", "12906 Big Spring Rd", False),
    ("HGR012", "Tammy", "", "Shank", "", "Funk", "Curtis", "Shank", "Clear Spring", "MD", "21722", "1973-10-27", "12906 Big Spring Rd", False),
    ("HGR013", "Gladys", "R.", "Eichelberger", "", "Rohrer", "", "", "Hancock", "MD", "21750", "1934-03-17", "118 W High St", False),
    ("HGR014", "Lamar", "", "Hoffman", "", "", "Denise", "Hoffman", "Hagerstown", "MD", "21742", "1966-08-09", "1403 Potomac Ave", False),
    ("HGR015", "Priya", "", "Venkataraman", "", "", "", "", "Hagerstown", "MD", "21742", "1976-02-22", "19 Fountain Head Rd", False),
    ("HGR016", "Clarence", "", "Wolfinger", "Buddy", "", "Jean", "Wolfinger", "Funkstown", "MD", "21734", "1947-12-05", "31 E Baltimore St", False),
    ("HGR017", "Jean", "", "Wolfinger", "", "Martin", "Clarence", "Wolfinger", "Funkstown", "MD", "21734", "1949-03-08", "31 E Baltimore St", False),
    ("HGR018", "Rosalind", "", "Kuhn", "Roz", "Mentzer", "Gerald", "Kuhn", "Waynesboro", "PA", "17268", "1948-06-16", "214 Clayton Ave", False),
    ("HGR019", "Harvey", "D.", "Leiter", "", "", "Carol", "Leiter", "Greencastle", "PA", "17225", "1958-04-04", "77 S Carlisle St", False),
    ("HGR020", "Anna Mae", "", "Reichard", "", "Gossard", "", "", "Williamsport", "MD", "21795", "1938-01-29", "8 S Conococheague St", False),
    ("HGR021", "Gordon", "", "Stottlemyer", "", "", "Patrice", "Stottlemyer", "Smithsburg", "MD", "21783", "1955-11-11", "12110 Foxville Rd", False),
    ("HGR022", "Patrice", "", "Stottlemyer", "", "Kline", "Gordon", "Stottlemyer", "Smithsburg", "MD", "21783", "1957-07-19", "12110 Foxville Rd", False),
    ("HGR023", "Terrence", "", "Mowen", "Terry", "", "Gail", "Mowen", "Hagerstown", "MD", "21740", "1972-05-05", "455 Burhans Blvd", False),
    ("HGR024", "Wesley", "", "Bumbaugh", "Wes", "", "Kayla", "Bumbaugh", "Hagerstown", "MD", "21742", "1994-09-30", "", False),
]

NO_BIRTH = {"HGR015", "HGR023"}
NO_PHONE = {"HGR009", "HGR020"}
BLANK_COORDS = {"HGR019"}      # Greencastle: left for the ZIP centroid
BLANK_FIPS: set[str] = set()
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
