"""Hand-written roster for the pga part (Page, Ariz. and Kanab, Utah; all people invented; places, ZIPs, FIPS real)."""

ADV = {
    "UT": "h.brinkerhoff@redrockwealth.example",
    "AZ": "n.castellanos@redrockwealth.example",
}
AREA = {"UT": "435", "AZ": "928"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- Kanab, Utah (Kane County) ----
    ("PGA001", "Orvil", "LaMar", "Spendlove", "Orv", "", "Velda", "Spendlove", "Kanab", "UT", "84741", "1944-06-12", "145 E Center St", False),
    ("PGA002", "Velda", "", "Spendlove", "", "Judd", "Orvil", "Spendlove", "Kanab", "UT", "84741", "1947-02-03", "145 E Center St", False),
    ("PGA004", "Reuel", "", "Haskett", "", "", "Corinne", "Haskett", "Kanab", "UT", "84741", "1961-09-20", "310 N 300 W", False),
    ("PGA005", "Corinne", "", "Haskett", "", "Lefevre", "Reuel", "Haskett", "Kanab", "UT", "84741", "1963-04-11", "310 N 300 W", False),
    ("PGA006", "Marguerite", "", "Ostergaard", "Margo", "Pectol", "", "", "Kanab", "UT", "84741", "1968-05-05", "76 S 100 E", False),
    ("PGA007", "Rosalinda", "", "Ocampo Villaseñor", "Rosie", "", "Arturo", "Reyes", "Kanab", "UT", "84741", "1979-12-01", "221 W Kaibab Dr", False),
    ("PGA008", "Ephraim", "", "Nethercott", "", "", "Liesl", "Nethercott", "Kanab", "UT", "84741", "1970-08-08", "58 Cedar Heights Cir", False),
    ("PGA009", "Liesl", "", "Nethercott", "", "Van Wagoner", "Ephraim", "Nethercott", "Kanab", "UT", "84741", "1972-01-19", "58 Cedar Heights Cir", False),
    ("PGA010", "Garvin", "", "Pectol Jr.", "", "", "Sheree", "Pectol", "Kanab", "UT", "84741", "1962-03-30", "402 S 200 W", False),
    ("PGA022", "Lavinia", "", "Torkelsen", "", "", "", "", "Kanab", "UT", "84741", "1936-04-09", "1450 E Highway 89", False),
    # ---- Orderville, Utah (Kane County) ----
    ("PGA012", "Hyrum", "", "Esplin", "", "", "Nola", "Esplin", "Orderville", "UT", "84758", "1950-02-14", "95 W State St", False),
    # ---- Fredonia, Ariz. (Coconino County; 16 km south of Kanab) ----
    ("PGA003", "Dallin", "", "Spendlove", "", "", "Marisa", "Spendlove", "Fredonia", "AZ", "86022", "1972-10-15", "118 N Main St", False),
    ("PGA011", "Leontyne", "", "Marchbanks", "Tyne", "Hollenbeck", "", "", "Fredonia", "AZ", "86022", "1939-11-21", "27 E Hortt St", False),
    # ---- Page, Ariz. (Coconino County) ----
    ("PGA013", "Darnell", "", "Tsinnijinnie", "", "", "Verna", "Tsinnijinnie", "Page", "AZ", "86040", "1968-03-02", "BIA Route 20, LeChee Chapter", False),
    ("PGA014", "Verna", "", "Tsinnijinnie", "", "Manygoats", "Darnell", "Tsinnijinnie", "Page", "AZ", "86040", "1970-06-25", "BIA Route 20, LeChee Chapter", False),
    ("PGA015", "Shiloh", "", "Bitsuie", "", "", "", "", "Page", "AZ", "86040", "1988-11-30", "612 S Navajo Dr", False),
    ("PGA016", "Casimir", "", "Wojtaszek", "Cas", "", "Dorota", "Wojtaszek", "Page", "AZ", "86040", "1955-01-08", "48 Aqua Ave", False),
    ("PGA017", "Dorota", "", "Wojtaszek", "", "Pawlak", "Casimir", "Wojtaszek", "Page", "AZ", "86040", "1957-09-14", "48 Aqua Ave", False),
    ("PGA018", "Mary Beth", "", "Stallworthy", "", "Pawlak", "Lowell", "Stallworthy", "Page", "AZ", "86040", "1960-07-22", "901 N Navajo Dr", False),
    ("PGA019", "Thatcher", "", "Quist", "", "", "", "", "Page", "AZ", "86040", "1976-07-04", "100 Lakeshore Dr", False),
    ("PGA020", "Cordelia", "", "Ashdown", "Delia", "Stallworthy", "", "", "Page", "AZ", "86040", "1952-03-03", "35 Elm St", True),
    # ---- Marble Canyon and Kaibeto, Ariz. (Coconino County) ----
    ("PGA021", "Emmerich", "", "Hollenbeck", "Emmett", "", "", "", "Marble Canyon", "AZ", "86036", "1961-05-17", "Milepost 538 US-89A", False),
    ("PGA023", "Lucius", "", "Manygoats", "", "", "", "", "Kaibeto", "AZ", "86053", "1958-02-20", "Kaibeto Chapter Rd", False),
]

# Hand-set coordinates (others are the ZIP centroid +/- 0.006 degree)
COORD_OVERRIDES = {
    "PGA019": (36.9930, -111.4870),   # Lakeshore Dr near Wahweap, ~9 km north of Page: outside the Page storm polygon
    "PGA022": (37.0480, -112.4870),   # east Kanab on US-89: outside the Kanab Creek flash-flood polygon
}
BLANK_COORDS = {"PGA012", "PGA023"}   # ZIP centroid used
NO_BIRTH = set()
NO_PHONE = {"PGA023"}
