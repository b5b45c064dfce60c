"""Hand-written roster for eval part hnl (Honolulu County, Hawaii). All people invented; places, ZIPs, FIPS real."""

# adviser by city (invented firm domain)
ADV = {
    "Kaneohe": "m.kealamakia@koolaucrestwealth.example",
    "Kailua": "m.kealamakia@koolaucrestwealth.example",
    "Pearl City": "r.dacanay@koolaucrestwealth.example",
    "Waipahu": "r.dacanay@koolaucrestwealth.example",
    "Honolulu": "j.okimoto@koolaucrestwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- Windward Oahu: Kaneohe, Kailua ----
    ("HNL001", "Glenn", "Masaru", "Shimabukuro", "", "", "Joyce", "Shimabukuro", "Kaneohe", "HI", "96744", "1948-06-21", "45-512 Keaahala Rd", False),
    ("HNL002", "Joyce", "Emiko", "Shimabukuro", "", "Tamashiro", "Glenn", "Shimabukuro", "Kaneohe", "HI", "96744", "1950-11-02", "45-512 Keaahala Rd", False),
    ("HNL005", "David", "Keola", "Kahananui", "Kawika", "", "Noelani", "Kahananui", "Kailua", "HI", "96734", "1962-08-14", "1247 Akipohe St", False),
    ("HNL006", "Noelani", "", "Kahananui", "", "Kapuniai", "David", "Kahananui", "Kailua", "HI", "96734", "1964-03-30", "1247 Akipohe St", False),
    ("HNL015", "Pualani", "", "Kamakau", "Pua", "", "", "", "Kaneohe", "HI", "96744", "1958-01-19", "46-077 Haiku Rd", False),
    ("HNL017", "Darlene", "", "Rapoza", "", "", "", "", "Kailua", "HI", "96734", "1947-09-05", "330 Kawailoa Rd", False),
    ("HNL019", "Keola", "", "Naone", "", "", "Leimamo", "Naone", "Kaneohe", "HI", "96744", "1981-05-12", "47-340 Ahuimanu Rd", False),
    # ---- Leeward / Central: Pearl City, Waipahu ----
    ("HNL003", "Ronald", "Kenji", "Kanemori", "Ron", "", "Lorraine", "Kanemori", "Pearl City", "HI", "96782", "1955-02-07", "1580 Hoolaulea St", False),
    ("HNL004", "Lorraine", "Sachiko", "Kanemori", "", "Higashionna", "Ronald", "Kanemori", "Pearl City", "HI", "96782", "1957-12-15", "1580 Hoolaulea St", False),
    ("HNL007", "Benjamin", "Kaleo", "Kaaihue Jr.", "Bennie", "", "", "", "Waipahu", "HI", "96797", "1970-10-23", "94-1035 Kaukahi Pl", False),
    ("HNL008", "Rogelio", "", "Agbayani", "Roger", "", "Erlinda", "Agbayani", "Waipahu", "HI", "96797", "1952-04-28", "94-410 Hanawai Cir", False),
    ("HNL009", "Erlinda", "", "Agbayani", "Linda", "Ramiscal", "Rogelio", "Agbayani", "Waipahu", "HI", "96797", "1954-07-09", "94-410 Hanawai Cir", False),
    ("HNL011", "Ferdinand", "", "Bumanglag Jr.", "Ferdie", "", "", "", "Waipahu", "HI", "96797", "1975-01-30", "94-227 Pupuole St", False),
    ("HNL020", "Herberto", "", "Ramiscal", "Herbie", "", "", "", "Waipahu", "HI", "96797", "1949-03-17", "94-630 Farrington Hwy", True),
    ("HNL021", "Jocelyn", "", "Pascua", "Joy", "", "", "", "Pearl City", "HI", "96782", "1978-09-26", "920 Moanalua Rd", False),
    # ---- Honolulu ----
    ("HNL010", "Maria Luz", "", "Cabanilla", "Luz", "", "", "", "Honolulu", "HI", "96817", "1966-06-03", "1930 Kalihi St", False),
    ("HNL012", "Clyde", "Tsutomu", "Nakasato", "", "", "Amy", "Nakasato", "Honolulu", "HI", "96816", "1944-03-09", "3519 Waialae Ave", False),
    ("HNL022", "Amy", "", "Nakasato", "", "Fujioka", "Clyde", "Nakasato", "Honolulu", "HI", "96816", "1947-10-28", "3519 Waialae Ave", False),
    ("HNL013", "Sharon", "Yoshie", "Tanigawa", "", "Nakasato", "Stanley", "Tanigawa", "Honolulu", "HI", "96822", "1950-05-11", "2836 Kaaha St", False),
    ("HNL014", "Stanley", "", "Tanigawa", "Stan", "", "Sharon", "Tanigawa", "Honolulu", "HI", "96822", "1948-08-01", "2836 Kaaha St", False),
    ("HNL016", "Wendell", "", "Ah Sing", "", "", "", "", "Honolulu", "HI", "96817", "1960-12-04", "1415 Liliha St", False),
    ("HNL018", "Calvin", "Jae-won", "Pyun", "", "", "", "", "Honolulu", "HI", "96826", "1980-02-22", "2415 Date St", False),
]

COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
BLANK_COORDS = {"HNL016"}   # ZIP centroid used
BLANK_FIPS = {"HNL021"}     # derived from ZIP
NO_PHONE = {"HNL018"}
NO_BIRTH: set[str] = set()
