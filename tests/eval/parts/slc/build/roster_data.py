"""Hand-written roster for the slc part (all people invented; places, ZIPs, FIPS real).

Region: Salt Lake, Weber, Utah and Cache Counties, Utah (NWS Salt Lake City)."""

NORTH = "c.whitmore@bonnevillewealth.example"   # Cache, Weber, Utah Counties
VALLEY = "d.okada@bonnevillewealth.example"     # Salt Lake County

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("SLC001", "Reed", "Lyman", "Hatch", "", "", "Marilyn", "Hatch", "Logan", "UT", "84321", "1944-01-14", "455 E 400 N", False, NORTH),
    ("SLC002", "Marilyn", "", "Hatch", "", "Burningham", "Reed", "Hatch", "Logan", "UT", "84321", "1946-06-02", "455 E 400 N", False, NORTH),
    ("SLC003", "LaRae", "", "Jensen", "", "Sorensen", "Dale", "Jensen", "Sandy", "UT", "84093", "1958-09-12", "1872 E Creek Rd", False, VALLEY),
    ("SLC004", "Orrin", "D.", "Kimball Jr.", "", "", "Sheree", "Kimball", "Ogden", "UT", "84403", "1961-04-30", "4120 Jefferson Ave", False, NORTH),
    ("SLC005", "Sheree", "", "Kimball", "", "Pace", "Orrin", "Kimball Jr.", "Ogden", "UT", "84403", "1963-11-08", "4120 Jefferson Ave", False, NORTH),
    ("SLC006", "Mary Ann", "", "Call", "", "Poulsen", "Russell", "Call", "Provo", "UT", "84604", "1952-03-03", "2250 N 650 E", False, NORTH),
    ("SLC007", "Tyler", "", "Nielsen", "", "", "Karen", "Nielsen", "Murray", "UT", "84107", "1961-07-21", "5480 S Vine St", False, VALLEY),
    ("SLC008", "Sione", "", "Taufa", "", "", "Mele", "Taufa", "West Valley City", "UT", "84120", "1970-02-17", "3655 W 3500 S", False, VALLEY),
    ("SLC009", "Mele", "", "Taufa", "", "Havili", "Sione", "Taufa", "West Valley City", "UT", "84120", "1972-10-05", "3655 W 3500 S", False, VALLEY),
    ("SLC010", "Tavita", "", "Faalogo", "", "", "", "", "Kearns", "UT", "84118", "", "5110 S 4800 W", False, VALLEY),
    ("SLC011", "Konstantinos", "", "Lambrakis", "Gus", "", "Georgia", "Lambrakis", "Magna", "UT", "84044", "1949-08-15", "8900 W 2700 S", False, VALLEY),
    ("SLC012", "Despina", "", "Nikolaidis", "", "Kouris", "", "", "Salt Lake City", "UT", "84106", "1955-05-21", "1530 E Ramona Ave", False, VALLEY),
    ("SLC013", "Rosa Elena", "", "Castaneda Ruiz", "", "", "", "", "Ogden", "UT", "84401", "1976-12-12", "2744 Monroe Blvd", False, NORTH),
    ("SLC014", "Luis", "Alberto", "Zamora Reyes", "", "", "Patricia", "Zamora", "West Valley City", "UT", "84119", "1968-06-09", "2390 S Redwood Rd", False, VALLEY),
    ("SLC015", "Ramon", "", "Villalobos", "", "", "Irma", "Villalobos", "West Valley City", "UT", "84119", "1950-01-28", "3320 S 2700 W", False, VALLEY),
    ("SLC016", "Irma", "", "Villalobos", "", "Gallegos", "Ramon", "Villalobos", "West Valley City", "UT", "84119", "1953-09-30", "3320 S 2700 W", False, VALLEY),
    ("SLC017", "Steven", "Masao", "Tateoka", "Steve", "", "Joyce", "Tateoka", "Murray", "UT", "84107", "1956-03-25", "620 E Vine St", False, VALLEY),
    ("SLC018", "Joyce", "", "Tateoka", "", "Sakashita", "Steven", "Tateoka", "Murray", "UT", "84107", "1958-07-14", "620 E Vine St", False, VALLEY),
    ("SLC019", "Bradley", "", "Ashworth", "Brad", "", "Karen", "Ashworth", "Sandy", "UT", "84092", "1959-10-02", "11030 S Wasatch Blvd", False, VALLEY),
    ("SLC020", "Jennifer", "", "Ostler", "Jen", "", "", "", "Salt Lake City", "UT", "84108", "", "", False, VALLEY),
    ("SLC021", "Darrell", "", "Bingham", "", "", "Jean", "Bingham", "Logan", "UT", "84341", "1947-02-11", "1290 N 1200 E", True, NORTH),
    ("SLC022", "Hyrum", "", "Tolman", "Hy", "", "Camille", "Tolman", "Provo", "UT", "84606", "1979-05-19", "1455 S State St", False, NORTH),
    ("SLC023", "Losaline", "", "Vainikolo", "Lose", "Havili", "Semisi", "Vainikolo", "West Valley City", "UT", "84120", "1975-04-01", "4015 S 5600 W", False, VALLEY),
    ("SLC024", "Lorraine", "", "Whitesides", "", "", "", "", "Logan", "UT", "84341", "1938-04-09", "880 N 600 E", False, NORTH),
]

BLANK_COORDS = {"SLC013"}                         # ZIP centroid used
COORD_OVERRIDES = {"SLC014": (40.6961, -111.9452)}  # east WVC near Redwood Rd: outside the storm polygon
NO_PHONE = {"SLC012", "SLC023"}
