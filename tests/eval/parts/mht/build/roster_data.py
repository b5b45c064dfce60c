"""Hand-written roster for part mht (all people invented; places, ZIPs, FIPS real).

Region: Manchester, Nashua, Concord, Bedford, Hooksett, Goffstown, Bow and Derry, New Hampshire."""

ADV_A = "d.lacasse@merrimackridge.example"   # Denis Lacasse
ADV_B = "s.kallas@merrimackridge.example"    # Sophia Kallas

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("MHT001", "Roland", "J.", "Bergeron", "Rollie", "", "Theresa", "Bergeron", "Manchester", "NH", "03102", "1946-04-12", "118 Notre Dame Ave", False, ADV_A),
    ("MHT002", "Theresa", "", "Bergeron", "Terry", "Lavoie", "Roland", "Bergeron", "Manchester", "NH", "03102", "1948-09-03", "118 Notre Dame Ave", False, ADV_A),
    ("MHT003", "Marie Claire", "", "Paquette", "", "Dionne", "Gerard", "Paquette", "Goffstown", "NH", "03045", "1953-06-21", "27 Mast Rd", False, ADV_A),
    ("MHT004", "Lucien", "", "Pelletier Jr.", "Lou", "", "Denise", "Pelletier", "Hooksett", "NH", "03106", "1960-01-30", "14 Merrimack St", False, ADV_A),
    ("MHT005", "Denise", "", "Pelletier", "", "Gagne", "Lucien", "Pelletier Jr.", "Hooksett", "NH", "03106", "1961-11-08", "14 Merrimack St", False, ADV_A),
    ("MHT006", "Constantine", "", "Stavropoulos", "Dino", "", "Eleni", "Stavropoulos", "Manchester", "NH", "03104", "1950-03-25", "402 Hanover St", False, ADV_B),
    ("MHT007", "Eleni", "", "Stavropoulos", "Helen", "Karras", "Constantine", "Stavropoulos", "Manchester", "NH", "03104", "1952-08-15", "402 Hanover St", False, ADV_B),
    ("MHT008", "Nicholas", "", "Kouris", "Nick", "", "", "", "Nashua", "NH", "03062", "1979-12-06", "15 Concord St", False, ADV_B),
    ("MHT009", "Athena", "", "Demopoulos", "", "", "Peter", "Demopoulos", "Bedford", "NH", "03110", "1968-05-02", "61 Wallace Rd", False, ADV_B),
    ("MHT010", "Tika Ram", "", "Adhikari", "", "", "Bishnu Maya", "Adhikari", "Concord", "NH", "03301", "1961-02-14", "33 Allison St", False, ADV_B),
    ("MHT011", "Bishnu Maya", "", "Adhikari", "", "Dahal", "Tika Ram", "Adhikari", "Concord", "NH", "03301", "1965-07-19", "33 Allison St", False, ADV_B),
    ("MHT012", "Suraj", "", "Ghimire", "", "", "", "", "Manchester", "NH", "03103", "", "250 Valley St", False, ADV_B),
    ("MHT013", "Kathleen", "", "OConnell", "Kitty", "Callahan", "", "", "Nashua", "NH", "03060", "1944-10-01", "", False, ADV_A),
    ("MHT014", "Brendan", "M.", "Doherty", "", "", "Maureen", "Doherty", "Derry", "NH", "03038", "1963-04-09", "12 Hood Rd", False, ADV_A),
    ("MHT015", "Margaret", "", "Callahan", "Peggy", "Rourke", "Francis", "Callahan", "Bow", "NH", "03304", "1943-12-11", "5 White Rock Hill Rd", False, ADV_A),
    ("MHT016", "Francis", "X.", "Callahan", "Frank", "", "Margaret", "Callahan", "Bow", "NH", "03304", "1941-02-17", "5 White Rock Hill Rd", False, ADV_A),
    ("MHT017", "Harold", "", "Batchelder", "Hal", "", "Ruth Ann", "Batchelder", "Goffstown", "NH", "03045", "1949-09-27", "410 Parker Station Rd", False, ADV_A),
    ("MHT018", "Ruth Ann", "", "Batchelder", "", "Fogg", "Harold", "Batchelder", "Goffstown", "NH", "03045", "1951-01-05", "410 Parker Station Rd", False, ADV_A),
    ("MHT019", "Wendell", "", "Emery", "", "", "", "", "Derry", "NH", "03038", "1938-07-22", "88 East Derry Rd", True, ADV_A),
    ("MHT020", "Carmen", "", "Rivera Ortiz", "", "", "", "", "Nashua", "NH", "03060", "1972-09-30", "17 Ledge St", False, ADV_B),
    ("MHT021", "Jean-Paul", "", "Cote", "", "", "Lorraine", "Cote", "Manchester", "NH", "03103", "1955-02-02", "73 Wilson St", False, ADV_A),
    ("MHT022", "Yvette", "", "Roy", "", "Lemieux", "Armand", "Roy", "Manchester", "NH", "03102", "1957-05-13", "230 Kelley St", False, ADV_A),
    ("MHT023", "Dimitrios", "", "Karras", "Jim", "", "", "", "Nashua", "NH", "03062", "1955-11-20", "", False, ADV_B),
    ("MHT024", "Michelle", "", "St. Pierre", "Shelly", "", "Raymond", "St. Pierre", "Bedford", "NH", "03110", "", "19 Old Bedford Rd", False, ADV_B),
]

# clients whose coordinates are left blank (derived from the ZIP by the engine)
BLANK_COORDS = {"MHT019", "MHT022"}
# hand-set household coordinates (lat, lon) that differ clearly from the ZIP centroid
COORD_OVERRIDES = {
    "MHT023": (42.7030, -71.4520),   # far south Nashua near the Massachusetts line, inside the July storm polygon
    "MHT008": (42.7700, -71.4650),   # Concord Street, north Nashua: outside the July polygon though ZIP 03062's centroid is inside
}
# clients without a phone in the CRM (birth_date blanks are the empty strings above; address blanks likewise)
NO_PHONE = {"MHT012", "MHT020"}
