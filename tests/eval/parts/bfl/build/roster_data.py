"""Hand-written roster for the bfl part (Bakersfield, Calif., and Kern County). All people invented; ZIPs, county
FIPS and ZIP centroids real (zipcodes / addfips)."""

ADV_METRO = "r.aldaco@sierraoakwealth.example"     # Bakersfield and Oildale
ADV_OUT = "m.thiessen@sierraoakwealth.example"     # Lamont, Arvin, Shafter, Taft, Delano

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("BFL001", "Bautista", "", "Iturriria", "Tista", "", "Maite", "Iturriria", "Bakersfield", "93305", "1941-08-12", "1418 Kentucky St", False),
    ("BFL002", "Maite", "", "Iturriria", "", "Elizalde", "Bautista", "Iturriria", "Bakersfield", "93305", "1945-03-02", "1418 Kentucky St", False),
    ("BFL003", "Harjinder", "Singh", "Mangat", "Harry", "", "Balwinder", "Mangat", "Bakersfield", "93312", "1968-11-05", "11402 Brimhall Rd", False),
    ("BFL004", "Balwinder", "Kaur", "Mangat", "", "", "Harjinder", "Mangat", "Bakersfield", "93312", "1971-02-14", "11402 Brimhall Rd", False),
    ("BFL005", "Maria Guadalupe", "", "Zamudio", "Lupita", "Barragan", "Rigoberto", "Zamudio", "Lamont", "93241", "1970-12-12", "10815 Main St", False),
    ("BFL006", "Rigoberto", "", "Zamudio", "Rigo", "", "Maria Guadalupe", "Zamudio", "Lamont", "93241", "1968-06-21", "10815 Main St", False),
    ("BFL007", "Dewayne", "", "Kinnamon", "Dub", "", "Verla", "Kinnamon", "Bakersfield", "93308", "1950-04-09", "712 Woodrow Ave", False),
    ("BFL008", "Verla", "", "Kinnamon", "", "Haskett", "Dewayne", "Kinnamon", "Bakersfield", "93308", "1952-09-30", "712 Woodrow Ave", False),
    ("BFL009", "Theodore", "", "Vandersloot Jr.", "Ted", "", "Annelies", "Vandersloot", "Shafter", "93263", "1958-01-17", "31650 Lerdo Hwy", False),
    ("BFL010", "Annelies", "", "Vandersloot", "", "Hoekstra", "Theodore", "Vandersloot Jr.", "Shafter", "93263", "1960-07-07", "31650 Lerdo Hwy", False),
    ("BFL011", "Rodolfo", "", "Dimaculangan", "Rudy", "", "Perla", "Dimaculangan", "Delano", "93215", "1947-05-20", "1127 Clinton St", False),
    ("BFL012", "Perla", "Ocampo", "Dimaculangan", "", "Ocampo", "Rodolfo", "Dimaculangan", "Delano", "93215", "1950-10-01", "1127 Clinton St", False),
    ("BFL013", "Obiageli", "", "Nwankwere", "Obi", "", "", "", "Bakersfield", "93311", "1974-08-25", "2904 Tierra Verde Ct", False),
    ("BFL014", "Cordell", "", "Wimberley", "", "", "Tanisha", "Wimberley", "Bakersfield", "93307", "1966-03-15", "418 Planz Rd", False),
    ("BFL015", "Tanisha", "", "Wimberley", "", "Grier", "Cordell", "Wimberley", "Bakersfield", "93307", "1969-12-03", "418 Planz Rd", False),
    ("BFL016", "Ezequiel", "", "Tafolla", "Zeke", "", "", "", "Arvin", "93203", "1972-09-09", "621 Bear Mountain Blvd", False),
    ("BFL017", "Marisol", "", "Landeros", "Mari", "", "", "", "Bakersfield", "93309", "1980-05-18", "4100 Ming Ave Apt 12", False),
    ("BFL018", "Orval", "", "Quisenberry", "Buddy", "", "", "", "Lamont", "93241", "1944-02-26", "8101 Weedpatch Hwy", True),
    ("BFL019", "Felicitas", "", "Rubalcava", "Fela", "Bracamontes", "", "", "Bakersfield", "93304", "1938-06-01", "1219 Belle Ter", False),
    ("BFL020", "Royce", "", "Pettijohn", "", "", "Darlene", "Pettijohn", "Taft", "93268", "1955-10-10", "505 Lincoln St", False),
    ("BFL021", "Darlene", "", "Pettijohn", "", "Voss", "Royce", "Pettijohn", "Taft", "93268", "1957-03-03", "505 Lincoln St", False),
    ("BFL022", "Soledad", "", "Amezcua", "Chole", "", "", "", "Bakersfield", "93301", "1949-11-20", "815 Truxtun Ave", False),
    ("BFL023", "Thaddeus", "", "Brinkerhoff", "Tad", "", "Colleen", "Brinkerhoff", "Bakersfield", "93314", "1963-04-30", "14500 Rosedale Hwy", False),
    ("BFL024", "Ximena", "", "Oyarzabal", "", "", "", "", "Bakersfield", "93306", "1996-08-08", "3900 Panorama Dr", False),
]

ADVISER = {r[0]: (ADV_METRO if r[8] == "Bakersfield" else ADV_OUT) for r in R}
NO_PHONE = {"BFL022"}          # a CRM row without a phone
NO_BIRTH = {"BFL024"}          # and one without a birth date
BLANK_COORDS = {"BFL019"}      # coordinates left for the importer to derive from the ZIP
