"""Hand-written roster for part ftk: central Kentucky (Elizabethtown, Radcliff, Bardstown, Hodgenville).
All people invented; places, ZIP codes and county FIPS real."""

ADV = "m.hagan@knobsridgewealth.example"
AREA = {"40004": "502", "40051": "502"}  # Nelson County; the rest are 270

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("FTK001", "Delbert", "Wayne", "Hornback", "Del", "", "Opal", "Hornback", "Hodgenville", "KY", "42748", "1941-02-09", "1180 Lincoln Farm Rd", False),
    ("FTK002", "Opal", "", "Hornback", "", "Shelton", "Delbert", "Hornback", "Hodgenville", "KY", "42748", "1944-06-22", "1180 Lincoln Farm Rd", False),
    ("FTK003", "Mary Catherine", "", "Ballard", "Cathy", "Hayden", "Joseph", "Ballard", "Bardstown", "KY", "40004", "1959-11-04", "212 N Third St", False),
    ("FTK004", "Joseph", "F.", "Ballard", "Joe", "", "Mary Catherine", "Ballard", "Bardstown", "KY", "40004", "1957-03-19", "212 N Third St", False),
    ("FTK005", "Bernadette", "", "Mattingly", "", "Hagan", "", "", "Bardstown", "KY", "40004", "1938-08-15", "405 E Stephen Foster Ave", False),
    ("FTK006", "Thomas", "", "Wathen Jr.", "Tommy", "", "Rita", "Wathen", "New Haven", "KY", "40051", "1962-05-01", "88 Center St", False),
    ("FTK007", "Rita", "", "Wathen", "", "Spalding", "Thomas", "Wathen Jr.", "New Haven", "KY", "40051", "1964-12-08", "88 Center St", False),
    ("FTK008", "Darnell", "", "Whitlock", "", "", "Keisha", "Whitlock", "Radcliff", "KY", "40160", "1968-07-30", "610 Lincoln Trail Blvd", False),
    ("FTK009", "Keisha", "", "Whitlock", "", "", "Darnell", "Whitlock", "Radcliff", "KY", "40160", "1971-01-12", "610 Lincoln Trail Blvd", False),
    ("FTK010", "Sun Hui", "", "Pressley", "", "Lee", "", "", "Radcliff", "KY", "40160", "1953-04-02", "1425 S Wilson Rd", False),
    ("FTK011", "Betty Lou", "", "Gaddie", "", "Thurman", "", "", "Elizabethtown", "KY", "42701", "1947-09-18", "302 Poplar St", False),
    ("FTK012", "Clifton", "", "Goodin", "Cliff", "", "", "", "Elizabethtown", "KY", "42701", "1960-02-27", "1511 N Dixie Ave", False),
    ("FTK013", "Jessica", "", "Cundiff-Rhodes", "Jess", "", "Brandon", "Rhodes", "Elizabethtown", "KY", "42701", "1988-10-05", "97 Ring Rd", False),
    ("FTK014", "Harold", "", "Sweazy", "", "", "", "", "Vine Grove", "KY", "40175", "1950-06-06", "14 Main St", True),
    ("FTK015", "Lawrence", "", "Howell", "Larry", "", "", "", "Elizabethtown", "KY", "42701", "1958-03-03", "520 College St Rd", False),
    ("FTK016", "Nathan", "", "Mattingly", "Nate", "", "Brooke", "Mattingly", "Bardstown", "KY", "40004", "1985-01-21", "1300 Templin Ave", False),
    ("FTK017", "Brooke", "", "Mattingly", "", "Boone", "Nathan", "Mattingly", "Bardstown", "KY", "40004", "1987-06-14", "1300 Templin Ave", False),
    ("FTK018", "Roberta", "", "Kessinger", "Bobbie", "", "", "", "Hodgenville", "KY", "42748", "1949-12-01", "44 Water St", False),
    ("FTK019", "Gerald", "", "Cundiff", "Jerry", "", "", "", "Glendale", "KY", "42740", "1955-08-09", "3200 Glendale Hodgenville Rd", False),
    ("FTK020", "Anita", "", "Rao", "", "", "", "", "Elizabethtown", "KY", "42701", "1972-05-25", "1000 Ring Rd", False),
    ("FTK021", "Kenneth", "", "Boone", "Kenny", "", "Darlene", "Boone", "Cecilia", "KY", "42724", "1963-09-12", "6120 Leitchfield Rd", False),
    ("FTK022", "Darlene", "", "Boone", "", "Hatcher", "Kenneth", "Boone", "Cecilia", "KY", "42724", "1965-03-28", "6120 Leitchfield Rd", False),
    ("FTK023", "Raymond", "", "Shelton", "Ray", "", "Wanda", "Shelton", "Hodgenville", "KY", "42748", "1946-10-17", "2750 Greensburg Rd", False),
]

BLANK_COORDS = {"FTK019"}          # derived from the ZIP by the engine
NO_BIRTH = {"FTK012", "FTK020"}
NO_PHONE = {"FTK014", "FTK019"}
NO_ADDRESS = {"FTK020"}
