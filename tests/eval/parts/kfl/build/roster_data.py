"""Hand-written roster for part kfl: south-central Oregon (all people invented; places, ZIPs, FIPS real)."""

ADV = {"OR": "h.lindqvist@crateradvisors.example"}
ADV_LAKE = "m.arrizabalaga@crateradvisors.example"   # the Lakeview office

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("KFL001", "Delbert", "R.", "Kuchera", "Del", "", "Marlys", "Kuchera", "Malin", "97632", "1948-02-11", "412 Fourth St", False),
    ("KFL002", "Marlys", "", "Kuchera", "", "Hrdlicka", "Delbert", "Kuchera", "Malin", "97632", "1950-07-23", "412 Fourth St", False),
    ("KFL003", "Orval", "Lee", "Brinkerhoff", "Bud", "", "Edna", "Brinkerhoff", "Klamath Falls", "97603", "1939-05-14", "5120 Harlan Dr", False),
    ("KFL004", "Edna", "", "Brinkerhoff", "", "Tolliver", "Orval", "Brinkerhoff", "Klamath Falls", "97603", "1941-03-30", "5120 Harlan Dr", False),
    ("KFL005", "Idella", "", "Satterlee", "", "", "", "", "Chiloquin", "97624", "1941-09-03", "210 S Chocktoot St", False),
    ("KFL006", "Mary Jo", "", "Pruett", "", "Brinkerhoff", "Dale", "Pruett", "Chiloquin", "97624", "1963-08-02", "38850 Modoc Point Rd", False),
    ("KFL007", "Clayton", "", "Merritt Jr.", "Clay", "", "Debra", "Merritt", "Bonanza", "97623", "1962-04-19", "31455 E Langell Valley Rd", False),
    ("KFL008", "Debra", "", "Merritt", "Deb", "Haskins", "Clayton", "Merritt Jr.", "Bonanza", "97623", "1964-12-01", "31455 E Langell Valley Rd", False),
    ("KFL009", "Guadalupe", "", "Ibarra Salcedo", "Lupe", "", "", "", "Klamath Falls", "97601", "1966-06-15", "1730 Oregon Ave", False),
    ("KFL010", "Ramon", "", "Ibarra", "Ray", "", "", "", "Klamath Falls", "97601", "1991-01-27", "622 N 9th St", False),
    ("KFL011", "Marguerite", "", "Etchegaray", "", "Irigoyen", "", "", "Lakeview", "97630", "1936-11-20", "18 N G St", False),
    ("KFL012", "Xabier", "", "Irigoyen", "Xabi", "", "Ainhoa", "Irigoyen", "Lakeview", "97630", "1972-03-08", "702 N 2nd St", False),
    ("KFL013", "Dwayne", "", "Hiatt", "", "", "Karen", "Hiatt", "Lakeview", "97630", "1951-10-05", "1040 S 4th St", False),
    ("KFL014", "Leonard", "J.", "Petrasek", "Len", "", "Irene", "Petrasek", "Klamath Falls", "97601", "", "2315 Eberlein Ave", False),
    ("KFL015", "Tanner", "", "Hollister", "", "", "Shauna", "Hollister", "Klamath Falls", "97603", "1968-09-12", "4818 Shasta Way", False),
    ("KFL016", "Shauna", "", "Hollister", "", "", "Tanner", "Hollister", "Klamath Falls", "97603", "1970-02-25", "4818 Shasta Way", False),
    ("KFL017", "Cody", "", "Akers", "", "", "Brianna", "Akers", "Klamath Falls", "97601", "1994-05-30", "915 Lincoln St", False),
    ("KFL018", "Brianna", "", "Akers", "Bri", "Lindahl", "Cody", "Akers", "Klamath Falls", "97601", "1995-10-11", "915 Lincoln St", False),
    ("KFL019", "Wesley", "", "Tindall", "Wes", "", "", "", "Lakeview", "97630", "1969-01-14", "301 N E St", False),
    ("KFL020", "Gordon", "", "Pfaff", "Gordy", "", "Loretta", "Pfaff", "Klamath Falls", "97603", "1957-07-07", "4402 Altamont Dr", True),
    ("KFL021", "Renata", "", "Quist-Holloway", "", "", "", "", "Chiloquin", "97624", "1979-04-22", "", False),
    ("KFL022", "Lyle", "", "Vandermolen", "", "", "", "", "Keno", "97627", "1955-08-17", "14900 Hwy 66", False),
]

NO_PHONE = {"KFL019", "KFL021"}
LAKE = {"97630"}
