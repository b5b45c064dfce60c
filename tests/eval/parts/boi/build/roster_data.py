"""Hand-written roster for the boi part (Treasure Valley and Mountain Home, Idaho). All people invented;
places, ZIPs and FIPS real."""

ADV = {
    "east": "a.larrea@sawtoothridgewealth.example",   # Boise, Eagle, Meridian, Kuna, Mountain Home
    "west": "t.kimura@sawtoothridgewealth.example",   # Nampa, Caldwell
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    # ---- Basque families ----
    ("BOI001", "Ignacio", "", "Echevarria", "Nacho", "", "Miren", "Echevarria", "Boise", "83702", "1948-06-12", "1207 W Hays St", False, "east"),
    ("BOI002", "Miren", "", "Echevarria", "", "Urquidi", "Ignacio", "Echevarria", "Boise", "83702", "1951-09-30", "1207 W Hays St", False, "east"),
    ("BOI003", "Domingo", "", "Goicoechea Jr.", "Mingo", "", "Kathleen", "Goicoechea", "Eagle", "83616", "1960-11-04", "455 N Eagle Hills Way", False, "east"),
    ("BOI004", "Maria Teresa", "", "Uberuaga", "Maite", "Arrizabalaga", "", "", "Boise", "83706", "1956-01-22", "2214 S Owyhee St", False, "east"),
    ("BOI005", "Lorenzo", "", "Urquidi", "Larry", "", "Pilar", "Urquidi", "Meridian", "83642", "1944-03-09", "1880 E Pine Ave", False, "east"),
    ("BOI006", "Pilar", "", "Urquidi", "", "Aldecoa", "Lorenzo", "Urquidi", "Meridian", "83642", "1946-07-15", "1880 E Pine Ave", False, "east"),
    ("BOI023", "Pedro", "", "Aldecoa", "Pete", "", "", "", "Mountain Home", "83647", "1952-02-19", "640 N 3rd E", False, "east"),
    ("BOI025", "Inaki", "", "Aguirre Bilbao", "", "", "", "", "Boise", "83702", "1979-05-08", "310 S 6th St Apt 4", False, "east"),
    ("BOI024", "Ashley", "Anne", "Bilbao", "", "", "", "", "Boise", "83709", "1996-08-27", "7720 W Amity Rd", False, "east"),
    # ---- Latter-day Saint pioneer families ----
    ("BOI007", "Heber", "Lyman", "Tolman", "", "", "LaRae", "Tolman", "Kuna", "83634", "1950-04-18", "2950 W Hubbard Rd", False, "east"),
    ("BOI008", "LaRae", "", "Tolman", "", "Lyman", "Heber", "Tolman", "Kuna", "83634", "1952-12-01", "2950 W Hubbard Rd", False, "east"),
    ("BOI009", "Wendell", "", "Bybee Sr.", "Dell", "", "Verla", "Bybee", "Nampa", "83686", "1947-10-23", "418 W Greenhurst Rd", False, "west"),
    ("BOI010", "Mary Lou", "", "Hymas", "", "Call", "Kent", "Hymas", "Caldwell", "83605", "1958-03-14", "2103 S Montana Ave", False, "west"),
    ("BOI011", "Kent", "R.", "Hymas", "", "", "Mary Lou", "Hymas", "Caldwell", "83605", "1956-08-02", "2103 S Montana Ave", False, "west"),
    ("BOI012", "JaNae", "", "Christiansen", "", "Van Orden", "Brigham", "Christiansen", "Meridian", "83646", "1981-06-09", "3327 N Ten Mile Rd", False, "east"),
    ("BOI022", "LaVell", "", "Van Orden", "", "", "", "", "Kuna", "83634", "1941-01-30", "880 N Linder Ave", True, "east"),
    # ---- Mexican-American families ----
    ("BOI013", "Rosa Elena", "", "Zamora Villalobos", "Rosie", "", "Ernesto", "Zamora", "Nampa", "83651", "1963-05-21", "915 3rd St S", False, "west"),
    ("BOI014", "Ernesto", "", "Zamora", "", "", "Rosa Elena", "Zamora Villalobos", "Nampa", "83651", "1961-02-11", "915 3rd St S", False, "west"),
    ("BOI015", "Joaquin", "", "Castaneda Ruiz", "", "", "", "", "Caldwell", "83607", "1972-09-17", "1604 Cleveland Blvd", False, "west"),
    ("BOI016", "Socorro", "", "Herrera Magana", "Coco", "", "", "", "Kuna", "83634", "1940-08-08", "561 W 4th St", False, "east"),
    # ---- Japanese-American families ----
    ("BOI017", "George", "Kiyoshi", "Tamura", "", "", "Fumiko", "Tamura", "Caldwell", "83605", "1939-12-03", "1122 Everett St", False, "west"),
    ("BOI018", "Fumiko", "", "Tamura", "Fumi", "Hironaka", "George", "Tamura", "Caldwell", "83605", "1942-04-25", "1122 Everett St", False, "west"),
    ("BOI019", "Naomi", "", "Fujikawa", "", "Nakashima", "Dean", "Fujikawa", "Boise", "83713", "1975-10-12", "11020 W Ustick Rd", False, "east"),
    ("BOI020", "Kenji", "", "Morishita", "Ken", "", "Darlene", "Morishita", "Mountain Home", "83647", "1966-07-04", "1455 Sunset Strip", False, "east"),
    # ---- others ----
    ("BOI021", "Colleen", "", "OKeefe", "", "", "", "", "Eagle", "83616", "1968-02-02", "77 E State St", False, "east"),
]

# clients whose coordinates are left blank (derived from the ZIP by the engine)
BLANK_COORDS = {"BOI016", "BOI021"}
BLANK_FIPS = {"BOI024"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"BOI025", "BOI012"}
NO_PHONE = {"BOI016", "BOI024"}
