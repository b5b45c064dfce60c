"""Hand-written roster for the gtr part (Golden Triangle of northeast Mississippi). People invented; ZIPs, FIPS real."""

ADV = {
    "Columbus": "r.calloway@magnoliatrust.example",
    "Caledonia": "r.calloway@magnoliatrust.example",
    "Starkville": "l.whitt@magnoliatrust.example",
    "West Point": "l.whitt@magnoliatrust.example",
    "Macon": "l.whitt@magnoliatrust.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("GTR001", "Thaddeus", "Wayne", "Pruitt", "Tad", "", "Lurleen", "Pruitt", "Columbus", "MS", "39705", "1947-08-14", "1180 Military Rd", False),
    ("GTR002", "Lurleen", "", "Pruitt", "", "Hollingsworth", "Thaddeus", "Pruitt", "Columbus", "MS", "39705", "1950-02-03", "1180 Military Rd", False),
    ("GTR003", "Odell", "", "Beckwith Jr.", "Dell", "", "Merline", "Beckwith", "Starkville", "MS", "39759", "1956-11-22", "402 Louisville St", False),
    ("GTR004", "Merline", "", "Beckwith", "", "Tate", "Odell", "Beckwith Jr.", "Starkville", "MS", "39759", "1958-04-09", "402 Louisville St", False),
    ("GTR005", "Mary Frances", "", "Gandy", "", "Ivy", "", "", "West Point", "MS", "39773", "1939-06-27", "27 E Main St", False),
    ("GTR006", "Earnestine", "", "Humphries", "Teenie", "", "", "", "Macon", "MS", "39341", "1946-01-30", "310 N Jefferson St", False),
    ("GTR007", "Wendell", "", "Crumpton", "Buddy", "", "Della", "Crumpton", "Starkville", "MS", "39759", "1952-03-18", "88 Sand Creek Rd", False),
    ("GTR008", "Della", "", "Crumpton", "", "Sudduth", "Wendell", "Crumpton", "Starkville", "MS", "39759", "1954-12-01", "88 Sand Creek Rd", False),
    ("GTR009", "Lakeisha", "", "Ivory-Sims", "Keisha", "Ivory", "Marcus", "Sims", "Columbus", "MS", "39702", "1981-05-05", "612 Lehmberg Rd", False),
    ("GTR010", "Hollis", "", "Threadgill", "", "", "", "", "Caledonia", "MS", "39740", "1960-10-02", "4410 Wolfe Rd", True),
    ("GTR011", "Bobbie Sue", "", "Kimbrell", "", "Nance", "Ransom", "Kimbrell", "Columbus", "MS", "39701", "1957-09-30", "215 College St", False),
    ("GTR012", "Ransom", "", "Kimbrell", "", "", "Bobbie Sue", "Kimbrell", "Columbus", "MS", "39701", "1955-07-07", "215 College St", False),
    ("GTR013", "Prentiss", "", "Vowell", "", "", "", "", "Starkville", "MS", "39759", "1969-10-10", "19 Greensboro St", False),
    ("GTR014", "Augustus", "", "Dabbs", "Gus", "", "Claudette", "Dabbs", "West Point", "MS", "39773", "1941-02-12", "640 Hwy 45 Alt N", False),
    ("GTR015", "Claudette", "", "Dabbs", "", "McCrory", "Augustus", "Dabbs", "West Point", "MS", "39773", "1944-05-20", "640 Hwy 45 Alt N", False),
    ("GTR016", "Luther", "", "Shumpert", "", "", "", "", "Macon", "MS", "39341", "1938-04-04", "72 Pearl St", False),
    ("GTR017", "Jarvis", "", "Boykin", "", "", "Tameka", "Boykin", "Columbus", "MS", "39702", "1978-03-03", "1507 Ridge Rd", False),
    ("GTR018", "Tameka", "", "Boykin", "", "Gates", "Jarvis", "Boykin", "Columbus", "MS", "39702", "1980-09-14", "1507 Ridge Rd", False),
    ("GTR019", "Harriet", "", "Ledbetter", "Hattie", "Nabors", "", "", "Starkville", "MS", "39759", "1943-07-19", "505 Oktoc Rd", False),
    ("GTR020", "Coy", "", "Fondren", "", "", "Annette", "Fondren", "West Point", "MS", "39773", "1963-04-25", "233 Commerce St", False),
    ("GTR021", "Ora Lee", "", "Mabry", "", "", "Isaiah", "Mabry", "Macon", "MS", "39341", "1949-12-12", "15 Wayne St", False),
    ("GTR022", "Virgil", "", "Tubb", "", "", "Opal", "Tubb", "Columbus", "MS", "39705", "1944-01-21", "1202 Military Rd", False),
]

BLANK_COORDS = {"GTR006", "GTR019"}      # derived from the ZIP
BLANK_FIPS = {"GTR013"}                 # derived from the ZIP
NO_BIRTH = {"GTR013", "GTR020"}
NO_PHONE = {"GTR005", "GTR013"}
NO_ADDRESS = {"GTR009"}
