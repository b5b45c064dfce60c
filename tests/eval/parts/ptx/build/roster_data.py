"""Hand-written roster for part ptx: Hale County, Texas (all people invented; places, ZIPs, FIPS real)."""

ADV = "c.ledbetter@caprockwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("PTX001", "Dwayne", "Lee", "Kettleman", "", "", "Loretta", "Kettleman", "Plainview", "79072", "1955-11-04", "1408 W 11th St", False),
    ("PTX002", "Loretta", "", "Kettleman", "Retta", "Pruett", "Dwayne", "Kettleman", "Plainview", "79072", "1957-02-21", "1408 W 11th St", False),
    ("PTX003", "Clayton", "Eugene", "Boedeker Jr.", "Clay", "", "Jolene", "Boedeker", "Hale Center", "79041", "1962-07-30", "502 W 5th St", False),
    ("PTX004", "Jolene", "", "Boedeker", "", "Hutto", "Clayton", "Boedeker Jr.", "Hale Center", "79041", "1963-12-09", "502 W 5th St", False),
    ("PTX005", "Wanda Faye", "", "Stubblefield", "", "", "", "", "Abernathy", "79311", "1938-05-17", "", False),
    ("PTX006", "Ricardo", "", "Villarreal Ochoa", "Ricky", "", "Graciela", "Villarreal", "Plainview", "79072", "1960-09-12", "911 Ennis St", False),
    ("PTX007", "Graciela", "", "Villarreal", "Chela", "Salinas", "Ricardo", "Villarreal Ochoa", "Plainview", "79072", "1963-04-03", "911 Ennis St", False),
    ("PTX008", "Harlan", "Wayne", "Tidwell", "Buddy", "", "Norma", "Tidwell", "Petersburg", "79250", "1947-08-02", "207 S 3rd St", False),
    ("PTX009", "Norma", "Jean", "Tidwell", "", "Lusk", "Harlan", "Tidwell", "Petersburg", "79250", "1949-03-15", "207 S 3rd St", False),
    ("PTX010", "Vernon", "", "Gresham", "", "", "Nadine", "Gresham", "Plainview", "79072", "1936-01-28", "2310 W 24th St", True),
    ("PTX011", "Travis", "", "Stroup", "", "", "Kaylee", "Stroup", "Plainview", "79072", "1981-06-19", "3104 Kokernot St", False),
    ("PTX012", "Kaylee", "", "Stroup", "", "Dunagan", "Travis", "Stroup", "Plainview", "79072", "1988-10-02", "3104 Kokernot St", False),
    ("PTX013", "Delbert", "", "Fenwick", "", "", "", "", "Hale Center", "79041", "1946-03-08", "1103 Main St", False),
    ("PTX014", "Marisol", "", "Cantu", "", "", "", "", "Plainview", "79072", "1985-08-27", "1705 Yonkers St", False),
    ("PTX015", "LaDonna", "", "Pettigrew", "", "Hensarling", "", "", "Abernathy", "79311", "1951-12-14", "306 Ave E", False),
    ("PTX016", "Orville", "", "Quisenberry", "", "", "", "", "Petersburg", "79250", "", "1 County Road 240", False),
    ("PTX017", "Jimmie Don", "", "Blassingame", "", "", "", "", "Plainview", "79072", "1958-02-11", "810 Columbia St", False),
    ("PTX018", "Shelby", "", "Wofford", "", "", "", "", "Hale Center", "79041", "1934-09-25", "404 E 3rd St", False),
    ("PTX019", "Ezequiel", "", "Saldana", "Zeke", "", "", "", "Plainview", "79072", "", "1220 Broadway St", False),
    ("PTX020", "Kendra", "", "Mayfield", "", "", "Wade", "Mayfield", "Abernathy", "79311", "1979-01-06", "1500 Co Rd 53", False),
    ("PTX021", "Wade", "", "Mayfield", "", "", "Kendra", "Mayfield", "Abernathy", "79311", "1977-05-23", "1500 Co Rd 53", False),
    ("PTX022", "Beulah", "", "Kimbrough", "", "", "", "", "Petersburg", "79250", "1941-07-07", "16 Ave G", False),
]

NO_PHONE = {"PTX013", "PTX022", "PTX016"}

# hand-set household coordinates (lat, lon): north-east Plainview, outside the storm's extended polygon
# (east edge -101.715), though ZIP 79072's centroid is inside it
COORD_OVERRIDES = {
    "PTX011": (34.2085, -101.6985),
    "PTX012": (34.2085, -101.6985),
    "PTX014": (34.2012, -101.7046),
}
