"""Hand-written roster for the sby part (lower Eastern Shore of Maryland). All people invented; places, ZIPs, FIPS real."""

# adviser by county
ADV = {
    "Wicomico": "t.dashiell.adviser@tidewaterwealth.example",
    "Somerset": "r.nelms@tidewaterwealth.example",
    "Worcester": "t.dashiell.adviser@tidewaterwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- Crisfield, Smith Island, Princess Anne (Somerset County) ----
    ("SBY001", "Elwood", "T.", "Dize", "Woody", "", "Loretta", "Dize", "Crisfield", "MD", "21817", "1944-02-11", "118 W Chesapeake Ave", False),
    ("SBY002", "Loretta", "", "Dize", "", "Sterling", "Elwood", "Dize", "Crisfield", "MD", "21817", "1947-06-03", "118 W Chesapeake Ave", False),
    ("SBY003", "Marvin", "L.", "Tyler Jr.", "Bubby", "", "Jeanette", "Tyler", "Crisfield", "MD", "21817", "1958-09-22", "27 Cove St", False),
    ("SBY004", "Jeanette", "", "Tyler", "", "Landon", "Marvin", "Tyler Jr.", "Crisfield", "MD", "21817", "1960-12-05", "27 Cove St", False),
    ("SBY005", "Mary Beth", "", "Pusey", "", "Dashiell", "", "", "Princess Anne", "MD", "21853", "1952-04-17", "30410 Washington St", False),
    ("SBY006", "Reginald", "", "Waters", "Reggie", "", "Denise", "Waters", "Princess Anne", "MD", "21853", "1966-07-08", "11742 Somerset Ave", False),
    ("SBY007", "Denise", "", "Waters", "", "Handy", "Reginald", "Waters", "Princess Anne", "MD", "21853", "1968-03-30", "11742 Somerset Ave", False),
    ("SBY014", "Thomas", "", "Marshall", "Tommy", "", "", "", "Ewell", "MD", "21824", "1963-05-14", "20940 Caleb Jones Rd", False),
    ("SBY015", "Thaddeus", "", "Fooks", "", "", "", "", "Princess Anne", "MD", "21853", "1959-11-02", "12025 Antioch Ave", False),
    # ---- Salisbury, Fruitland, Delmar (Wicomico County) ----
    ("SBY008", "Patrice", "", "Dashiell-Mezick", "", "", "", "", "Salisbury", "MD", "21804", "1975-01-26", "1418 Beaglin Park Dr", False),
    ("SBY009", "Harold", "", "Laird", "Hal", "", "", "", "Salisbury", "MD", "21801", "1949-08-19", "604 Camden Ave", True),
    ("SBY010", "Doris", "", "Evans", "", "Bradshaw", "", "", "Fruitland", "MD", "21826", "1939-10-12", "305 E Main St", False),
    ("SBY013", "Dylan", "", "Truitt", "", "", "Amanda", "Truitt", "Salisbury", "MD", "21801", "1961-02-09", "812 Riverside Dr", False),
    ("SBY016", "Travis", "", "Webster", "", "", "Kayla", "Webster", "Fruitland", "MD", "21826", "1979-06-21", "5121 Allen Rd", False),
    ("SBY017", "Vernon", "L.", "Shockley", "", "", "Gladys", "Shockley", "Fruitland", "MD", "21826", "1946-01-30", "210 N Division St", False),
    ("SBY018", "Gladys", "", "Shockley", "", "Hearn", "Vernon", "Shockley", "Fruitland", "MD", "21826", "1948-08-14", "210 N Division St", False),
    ("SBY020", "Geraldine", "", "Insley", "Gerri", "", "", "", "Salisbury", "MD", "21804", "1947-03-08", "2003 Pemberton Dr", False),
    ("SBY023", "Alton", "", "Disharoon", "Sonny", "", "Peggy", "Disharoon", "Delmar", "MD", "21875", "1952-05-24", "9 N Second St", False),
    # ---- Berlin, Snow Hill (Worcester County) ----
    ("SBY011", "Lionel", "", "Cropper", "", "", "Kathleen", "Cropper", "Berlin", "MD", "21811", "1955-03-15", "14 N Main St", False),
    ("SBY012", "Kathleen", "", "Cropper", "Kitty", "Ennis", "Lionel", "Cropper", "Berlin", "MD", "21811", "1957-10-04", "14 N Main St", False),
    ("SBY019", "Clarence", "E.", "Hastings", "Clay", "", "Brittany", "Hastings", "Berlin", "MD", "21811", "1988-07-29", "10 Harrison Ave", False),
    ("SBY021", "Wendell", "", "Purnell", "", "", "Bernice", "Purnell", "Snow Hill", "MD", "21863", "1953-12-01", "205 W Market St", False),
    ("SBY022", "Bernice", "", "Purnell", "", "Collins", "Wendell", "Purnell", "Snow Hill", "MD", "21863", "1955-02-19", "205 W Market St", False),
]

# optional cells left blank on purpose
BLANK_COORDS = {"SBY008"}          # Salisbury 21804: the ZIP centroid is used
NO_BIRTH = {"SBY014", "SBY020"}
NO_PHONE = {"SBY015", "SBY023"}
NO_ADDRESS = {"SBY019"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
