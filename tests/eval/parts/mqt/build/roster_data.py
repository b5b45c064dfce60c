"""Hand-written roster for eval part mqt (Marquette / Upper Peninsula of Michigan). All people invented;
places, ZIP codes and county FIPS are real."""

ADV = {
    "Marquette": "m.raatikainen@superiorridgewealth.example",
    "Alger": "m.raatikainen@superiorridgewealth.example",
    "Delta": "d.trudeau@superiorridgewealth.example",
    "Houghton": "d.trudeau@superiorridgewealth.example",
    "Baraga": "d.trudeau@superiorridgewealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("MQT001", "Arvo", "", "Heikkinen", "", "", "Sandra", "Heikkinen", "Marquette", "MI", "49855", "1948-06-21", "1412 Presque Isle Ave", False),
    ("MQT002", "Sandra", "", "Heikkinen", "Sandy", "Niemi", "Arvo", "Heikkinen", "Marquette", "MI", "49855", "1951-02-09", "1412 Presque Isle Ave", False),
    ("MQT003", "Waino", "E.", "Ranta", "Wayne", "", "Elvi", "Ranta", "Negaunee", "MI", "49866", "1941-08-12", "210 Teal Lake Ave", False),
    ("MQT004", "Jennifer", "", "Pascoe", "Jenny", "", "", "", "Ishpeming", "MI", "49849", "1972-11-30", "318 N Pine St", False),
    ("MQT005", "Richard", "", "Trevarthen Jr.", "Rick", "", "Carol", "Trevarthen", "Negaunee", "MI", "49866", "1960-04-05", "77 Iron St", False),
    ("MQT006", "Carol", "", "Trevarthen", "", "Carlson", "Richard", "Trevarthen Jr.", "Negaunee", "MI", "49866", "1962-09-17", "77 Iron St", False),
    ("MQT007", "Anthony", "", "DellOrso", "Tony", "", "Linda", "DellOrso", "Ishpeming", "MI", "49849", "1950-01-14", "505 Bank St", False),
    ("MQT008", "Jeanne Marie", "", "LaFave", "", "Beauchamp", "Gerald", "LaFave", "Escanaba", "MI", "49829", "1954-07-07", "1120 Lake Shore Dr", False),
    ("MQT009", "Gerald", "", "LaFave", "Gerry", "", "Jeanne Marie", "LaFave", "Escanaba", "MI", "49829", "1951-12-02", "1120 Lake Shore Dr", False),
    ("MQT010", "Raymond", "", "Denomie", "Ray", "", "Michelle", "Denomie", "Baraga", "MI", "49908", "1974-03-22", "16 Superior Ave", False),
    ("MQT011", "Ingrid", "M.", "Nordqvist", "", "", "", "", "Gladstone", "MI", "49837", "1950-03-14", "902 Delta Ave", False),
    ("MQT012", "Karl Erik", "", "Bergquist", "", "", "Diane", "Bergquist", "Escanaba", "MI", "49829", "1958-10-03", "2214 7th Ave S", False),
    ("MQT013", "Diane", "", "Bergquist", "", "Perrault", "Karl Erik", "Bergquist", "Escanaba", "MI", "49829", "1960-05-29", "2214 7th Ave S", False),
    ("MQT014", "Maria Elena", "", "Gutierrez Salas", "", "", "", "", "Houghton", "MI", "49931", "1979-08-08", "1203 College Ave", False),
    ("MQT015", "Tauno", "", "Hautala", "Tony", "", "Aili", "Hautala", "Hancock", "MI", "49930", "1946-12-01", "440 Quincy St", False),
    ("MQT016", "Kathleen", "", "Salmi", "Kathy", "Pelto", "", "", "Munising", "MI", "49862", "1961-05-15", "311 Elm Ave", False),
    ("MQT017", "William", "", "Penhale", "Bill", "", "Joyce", "Penhale", "Ishpeming", "MI", "49849", "1953-02-11", "121 Cleveland Ave", False),
    ("MQT018", "Joyce", "", "Penhale", "", "Rowe", "William", "Penhale", "Ishpeming", "MI", "49849", "1955-06-30", "121 Cleveland Ave", False),
    ("MQT019", "Dominic", "", "Santori", "Dom", "", "Julie", "Santori", "Gwinn", "MI", "49841", "1967-09-09", "45 W Iron St", False),
    ("MQT020", "Harold", "", "Tregembo", "Hal", "", "", "", "Negaunee", "MI", "49866", "1936-04-04", "19 Case St", True),
    ("MQT021", "Paul", "", "St. Onge", "", "", "", "", "Marquette", "MI", "49855", "1970-10-21", "620 W Ridge St", False),
    ("MQT022", "Erik", "", "Heikkinen", "", "", "", "", "Marquette", "MI", "49855", "1989-01-19", "1730 Wright St", False),
    ("MQT023", "Eino", "", "Rautiainen", "Ike", "", "", "", "Munising", "MI", "49862", "1944-11-11", "", False),
    ("MQT024", "Elvi", "", "Ranta", "", "Koskela", "Waino", "Ranta", "Negaunee", "MI", "49866", "1944-05-02", "210 Teal Lake Ave", False),
]
COUNTY = {"Marquette": "Marquette", "Negaunee": "Marquette", "Ishpeming": "Marquette", "Gwinn": "Marquette",
          "Escanaba": "Delta", "Gladstone": "Delta", "Munising": "Alger", "Houghton": "Houghton",
          "Hancock": "Houghton", "Baraga": "Baraga"}
NO_BIRTH = {"MQT021", "MQT023"}
NO_PHONE = {"MQT014", "MQT022"}
BLANK_COORDS = {"MQT016", "MQT020"}
BLANK_FIPS = {"MQT023"}
