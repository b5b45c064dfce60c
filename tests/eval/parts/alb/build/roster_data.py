"""Hand-written roster for eval part alb (Capital Region NY; all people invented; places, ZIPs, FIPS real)."""

ADV_A = "d.vanderpoel@hudsonmohawkwealth.example"   # Albany and Rensselaer counties
ADV_B = "r.kaminski@hudsonmohawkwealth.example"     # Schenectady and Saratoga counties

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("ALB001", "Anthony", "P.", "Ciccone Jr.", "Tony", "", "Theresa", "Ciccone", "Schenectady", "12304", "1956-02-11", "1418 Union St", False, ADV_B),
    ("ALB002", "Theresa", "", "Ciccone", "Terry", "Mastrangelo", "Anthony", "Ciccone Jr.", "Schenectady", "12304", "1958-09-03", "1418 Union St", False, ADV_B),
    ("ALB003", "Stanley", "J.", "Wojcik", "Stan", "", "Dorothy", "Wojcik", "Cohoes", "12047", "1941-06-12", "37 Vliet Blvd", False, ADV_A),
    ("ALB004", "Dorothy", "", "Wojcik", "Dot", "Nowak", "Stanley", "Wojcik", "Cohoes", "12047", "1943-11-27", "37 Vliet Blvd", False, ADV_A),
    ("ALB005", "Mary Jo", "", "Sokolowski", "", "", "", "", "Cohoes", "12047", "1963-04-30", "112 Columbia St", False, ADV_A),
    ("ALB006", "Devendra", "", "Persaud", "Dev", "", "Indira", "Persaud", "Schenectady", "12307", "1966-08-19", "914 Albany St", False, ADV_B),
    ("ALB007", "Indira", "", "Persaud", "", "Ramnarine", "Devendra", "Persaud", "Schenectady", "12307", "1969-01-05", "914 Albany St", False, ADV_B),
    ("ALB008", "Roopnarine", "", "Baichan", "Roop", "", "Savitri", "Baichan", "Schenectady", "12303", "1960-12-14", "2201 Broadway", False, ADV_B),
    ("ALB009", "Kathleen", "M.", "ONeill", "Kitty", "Dwyer", "", "", "Troy", "12180", "1951-03-17", "56 Pawling Ave", False, ADV_A),
    ("ALB010", "Michael", "", "Flanagan Sr.", "Mike", "", "Eileen", "Flanagan", "Troy", "12182", "1948-07-22", "411 Pawling Ave", False, ADV_A),
    ("ALB011", "Cornelia", "", "Ten Eyck", "Nell", "", "", "", "Albany", "12203", "1947-10-09", "19 Ridgefield St", False, ADV_A),
    ("ALB012", "Peter", "", "Schermerhorn", "Pete", "", "Lynn", "Schermerhorn", "Clifton Park", "12065", "1959-05-16", "8 Fairway Ct", False, ADV_B),
    ("ALB013", "James", "", "Van Wie", "Jim", "", "Carol", "Van Wie", "Saratoga Springs", "12866", "1953-02-02", "77 Phila St", False, ADV_B),
    ("ALB014", "Carol", "", "Van Wie", "", "Hoyt", "James", "Van Wie", "Saratoga Springs", "12866", "1954-06-25", "77 Phila St", False, ADV_B),
    ("ALB015", "Bernice", "", "Jeffries", "", "Whitlock", "", "", "Albany", "12210", "1939-08-08", "64 Clinton Ave", False, ADV_A),
    ("ALB016", "Lamont", "", "Pettaway", "", "", "Gloria", "Pettaway", "Albany", "12210", "1957-04-04", "23 First St", False, ADV_A),
    ("ALB017", "Gloria", "", "Pettaway", "", "Hairston", "Lamont", "Pettaway", "Albany", "12210", "1959-12-01", "23 First St", False, ADV_A),
    ("ALB018", "Marisol", "", "Rivera Colón", "", "", "", "", "Albany", "12205", "1978-10-12", "5 Wolf Rd Apt 3B", False, ADV_A),
    ("ALB019", "Brian", "", "Fitzgerald", "", "", "", "", "Troy", "12180", "1961-01-29", "14 Ida St", True, ADV_A),
    ("ALB020", "Joseph", "", "Battaglia", "Joe", "", "Angela", "Battaglia", "Schenectady", "12309", "1955-09-14", "1290 Balltown Rd", False, ADV_B),
    ("ALB021", "Christine", "A.", "Zielinski", "Chris", "", "", "", "Troy", "12182", "1949-05-05", "29 Glenmore Rd", False, ADV_A),
    ("ALB022", "Dolores", "", "Rinaldi", "Dee", "Carbone", "", "", "Albany", "12208", "1944-03-19", "220 Whitehall Rd", False, ADV_A),
    ("ALB023", "Patrick", "", "Gilligan", "Paddy", "", "Maureen", "Gilligan", "Troy", "12180", "1962-11-02", "88 Fourth St", False, ADV_A),
    ("ALB024", "Tomasz", "", "Nowicki", "Tom", "", "Susan", "Nowicki", "Clifton Park", "12065", "1974-07-07", "3 Van Patten Dr", False, ADV_B),
]

# clients whose coordinates are left blank (derived from the ZIP)
BLANK_COORDS = {"ALB011", "ALB021"}
BLANK_FIPS = {"ALB024"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"ALB008", "ALB023"}
NO_PHONE = {"ALB018", "ALB022"}
NO_ADDRESS = {"ALB019"}
