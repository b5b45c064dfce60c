"""Hand-written roster for the hbg part (Pine Belt of south Mississippi). All people invented; ZIPs and FIPS real."""

ADV = "m.stringfellow@longleafwealth.example"

# (id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, st, zip, birth, street, do_not_contact)
R = [
    ("HBG001", "Wendell", "Ray", "Pittman", "Sonny", "", "Glenda", "Pittman", "Petal", "MS", "39465", "1949-08-14", "112 Leeville Rd", False),
    ("HBG002", "Glenda", "Faye", "Pittman", "", "Herrington", "Wendell", "Pittman", "Petal", "MS", "39465", "1952-02-27", "112 Leeville Rd", False),
    ("HBG003", "Bobbie Sue", "", "Lott", "", "Blackledge", "", "", "Laurel", "MS", "39440", "1941-11-03", "1420 N 5th Ave", False),
    ("HBG004", "Lamar", "Keith", "Tisdale Jr.", "Keith", "", "Renee", "Tisdale", "Hattiesburg", "MS", "39402", "1968-06-21", "27 Lakeview Dr", False),
    ("HBG005", "Renee", "", "Tisdale", "", "Bufkin", "Lamar", "Tisdale Jr.", "Hattiesburg", "MS", "39402", "1970-09-09", "27 Lakeview Dr", False),
    ("HBG006", "Dorothy", "Jean", "Mauldin", "Dot", "Pigott", "", "", "Columbia", "MS", "39429", "1937-01-12", "604 Church St", False),
    ("HBG007", "Vernell", "", "Ainsworth", "", "", "Cassandra", "Ainsworth", "Collins", "MS", "39428", "1957-04-30", "88 S Fir Ave", False),
    ("HBG008", "Cassandra", "", "Ainsworth", "Cassie", "Magee", "Vernell", "Ainsworth", "Collins", "MS", "39428", "1960-12-05", "88 S Fir Ave", False),
    ("HBG009", "Jimmie Lee", "", "Broadus", "", "", "", "", "Hattiesburg", "MS", "39401", "1945-03-17", "310 Dabbs St", True),
    ("HBG010", "Kimberly", "", "Boykin-Shows", "Kim", "", "Derrick", "Shows", "Hattiesburg", "MS", "39402", "1975-07-19", "19 Oak Grove Rd", False),
    ("HBG011", "Eugene", "", "Sumrall", "Gene", "", "Patsy", "Sumrall", "Hattiesburg", "MS", "39402", "1952-10-02", "5 Canebrake Blvd", False),
    ("HBG012", "Curtis", "Dwayne", "Bynum", "", "", "Amber", "Bynum", "Laurel", "MS", "39443", "1971-01-25", "2218 Ellisville Blvd", False),
    ("HBG013", "Amber", "", "Bynum", "", "Walters", "Curtis", "Bynum", "Laurel", "MS", "39443", "1974-05-16", "2218 Ellisville Blvd", False),
    ("HBG014", "Mary Alice", "", "Graves", "", "Hinton", "", "", "Petal", "MS", "39465", "1966-03-08", "41 E Central Ave", False),
    ("HBG015", "Otis", "", "Fairley", "", "", "Lorene", "Fairley", "Hattiesburg", "MS", "39401", "1950-07-07", "702 Mobile St", False),
    ("HBG016", "Jarvis", "", "McLaurin", "", "", "", "", "Collins", "MS", "39428", "1959-02-11", "14 Dogwood Ln", False),
    ("HBG017", "Hazel", "Ruth", "Mixon", "", "Saucier", "", "", "Purvis", "MS", "39475", "1938-06-04", "300 Shelby Speights Dr", False),
    ("HBG018", "Billy", "Wayne", "Holder", "", "", "Margaret", "Holder", "Columbia", "MS", "39429", "1955-03-08", "915 Broad St", False),
    ("HBG019", "Margaret", "", "Holder", "Peggy", "Dunaway", "Billy", "Holder", "Columbia", "MS", "39429", "1957-08-22", "915 Broad St", False),
    ("HBG020", "Rosalind", "", "Bettis", "", "", "", "", "Laurel", "MS", "39440", "1980-10-14", "506 W 12th St", False),
    ("HBG021", "Everett", "Lee", "Shoemake", "", "", "", "", "Ellisville", "MS", "39437", "1944-09-29", "77 Holly St", False),
    ("HBG022", "Claudia", "", "Dearman", "", "", "Josh", "Dearman", "Sumrall", "MS", "39482", "1986-04-18", "1630 Hwy 42", False),
]

BLANK_COORDS = {"HBG017", "HBG021"}   # derived from the ZIP
BLANK_FIPS = {"HBG016"}               # derived from the ZIP
NO_BIRTH = {"HBG015", "HBG020"}
NO_PHONE = {"HBG003", "HBG016"}
NO_ADDRESS = {"HBG021"}
