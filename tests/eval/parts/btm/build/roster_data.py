"""Hand-written roster for the btm part (southwest Montana). All people invented; places, ZIPs, FIPS real."""

ADV = "k.mcgree@highlandridgewealth.example"   # one adviser for the region
ADV2 = "j.tashkent@highlandridgewealth.example"  # Dillon / Deer Lodge

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- Butte / Walkerville (Silver Bow County) ----
    ("BTM001", "Cornelius", "J.", "Lenihan", "Con", "", "Maureen", "Lenihan", "Butte", "MT", "59701", "1948-02-11", "1214 W Porphyry St", False),
    ("BTM002", "Maureen", "", "Lenihan", "", "Harrington", "Cornelius", "Lenihan", "Butte", "MT", "59701", "1950-07-04", "1214 W Porphyry St", False),
    ("BTM003", "Milan", "", "Radakovich", "", "", "Dragica", "Radakovich", "Butte", "MT", "59701", "1941-09-22", "930 N Montana St", False),
    ("BTM004", "Dragica", "", "Radakovich", "Dee", "Vucurovich", "Milan", "Radakovich", "Butte", "MT", "59701", "1944-05-30", "930 N Montana St", False),
    ("BTM005", "Mary Pat", "", "Dolan", "", "Sheehy", "", "", "Butte", "MT", "59701", "1939-11-18", "620 W Galena St", False),
    ("BTM018", "Eino", "", "Hakkola", "Ike", "", "", "", "Butte", "MT", "59701", "1935-06-24", "211 E Broadway St", False),
    ("BTM019", "Shannon", "", "Driscoll", "", "", "", "", "Butte", "MT", "59701", "1984-03-09", "3400 Harrison Ave", False),
    ("BTM020", "Patrick", "", "Lenihan", "Packy", "", "Erin", "Lenihan", "Butte", "MT", "59701", "1985-10-02", "2815 Aberdeen St", False),
    ("BTM021", "Dolores", "Rae", "Antonioli", "Dolly", "Bertoglio", "", "", "Walkerville", "MT", "59701", "1940-04-14", "18 Daly St", False),
    # ---- Anaconda (Deer Lodge County) ----
    ("BTM006", "Rudolph", "", "Pavlovich Jr.", "Rudy", "", "Theresa", "Pavlovich", "Anaconda", "MT", "59711", "1966-08-17", "412 W Fourth St", False),
    ("BTM007", "Theresa", "", "Pavlovich", "Terri", "Kovacich", "Rudolph", "Pavlovich Jr.", "Anaconda", "MT", "59711", "1968-01-26", "412 W Fourth St", False),
    ("BTM008", "Stanley", "", "Marjanovich", "Stan", "", "Carol", "Marjanovich", "Anaconda", "MT", "59711", "1952-12-05", "1007 E Park Ave", False),
    ("BTM009", "Zora", "", "Kambich", "", "Pavlovich", "Michael", "Kambich", "Anaconda", "MT", "59711", "1962-03-03", "315 Locust St", True),
    ("BTM022", "Kenneth", "", "Draganovich", "Kenny", "", "", "", "Anaconda", "MT", "59711", "1980-09-14", "22 Cherry St", False),
    # ---- Dillon (Beaverhead County) ----
    ("BTM010", "Wade", "", "Orvedahl", "", "", "Lacey Jo", "Orvedahl", "Dillon", "MT", "59725", "1972-05-21", "4100 Blacktail Rd", False),
    ("BTM011", "Lacey Jo", "", "Orvedahl", "", "Stennerson", "Wade", "Orvedahl", "Dillon", "MT", "59725", "1975-10-12", "4100 Blacktail Rd", False),
    ("BTM012", "Vernon", "", "Kluesner", "Bud", "", "", "", "Dillon", "MT", "59725", "1944-03-15", "28 S Idaho St", False),
    ("BTM013", "Annika", "", "Sorlie-Haynes", "", "", "", "", "Dillon", "MT", "59725", "1977-02-07", "615 S Atlantic St", False),
    # ---- Deer Lodge (Powell County) ----
    ("BTM014", "Garrett", "", "Lindqvist", "", "", "Shelby", "Lindqvist", "Deer Lodge", "MT", "59722", "1970-07-30", "507 Missouri Ave", False),
    ("BTM015", "Shelby", "", "Lindqvist", "", "", "Garrett", "Lindqvist", "Deer Lodge", "MT", "59722", "1973-12-01", "507 Missouri Ave", False),
    ("BTM016", "Agnes", "", "Peterka", "Aggie", "Duffner", "", "", "Deer Lodge", "MT", "59722", "1932-02-19", "110 Clark St", False),
    ("BTM017", "Roderick", "", "McQuillan", "Rod", "", "", "", "Deer Lodge", "MT", "59722", "1963-06-06", "902 Kohrs St", False),
]

BLANK_COORDS = {"BTM016", "BTM021"}      # derived from the ZIP
BLANK_FIPS = {"BTM017"}                  # county left blank
NO_BIRTH = {"BTM019", "BTM022"}
NO_PHONE = {"BTM013", "BTM018"}
NO_ADDRESS = {"BTM022"}
