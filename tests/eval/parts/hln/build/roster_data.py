"""Hand-written roster for the hln part (west-central Montana). People invented; places, ZIPs, FIPS real."""

ADV = {  # by county FIPS
    "30049": "k.halvorsen@gulchwealth.example",   # Lewis and Clark (Helena, East Helena)
    "30043": "k.halvorsen@gulchwealth.example",   # Jefferson (Boulder, Clancy)
    "30007": "m.ruiz@gulchwealth.example",        # Broadwater (Townsend, Toston, Winston)
    "30059": "m.ruiz@gulchwealth.example",        # Meagher (White Sulphur Springs)
    "30077": "m.ruiz@gulchwealth.example",        # Powell (Deer Lodge)
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("HLN001", "Arlen", "M.", "Tveit", "", "", "Marjorie", "Tveit", "Toston", "MT", "59643", "1943-06-11", "312 Railroad Ave", False),
    ("HLN002", "Marjorie", "", "Tveit", "Margie", "Schwalbe", "Arlen", "Tveit", "Toston", "MT", "59643", "1946-02-20", "312 Railroad Ave", False),
    ("HLN003", "Clifford", "", "Brekke", "Cliff", "", "Delores", "Brekke", "Helena", "MT", "59601", "1950-08-04", "1120 Breckenridge St", False),
    ("HLN004", "Delores", "", "Brekke", "Dee", "Ostberg", "Clifford", "Brekke", "Helena", "MT", "59601", "1952-11-30", "1120 Breckenridge St", False),
    ("HLN005", "Mary Lou", "", "Kovacich", "", "Petrich", "", "", "Helena", "MT", "59601", "1947-03-15", "608 N Rodney St", False),
    ("HLN006", "Wendell", "", "Ostrander", "Bud", "", "Ione", "Ostrander", "Deer Lodge", "MT", "59722", "1941-09-09", "415 Missouri Ave", False),
    ("HLN007", "Ione", "", "Ostrander", "", "Rasmussen", "Wendell", "Ostrander", "Deer Lodge", "MT", "59722", "1944-05-02", "415 Missouri Ave", False),
    ("HLN008", "Rudolph", "J.", "Koenig Jr.", "Rudy", "", "Patricia", "Koenig", "Boulder", "MT", "59632", "1961-10-21", "208 W Centennial Ave", False),
    ("HLN009", "Patricia", "", "Koenig", "Trish", "", "Rudolph", "Koenig Jr.", "Boulder", "MT", "59632", "1963-04-07", "208 W Centennial Ave", False),
    ("HLN010", "Renée", "", "Gardipee Laverdure", "", "", "", "", "Helena", "MT", "59602", "1979-01-25", "3890 Wylie Dr", False),
    ("HLN011", "Jens", "", "Amundgaard", "", "", "", "", "Townsend", "MT", "59644", "1993-07-19", "117 N Cedar St", False),
    ("HLN012", "Tyson", "", "Wickersham", "Ty", "", "Gwen", "Wickersham", "Helena", "MT", "59601", "1957-12-02", "2215 Highland St", False),
    ("HLN013", "Eleanor", "", "Saukko", "Ellie", "", "", "", "White Sulphur Springs", "MT", "59645", "1944-08-27", "22 E Main St", False),
    ("HLN014", "Gerald", "R.", "Fenske", "Jerry", "", "Lorna", "Fenske", "Deer Lodge", "MT", "59722", "1949-02-14", "903 Texas Ave", False),
    ("HLN015", "Lorna", "", "Fenske", "", "Bakke", "Gerald", "Fenske", "Deer Lodge", "MT", "59722", "1951-06-28", "903 Texas Ave", False),
    ("HLN016", "Hazel", "", "Ruebke", "", "Haugen", "", "", "White Sulphur Springs", "MT", "59645", "1937-04-12", "301 2nd Ave SE", False),
    ("HLN017", "Duane", "", "Stoltenberg", "", "", "", "", "Townsend", "MT", "59644", "1966-01-09", "45 Harrison St", True),
    ("HLN018", "Teodoro", "", "Quilici", "Teo", "", "Anna", "Quilici", "Helena", "MT", "59601", "1972-05-30", "730 Peosta Ave", False),
    ("HLN019", "Ingrid", "", "Bjornstad", "", "", "", "", "Boulder", "MT", "59632", "1968-09-14", "110 S Jefferson St", False),
    ("HLN020", "Marcus", "", "Reinholt", "", "", "Sandra", "Reinholt", "Deer Lodge", "MT", "59722", "1955-03-03", "211 Main St", False),
    ("HLN021", "Shawna", "", "Doney", "", "Azure", "Travis", "Doney", "East Helena", "MT", "59635", "1980-10-10", "19 Dudley Ave", False),
    ("HLN022", "Travis", "", "Doney", "", "", "Shawna", "Doney", "East Helena", "MT", "59635", "1978-06-17", "19 Dudley Ave", False),
    ("HLN023", "LeRoy", "", "Schaeffer", "Roy", "", "Bonnie", "Schaeffer", "Winston", "MT", "59647", "1959-11-11", "3 Beaver Creek Rd", False),
    ("HLN024", "Bonnie", "", "Schaeffer", "", "Mraz", "LeRoy", "Schaeffer", "Winston", "MT", "59647", "1961-02-08", "3 Beaver Creek Rd", False),
    ("HLN025", "Callie", "Jo", "Nordahl", "", "", "", "", "Clancy", "MT", "59634", "1984-09-03", "44 Lump Gulch Rd", False),
]

NO_BIRTH = {"HLN010", "HLN022"}
NO_PHONE = {"HLN019", "HLN025"}
NO_ADDRESS = {"HLN011"}
BLANK_COORDS = {"HLN016"}   # derived from the ZIP by the importer
