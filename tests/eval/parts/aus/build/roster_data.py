"""Hand-written roster for the `aus` eval part (Austin / Round Rock / Pflugerville / Georgetown / San Marcos /
Kyle / Bastrop, Texas). All people invented; places, ZIPs, FIPS real."""

# Travis, Hays and Bastrop clients -> Novak; Williamson clients -> Iyer
ADV_SOUTH = "m.novak@pecanstreetwealth.example"
ADV_NORTH = "s.iyer@pecanstreetwealth.example"
NORTH_CITIES = {"Round Rock", "Georgetown"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("AUS001", "Joseph", "", "Kocurek Jr.", "Joe", "", "Dorothy", "Kocurek", "Round Rock", "TX", "78664", "1955-03-12", "410 E Main St", False),
    ("AUS002", "Dorothy", "", "Kocurek", "Dottie", "Machacek", "Joseph", "Kocurek Jr.", "Round Rock", "TX", "78664", "1957-08-30", "410 E Main St", False),
    ("AUS003", "Friedrich", "", "Engelking", "Fritz", "", "Hilda", "Engelking", "Georgetown", "TX", "78628", "1941-06-02", "1207 S Church St", False),
    ("AUS004", "Margarethe", "", "Vogel", "Gretchen", "Engelking", "", "", "Pflugerville", "TX", "78660", "1949-11-04", "205 W Pecan St", False),
    ("AUS005", "Maria Guadalupe", "", "Rodriguez Salinas", "Lupe", "Hinojosa", "Ramiro", "Salinas", "Austin", "TX", "78702", "1952-12-12", "1812 E 7th St", False),
    ("AUS006", "Ramiro", "", "Salinas", "", "", "Maria Guadalupe", "Rodriguez Salinas", "Austin", "TX", "78702", "1950-04-19", "1812 E 7th St", False),
    ("AUS007", "Juan Carlos", "", "De la Garza", "", "", "", "", "Kyle", "TX", "78640", "1970-09-21", "300 W Center St", False),
    ("AUS008", "Rosa Elena", "", "Trevino Cantu", "", "", "Arturo", "Cantu", "San Marcos", "TX", "78666", "1963-05-08", "718 Bishop St", False),
    ("AUS009", "Clarence", "E.", "Mayfield", "", "", "Bernice", "Mayfield", "Austin", "TX", "78721", "1946-01-15", "1400 Springdale Rd", False),
    ("AUS010", "Bernice", "", "Mayfield", "", "Harrell", "Clarence", "Mayfield", "Austin", "TX", "78721", "1949-07-22", "1400 Springdale Rd", False),
    ("AUS011", "Odell", "", "Franklin", "", "", "", "", "Austin", "TX", "78702", "1958-02-27", "1100 E 12th St", False),
    ("AUS012", "Lakeisha", "", "Batts", "Keisha", "", "", "", "Austin", "TX", "78723", "1981-10-03", "5800 Manor Rd", False),
    ("AUS013", "Venkatesh", "", "Subramanian", "Venky", "", "Lakshmi", "Subramanian", "Round Rock", "TX", "78681", "1976-01-29", "2900 Sam Bass Rd", False),
    ("AUS014", "Lakshmi", "", "Subramanian", "", "", "Venkatesh", "Subramanian", "Round Rock", "TX", "78681", "1979-06-14", "2900 Sam Bass Rd", False),
    ("AUS015", "Anand", "", "Krishnamurthy", "", "", "", "", "Austin", "TX", "78759", "1972-08-08", "9600 Great Hills Trl", False),
    ("AUS016", "Priya", "", "Raghavan", "", "", "Karthik", "Raghavan", "Pflugerville", "TX", "78660", "1980-03-17", "1505 Kelly Ln", False),
    ("AUS017", "Sung-ho", "", "Park", "Steve", "", "Eun-ji", "Park", "Austin", "TX", "78758", "1968-12-01", "11200 Metric Blvd", False),
    ("AUS018", "Eun-ji", "", "Park", "", "Kim", "Sung-ho", "Park", "Austin", "TX", "78758", "1970-04-25", "11200 Metric Blvd", False),
    ("AUS019", "Grace", "", "Yoon", "", "", "", "", "Georgetown", "TX", "78626", "1984-09-09", "800 N Austin Ave", False),
    ("AUS020", "Dale", "", "Wuensche", "", "", "Linda", "Wuensche", "Bastrop", "TX", "78602", "1960-02-11", "1004 Chestnut St", False),
    ("AUS021", "Darlene", "", "OBanion", "", "", "", "", "Bastrop", "TX", "78602", "1950-10-30", "1502 Main St", False),
    ("AUS022", "Harold", "", "Stolle", "", "", "", "", "Kyle", "TX", "78640", "1942-07-07", "121 N Burleson St", True),
]

BLANK_COORDS = {"AUS011", "AUS021"}
BLANK_FIPS = {"AUS019"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"AUS012", "AUS015"}
NO_PHONE = {"AUS007", "AUS019"}
NO_ADDRESS = {"AUS015"}
