"""Hand-written roster for the pns part (Pensacola, Florida). All people are invented; places, ZIPs, FIPS real."""

ADV = {
    "A": "r.castellanos@seawallwealth.example",
    "B": "j.moultrie-hale@seawallwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, adviser, dnc
R = [
    ("PNS001", "Constantine", "", "Kalogeropoulos", "Dino", "", "Eleni", "Kalogeropoulos", "Pensacola", "32503", "1948-09-14", "1418 E Jackson St", "A", False),
    ("PNS002", "Eleni", "", "Kalogeropoulos", "", "Papadakis", "Constantine", "Kalogeropoulos", "Pensacola", "32503", "1951-04-30", "1418 E Jackson St", "A", False),
    ("PNS003", "Odile", "", "Barrineau", "", "Gonsoulin", "", "", "Pensacola", "32501", "1941-02-11", "412 W Belmont St", "A", False),
    ("PNS004", "Thornton", "", "Ladoucette III", "", "", "Celestine", "Ladoucette", "Gulf Breeze", "32561", "1958-11-03", "115 Shoreline Dr", "A", False),
    ("PNS005", "Celestine", "", "Ladoucette", "", "Arceneaux", "Thornton", "Ladoucette III", "Gulf Breeze", "32561", "1960-07-19", "115 Shoreline Dr", "A", False),
    ("PNS006", "Cordelia", "", "Blackshear", "", "", "Ambrose", "Blackshear", "Pensacola", "32505", "1962-03-08", "2210 W Cervantes St", "B", False),
    ("PNS007", "Tobias", "", "Wrenfield", "Toby", "", "", "", "Milton", "32570", "1966-05-21", "6807 Caroline St", "B", False),
    ("PNS008", "Lan", "Ngoc", "Truong", "", "", "Minh", "Dinh", "Pensacola", "32507", "1972-12-02", "3310 Gulf Beach Hwy", "B", False),
    ("PNS009", "Minh", "Quang", "Dinh", "", "", "Lan", "Truong", "Pensacola", "32507", "1969-08-15", "3310 Gulf Beach Hwy", "B", False),
    ("PNS010", "Everard", "Lee", "Quarterman", "Buddy", "", "Lorene", "Quarterman", "Cantonment", "32533", "1944-01-27", "801 Muscogee Rd", "B", False),
    ("PNS011", "Lorene", "", "Quarterman", "", "Hadley", "Everard", "Quarterman", "Cantonment", "32533", "1947-10-05", "801 Muscogee Rd", "B", False),
    ("PNS012", "Ximena", "", "Villaseñor Ocampo", "", "", "", "", "Pensacola", "32504", "1980-06-11", "1725 Creighton Rd", "B", False),
    ("PNS013", "Hollis", "", "Vandergriff", "", "", "Marianne", "Vandergriff", "Gulf Breeze", "32563", "1952-02-14", "1420 Soundside Dr", "A", False),
    ("PNS014", "Marianne", "", "Vandergriff", "", "Stolz", "Hollis", "Vandergriff", "Gulf Breeze", "32563", "1954-09-09", "1420 Soundside Dr", "A", False),
    ("PNS015", "Philomena", "", "Duchesneau", "Mena", "", "", "", "Pensacola", "32502", "1970-01-23", "215 S Palafox St Apt 4", "A", False),
    ("PNS016", "Augustus", "", "Fairbairn", "Gus", "", "Doreen", "Fairbairn", "Navarre", "32566", "1950-08-08", "2105 Sandy Ridge Cir", "A", False),
    ("PNS017", "Doreen", "", "Fairbairn", "", "", "Augustus", "Fairbairn", "Navarre", "32566", "1952-12-12", "2105 Sandy Ridge Cir", "A", False),
    ("PNS018", "Wendell", "Ray", "Ashburne", "", "", "Inez", "Ashburne", "Pensacola", "32514", "1939-06-02", "1810 Olive Rd", "B", False),
    ("PNS019", "Inez", "", "Ashburne", "", "Coker", "Wendell", "Ashburne", "Pensacola", "32514", "1941-04-17", "1810 Olive Rd", "B", False),
    ("PNS020", "Roderick", "", "Fenstermacher", "Rod", "", "", "", "Pensacola", "32526", "1975-10-30", "6420 Lillian Hwy", "A", False),
    ("PNS021", "Lucille", "", "Marchbanks", "", "", "Cleophus", "Marchbanks", "Pensacola", "32506", "1949-03-03", "4410 Saufley Field Rd", "B", True),
    ("PNS022", "Thomasina", "", "Grandberry", "Tommie", "", "Leon", "Grandberry", "Pensacola", "32505", "1968-07-07", "3015 W Jackson St", "B", False),
]

# clients whose coordinates are left blank (derived from the ZIP)
BLANK_COORDS = {"PNS012"}
# clients whose county_fips only is left blank
BLANK_FIPS = {"PNS020"}
# clients without a birth date or phone in the CRM
NO_BIRTH = {"PNS012"}
NO_PHONE = {"PNS015"}
