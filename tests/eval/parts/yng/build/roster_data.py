"""Hand-written roster for the yng part (Youngstown, Ohio and around). All people invented; places, ZIPs, FIPS real."""

ADVISER = "c.vargo@mahoningtrust.example"
ADVISER_PA = "c.vargo@mahoningtrust.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("YNG001", "Pasquale", "", "Cervellino", "Pat", "", "Rosemarie", "Cervellino", "Boardman", "OH", "44512", "1948-03-14", "7310 Glenwood Ave", False),
    ("YNG002", "Rosemarie", "", "Cervellino", "", "DiRenzo", "Pasquale", "Cervellino", "Boardman", "OH", "44512", "1950-09-02", "7310 Glenwood Ave", False),
    ("YNG003", "Stefan", "", "Zelenak", "Steve", "", "Dorothy", "Zelenak", "Struthers", "OH", "44471", "1944-11-20", "415 Creed Cir", False),
    ("YNG004", "Dorothy", "", "Zelenak", "Dottie", "Kolesar", "Stefan", "Zelenak", "Struthers", "OH", "44471", "1946-05-07", "415 Creed Cir", False),
    ("YNG005", "Eleni", "", "Stamatakos", "", "Karras", "George", "Stamatakos", "Canfield", "OH", "44406", "1963-04-22", "18 Lisbon St", False),
    ("YNG006", "Rashid", "", "Abounader", "Ray", "", "Laila", "Abounader", "Austintown", "OH", "44515", "1955-01-30", "5522 Mahoning Ave", False),
    ("YNG007", "Odessa", "Mae", "Pinkston", "", "", "", "", "Youngstown", "OH", "44505", "1941-08-19", "1128 Ohio Ave", False),
    ("YNG008", "Lamont", "D.", "Everhart", "", "", "Celestine", "Everhart", "Youngstown", "OH", "44504", "1969-12-03", "250 Elm St", False),
    ("YNG009", "Wilfredo", "", "Quiñones Maldonado", "Freddie", "", "Marisol", "Quiñones", "Youngstown", "OH", "44505", "1968-07-15", "1304 Ohio Ave", False),
    ("YNG010", "Marisol", "", "Quiñones", "", "Batista", "Wilfredo", "Quiñones Maldonado", "Youngstown", "OH", "44505", "1970-02-26", "1304 Ohio Ave", False),
    ("YNG011", "Raymond", "", "Trbovich Jr.", "Ray", "", "Snezana", "Trbovich", "Niles", "OH", "44446", "1961-10-09", "88 Robbins Ave", False),
    ("YNG012", "Mary Jo", "", "Pavlicek", "", "", "", "", "Girard", "OH", "44420", "1966-06-13", "231 N State St", False),
    ("YNG013", "Leonard", "", "Szymborski", "Len", "", "Carol", "Szymborski", "Poland", "OH", "44514", "1958-02-11", "27 Water St", False),
    ("YNG014", "Walter", "", "Marchionda", "Wally", "", "Loretta", "Marchionda", "Canfield", "OH", "44406", "1938-06-02", "402 W Main St", False),
    ("YNG015", "Loretta", "", "Marchionda", "", "Guarnieri", "Walter", "Marchionda", "Canfield", "OH", "44406", "1941-01-17", "402 W Main St", False),
    ("YNG016", "Dennis", "", "Kapolka", "Denny", "", "Sharon", "Kapolka", "North Jackson", "OH", "44451", "1971-03-28", "10950 Mahoning Ave", False),
    ("YNG017", "Curtis", "", "Boyce", "", "", "Yolanda", "Boyce", "Warren", "OH", "44483", "1972-05-19", "2440 Atlantic St NE", False),
    ("YNG018", "Yolanda", "", "Boyce", "", "Farrington", "Curtis", "Boyce", "Warren", "OH", "44483", "1974-09-08", "2440 Atlantic St NE", False),
    ("YNG019", "Eugene", "", "Patrylak", "Gene", "", "", "", "Hubbard", "OH", "44425", "", "61 Orchard Ave", False),
    ("YNG020", "Bohdan", "", "Hnatiuk", "Bob", "", "Maria", "Hnatiuk", "Hermitage", "PA", "16148", "1956-12-01", "3030 E State St", False),
    ("YNG021", "Marguerite", "", "Oravec", "Peggy", "", "Joseph", "Oravec", "Lowellville", "OH", "44436", "1951-04-04", "12 Jackson St", False),
    ("YNG022", "Thaddeus", "", "Wojnarowski", "Ted", "", "", "", "Campbell", "OH", "44405", "1960-08-24", "309 Penhale Ave", True),
]

# hand-set coordinates (lat, lon); the others sit within ~500 m of the ZIP centroid
COORD_OVERRIDES = {
    "YNG013": (41.0248, -80.6141),   # Poland village, near the Yellow Creek; inside the June storm polygon
}
BLANK_COORDS = {"YNG019"}           # Hubbard: no coordinates in the CRM (ZIP centroid is used)
NO_PHONE = {"YNG007"}
