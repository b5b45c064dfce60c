"""Hand-written roster for eval part sfx: Sioux Falls, S.D. and its neighbours (Minnehaha and Lincoln Counties).
All people invented; places, ZIP codes and county FIPS real (FIPS and ZIP centroids from addfips / zipcodes)."""

FIRM = "cataractcapital.example"
# adviser by client (three advisers at the invented firm)
ADV_OYEN = f"a.oyen@{FIRM}"        # Sioux Falls (Minnehaha side), Brandon, Hartford
ADV_BREKKE = f"k.brekke@{FIRM}"    # Lincoln County: Harrisburg, Tea, Lennox, Canton, south Sioux Falls
ADV_MULDER = f"j.mulder@{FIRM}"    # older Sioux Falls households

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("SFX001", "Arnold", "J.", "Te Slaa", "Arnie", "", "Gertrude", "Te Slaa", "Sioux Falls", "SD", "57105",
     "1944-08-21", "2108 S Phillips Ave", False, ADV_MULDER),
    ("SFX002", "Gertrude", "", "Te Slaa", "Trudy", "Bruinsma", "Arnold", "Te Slaa", "Sioux Falls", "SD", "57105",
     "1946-11-02", "2108 S Phillips Ave", False, ADV_MULDER),
    ("SFX003", "Marlys", "", "Eidsness", "", "Quam", "", "", "Brandon", "SD", "57005",
     "1941-06-14", "505 E Holly Blvd", False, ADV_OYEN),
    ("SFX004", "Duane", "L.", "Tschetter", "", "", "Rhonda", "Tschetter", "Harrisburg", "SD", "57032",
     "1963-02-09", "402 N Cliff Ave", False, ADV_BREKKE),
    ("SFX005", "Rhonda", "", "Tschetter", "", "Wipf", "Duane", "Tschetter", "Harrisburg", "SD", "57032",
     "1965-07-30", "402 N Cliff Ave", False, ADV_BREKKE),
    ("SFX006", "Kjersti", "", "Fjelstad", "Kris", "", "", "", "Sioux Falls", "SD", "57106",
     "1979-04-11", "5309 W 41st St", False, ADV_OYEN),
    ("SFX007", "Mary Beth", "", "Hoogendoorn", "", "", "Calvin", "Hoogendoorn", "Tea", "SD", "57064",
     "1958-10-05", "225 E 1st St", False, ADV_BREKKE),
    ("SFX008", "Calvin", "", "Hoogendoorn", "Cal", "", "Mary Beth", "Hoogendoorn", "Tea", "SD", "57064",
     "1956-12-17", "225 E 1st St", False, ADV_BREKKE),
    ("SFX009", "LeRoy", "", "Aamot Jr.", "", "", "Phyllis", "Aamot", "Lennox", "SD", "57039",
     "1952-03-23", "116 S Main St", False, ADV_BREKKE),
    ("SFX010", "Phyllis", "", "Aamot", "", "Ostrem", "LeRoy", "Aamot Jr.", "Lennox", "SD", "57039",
     "1954-09-08", "116 S Main St", False, ADV_BREKKE),
    ("SFX011", "Jolene", "", "Kleinsasser", "", "", "", "", "Sioux Falls", "SD", "57108",
     "1970-01-27", "7012 S Louise Ave", False, ADV_BREKKE),
    ("SFX012", "Orrin", "M.", "Brende", "", "", "Lorraine", "Brende", "Sioux Falls", "SD", "57103",
     "1937-05-20", "1809 E 10th St", False, ADV_MULDER),
    ("SFX013", "Lorraine", "", "Brende", "", "Hegg", "Orrin", "Brende", "Sioux Falls", "SD", "57103",
     "1940-01-15", "1809 E 10th St", False, ADV_MULDER),
    ("SFX014", "Dale", "", "Vander Wal", "", "", "Karla", "Vander Wal", "Brandon", "SD", "57005",
     "1960-08-04", "1200 N Splitrock Blvd", False, ADV_OYEN),
    ("SFX015", "Colleen", "", "O'Halloran", "", "", "", "", "Sioux Falls", "SD", "57110",
     "1966-03-17", "4605 E 26th St", False, ADV_OYEN),
    ("SFX016", "Gerrit", "", "Bruinsma", "", "", "", "", "Sioux Falls", "SD", "57104",
     "1942-05-29", "1415 N Main Ave", True, ADV_MULDER),
    ("SFX017", "Nathaniel", "", "Hofer", "Nate", "", "Jessa", "Hofer", "Tea", "SD", "57064",
     "1985-06-02", "812 N Heritage Pkwy", False, ADV_BREKKE),
    ("SFX018", "Bradley", "", "Quam", "Brad", "", "", "", "Hartford", "SD", "57033",
     "1968-11-19", "309 N Main Ave", False, ADV_OYEN),
    ("SFX019", "Michelle", "", "Rozeboom", "Shelly", "", "Todd", "Rozeboom", "Harrisburg", "SD", "57032",
     "1975-05-25", "1107 Prairie Creek Rd", False, ADV_BREKKE),
    ("SFX020", "Todd", "", "Rozeboom", "", "", "Michelle", "Rozeboom", "Harrisburg", "SD", "57032",
     "1973-02-14", "1107 Prairie Creek Rd", False, ADV_BREKKE),
    ("SFX021", "Kenneth", "", "Hegg", "Ken", "", "Darlene", "Hegg", "Canton", "SD", "57013",
     "1949-10-03", "402 E 5th St", False, ADV_BREKKE),
    ("SFX022", "Evangeline", "", "Wipf", "Vangie", "Waldner", "Jacob", "Wipf", "Sioux Falls", "SD", "57107",
     "1940-04-18", "2204 N Kiwanis Ave", False, ADV_MULDER),
]

# clients whose coordinates are left blank (derived from the ZIP by the engine)
BLANK_COORDS = {"SFX018"}
# hand-set household coordinates (lat, lon)
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
# clients without a birth date or phone in the CRM
NO_BIRTH = {"SFX015"}
NO_PHONE = {"SFX011"}
