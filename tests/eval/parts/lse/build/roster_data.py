"""Hand-written roster for part lse (La Crosse, Wisconsin and the Coulee Region; all people invented; places,
ZIPs and FIPS real)."""

ADV_NORTH = "k.brekke@couleeridgewealth.example"      # La Crosse County and the Minnesota side
ADV_SOUTH = "d.ostrander@couleeridgewealth.example"   # Vernon and Monroe Counties (the ridge towns)

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # Westby (Vernon Co.): Norwegian Lutheran couple, linked both ways
    ("LSE001", "Orrin", "T.", "Haugstad", "", "", "Mary Jo", "Haugstad", "Westby", "WI", "54667", "1955-08-14",
     "410 N Main St", False, ADV_SOUTH),
    ("LSE002", "Mary Jo", "", "Haugstad", "", "Skogstad", "Orrin", "Haugstad", "Westby", "WI", "54667", "1958-02-03",
     "410 N Main St", False, ADV_SOUTH),
    # Coon Valley (Vernon Co.): suffix inside the surname, compound given name + maiden name
    ("LSE003", "Gunnar", "", "Tveten Jr.", "Gus", "", "Carol Ann", "Tveten", "Coon Valley", "WI", "54623",
     "1952-06-22", "S3120 Timber Coulee Rd", False, ADV_SOUTH),
    ("LSE004", "Carol Ann", "", "Tveten", "", "Ofsdahl", "Gunnar", "Tveten Jr.", "Coon Valley", "WI", "54623",
     "1954-11-09", "S3120 Timber Coulee Rd", False, ADV_SOUTH),
    # La Crosse: roster spouse who is not a client
    ("LSE005", "Bernadette", "", "Pfaffenroth", "Bernie", "", "Leonard", "Pfaffenroth", "La Crosse", "WI", "54601",
     "1961-03-17", "1519 King St", False, ADV_NORTH),
    # Onalaska: grandfather of a young namesake; roster spouse not a client
    ("LSE006", "Wendell", "", "Kratochwill", "", "", "Joyce", "Kratochwill", "Onalaska", "WI", "54650",
     "1949-09-30", "822 Quincy St", False, ADV_NORTH),
    # La Crosse (north side): Hmong couple, linked both ways; she kept her clan name as maiden name
    ("LSE007", "Neng", "", "Khang", "", "", "Mai Yer", "Khang", "La Crosse", "WI", "54603", "1974-05-05",
     "1715 Liberty St", False, ADV_NORTH),
    ("LSE008", "Mai Yer", "", "Khang", "", "Kue", "Neng", "Khang", "La Crosse", "WI", "54603", "1977-10-12",
     "1715 Liberty St", False, ADV_NORTH),
    # Onalaska: Hispanic compound surname
    ("LSE009", "Lucia", "", "Villasenor Quiroga", "Lucy", "", "", "", "Onalaska", "WI", "54650", "1979-07-21",
     "1230 Sand Lake Rd", False, ADV_NORTH),
    # La Crosse: apostrophe dropped by the CRM; roster spouse not a client
    ("LSE010", "Declan", "", "OLoughlin", "", "", "Siobhan", "OLoughlin", "La Crosse", "WI", "54601", "1960-12-02",
     "2204 Cass St", False, ADV_NORTH),
    # Holmen: widow, maiden name
    ("LSE011", "Ingeborg", "", "Nordhagen", "Inga", "Rognstad", "", "", "Holmen", "WI", "54636", "1940-01-26",
     "311 S Main St", False, ADV_NORTH),
    # Sparta (Monroe Co.): couple, linked both ways
    ("LSE012", "Torvald", "", "Bjerkeseth", "Tory", "", "Kirsten", "Bjerkeseth", "Sparta", "WI", "54656",
     "1951-04-04", "516 N Water St", False, ADV_SOUTH),
    ("LSE013", "Kirsten", "", "Bjerkeseth", "", "", "Torvald", "Bjerkeseth", "Sparta", "WI", "54656", "1953-09-19",
     "516 N Water St", False, ADV_SOUTH),
    # West Salem: couple, linked both ways; he is the deceased client (March)
    ("LSE014", "Herbert", "", "Schomburg", "Herb", "", "Doris", "Schomburg", "West Salem", "WI", "54669",
     "1938-04-12", "160 Leonard St S", False, ADV_NORTH),
    ("LSE015", "Doris", "", "Schomburg", "", "Heiderscheid", "Herbert", "Schomburg", "West Salem", "WI", "54669",
     "1941-07-07", "160 Leonard St S", False, ADV_NORTH),
    # La Crescent, Minn. (5 km across the river from La Crosse)
    ("LSE016", "Ansel", "", "Wuensch", "", "", "", "", "La Crescent", "MN", "55947", "1958-02-11",
     "402 S 3rd St", False, ADV_NORTH),
    # Viroqua: roster spouse not a client
    ("LSE017", "Rosalind", "", "Mikkelsrud", "Roz", "", "Einar", "Mikkelsrud", "Viroqua", "WI", "54665",
     "1957-05-30", "720 N Main St", False, ADV_SOUTH),
    # La Crosse (north side): young couple, linked both ways
    ("LSE018", "Thaddeus", "", "Wojtalewicz", "Tad", "", "Renee", "Wojtalewicz", "La Crosse", "WI", "54603",
     "1978-08-08", "1402 Avon St", False, ADV_NORTH),
    ("LSE019", "Renee", "", "Wojtalewicz", "", "", "Thaddeus", "Wojtalewicz", "La Crosse", "WI", "54603",
     "1980-01-15", "1402 Avon St", False, ADV_NORTH),
    # Onalaska: Dutch particle
    ("LSE020", "Corliss", "", "Van Steenwyk", "", "", "", "", "Onalaska", "WI", "54650", "1963-10-10",
     "905 Riders Club Rd", False, ADV_NORTH),
    # Stoddard (Vernon Co.): do_not_contact, appears in feeds and inside the winter storm
    ("LSE021", "Jerome", "", "Lindaas", "Jerry", "", "", "", "Stoddard", "WI", "54658", "1959-06-06",
     "S2140 Hwy 35", True, ADV_SOUTH),
    # Winona, Minn. (~40 km up the river: not adjacent to La Crosse)
    ("LSE022", "Ambrose", "", "Fenske", "", "", "", "", "Winona", "MN", "55987", "1945-03-03",
     "267 W Broadway St", False, ADV_NORTH),
    # Bangor (La Crosse Co.)
    ("LSE023", "Marguerite", "", "Zietlow", "Peggy", "", "", "", "Bangor", "WI", "54614", "1944-12-12",
     "1105 16th Ave", False, ADV_NORTH),
]

# clients whose coordinates are left blank (derived from the ZIP by the engine)
BLANK_COORDS = {"LSE016"}
# clients without a birth date or phone in the CRM
NO_BIRTH = {"LSE020"}
NO_PHONE = {"LSE022"}
