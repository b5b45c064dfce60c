"""Hand-written roster for the slw part: Maryland's Eastern Shore (all people invented; places, ZIPs, FIPS real)."""

ADV = "l.pusey@chesapeakeharbor.example"
ADV2 = "m.onley@chesapeakeharbor.example"   # Dorchester and Somerset clients

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("SLW001", "Elwood", "T.", "Dize", "Bunky", "", "Norma", "Dize", "Crisfield", "MD", "21817", "1946-08-02", "212 W Main St", False),
    ("SLW002", "Norma", "", "Dize", "", "Bozman", "Elwood", "Dize", "Crisfield", "MD", "21817", "1949-04-17", "212 W Main St", False),
    ("SLW003", "Carolyn", "", "Bounds-Insley", "", "Bounds", "Greg", "Insley", "Salisbury", "MD", "21801", "1963-11-05", "407 Camden Ave", False),
    ("SLW004", "Garland", "", "Shockley Jr.", "Skip", "", "Darlene", "Shockley", "Salisbury", "MD", "21804", "1958-06-21", "1130 Snow Hill Rd", False),
    ("SLW005", "Darlene", "", "Shockley", "", "Truitt", "Garland", "Shockley Jr.", "Salisbury", "MD", "21804", "1960-02-09", "1130 Snow Hill Rd", False),
    ("SLW006", "Mary Lou", "", "Disharoon", "", "Pusey", "", "", "Princess Anne", "MD", "21853", "1938-09-30", "11820 Somerset Ave", False),
    ("SLW007", "Alphonso", "", "Wongus", "Fonzie", "", "Vernell", "Wongus", "Cambridge", "MD", "21613", "1951-01-12", "608 Pine St", False),
    ("SLW008", "Vernell", "", "Wongus", "", "Pinder", "Alphonso", "Wongus", "Cambridge", "MD", "21613", "1953-07-04", "608 Pine St", False),
    ("SLW009", "Thaddeus", "", "Brohawn", "Thad", "", "", "", "Cambridge", "MD", "21613", "1949-12-01", "19 Hambrooks Blvd", True),
    ("SLW010", "Kimberly", "", "Elzey", "Kim", "", "", "", "Hurlock", "MD", "21643", "1979-05-14", "5 Poplar St", False),
    ("SLW011", "Dwayne", "", "Gordy", "", "", "Tonya", "Gordy", "Fruitland", "MD", "21826", "1971-03-27", "301 N Division St", False),
    ("SLW012", "Beulah", "", "Tyler", "", "Evans", "", "", "Ewell", "MD", "21824", "1935-10-22", "20960 Caleb Jones Rd", False),
    ("SLW013", "Roland", "", "Kellam", "Rollie", "", "Patrice", "Kellam", "Salisbury", "MD", "21801", "1964-08-19", "1505 Riverside Dr", False),
    ("SLW014", "Patrice", "", "Kellam", "", "Hearn", "Roland", "Kellam", "Salisbury", "MD", "21801", "1966-12-03", "1505 Riverside Dr", False),
    ("SLW015", "Jo Ann", "", "Parsons", "", "", "", "", "Berlin", "MD", "21811", "1955-04-08", "14 Bay St", False),
    ("SLW016", "Lamont", "", "Dashiell", "", "", "Keisha", "Dashiell", "Princess Anne", "MD", "21853", "1983-02-15", "30475 Broad St", False),
    ("SLW017", "Everett", "", "Mezick", "", "", "Faye", "Mezick", "Pocomoke City", "MD", "21851", "1950-03-14", "102 Clarke Ave", False),
    ("SLW018", "Faye", "", "Mezick", "", "Sterling", "Everett", "Mezick", "Pocomoke City", "MD", "21851", "1952-09-09", "102 Clarke Ave", False),
    ("SLW019", "Travis", "", "Laird", "", "", "Brianna", "Laird", "Ocean City", "MD", "21842", "1990-07-22", "9 136th St", False),
    ("SLW020", "Ardella", "", "Cornish", "", "Jolley", "", "", "Cambridge", "MD", "21613", "1944-05-19", "415 High St", False),
    ("SLW021", "Harold", "", "Twilley", "Buddy", "", "", "", "Delmar", "MD", "21875", "1948-01-30", "26 E State St", False),
    ("SLW022", "Nadine", "", "Abbott", "", "", "", "", "Snow Hill", "MD", "21863", "1967-06-11", "110 Market St", False),
]
ADVISER = {cid: (ADV2 if z in ("21817", "21824", "21853", "21613", "21643") else ADV) for cid, *_r in R for z in [_r[9]]}

NO_BIRTH = {"SLW009", "SLW016", "SLW022"}
NO_PHONE = {"SLW012", "SLW020"}
NO_ADDRESS = {"SLW019"}
