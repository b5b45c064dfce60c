"""Hand-written roster for the eri part (Erie County, Pa., and Conneaut, Ohio). All people invented; places,
ZIPs and FIPS real."""

ADV = {
    "east": "m.bielski@presqueislewealth.example",
    "west": "c.fantauzzo@presqueislewealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # ---- Polish East Side ----
    ("ERI001", "Stanley", "J.", "Wisniewski Jr.", "Stan", "", "Dorothy", "Wisniewski", "Erie", "PA", "16503", "1950-03-14", "1120 East 9th St", False, "east"),
    ("ERI002", "Dorothy", "", "Wisniewski", "Dottie", "Kowalczyk", "Stanley", "Wisniewski Jr.", "Erie", "PA", "16503", "1952-07-22", "1120 East 9th St", False, "east"),
    ("ERI003", "Richard", "", "Lesniewski", "Rich", "", "", "", "Erie", "PA", "16503", "1957-11-05", "914 East 11th St", True, "east"),
    ("ERI004", "Bernadette", "", "Kaminski", "Bernie", "", "", "", "Erie", "PA", "16511", "1949-04-30", "3315 Buffalo Rd", False, "east"),
    # ---- Italian East Side ----
    ("ERI005", "Vincenzo", "", "Catalano", "Jimmy", "", "Angela", "Catalano", "Erie", "PA", "16504", "1944-09-02", "1650 East 22nd St", False, "east"),
    ("ERI006", "Angela", "", "Catalano", "", "Mazza", "Vincenzo", "Catalano", "Erie", "PA", "16504", "1947-01-18", "1650 East 22nd St", False, "east"),
    ("ERI007", "Mary Beth", "", "DAngelo", "", "", "Joseph", "DAngelo", "Erie", "PA", "16509", "1963-06-09", "4410 Old French Rd", False, "east"),
    ("ERI008", "Dominic", "", "Lupo", "", "", "", "", "Erie", "PA", "16503", "1939-12-01", "1302 Wallace St", False, "east"),
    ("ERI009", "Joseph", "A.", "Marchetti", "Joe", "", "Linda", "Marchetti", "North East", "PA", "16428", "1958-08-27", "10450 West Main Rd", False, "east"),
    ("ERI010", "Linda", "", "Marchetti", "", "Hess", "Joseph", "Marchetti", "North East", "PA", "16428", "1960-02-11", "10450 West Main Rd", False, "east"),
    # ---- Nepali-Bhutanese and Iraqi families ----
    ("ERI011", "Hari Prasad", "", "Adhikari", "Hari", "", "Devi", "Adhikari", "Erie", "PA", "16504", "1968-05-15", "1818 Ash St", False, "east"),
    ("ERI012", "Tika Ram", "", "Bhattarai", "", "", "Man Maya", "Bhattarai", "Erie", "PA", "16504", "1952-10-03", "2207 Reed St", False, "east"),
    ("ERI013", "Man Maya", "", "Bhattarai", "", "Khatiwada", "Tika Ram", "Bhattarai", "Erie", "PA", "16504", "1956-01-20", "2207 Reed St", False, "east"),
    ("ERI014", "Haider", "", "Al-Jabouri", "", "", "Zainab", "Al-Jabouri", "Erie", "PA", "16503", "1975-03-08", "828 Parade St", False, "east"),
    ("ERI015", "Zainab", "", "Al-Jabouri", "", "Hassan", "Haider", "Al-Jabouri", "Erie", "PA", "16503", "1979-12-21", "828 Parade St", False, "east"),
    # ---- German Catholic, west county and Harborcreek ----
    ("ERI016", "Leonard", "", "Schaaf", "Len", "", "Rita", "Schaaf", "Fairview", "PA", "16415", "1947-06-02", "7420 Franklin Rd", False, "west"),
    ("ERI017", "Rita", "", "Schaaf", "", "Heisler", "Leonard", "Schaaf", "Fairview", "PA", "16415", "1949-09-29", "7420 Franklin Rd", False, "west"),
    ("ERI018", "Francis", "X.", "Weindorf", "Frank", "", "Joan", "Weindorf", "Harborcreek", "PA", "16421", "1955-02-17", "5215 Station Rd", False, "west"),
    ("ERI019", "Mary Catherine", "", "Fessler", "Kitty", "", "", "", "Corry", "PA", "16407", "1966-07-07", "233 West Washington St", False, "west"),
    # ---- Amish relatives (Crawford County), Corry ----
    ("ERI020", "Miriam", "", "Kauffman", "", "Byler", "Glenn", "Kauffman", "Corry", "PA", "16407", "1961-04-12", "18 Mead Ave", False, "west"),
    # ---- others ----
    ("ERI021", "Rosa Elena", "", "Ramos Figueroa", "", "", "", "", "Erie", "PA", "16502", "1975-11-30", "640 West 18th St", False, "west"),
    ("ERI022", "Patrick", "", "O'Connell", "Pat", "", "Sharon", "O'Connell", "Conneaut", "OH", "44030", "1961-01-26", "402 Lake Rd", False, "west"),
    ("ERI023", "Theresa", "", "Nowak", "Terri", "", "", "", "Edinboro", "PA", "16412", "1967-08-19", "115 Meadville St", False, "west"),
    ("ERI024", "Gerald", "", "Brugger", "Jerry", "", "", "", "Erie", "PA", "16505", "1952-12-12", "3020 West Lake Rd", False, "west"),
]

# clients whose coordinates are left blank (derived from the ZIP by the engine)
BLANK_COORDS = {"ERI008", "ERI019", "ERI023"}
BLANK_FIPS = {"ERI020"}
COORD_OVERRIDES = {}
NO_BIRTH = {"ERI004", "ERI021", "ERI024"}
NO_PHONE = {"ERI008", "ERI019"}
NO_ADDRESS = {"ERI023"}
