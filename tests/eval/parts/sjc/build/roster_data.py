"""Hand-written roster for eval part sjc (Santa Clara County, Calif.; all people invented; ZIPs/FIPS real)."""

ADV = {
    "A": "l.moreno@almadenridgewealth.example",     # San Jose, Milpitas, Santa Clara
    "B": "d.okamoto@almadenridgewealth.example",    # Cupertino, Campbell, Morgan Hill, Gilroy (+ Japantown couple)
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("SJC001", "Tuan", "Van", "Pham", "Tony", "", "Lan", "Pham", "San Jose", "CA", "95122", "1958-02-11", "1844 Story Rd", False, "A"),
    ("SJC002", "Lan", "Thi", "Pham", "", "Tran", "Tuan", "Pham", "San Jose", "CA", "95122", "1961-09-03", "1844 Story Rd", False, "A"),
    ("SJC003", "Bich Ngoc", "", "Vo", "Ngoc", "", "", "", "San Jose", "CA", "95121", "", "3120 Senter Rd", False, "A"),
    ("SJC004", "Maria Guadalupe", "", "Orozco Medina", "Lupe", "", "Rafael", "Hernandez", "San Jose", "CA", "95116", "1966-12-12", "455 S King Rd", False, "A"),
    ("SJC005", "Jose Luis", "", "Ramirez Soto", "", "", "Alicia", "Ramirez", "Gilroy", "CA", "95020", "1952-06-19", "7710 Eigleberry St", False, "B"),
    ("SJC006", "Alicia", "", "Ramirez", "", "Cardenas", "Jose Luis", "Ramirez Soto", "Gilroy", "CA", "95020", "1955-03-27", "7710 Eigleberry St", False, "B"),
    ("SJC007", "Manuel", "", "Avila Jr.", "Manny", "", "Fatima", "Avila", "Milpitas", "CA", "95035", "1960-08-15", "612 Dixon Rd", False, "A"),
    ("SJC008", "Fatima", "", "Avila", "", "Silveira", "Manuel", "Avila Jr.", "Milpitas", "CA", "95035", "1963-05-13", "612 Dixon Rd", False, "A"),
    ("SJC009", "Joseph", "M.", "Bettencourt", "Joe", "", "Maria", "Bettencourt", "Santa Clara", "CA", "95050", "1942-05-14", "980 Alviso St", False, "A"),
    ("SJC010", "Maria", "", "Bettencourt", "Mary", "Freitas", "Joseph", "Bettencourt", "Santa Clara", "CA", "95050", "1945-01-22", "980 Alviso St", False, "A"),
    ("SJC011", "Rodolfo", "", "Dela Cruz", "Rudy", "", "Erlinda", "Dela Cruz", "Milpitas", "CA", "95035", "1955-10-30", "1290 Yellowstone Ave", False, "A"),
    ("SJC012", "Maria Teresa", "", "Macaraeg", "Tess", "Santos", "Arnel", "Macaraeg", "Santa Clara", "CA", "95051", "1970-04-08", "2655 Homestead Rd", False, "A"),
    ("SJC013", "Rajesh", "", "Krishnamurthy", "Raj", "", "Priya", "Krishnamurthy", "Cupertino", "CA", "95014", "1971-07-21", "10380 Stokes Ave", False, "B"),
    ("SJC014", "Priya", "", "Krishnamurthy", "", "Iyer", "Rajesh", "Krishnamurthy", "Cupertino", "CA", "95014", "1973-11-02", "10380 Stokes Ave", False, "B"),
    ("SJC015", "Harpreet", "", "Sandhu", "Harry", "", "", "", "Morgan Hill", "CA", "95037", "1968-01-05", "16850 Monterey Rd", False, "B"),
    ("SJC016", "Kenji", "", "Nakamura", "Ken", "", "June", "Nakamura", "San Jose", "CA", "95112", "1949-03-09", "610 N 6th St", False, "B"),
    ("SJC017", "June", "", "Nakamura", "", "Oshiro", "Kenji", "Nakamura", "San Jose", "CA", "95112", "1951-06-30", "610 N 6th St", False, "B"),
    ("SJC018", "Grace", "", "Fujimoto", "", "", "", "", "Campbell", "CA", "95008", "1938-09-17", "240 Union Ave", False, "B"),
    ("SJC019", "Dennis", "", "OConnell", "Denny", "", "", "", "San Jose", "CA", "95125", "1957-02-02", "1401 Lincoln Ave", True, "A"),
    ("SJC020", "Lionel", "", "DSouza", "", "", "Sheila", "DSouza", "Santa Clara", "CA", "95054", "1964-12-01", "4200 Great America Pkwy", False, "A"),
    ("SJC021", "Armando", "", "da Costa", "", "", "", "", "Morgan Hill", "CA", "95037", "1947-10-04", "85 E Dunne Ave", False, "B"),
    ("SJC022", "Roberto", "", "Villalobos", "Bobby", "", "Erica", "Villalobos", "San Jose", "CA", "95127", "", "2470 Alum Rock Ave", False, "A"),
]

BLANK_COORDS = {"SJC006", "SJC015"}
BLANK_FIPS = {"SJC021"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"SJC003", "SJC022"}
NO_PHONE = {"SJC012", "SJC020"}
