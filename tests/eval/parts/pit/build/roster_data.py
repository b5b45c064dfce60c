"""Hand-written roster for the `pit` part (Pittsburgh and the Mon Valley). People invented; ZIPs/FIPS real."""

ADV_A = "r.sabatini@alleghenyridgewealth.example"    # Mon Valley
ADV_B = "c.dunmore@alleghenyridgewealth.example"     # city neighborhoods, east suburbs
ADV_C = "m.pawlak@alleghenyridgewealth.example"      # Westmoreland / Washington, south hills

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("PIT001", "Stephen", "M.", "Hudak", "Steve", "", "Dorothy", "Hudak", "Munhall", "PA", "15120", "1950-03-14", "1412 Ravine St", False, ADV_A),
    ("PIT002", "Dorothy", "", "Hudak", "Dottie", "Sefcik", "Stephen", "Hudak", "Munhall", "PA", "15120", "1952-07-22", "1412 Ravine St", False, ADV_A),
    ("PIT003", "Joseph", "", "Mrozek Jr.", "Joe", "", "Irene", "Mrozek", "West Mifflin", "PA", "15122", "1947-11-02", "3318 Camp Hollow Rd", False, ADV_A),
    ("PIT004", "Irene", "", "Mrozek", "", "Wojcik", "Joseph", "Mrozek Jr.", "West Mifflin", "PA", "15122", "1949-05-30", "3318 Camp Hollow Rd", False, ADV_A),
    ("PIT005", "Mary Ann", "", "Kuzma", "", "", "Gary", "Kuzma", "Dravosburg", "PA", "15034", "1958-09-11", "220 Maple Ave", False, ADV_A),
    ("PIT006", "Anthony", "", "DiNardo", "Tony", "", "Rosemarie", "DiNardo", "Pittsburgh", "PA", "15224", "1961-01-19", "4717 Cypress St", False, ADV_B),
    ("PIT007", "Rosemarie", "", "DiNardo", "Ro", "Ciccone", "Anthony", "DiNardo", "Pittsburgh", "PA", "15224", "1963-04-08", "4717 Cypress St", False, ADV_B),
    ("PIT008", "Gloria Jean", "", "Whitlock", "", "Parham", "Cornell", "Whitlock", "Pittsburgh", "PA", "15208", "1955-12-03", "7321 Upland St", False, ADV_B),
    ("PIT009", "Cornell", "D.", "Whitlock", "", "", "Gloria Jean", "Whitlock", "Pittsburgh", "PA", "15208", "1953-08-27", "7321 Upland St", False, ADV_B),
    ("PIT010", "Margaret", "", "OMalley", "Peggy", "Reddington", "", "", "Pittsburgh", "PA", "15226", "1944-06-17", "1630 Berkshire Ave", False, ADV_C),
    ("PIT011", "Edward", "", "Sikora", "Ed", "", "", "", "McKeesport", "PA", "15132", "1938-02-25", "905 Jenny Lind St", False, ADV_A),
    ("PIT012", "Francis", "", "Yablonsky", "Frank", "", "", "", "Elizabeth", "PA", "15037", "1966-08-09", "18 Orchard Ln", False, ADV_A),
    ("PIT013", "Theresa", "", "Bencivenga", "Terri", "", "", "", "Bridgeville", "PA", "15017", "1970-10-14", "412 Baldwin St", True, ADV_C),
    ("PIT014", "Lamont", "", "Pryor", "", "", "Andrea", "Pryor", "Pittsburgh", "PA", "15235", "1972-05-05", "118 Rodi Rd", False, ADV_B),
    ("PIT015", "Andrea", "", "Pryor", "", "Gaines", "Lamont", "Pryor", "Pittsburgh", "PA", "15235", "1974-02-11", "118 Rodi Rd", False, ADV_B),
    ("PIT016", "Vincent", "", "Santoriello", "Vince", "", "", "", "Pittsburgh", "PA", "15224", "1980-07-07", "5010 Liberty Ave", False, ADV_B),
    ("PIT017", "Rose Ann", "", "Hlavaty", "", "Dzurinda", "Michael", "Hlavaty", "Irwin", "PA", "15642", "1946-01-29", "77 Pennsylvania Ave", False, ADV_C),
    ("PIT018", "Michael", "", "Hlavaty", "Mike", "", "Rose Ann", "Hlavaty", "Irwin", "PA", "15642", "1944-09-03", "77 Pennsylvania Ave", False, ADV_C),
    ("PIT019", "Daniel", "", "McCaffrey", "Danny", "", "Colleen", "McCaffrey", "Monroeville", "PA", "15146", "1983-04-21", "2406 Haymaker Rd", False, ADV_B),
    ("PIT020", "Lorraine", "", "Szymanski", "", "Mrozek", "", "", "Monongahela", "PA", "15063", "1951-10-05", "640 W Main St", False, ADV_C),
    ("PIT021", "Walter", "", "Kubiak Sr.", "Walt", "", "", "", "Glassport", "PA", "15045", "1941-12-12", "508 Ohio Ave", False, ADV_A),
    ("PIT022", "Bernadette", "", "Tomko", "Bernie", "", "", "", "Clairton", "PA", "15025", "1951-05-16", "33 Miller Ave", False, ADV_A),
]

BLANK_COORDS = {"PIT016"}      # ZIP centroid used
BLANK_FIPS = {"PIT020"}        # Monongahela, Washington County: derived from the ZIP
NO_BIRTH = {"PIT016"}
NO_PHONE = {"PIT022"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
