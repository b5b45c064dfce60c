"""Hand-written roster for the dnv part (Virginia's Southside). All people invented; places, ZIPs, FIPS real."""

ADV = {
    "434": "w.carrington@danriverwealth.example",   # Danville, Pittsylvania, Halifax
    "276": "j.gravely@danriverwealth.example",      # Martinsville, Henry County
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, area code
R = [
    # ---- Danville ----
    ("DNV001", "Clarence", "Edward", "Motley", "Buddy", "", "Ola Mae", "Motley", "Danville", "VA", "24541", "1941-06-14", "118 Westover Dr", False, "434"),
    ("DNV002", "Ola Mae", "", "Motley", "", "Shelton", "Clarence", "Motley", "Danville", "VA", "24541", "1944-09-02", "118 Westover Dr", False, "434"),
    ("DNV003", "Reginald", "", "Wimbush", "Reggie", "", "Tamika", "Wimbush", "Danville", "VA", "24540", "1969-11-21", "407 Piney Forest Rd", False, "434"),
    ("DNV004", "Tamika", "", "Wimbush", "", "Dillard", "Reginald", "Wimbush", "Danville", "VA", "24540", "1972-03-08", "407 Piney Forest Rd", False, "434"),
    ("DNV005", "Harold", "Lee", "Fitzgerald Jr.", "Hal", "", "Brenda", "Fitzgerald", "Danville", "VA", "24541", "1961-08-30", "22 Audubon Dr", False, "434"),
    ("DNV006", "Lorene", "", "Yeatts", "", "Hodnett", "", "", "Danville", "VA", "24540", "1949-01-17", "1510 N Main St", False, "434"),
    ("DNV022", "Mildred", "", "Fuller", "Millie", "", "", "", "Danville", "VA", "24541", "1933-05-26", "310 W Main St", False, "434"),
    # ---- Chatham / Gretna (Pittsylvania County) ----
    ("DNV007", "Emmett", "", "Shumate", "", "", "Frances", "Shumate", "Chatham", "VA", "24531", "1955-04-12", "2290 Chalk Level Rd", False, "434"),
    ("DNV008", "Frances", "", "Shumate", "Fran", "Adkins", "Emmett", "Shumate", "Chatham", "VA", "24531", "1957-12-01", "2290 Chalk Level Rd", False, "434"),
    ("DNV009", "Wendell", "", "Dalton", "", "", "Carolyn", "Dalton", "Gretna", "VA", "24557", "1958-07-19", "56 Coffey Rd", False, "434"),
    ("DNV010", "Patrice", "", "Oakes-Jennings", "", "", "Marvin", "Jennings", "Chatham", "VA", "24531", "", "14 Depot St", False, "434"),
    # ---- South Boston / Halifax ----
    ("DNV011", "Garland", "", "Puryear", "", "", "Bettie", "Puryear", "South Boston", "VA", "24592", "1950-02-27", "1204 Jeffress Blvd", False, "434"),
    ("DNV012", "Bettie", "", "Puryear", "", "Womack", "Garland", "Puryear", "South Boston", "VA", "24592", "1953-06-15", "1204 Jeffress Blvd", False, "434"),
    ("DNV013", "Lamont", "", "Easley", "", "", "", "", "South Boston", "VA", "24592", "1976-10-04", "880 Wilborn Ave", False, "434"),
    ("DNV014", "Virginia", "", "Conner", "Ginny", "Tuck", "", "", "Halifax", "VA", "24558", "1938-02-11", "45 Mountain Rd", False, "434"),
    ("DNV015", "Cornelius", "", "Ferrell", "", "", "Gloria", "Ferrell", "South Boston", "VA", "24592", "1960-05-05", "77 Yancey St", False, "434"),
    # ---- Martinsville / Ridgeway (Henry County) ----
    ("DNV016", "Dexter", "", "Penn", "", "", "Keisha", "Penn", "Ridgeway", "VA", "24148", "1972-01-29", "31 Joseph Martin Hwy", False, "276"),
    ("DNV017", "Keisha", "", "Penn", "", "Hairston", "Dexter", "Penn", "Ridgeway", "VA", "24148", "1975-07-07", "31 Joseph Martin Hwy", False, "276"),
    ("DNV018", "Tyrell", "", "Hairston", "", "", "Brianna", "Hairston", "Martinsville", "VA", "24112", "1994-04-22", "612 Starling Ave", False, "276"),
    ("DNV019", "Brianna", "", "Hairston", "Bree", "Stultz", "Tyrell", "Hairston", "Martinsville", "VA", "24112", "1996-09-13", "612 Starling Ave", False, "276"),
    ("DNV020", "Ruby", "", "Draper", "", "Gravely", "", "", "Martinsville", "VA", "24112", "", "19 Church St", True, "276"),
    ("DNV021", "Samuel", "", "Via", "Sonny", "", "Doris", "Via", "Martinsville", "VA", "24112", "1948-12-03", "240 Mulberry Rd", False, "276"),
]

BLANK_COORDS = {"DNV022"}          # derived from the ZIP by the engine
NO_PHONE = {"DNV009", "DNV015"}
NO_ADDRESS = {"DNV013"}
