"""Hand-written roster for part cpr (Casper, Wyoming and neighbours). Every person is invented; ZIP codes and
counties are real (centroids from `zipcodes`, FIPS from `addfips`).

Tuple: (client_id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth_date,
address_line, do_not_contact)"""

ADVISER = "wren.halloway@sagebrushwealth.example"

R = [
    ("CPR001", "Thorvald", "", "Brekkenfeld", "Tor", "", "Marit", "Brekkenfeld", "Casper", "WY", "82609", "1947-03-11", "4120 E 12th St", False),
    ("CPR002", "Marit", "", "Brekkenfeld", "", "Haugstad", "Thorvald", "Brekkenfeld", "Casper", "WY", "82609", "1950-09-04", "4120 E 12th St", False),
    ("CPR003", "Eulalio", "", "Arrizabalaga", "Lalo", "", "Pilar", "Arrizabalaga", "Casper", "WY", "82604", "1939-08-02", "2215 Carmel Dr", False),
    ("CPR004", "Pilar", "", "Arrizabalaga", "", "Goicoechea", "Eulalio", "Arrizabalaga", "Casper", "WY", "82604", "1942-05-17", "2215 Carmel Dr", False),
    ("CPR005", "Delphine", "", "Quarrington", "", "", "", "", "Mills", "WY", "82644", "1936-12-01", "310 Poison Spider Rd", False),
    ("CPR006", "Rosalinda", "", "Villaseñor Tafoya", "", "", "Ramon", "Tafoya", "Casper", "WY", "82601", "1975-02-14", "847 S Jefferson St", False),
    ("CPR007", "Hollis", "", "Vandermeer Jr.", "", "", "Janelle", "Vandermeer", "Casper", "WY", "82604", "1968-07-30", "5630 Hawthorne Dr", False),
    ("CPR008", "Augustina", "", "Kolodziej", "Tina", "", "Bernard", "Kolodziej", "Evansville", "WY", "82636", "1958-01-22", "186 Lathrop Rd", False),
    ("CPR009", "Bernard", "", "Kolodziej", "Bernie", "", "Augustina", "Kolodziej", "Evansville", "WY", "82636", "1955-10-09", "186 Lathrop Rd", False),
    ("CPR010", "Lachlan", "", "Farquharson", "", "", "Kendra", "Farquharson", "Casper", "WY", "82609", "1979-04-03", "3905 Bonanza Way", False),
    ("CPR011", "Kendra", "", "Farquharson", "", "Spurlock", "Lachlan", "Farquharson", "Casper", "WY", "82609", "1981-11-12", "3905 Bonanza Way", False),
    ("CPR012", "Obadiah", "", "Fenstermacher", "", "", "", "", "Casper", "WY", "82601", "1959-06-06", "640 S Durbin St", False),
    ("CPR013", "Wilhelmina", "", "Ostrander", "Billie", "", "", "", "Glenrock", "WY", "82637", "1944-06-02", "212 S 4th St", False),
    ("CPR014", "Cyrus", "", "Halvorsrud", "", "", "Ingeborg", "Halvorsrud", "Casper", "WY", "82605", "1940-11-19", "1717 N Kimball St", False),
    ("CPR015", "Ingeborg", "", "Halvorsrud", "Inga", "Lunde", "Cyrus", "Halvorsrud", "Casper", "WY", "82605", "1943-02-08", "1717 N Kimball St", False),
    ("CPR016", "Teodoro", "", "Zubiate", "Teddy", "", "", "", "Casper", "WY", "82601", "1962-03-25", "1025 W Collins Dr", False),
    ("CPR017", "Marlys", "", "Ruckelshaus", "", "", "", "", "Casper", "WY", "82609", "1952-08-18", "4470 E 15th St", True),
    ("CPR018", "Ezekiel", "", "Tollefsrud", "Zeke", "", "", "", "Casper", "WY", "82609", "1985-12-01", "3210 Cy Ave Apt 14", False),
    ("CPR019", "Saoirse", "", "McIlhenny", "", "", "", "", "Casper", "WY", "82601", "1990-05-05", "155 N Center St", False),
    ("CPR020", "Gustavo", "", "Arreguin", "Gus", "", "Yesenia", "Arreguin", "Evansville", "WY", "82636", "1974-09-13", "52 Curtis St", False),
    ("CPR021", "Ardith", "", "Pennebaker", "", "", "", "", "Casper", "WY", "82604", "1931-04-20", "2900 S Poplar St", False),
    ("CPR022", "Rutger", "", "Van der Schaaf", "", "", "Lois", "Van der Schaaf", "Casper", "WY", "82604", "1949-01-30", "1340 Westridge Rd", False),
    ("CPR023", "Celestine", "", "Old Elk", "Cece", "", "", "", "Casper", "WY", "82601", "1971-10-10", "930 E 2nd St", False),
    ("CPR024", "Percival", "", "Dinwiddie", "Percy", "", "", "", "Glenrock", "WY", "82637", "1958-02-27", "19 Deer Creek Rd", False),
]

# clients whose coordinates are left blank (derived from the ZIP)
BLANK_COORDS = {"CPR012", "CPR022"}
# clients without a birth date or phone in the CRM
NO_BIRTH = {"CPR019", "CPR023"}
NO_PHONE = {"CPR016"}
