"""Hand-written roster for the `ind` part (central Indiana; all people invented; places, ZIPs, FIPS real)."""

ADV_MJ = "k.ferreira@whitelickwealth.example"   # Marion and Johnson counties
ADV_H = "d.mccloud@whitelickwealth.example"     # Hamilton County


def ADV(zp: str) -> str:
    return ADV_H if zp.startswith(("4603", "4606")) else ADV_MJ


# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- Burmese Chin families, Southport / Perry Township / Greenwood ----
    ("IND001", "Cung", "", "Bik", "", "", "Ngun", "Tial", "Indianapolis", "IN", "46227", "1968-05-14", "5120 S Madison Ave", False),
    ("IND002", "Ngun", "", "Tial", "", "", "Cung", "Bik", "Indianapolis", "IN", "46227", "1972-11-02", "5120 S Madison Ave", False),
    ("IND003", "Van Lal", "", "Hmung", "", "", "", "", "Greenwood", "IN", "46143", "1985-03-09", "1350 Fry Rd Apt 12", False),
    # ---- German Catholic, south side / Franklin / Greenwood ----
    ("IND004", "Bernard", "J.", "Schoettmer Jr.", "Bernie", "", "Ruth", "Schoettmer", "Indianapolis", "IN", "46237", "1949-08-21", "7420 Shelby St", False),
    ("IND005", "Ruth", "Ann", "Schoettmer", "", "Obermeyer", "Bernard", "Schoettmer Jr.", "Indianapolis", "IN", "46237", "1951-02-06", "7420 Shelby St", False),
    ("IND006", "Mary Beth", "", "Huelsman", "", "Kluemper", "Dennis", "Huelsman", "Franklin", "IN", "46131", "1963-12-12", "88 E King St", False),
    ("IND007", "Gerald", "F.", "Wuensch", "Jerry", "", "", "", "Greenwood", "IN", "46142", "1940-04-17", "301 Smith Valley Rd", False),
    # ---- Black church families, northside Indianapolis and Lawrence ----
    ("IND008", "Deloris", "", "Abernathy", "Dee", "Pettiford", "Harold", "Abernathy", "Indianapolis", "IN", "46208", "1950-09-30", "3811 N Capitol Ave", False),
    ("IND009", "Harold", "L.", "Abernathy", "", "", "Deloris", "Abernathy", "Indianapolis", "IN", "46208", "1946-01-11", "3811 N Capitol Ave", False),
    ("IND010", "Marcus", "", "Tillman", "", "", "Keisha", "Tillman", "Lawrence", "IN", "46226", "1976-07-07", "6020 E 46th St", False),
    ("IND011", "Odessa", "", "Gaines", "", "", "", "", "Indianapolis", "IN", "46218", "1938-10-25", "2915 N Rural St", False),
    ("IND012", "Darnell", "L.", "Pryor Sr.", "", "", "Vanessa", "Pryor", "Lawrence", "IN", "46235", "1962-03-03", "10410 E 42nd St", False),
    # ---- Serbian Orthodox, Carmel / Fishers / Noblesville ----
    ("IND013", "Milan", "", "Jovanovic", "", "", "Vesna", "Jovanovic", "Carmel", "IN", "46032", "1957-06-28", "412 W Main St", False),
    ("IND014", "Vesna", "", "Jovanovic", "", "Petrovic", "Milan", "Jovanovic", "Carmel", "IN", "46032", "1960-01-19", "412 W Main St", False),
    ("IND015", "Dragana", "", "Stojanovic", "Gaga", "", "Nikola", "Stojanovic", "Fishers", "IN", "46038", "1975-04-22", "11730 Allisonville Rd", False),
    ("IND016", "Slobodan", "", "Markovic", "Boban", "", "", "", "Noblesville", "IN", "46060", "1958-09-09", "950 Conner St", False),
    # ---- Amish-Mennonite relatives (rural Indiana families; clients live in the metro) ----
    ("IND017", "Lorene", "", "Hochstetler", "", "Schwartz", "Vernon", "Hochstetler", "Noblesville", "IN", "46062", "1961-05-05", "17230 Little Chicago Rd", False),
    ("IND018", "Vernon", "", "Hochstetler", "Vern", "", "Lorene", "Hochstetler", "Noblesville", "IN", "46062", "1959-10-14", "17230 Little Chicago Rd", False),
    ("IND019", "Wilma", "", "Bontrager", "", "Miller", "Leroy", "Bontrager", "Franklin", "IN", "46131", "1955-07-31", "1460 N Main St", False),
    # ---- others ----
    ("IND020", "Jose Luis", "", "Hernandez Ochoa", "Pepe", "", "", "", "Fishers", "IN", "46037", "1979-02-15", "9760 E 116th St", False),
    ("IND021", "Kathleen", "", "OMalley", "Kate", "", "", "", "Carmel", "IN", "46033", "1966-11-11", "14 Brookshire Pkwy", False),
    ("IND022", "Richard", "", "Brunnemer", "Dick", "", "", "", "Greenwood", "IN", "46143", "1952-06-01", "640 Averitt Rd", True),
    ("IND023", "Helen", "", "Van Treese", "", "", "", "", "Carmel", "IN", "46033", "1961-03-28", "5 Woodland Dr", False),
    ("IND024", "Tamika", "", "Ruffin", "", "", "", "", "Indianapolis", "IN", "46220", "1981-08-19", "6225 N College Ave", False),
]

# CRM gaps
BLANK_COORDS = {"IND003", "IND019"}
BLANK_FIPS = {"IND023"}
NO_BIRTH = {"IND003", "IND016", "IND024"}
NO_PHONE = {"IND003", "IND020"}
NO_ADDRESS = {"IND024"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
