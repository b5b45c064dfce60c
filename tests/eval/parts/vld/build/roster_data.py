"""Hand-written roster for the vld part: south Georgia (Valdosta, Tifton, Moultrie, Quitman, Adel).
All people invented; places, ZIPs and county FIPS real."""

ADV = {"GA": "w.holloway@liveoakcounsel.example"}
ADV_BY_CITY = {
    "Valdosta": "w.holloway@liveoakcounsel.example",
    "Quitman": "w.holloway@liveoakcounsel.example",
    "Tifton": "r.mccall@liveoakcounsel.example",
    "Adel": "r.mccall@liveoakcounsel.example",
    "Moultrie": "j.norman@liveoakcounsel.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("VLD001", "Thaddeus", "Lamar", "Ponder", "Tad", "", "Lurleen", "Ponder", "Quitman", "GA", "31643", "1946-04-12", "204 N Court St", False),
    ("VLD002", "Lurleen", "", "Ponder", "", "Strickland", "Thaddeus", "Ponder", "Quitman", "GA", "31643", "1949-09-03", "204 N Court St", False),
    ("VLD003", "Willis", "Earl", "Carraway Jr.", "Bubba", "", "Dorinda", "Carraway", "Moultrie", "GA", "31768", "1961-02-20", "1412 4th St SE", False),
    ("VLD004", "Dorinda", "", "Carraway", "", "", "Willis", "Carraway Jr.", "Moultrie", "GA", "31768", "1963-07-08", "1412 4th St SE", False),
    ("VLD005", "Ozella", "", "Grimsley", "", "Mathis", "", "", "Quitman", "GA", "31643", "1938-11-30", "611 W Screven St", False),
    ("VLD006", "Mary Alice", "", "Fountain", "", "", "Dewayne", "Fountain", "Tifton", "GA", "31794", "1968-05-14", "2304 Love Ave", False),
    ("VLD007", "Jerome", "", "Tuggle", "Romey", "", "Bernice", "Tuggle", "Adel", "GA", "31620", "1952-10-01", "305 E 4th St", False),
    ("VLD008", "Bernice", "", "Tuggle", "", "Hiers", "Jerome", "Tuggle", "Adel", "GA", "31620", "1954-03-22", "305 E 4th St", False),
    ("VLD009", "LaTonya", "", "McCrary", "", "", "Cedric", "McCrary", "Valdosta", "GA", "31601", "1980-06-17", "1107 Wainwright Dr", False),
    ("VLD010", "Cedric", "", "McCrary", "", "", "LaTonya", "McCrary", "Valdosta", "GA", "31601", "1978-12-09", "1107 Wainwright Dr", False),
    ("VLD011", "Harlan", "", "Vickers", "", "", "", "", "Tifton", "GA", "31794", "1955-08-08", "88 Carpenter Rd S", True),
    ("VLD012", "Corinne", "", "Bazemore-Lott", "", "Bazemore", "", "", "Valdosta", "GA", "31605", "1972-01-19", "4120 Bemiss Rd", False),
    ("VLD013", "Amos", "", "Kilgore", "", "", "Claudette", "Kilgore", "Quitman", "GA", "31643", "1959-04-04", "17 Jefferson St", False),
    ("VLD014", "Effie", "", "Harnage", "", "Royal", "", "", "Moultrie", "GA", "31768", "1941-12-15", "520 6th Ave NW", False),
    ("VLD015", "Beauford", "", "Sirmans", "Beau", "", "Patricia", "Sirmans", "Adel", "GA", "31620", "1950-07-19", "1650 Old Coffee Rd", False),
    ("VLD016", "Patricia", "", "Sirmans", "Patsy", "Lovett", "Beauford", "Sirmans", "Adel", "GA", "31620", "1952-02-11", "1650 Old Coffee Rd", False),
    ("VLD017", "Hemant", "", "Desai", "", "", "Falguni", "Desai", "Valdosta", "GA", "31602", "1969-03-30", "3300 N Oak St Ext", False),
    ("VLD018", "Maria Guadalupe", "", "Reyes Salgado", "Lupe", "", "", "", "Moultrie", "GA", "31768", "1976-12-12", "215 1st Ave SW", False),
    ("VLD019", "Clyde", "", "Purvis", "", "", "", "", "Valdosta", "GA", "31605", "1939-05-05", "5210 Hightower Rd", False),
    ("VLD020", "Annie Ruth", "", "Copeland", "", "Paulk", "", "", "Tifton", "GA", "31794", "1947-08-26", "510 W 12th St", False),
    ("VLD021", "Marcus", "", "Strickland", "", "", "", "", "Valdosta", "GA", "31601", "1986-10-10", "2409 Baytree Rd", False),
    ("VLD022", "Delia", "", "Hammock", "", "", "", "", "Quitman", "GA", "31643", "1991-03-15", "408 E Washington St", False),
    ("VLD023", "Tomeka", "", "Brinson", "", "", "", "", "Adel", "GA", "31620", "1983-09-09", "912 W 7th St", False),
    ("VLD024", "Gerald", "", "Whiddon", "Jerry", "", "Sharon", "Whiddon", "Moultrie", "GA", "31768", "1959-11-02", "3015 Tallokas Rd", False),
]

# rows that leave latitude/longitude blank (ZIP centroid used)
BLANK_COORDS = {"VLD023"}
# rows that leave county_fips blank (derived from the ZIP)
BLANK_FIPS = {"VLD020"}
# hand-set coordinates (lat, lon)
COORD_OVERRIDES = {
    "VLD014": (31.2175, -83.7905),   # north-west Moultrie, outside the tornado polygon though ZIP 31768's centroid is inside
}
NO_BIRTH = {"VLD019"}
NO_PHONE = {"VLD011", "VLD021"}
NO_ADDRESS = {"VLD012"}
