"""Hand-written roster for the mlb part: Melbourne and the Space Coast, Florida (all people invented; places,
ZIPs and FIPS real)."""

# two advisers: north Brevard (Titusville, Cocoa, Rockledge, Merritt Island, Cocoa Beach) and the south
NORTH = "h.pellerin@heronpointwealth.example"
SOUTH = "a.okwuosa@heronpointwealth.example"
NORTH_CITIES = {"Titusville", "Cocoa", "Rockledge", "Merritt Island", "Cocoa Beach"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("MLB001", "Wendell", "R.", "Arbogast", "", "", "Lorraine", "Arbogast", "Melbourne", "FL", "32901", "1941-06-12", "1418 Riverview Dr", False),
    ("MLB002", "Lorraine", "", "Arbogast", "Lorrie", "Pfanstiel", "Wendell", "Arbogast", "Melbourne", "FL", "32901", "1944-02-03", "1418 Riverview Dr", False),
    ("MLB003", "Maria Teresa", "", "Irizarry Colon", "Maite", "", "Efrain", "Toledo", "Palm Bay", "FL", "32907", "1970-09-14", "1260 Jupiter Blvd NW", False),
    ("MLB004", "Thaddeus", "", "Quackenbush Jr.", "Tad", "", "Renee", "Quackenbush", "Titusville", "FL", "32780", "1958-03-22", "3115 Harrison St", False),
    ("MLB005", "Renee", "", "Quackenbush", "", "Boudrot", "Thaddeus", "Quackenbush Jr.", "Titusville", "FL", "32780", "1960-11-05", "3115 Harrison St", False),
    ("MLB006", "Priscilla", "", "Venable", "Cissy", "Hargrove", "", "", "Indialantic", "FL", "32903", "1949-07-30", "212 Wavecrest Ave", False),
    ("MLB007", "Bartholomew", "", "Szymanowski", "Bart", "", "", "", "Melbourne Beach", "FL", "32951", "1962-04-18", "505 Ocean Ave", False),
    ("MLB008", "Jean-Robert", "", "Dorvilien", "", "", "Marie-Claude", "Dorvilien", "Palm Bay", "FL", "32909", "1966-01-09", "1875 Emerson Dr SE", False),
    ("MLB009", "Marie-Claude", "", "Dorvilien", "", "Joachim", "Jean-Robert", "Dorvilien", "Palm Bay", "FL", "32909", "1969-05-27", "1875 Emerson Dr SE", False),
    ("MLB010", "Dorothea", "", "Kessinger", "Dottie", "", "", "", "Satellite Beach", "FL", "32937", "1936-05-02", "340 Cassia Blvd", False),
    ("MLB011", "Garrett", "", "Tillinghast", "", "", "Joanne", "Tillinghast", "Rockledge", "FL", "32955", "1962-08-19", "1720 Barton Blvd", False),
    ("MLB012", "Ophelia", "", "Strickfaden", "", "", "", "", "Cocoa Beach", "FL", "32931", "1951-10-10", "260 Minutemen Cswy", False),
    ("MLB013", "Lucius", "", "Bramwell", "", "", "Adaeze", "Bramwell", "Melbourne", "FL", "32940", "1955-12-01", "4120 Stadium Pkwy", False),
    ("MLB014", "Hollis", "", "Fentress", "", "", "", "", "Palm Bay", "FL", "32905", "1971-02-14", "880 Port Malabar Blvd NE", False),
    ("MLB015", "Rosalind", "", "Thistlewood", "Roz", "", "Dwight", "Thistlewood", "Cocoa", "FL", "32922", "1964-06-06", "415 Delannoy Ave", False),
    ("MLB016", "Dwight", "", "Thistlewood", "", "", "Rosalind", "Thistlewood", "Cocoa", "FL", "32922", "1963-01-30", "415 Delannoy Ave", False),
    ("MLB017", "Annaliese", "", "Wojtaszek", "Anne", "Brunkhorst", "Stanley", "Wojtaszek", "West Melbourne", "FL", "32904", "1957-09-09", "2990 Hollywood Blvd", False),
    ("MLB018", "Eudora", "", "Ravenscroft", "", "", "Clifford", "Ravenscroft", "Rockledge", "FL", "32955", "1953-03-15", "9 Rockledge Dr", False),
    ("MLB019", "Ignatius", "", "Pflaum", "Iggy", "", "", "", "Merritt Island", "FL", "32952", "1950-07-07", "1600 S Tropical Trl", True),
    ("MLB020", "Philomena", "", "Castellucci", "Mena", "Abbruzzese", "", "", "Melbourne", "FL", "32935", "1938-08-22", "3300 Sarno Rd", False),
    ("MLB021", "Sunniva", "", "Haraldsen", "", "", "", "", "Melbourne", "FL", "32940", "1975-04-04", "2800 Lake Andrew Dr", False),
    ("MLB022", "Vernon", "", "Pelletreau", "Vern", "", "Gwendolyn", "Pelletreau", "Merritt Island", "FL", "32952", "1941-11-27", "455 S Banana River Dr", False),
    ("MLB023", "Gwendolyn", "", "Pelletreau", "Gwen", "", "Vernon", "Pelletreau", "Merritt Island", "FL", "32952", "1945-01-16", "455 S Banana River Dr", False),
    ("MLB024", "Fintan", "", "OShaughnessy", "Finn", "", "", "", "Sebastian", "FL", "32958", "1968-12-03", "1140 Indian River Dr", False),
]

NO_BIRTH = {"MLB021"}
NO_PHONE = {"MLB012"}
