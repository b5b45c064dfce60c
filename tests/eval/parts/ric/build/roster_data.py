"""Hand-written roster for the ric part (all people invented; places, ZIPs, FIPS real).

Region: Richmond, Henrico, Chesterfield, Mechanicsville, Glen Allen, Petersburg and Ashland, Virginia."""

ADV_A = "c.lightfoot@jamesriverfall.example"   # old Richmond families, Hanover, Petersburg
ADV_B = "t.vo@jamesriverfall.example"          # Henrico, Chesterfield, Southside

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("RIC001", "Randolph", "Carter", "Byrd IV", "Rand", "", "Eleanor", "Byrd", "Richmond", "VA", "23221", "1955-04-12", "3104 Monument Ave", False, ADV_A),
    ("RIC002", "Eleanor", "", "Byrd", "Nell", "Tabb", "Randolph", "Byrd IV", "Richmond", "VA", "23221", "1957-11-02", "3104 Monument Ave", False, ADV_A),
    ("RIC003", "Thomas", "Nelson", "Harrison III", "Tom", "", "Anne", "Harrison", "Henrico", "VA", "23229", "1949-09-30", "8 Ridgeway Rd", False, ADV_A),
    ("RIC004", "Mary Beth", "", "Pryor", "", "Saunders", "William", "Pryor", "Midlothian", "VA", "23113", "1959-06-21", "2411 Salisbury Rd", False, ADV_B),
    ("RIC005", "William", "", "Pryor", "Bill", "", "Mary Beth", "Pryor", "Midlothian", "VA", "23113", "1957-02-08", "2411 Salisbury Rd", False, ADV_B),
    ("RIC006", "Alfred", "", "Mosby Jr.", "Al", "", "Gloria", "Mosby", "Richmond", "VA", "23220", "1961-08-15", "514 W Clay St", False, ADV_A),
    ("RIC007", "Gloria", "", "Mosby", "", "Crump", "Alfred", "Mosby Jr.", "Richmond", "VA", "23220", "1963-03-27", "514 W Clay St", False, ADV_A),
    ("RIC008", "Leroy", "", "Tinsley", "", "", "Bernice", "Tinsley", "Petersburg", "VA", "23803", "1938-02-14", "1207 Halifax St", False, ADV_A),
    ("RIC009", "Bernice", "", "Tinsley", "Niecy", "Jones", "Leroy", "Tinsley", "Petersburg", "VA", "23803", "1941-07-09", "1207 Halifax St", False, ADV_A),
    ("RIC010", "Minh", "Van", "Nguyen", "", "", "Lan", "Nguyen", "Glen Allen", "VA", "23060", "1963-01-19", "4620 Cox Rd", False, ADV_B),
    ("RIC011", "Lan", "Thi", "Nguyen", "", "Tran", "Minh", "Nguyen", "Glen Allen", "VA", "23060", "1966-05-05", "4620 Cox Rd", False, ADV_B),
    ("RIC012", "Thuy", "", "Pham", "", "", "", "", "Chesterfield", "VA", "23832", "1972-10-10", "9931 Iron Bridge Rd", False, ADV_B),
    ("RIC013", "Daniel", "", "Rosenbaum", "Danny", "", "Rachel", "Rosenbaum", "Richmond", "VA", "23226", "1966-12-03", "6 Malvern Ave", False, ADV_A),
    ("RIC014", "Rachel", "", "Rosenbaum", "", "Adler", "Daniel", "Rosenbaum", "Richmond", "VA", "23226", "1968-04-17", "6 Malvern Ave", False, ADV_A),
    ("RIC015", "Shirley", "", "Kaplan", "", "Adler", "", "", "Henrico", "VA", "23229", "1938-05-30", "1600 Westbrook Ave Apt 312", False, ADV_A),
    ("RIC016", "Jose Roberto", "", "Hernandez Portillo", "Beto", "", "Marisol", "Alvarado", "Richmond", "VA", "23224", "1970-03-19", "4417 Hull St Rd", False, ADV_B),
    ("RIC017", "Marisol", "", "Alvarado", "", "", "Jose Roberto", "Hernandez Portillo", "Richmond", "VA", "23224", "1974-09-12", "4417 Hull St Rd", False, ADV_B),
    ("RIC018", "Carlos", "Ernesto", "Ayala", "", "", "Yesenia", "Ayala", "Richmond", "VA", "23225", "1979-07-01", "5210 Forest Hill Ave", False, ADV_B),
    ("RIC019", "Katharine", "Page", "Carrington", "Kit", "Dunnavant", "Robert", "Carrington", "Ashland", "VA", "23005", "1944-01-22", "305 S Center St", False, ADV_A),
    ("RIC020", "Darnell", "", "ONeal", "", "", "Keisha", "ONeal", "Mechanicsville", "VA", "23111", "1978-10-30", "7390 Cold Harbor Rd", False, ADV_B),
    ("RIC021", "Franklin", "", "Pettus", "Frank", "", "", "", "Petersburg", "VA", "23805", "1969-04-04", "2410 Johnson Rd", True, ADV_A),
    ("RIC022", "Harriet", "", "Braxton", "Hattie", "", "", "", "Richmond", "VA", "23222", "1950-06-18", "2914 Chamberlayne Ave", False, ADV_A),
    ("RIC023", "Samuel", "", "Goldfarb", "Sam", "", "Judith", "Goldfarb", "Glen Allen", "VA", "23059", "1952-08-08", "11204 Greenwood Rd", False, ADV_B),
]

# Henrico 23229's centroid in the zipcodes package lies south of the river; these clients' homes are set by hand
# in the West End (near Three Chopt Rd / Westbrook Ave). RIC023 sits in north Glen Allen.
COORD_OVERRIDES = {"RIC003": (37.5902, -77.5561), "RIC015": (37.5851, -77.5172)}
BLANK_COORDS = {"RIC008", "RIC022"}
BLANK_FIPS = {"RIC019"}
NO_BIRTH = {"RIC012", "RIC018", "RIC020"}
NO_PHONE = {"RIC017", "RIC023"}
NO_ADDRESS = {"RIC022"}
