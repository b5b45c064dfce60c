"""Hand-written roster for the pia part (Peoria area, Illinois). All people invented; places, ZIPs, FIPS real."""

ADV_PEORIA = "c.lindqvist@prairiecrestwealth.example"     # Peoria County clients
ADV_TAZEWELL = "a.okonkwo@prairiecrestwealth.example"     # Tazewell and Woodford County clients
ADV_BY_ZIP = {"61614": ADV_PEORIA, "61604": ADV_PEORIA, "61616": ADV_PEORIA, "61605": ADV_PEORIA,
              "61603": ADV_PEORIA, "61607": ADV_PEORIA, "61523": ADV_PEORIA,
              "61554": ADV_TAZEWELL, "61611": ADV_TAZEWELL, "61571": ADV_TAZEWELL, "61550": ADV_TAZEWELL,
              "61530": ADV_TAZEWELL}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- Lebanese-American families (Peoria, Peoria Heights) ----
    ("PIA001", "Joseph", "", "Haddad Jr.", "Joe", "", "Leila", "Haddad", "Peoria", "IL", "61614", "1955-03-12", "4410 N Knoxville Ave", False),
    ("PIA002", "Leila", "", "Haddad", "", "Shaheen", "Joseph", "Haddad Jr.", "Peoria", "IL", "61614", "1958-11-02", "4410 N Knoxville Ave", False),
    ("PIA003", "Mary Rose", "", "Abdo", "", "Nassif", "", "", "Peoria", "IL", "61604", "1941-06-21", "1207 W Columbia Ter", False),
    ("PIA004", "Anthony", "G.", "Maloof", "Tony", "", "Rita", "Maloof", "Peoria Heights", "IL", "61616", "", "1015 E Kingman Ave", False),
    # ---- German Catholic (Pekin, East Peoria, Washington) ----
    ("PIA005", "Gerald", "", "Hufnagel", "Gerry", "", "Ruth", "Hufnagel", "Pekin", "IL", "61554", "1944-02-14", "1822 Hillcrest Dr", False),
    ("PIA006", "Ruth", "", "Hufnagel", "", "Kiefer", "Gerald", "Hufnagel", "Pekin", "IL", "61554", "1946-09-09", "1822 Hillcrest Dr", False),
    ("PIA007", "Anna Marie", "", "Vonderheide", "", "Ernst", "", "", "East Peoria", "IL", "61611", "1950-04-04", "305 Springfield Rd", False),
    ("PIA008", "Kurt", "", "von der Haar", "", "", "Lisa", "von der Haar", "Washington", "IL", "61571", "1966-12-01", "117 Cruger Rd", False),
    # ---- Black Baptist families of the South Side (Peoria) ----
    ("PIA009", "Lorraine", "", "Pettway", "", "Gaines", "Odell", "Pettway Sr.", "Peoria", "IL", "61605", "1949-05-17", "1614 W Lincoln Ave", False),
    ("PIA010", "Odell", "", "Pettway Sr.", "", "", "Lorraine", "Pettway", "Peoria", "IL", "61605", "1946-10-28", "1614 W Lincoln Ave", False),
    ("PIA011", "Jo Ann", "", "Whitfield", "", "", "Marcus", "Whitfield", "Peoria", "IL", "61605", "1968-01-19", "2009 W Millman St", False),
    ("PIA012", "Darnell", "", "Hightower", "", "", "Keisha", "Hightower", "Peoria", "IL", "61603", "1972-07-07", "811 E Republic St", False),
    ("PIA013", "Keisha", "", "Hightower", "", "Bolden", "Darnell", "Hightower", "Peoria", "IL", "61603", "1975-03-03", "811 E Republic St", False),
    # ---- Caterpillar retiree families (East Peoria, Washington, Bartonville) ----
    ("PIA014", "Richard", "L.", "Olander", "Dick", "", "Marlene", "Olander", "East Peoria", "IL", "61611", "1944-08-15", "212 Wesley Rd", False),
    ("PIA015", "Marlene", "", "Olander", "", "Sutter", "Richard", "Olander", "East Peoria", "IL", "61611", "1946-01-22", "212 Wesley Rd", False),
    ("PIA016", "Dennis", "", "Kowalczyk", "Denny", "", "", "", "Washington", "IL", "61571", "1952-05-05", "1408 Newcastle Rd", False),
    ("PIA017", "Roberto", "", "Mendoza Ruiz", "Beto", "", "Gloria", "Mendoza", "Bartonville", "IL", "61607", "1958-09-14", "", False),
    # ---- Mennonite and Apostolic families (Morton) ----
    ("PIA018", "Harold", "", "Nafziger", "", "", "Edna", "Nafziger", "Morton", "IL", "61550", "1938-03-30", "640 E Jackson St", False),
    ("PIA019", "Edna", "", "Nafziger", "", "Zehr", "Harold", "Nafziger", "Morton", "IL", "61550", "1940-07-11", "640 E Jackson St", False),
    ("PIA020", "Lydia Ann", "", "Gingerich", "", "Roth", "Raymond", "Gingerich", "Morton", "IL", "61550", "1964-10-10", "2231 S Main St", False),
    # ---- Chillicothe, Woodford County ----
    ("PIA021", "Kathleen", "", "OLeary", "Katie", "", "", "", "Chillicothe", "IL", "61523", "", "921 N 4th St", False),
    ("PIA022", "Walter", "", "Ingersoll", "Walt", "", "", "", "Chillicothe", "IL", "61523", "1950-02-02", "1130 N Santa Fe Ave", True),
    ("PIA023", "Daniel", "", "Sommer", "Dan", "", "Kristen", "Sommer", "Eureka", "IL", "61530", "1979-06-06", "1950 County Road 1500 E", False),
]

BLANK_COORDS = {"PIA011"}          # ZIP centroid used
BLANK_FIPS = {"PIA007"}            # derived from ZIP
NO_PHONE = {"PIA007", "PIA023"}
