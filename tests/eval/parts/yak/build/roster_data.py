"""Hand-written roster for the yak part (Yakima, Selah, Union Gap, Wash.). All people invented; ZIPs and FIPS real."""

ADV_A = "m.castellanos@orchardridgewealth.example"   # Selah and north Yakima
ADV_B = "p.lindqvist@orchardridgewealth.example"     # Union Gap and the rest of Yakima

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("YAK001", "Wendell", "A.", "Ostergaard", "Dell", "", "Ilse", "Ostergaard", "Yakima", "WA", "98908", "1944-02-11", "5210 Englewood Ave", False, ADV_A),
    ("YAK002", "Ilse", "", "Ostergaard", "", "Brekke", "Wendell", "Ostergaard", "Yakima", "WA", "98908", "1946-07-30", "5210 Englewood Ave", False, ADV_A),
    ("YAK003", "Lloyd", "", "Kaltenbach Jr.", "", "", "Debra", "Kaltenbach", "Selah", "WA", "98942", "1961-05-19", "311 W Goodlander Rd", False, ADV_A),
    ("YAK004", "Mary Lou", "", "Fennimore", "", "Hirai", "", "", "Union Gap", "WA", "98903", "1950-10-03", "2404 W Valley Mall Blvd", False, ADV_B),
    ("YAK005", "Rigoberto", "", "Zamudio Tapia", "Beto", "", "Araceli", "Zamudio", "Union Gap", "WA", "98903", "1968-01-22", "1708 Ahtanum Rd", False, ADV_B),
    ("YAK006", "Araceli", "", "Zamudio", "", "Ceja", "Rigoberto", "Zamudio Tapia", "Union Gap", "WA", "98903", "1971-09-08", "1708 Ahtanum Rd", False, ADV_B),
    ("YAK007", "Bernadette", "M.", "OShaughnessy", "Bernie", "", "", "", "Yakima", "WA", "98902", "1954-03-17", "614 S 38th Ave", False, ADV_B),
    ("YAK008", "Hendrik", "", "Van Wingerden", "Henk", "", "Geertruida", "Van Wingerden", "Yakima", "WA", "98901", "1947-11-26", "1302 N 16th St", False, ADV_B),
    ("YAK009", "Thaddeus", "", "Brumbaugh", "Tad", "", "Kristen", "Brumbaugh", "Selah", "WA", "98942", "1979-04-04", "88 Wenas Rd", False, ADV_A),
    ("YAK010", "Kristen", "", "Brumbaugh", "", "Lindahl", "Thaddeus", "Brumbaugh", "Selah", "WA", "98942", "1981-12-12", "88 Wenas Rd", False, ADV_A),
    ("YAK011", "Gwendolyn", "", "Harbaugh", "Gwen", "Tillotson", "", "", "Yakima", "WA", "98902", "1939-06-02", "1011 S 24th Ave", False, ADV_B),
    ("YAK012", "Anand", "", "Kothapalli", "", "", "Sunitha", "Kothapalli", "Yakima", "WA", "98908", "1977-08-15", "7 Scenic Dr", False, ADV_A),
    ("YAK013", "Ezekiel", "", "Thornquist", "Zeke", "", "Marcy", "Thornquist", "Selah", "WA", "98942", "1959-02-27", "204 N 3rd St", False, ADV_A),
    ("YAK014", "Consuelo", "", "Barragan", "Connie", "", "", "", "Yakima", "WA", "98902", "1961-06-21", "2901 Tieton Dr", False, ADV_B),
    ("YAK015", "Orville", "", "Pfenning", "", "", "Lorraine", "Pfenning", "Union Gap", "WA", "98903", "1940-04-09", "3110 Main St", False, ADV_B),
    ("YAK016", "Marisela", "", "Ontiveros", "", "", "Javier", "Ontiveros", "Union Gap", "WA", "98903", "1982-05-05", "2001 S 1st St", False, ADV_B),
    ("YAK017", "Garrett", "", "Schoenborn", "", "", "", "", "Selah", "WA", "98942", "1963-10-10", "615 Speyers Rd", True, ADV_A),
    ("YAK018", "Beverly", "", "Ackerlund", "Bev", "Voss", "Gary", "Ackerlund", "Selah", "WA", "98942", "1952-08-19", "1120 N Wenas Ave", False, ADV_A),
    ("YAK019", "Dwight", "L.", "Haberman", "", "", "Nadine", "Haberman", "Yakima", "WA", "98908", "1949-01-30", "402 N 64th Ave", False, ADV_A),
    ("YAK020", "Hollis", "", "Grunewald", "", "", "Mavis", "Grunewald", "Yakima", "WA", "98901", "", "1815 Terrace Heights Dr", False, ADV_B),
    ("YAK021", "Tobias", "", "Wickersham", "Toby", "", "", "", "Yakima", "WA", "98901", "1988-09-14", "22 E Yakima Ave Apt 4", False, ADV_B),
    ("YAK022", "Ruth Ellen", "", "Magnusson", "", "Voss", "Arvid", "Magnusson", "Selah", "WA", "98942", "1948-12-01", "450 E Naches Ave", False, ADV_A),
]

# Union Gap has no ZIP of its own in `zipcodes` (98903's centroid lies in west Yakima); its clients get
# hand-set coordinates in Union Gap itself.
COORD_OVERRIDES = {
    "YAK004": (46.5562, -120.4903),
    "YAK005": (46.5588, -120.4962),
    "YAK006": (46.5588, -120.4962),
    "YAK015": (46.5541, -120.4755),
    "YAK016": (46.5519, -120.4712),
}
