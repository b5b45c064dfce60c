"""Hand-written roster for the `sel` part: Dallas County, Alabama (Selma, Valley Grande, Orrville, Marion
Junction, Sardis, Plantersville) and Marion (Perry County, next door). All people invented; ZIPs and FIPS real."""

ADV = "r.dubose@canebrakewealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("SEL001", "Willie Mae", "", "Threadgill", "", "Hatcher", "", "", "Selma", "36703", "1941-03-14", "1408 Broad St", False),
    ("SEL002", "Alonzo", "", "Whitsett", "Lonzo", "", "Claudette", "Whitsett", "Valley Grande", "36701", "1955-06-02", "212 County Road 77", False),
    ("SEL003", "Claudette", "", "Whitsett", "", "Boykin", "Alonzo", "Whitsett", "Valley Grande", "36701", "1957-11-20", "212 County Road 77", False),
    ("SEL004", "Thaddeus", "", "Kimbrough Jr.", "Tad", "", "Renita", "Kimbrough", "Selma", "36701", "1968-09-09", "607 Lapsley St", False),
    ("SEL005", "Renita", "", "Kimbrough", "", "Lykes", "Thaddeus", "Kimbrough Jr.", "Selma", "36701", "1970-02-27", "607 Lapsley St", False),
    ("SEL006", "Ezekiel", "T.", "Pressley", "Zeke", "", "Ora Lee", "Pressley", "Orrville", "36767", "1946-08-21", "5180 Highway 22", False),
    ("SEL007", "Ora Lee", "", "Pressley", "", "Moorer", "Ezekiel", "Pressley", "Orrville", "36767", "1949-04-05", "5180 Highway 22", False),
    ("SEL008", "Lavonia", "", "Sturdivant-Gee", "", "", "", "", "Selma", "36703", "1979-07-30", "33 Mabry St", False),
    ("SEL009", "Obadiah", "", "Fikes", "", "", "Lottie", "Fikes", "Marion", "36756", "1951-01-16", "410 Green St", False),
    ("SEL010", "Lottie", "", "Fikes", "", "Suttles", "Obadiah", "Fikes", "Marion", "36756", "1953-05-08", "410 Green St", False),
    ("SEL011", "Jerome", "", "Tarrant", "Bubba", "", "", "", "Valley Grande", "36701", "1959-12-01", "18 Bobwhite Ln", True),
    ("SEL012", "Delphine", "", "Askew", "Dee", "", "", "", "Sardis", "36775", "1960-10-10", "2260 County Road 12", False),
    ("SEL013", "Mack Arthur", "", "Culliver", "", "", "", "", "Plantersville", "36758", "1961-03-03", "96 Plantersville Rd", False),
    ("SEL014", "Gwendolyn", "", "Rembert", "Gwen", "", "", "", "Selma", "36701", "1964-08-14", "1120 Selma Ave", False),
    ("SEL015", "Quinton", "", "Ellerbee", "", "", "Latasha", "Ellerbee", "Selma", "36701", "1980-04-22", "2301 Citizens Pkwy", False),
    ("SEL016", "Latasha", "", "Ellerbee", "Tasha", "Tyus", "Quinton", "Ellerbee", "Selma", "36701", "1982-12-05", "2301 Citizens Pkwy", False),
    ("SEL017", "Wendell", "", "Goldsby", "", "", "Nita", "Goldsby", "Orrville", "36767", "1951-09-17", "77 Dallas Ave", False),
    ("SEL018", "Cassandra", "", "Nall", "Cassie", "Pettus", "Derrick", "Nall", "Marion", "36756", "1993-06-11", "305 Clements St", False),
    ("SEL019", "Derrick", "", "Nall", "", "", "Cassandra", "Nall", "Marion", "36756", "1991-02-19", "305 Clements St", False),
    ("SEL020", "Eulalia", "", "Dozier", "Pinkie", "", "", "", "Marion Junction", "36759", "1938-07-04", "9 County Road 45", False),
    ("SEL021", "Roosevelt", "", "Sewell", "", "", "Hattie", "Sewell", "Selma", "36703", "1949-02-12", "814 Jeff Davis Ave", False),
    ("SEL022", "Hattie", "", "Sewell", "", "Jemison", "Roosevelt", "Sewell", "Selma", "36703", "1951-10-30", "814 Jeff Davis Ave", False),
    ("SEL023", "Clyde", "", "Vandiver", "", "", "", "", "Valley Grande", "36701", "1958-05-25", "1450 County Road 81", False),
    ("SEL024", "Antoinette", "", "Mayhew", "Toni", "", "", "", "Selma", "36703", "1990-01-09", "45 Church St", False),
]

NO_BIRTH = {"SEL012", "SEL023"}
NO_PHONE = {"SEL013", "SEL020"}
NO_ADDRESS = {"SEL008"}
# Valley Grande shares Selma's ZIP 36701, whose centroid is in Selma: its clients are placed in Valley Grande
# (about 32.50, -87.04) by hand, jittered like the others.
PLACE = {"Valley Grande": (32.5030, -87.0380)}
