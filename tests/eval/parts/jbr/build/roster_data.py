"""Hand-written roster for the jbr part: northeast Arkansas (all people invented; places, ZIPs, FIPS real)."""

ADV = "r.culpepper@ridgelinewealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("JBR001", "Bobby Gene", "", "Tackett", "", "", "Wanda", "Tackett", "Jonesboro", "72401", "1950-06-14", "1208 W Matthews Ave", False),
    ("JBR002", "Wanda", "Faye", "Tackett", "", "Cagle", "Bobby Gene", "Tackett", "Jonesboro", "72401", "1952-11-03", "1208 W Matthews Ave", False),
    ("JBR003", "Orville", "Lee", "Deshazo", "Buddy", "", "Imogene", "Deshazo", "Paragould", "72450", "1941-08-02", "604 W Kingshighway", False),
    ("JBR004", "Imogene", "", "Deshazo", "", "Faulkner", "Orville", "Deshazo", "Paragould", "72450", "1944-01-19", "604 W Kingshighway", False),
    ("JBR005", "Claudette", "", "Vowell", "", "Spades", "", "", "Walnut Ridge", "72476", "1938-09-27", "311 SW Front St", False),
    ("JBR006", "Travis", "Layne", "McNabb Jr.", "", "", "Kristi", "McNabb", "Jonesboro", "72404", "1974-04-08", "4415 Harrisburg Rd", False),
    ("JBR007", "Kristi", "", "McNabb", "", "Bearden", "Travis", "McNabb Jr.", "Jonesboro", "72404", "1976-02-21", "4415 Harrisburg Rd", False),
    ("JBR008", "Jo Nell", "", "Grisham", "", "Stallings", "", "", "Blytheville", "72315", "1945-05-30", "900 W Walnut St", False),
    ("JBR009", "Darnell", "", "Jefferson", "", "", "Lakeisha", "Jefferson", "Blytheville", "72315", "1970-10-12", "215 S 10th St", False),
    ("JBR010", "Lakeisha", "", "Jefferson", "", "Hubbard", "Darnell", "Jefferson", "Blytheville", "72315", "1973-03-09", "215 S 10th St", False),
    ("JBR011", "Meredith", "Anne", "Langley-Boyd", "", "", "", "", "Jonesboro", "72401", "1981-07-22", "", False),
    ("JBR012", "Cletus", "", "Womack", "Clete", "", "", "", "Hoxie", "72433", "1948-12-01", "118 N Texas St", True),
    ("JBR013", "Eldon", "", "Stuckey", "", "", "Patsy", "Stuckey", "Walnut Ridge", "72476", "1956-03-15", "1402 W Main St", False),
    ("JBR014", "Virgil", "Wayne", "Hargrove", "", "", "Donna", "Hargrove", "Trumann", "72472", "1962-08-18", "207 Pine Ave", False),
    ("JBR015", "Donna", "", "Hargrove", "", "Tidwell", "Virgil", "Hargrove", "Trumann", "72472", "1964-12-11", "207 Pine Ave", False),
    ("JBR016", "Margaret", "", "Lusk", "Peggy", "Crisp", "Wendell", "Lusk", "Paragould", "72450", "1959-01-05", "2300 Linwood Dr", False),
    ("JBR017", "Wendell", "", "Lusk", "", "", "Margaret", "Lusk", "Paragould", "72450", "1957-09-28", "2300 Linwood Dr", False),
    ("JBR018", "Ashok", "", "Venkataraman", "", "", "Priya", "Venkataraman", "Jonesboro", "72401", "1969-05-17", "2711 Pebble Beach Dr", False),
    ("JBR019", "Ruby", "Faye", "Spurlock", "", "Bowlin", "", "", "Pocahontas", "72455", "1937-02-14", "505 N Marr St", False),
    ("JBR020", "Kenneth", "", "Barnhill", "Kenny", "", "Tonya", "Barnhill", "Brookland", "72417", "1966-06-02", "120 Holly Springs Rd", False),
    ("JBR021", "Tonya", "", "Barnhill", "", "Pickens", "Kenneth", "Barnhill", "Brookland", "72417", "1968-08-29", "120 Holly Springs Rd", False),
    ("JBR022", "Shelby", "", "Trammell", "", "", "", "", "Bono", "72416", "", "37 Oak Ridge Ln", False),
    ("JBR023", "Gaylon", "", "Rorie", "", "", "", "", "Osceola", "72370", "1953-04-04", "610 W Keiser Ave", False),
]

NO_PHONE = {"JBR023", "JBR019"}
