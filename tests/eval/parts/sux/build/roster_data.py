"""Hand-written roster for the sux part (Sioux City IA, South Sioux City NE, Le Mars IA). All people invented;
places, ZIPs and FIPS real."""

ADV = {
    "IA": "r.vanderploeg@loessbluffwealth.example",
    "NE": "t.ochoa@loessbluffwealth.example",
    "SD": "t.ochoa@loessbluffwealth.example",
}
AREA = {"IA": "712", "NE": "402", "SD": "605"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("SUX001", "Alois", "J.", "Schwebach", "Al", "", "Rosella", "Schwebach", "Le Mars", "IA", "51031", "1941-10-03", "411 3rd Ave SE", False),
    ("SUX002", "Rosella", "", "Schwebach", "Rosie", "Dreckman", "Alois", "Schwebach", "Le Mars", "IA", "51031", "1944-02-21", "411 3rd Ave SE", False),
    ("SUX003", "Lavern", "H.", "Oolbekkink", "Vern", "", "Henrietta", "Oolbekkink", "Sioux City", "IA", "51106", "1939-08-02", "3721 Glen Oaks Blvd", False),
    ("SUX004", "Yesenia", "", "Barrientos Quiñonez", "", "", "Efraín", "Barrientos", "South Sioux City", "NE", "68776", "1983-07-12", "1915 Dakota Ave", False),
    ("SUX005", "Kermit", "L.", "Dahlquist Jr.", "Kip", "", "Luanne", "Dahlquist", "Sergeant Bluff", "IA", "51054", "1958-04-17", "604 Lewis Dr", False),
    ("SUX006", "Luanne", "", "Dahlquist", "", "Rehder", "Kermit", "Dahlquist Jr.", "Sergeant Bluff", "IA", "51054", "1960-11-29", "604 Lewis Dr", False),
    ("SUX007", "Mary Bernadette", "", "Twohig", "Bernie", "", "", "", "Sioux City", "IA", "51104", "1952-03-08", "2310 Jackson St", False),
    ("SUX008", "Nyibol", "", "Majok", "", "", "", "", "Sioux City", "IA", "51105", "1979-01-01", "1120 Pierce St", False),
    ("SUX009", "Kim Loan", "", "Vuong", "Loan", "Truong", "Quang", "Vuong", "Sioux City", "IA", "51103", "1968-09-14", "1508 W 4th St", False),
    ("SUX010", "Quang", "", "Vuong", "Jimmy", "", "Kim Loan", "Vuong", "Sioux City", "IA", "51103", "1965-05-30", "1508 W 4th St", False),
    ("SUX011", "Declan", "", "ODwyer", "", "", "Maeve", "ODwyer", "North Sioux City", "SD", "57049", "1974-06-22", "480 Dakota Dunes Blvd", False),
    ("SUX012", "Evert", "", "Van Roekel", "Ev", "", "Gerda", "Van Roekel", "Le Mars", "IA", "51031", "1960-12-05", "28 6th St NE", False),
    ("SUX013", "Cordelia", "A.", "Brandvold", "", "Wubben", "Mark", "Brandvold", "Sioux City", "IA", "51106", "1961-02-16", "4405 Manor Cir", False),
    ("SUX014", "Wilbur", "", "Knoepfler", "Wib", "", "", "", "Le Mars", "IA", "51031", "1955-08-08", "902 Central Ave NW", True),
    ("SUX015", "Tavis", "", "Rouillard", "", "", "Shonda", "Rouillard", "South Sioux City", "NE", "68776", "1971-03-19", "3210 Cornhusker Dr", False),
    ("SUX016", "Rigoberto", "", "Zamudio Ocampo", "Rigo", "", "Araceli", "Zamudio", "Dakota City", "NE", "68731", "1975-10-10", "1705 Broadway", False),
    ("SUX017", "Araceli", "", "Zamudio", "", "Benavente", "Rigoberto", "Zamudio Ocampo", "Dakota City", "NE", "68731", "1978-04-02", "1705 Broadway", False),
    ("SUX018", "Orville", "", "Brockhaus", "", "", "", "", "Hinton", "IA", "51024", "1937-06-11", "215 W Main St", False),
    ("SUX019", "Genevieve", "M.", "Sitzmann", "Gen", "Kluender", "", "", "Le Mars", "IA", "51031", "1936-05-14", "120 Plymouth St NE", False),
    ("SUX020", "Darrell", "", "Feauto", "", "", "Janice", "Feauto", "Sioux City", "IA", "51104", "1956-01-27", "2819 Nebraska St", False),
    ("SUX021", "LaDonna", "", "Bearheels", "", "", "", "", "Sioux City", "IA", "51105", "1970-09-09", "1716 Court St", False),
    ("SUX022", "Marguerite", "", "Ten Napel", "Peggy", "Harskamp", "Bernard", "Ten Napel", "Le Mars", "IA", "51031", "1947-07-25", "655 5th Ave SW", False),
]

BLANK_COORDS = {"SUX018", "SUX008"}   # derived from the ZIP by the engine
BLANK_FIPS = {"SUX021"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"SUX008"}                  # the CRM has no reliable birth date
NO_PHONE = {"SUX011"}
