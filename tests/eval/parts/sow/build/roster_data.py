"""Hand-written roster for part `sow` (Arizona's White Mountains). All people invented; ZIPs and FIPS real."""

ADV = {"AZ": "c.whiting@rimrockadvisors.example"}
ADV_BY_ID = {"SOW016": "m.sandoval@rimrockadvisors.example", "SOW017": "m.sandoval@rimrockadvisors.example",
             "SOW010": "m.sandoval@rimrockadvisors.example", "SOW011": "m.sandoval@rimrockadvisors.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("SOW001", "LaVar", "D.", "Heywood", "", "", "Merlene", "Heywood", "Snowflake", "AZ", "85937", "1946-02-11", "402 N Center St", False),
    ("SOW002", "Merlene", "", "Heywood", "", "Tenney", "LaVar", "Heywood", "Snowflake", "AZ", "85937", "1949-08-23", "402 N Center St", False),
    ("SOW003", "Orrin", "Leroy", "Kartchner", "", "", "Voneta", "Kartchner", "Taylor", "AZ", "85939", "1938-05-06", "118 S Main St", False),
    ("SOW004", "Voneta", "", "Kartchner", "", "Gillespie", "Orrin", "Kartchner", "Taylor", "AZ", "85939", "1941-10-02", "118 S Main St", False),
    ("SOW005", "Gwendolyn", "", "Ballantyne", "Gwen", "Pruitt", "", "", "Show Low", "AZ", "85901", "1942-12-30", "1450 E Cooley St", False),
    ("SOW006", "Anita", "", "Ortega Lucero", "", "Ortega", "Ramon", "Lucero", "Show Low", "AZ", "85901", "1959-03-17", "911 W Deuce of Clubs", False),
    ("SOW007", "Ramon", "", "Lucero", "", "", "Anita", "Ortega Lucero", "Show Low", "AZ", "85901", "1957-07-04", "911 W Deuce of Clubs", False),
    ("SOW008", "Dwight", "", "Hulet Jr.", "Butch", "", "Charlene", "Hulet", "Pinetop", "AZ", "85935", "1978-01-19", "27 Woodland Rd", False),
    ("SOW009", "Mary Lou", "", "Pettengill", "", "Reidhead", "", "", "Lakeside", "AZ", "85929", "1951-06-14", "1880 Rainbow Lake Dr", False),
    ("SOW010", "Tyrell", "", "Nez", "", "", "Danielle", "Nez", "Pinetop", "AZ", "85935", "1980-09-09", "4120 Porter Mountain Rd", False),
    ("SOW011", "Danielle", "", "Nez", "Dani", "", "Tyrell", "Nez", "Pinetop", "AZ", "85935", "1982-04-27", "4120 Porter Mountain Rd", False),
    ("SOW012", "Kendrick", "", "Oberholtzer", "Ken", "", "", "", "Show Low", "AZ", "85901", "1963-11-05", "77 E Deuce of Clubs", False),
    ("SOW013", "Ila Mae", "", "Brinkerhoff", "", "", "", "", "Snowflake", "AZ", "85937", "", "35 W 1st S", False),
    ("SOW014", "Jared", "", "Tenney", "", "", "Brooke", "Tenney", "Taylor", "AZ", "85939", "1986-03-03", "210 N Paper Mill Rd", False),
    ("SOW015", "Brooke", "", "Tenney", "", "Rasband", "Jared", "Tenney", "Taylor", "AZ", "85939", "1988-12-12", "210 N Paper Mill Rd", False),
    ("SOW016", "Virgil", "", "Chacon", "", "", "Rosemary", "Chacon", "Springerville", "AZ", "85938", "1957-05-21", "316 E Main St", False),
    ("SOW017", "Norma", "", "Gatlin", "", "", "Harvey", "Gatlin", "Eagar", "AZ", "85925", "1950-02-02", "88 S Eagar St", True),
    ("SOW018", "Everett", "", "Crandell", "", "", "Joyce", "Crandell", "Lakeside", "AZ", "85929", "1947-07-30", "2650 Buck Springs Rd", False),
    ("SOW019", "Rhett", "", "Ballantyne", "", "", "Kasey", "Ballantyne", "Show Low", "AZ", "85901", "1972-10-10", "620 N 9th Pl", False),
    ("SOW020", "Kasey", "", "Ballantyne", "", "", "Rhett", "Ballantyne", "Show Low", "AZ", "85901", "1974-01-28", "620 N 9th Pl", False),
    ("SOW021", "Delores", "", "Sandoval", "Dee", "", "", "", "Snowflake", "AZ", "85937", "1961-08-01", "501 S Main St", False),
    ("SOW022", "Lyle", "", "Ostergaard", "", "", "", "", "Heber", "AZ", "85928", "1955-04-09", "", False),
]
NO_BIRTH = {"SOW013"}
NO_PHONE = {"SOW009", "SOW022"}
BLANK_COORDS = {"SOW021"}
