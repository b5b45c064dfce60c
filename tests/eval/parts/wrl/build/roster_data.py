"""Hand-written roster for the wrl part (Worland and the Big Horn Basin, Wyoming). Every person is invented.

Columns of R: client_id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth_date,
address_line, do_not_contact. All clients are in Wyoming.
"""

ADV = {
    "Washakie County": "ruth.ambrosetti@sagebrushtrust.example",
    "Hot Springs County": "ruth.ambrosetti@sagebrushtrust.example",
    "Big Horn County": "colt.brennaman@sagebrushtrust.example",
    "Park County": "colt.brennaman@sagebrushtrust.example",
}

R = [
    ("WRL001", "Thaddeus", "Lorenz", "Vollenweider", "Tad", "", "Marlys", "Vollenweider", "Worland", "82401",
     "1951-06-14", "1207 Culbertson Ave", False),
    ("WRL002", "Marlys", "Jean", "Vollenweider", "", "Kranzler", "Thaddeus", "Vollenweider", "Worland", "82401",
     "1953-02-09", "1207 Culbertson Ave", False),
    ("WRL003", "Delbert", "Ray", "Quaschnick Jr.", "Del", "", "Roxanne", "Quaschnick", "Worland", "82401",
     "1968-10-03", "2214 Big Horn Ave", False),
    ("WRL004", "Roxanne", "Marie", "Quaschnick", "", "Etchemendy", "Delbert", "Quaschnick", "Worland", "82401",
     "1970-05-21", "2214 Big Horn Ave", False),
    ("WRL005", "Gwendolyn", "Ilse", "Tollefsrud", "Gwen", "Amundgaard", "", "", "Ten Sleep", "82442",
     "1942-11-27", "31 Pine St", False),
    ("WRL006", "Merrill", "Dean", "Cazier", "", "", "Ila Jean", "Cazier", "Lovell", "82431",
     "1947-08-30", "455 Shoshone Ave", False),
    ("WRL007", "Ila Jean", "", "Cazier", "", "Tippetts", "Merrill", "Cazier", "Lovell", "82431",
     "1949-03-12", "455 Shoshone Ave", False),
    ("WRL008", "Kimball", "Hyrum", "Wardell", "", "", "Brynlee", "Wardell", "Cowley", "82420",
     "1979-01-17", "118 N Division St", False),
    ("WRL009", "Rosalinda", "", "Zamarripa", "Rosie", "Olivas", "Efrain", "Zamarripa", "Worland", "82401",
     "1964-07-08", "812 S 15th St", False),
    ("WRL010", "Efrain", "", "Zamarripa", "", "", "Rosalinda", "Zamarripa", "Worland", "82401",
     "1962-12-01", "812 S 15th St", False),
    ("WRL011", "Cordell", "Wayne", "Hergenreder", "Cord", "", "Shawna", "Hergenreder", "Greybull", "82426",
     "1960-04-22", "620 3rd Ave N", False),
    ("WRL012", "Philomena", "Rose", "Drobnick", "Mena", "Kranzler", "", "", "Thermopolis", "82443",
     "1948-09-15", "404 Arapahoe St", False),
    ("WRL013", "Augustin", "Pascal", "Etchemendy", "Gus", "", "Ardith", "Etchemendy", "Basin", "82410",
     "1944-01-30", "219 S 5th St", False),
    ("WRL014", "Ardith", "Lou", "Etchemendy", "", "Sorensen", "Augustin", "Etchemendy", "Basin", "82410",
     "1946-06-11", "219 S 5th St", False),
    ("WRL015", "Wendell", "Ames", "Pfannenstiel", "", "", "Corinne", "Pfannenstiel", "Powell", "82435",
     "1957-03-19", "1560 Road 10", False),
    ("WRL016", "Bryony", "Kate", "Kalivoda", "", "", "", "", "Cody", "82414",
     "1985-08-02", "1322 Rumsey Ave", False),
    ("WRL017", "Orrin", "Leland", "Sawtell Jr.", "", "", "Della", "Sawtell", "Meeteetse", "82433",
     "1955-05-05", "1904 State Highway 290", False),
    ("WRL018", "Della", "Faye", "Sawtell", "", "Hoopengarner", "Orrin", "Sawtell", "Meeteetse", "82433",
     "1957-10-18", "1904 State Highway 290", False),
    ("WRL019", "Tamsin", "Leigh", "Ruckman-Ostrander", "", "Ruckman", "Jory", "Ostrander", "Worland", "82401",
     "1976-12-09", "1630 Robertson Ave", False),
    ("WRL020", "Lavern", "Otto", "Schlenker", "Vern", "", "Dorothea", "Schlenker", "Manderson", "82432",
     "1939-02-14", "14 Gerrans Ave", False),
    ("WRL021", "Dorothea", "", "Schlenker", "Dot", "Wempen", "Lavern", "Schlenker", "Manderson", "82432",
     "1941-07-04", "14 Gerrans Ave", False),
    ("WRL022", "Darrow", "", "Fenstermaker", "", "", "", "", "Worland", "82401",
     "1972-03-03", "905 N 10th St", True),
    ("WRL023", "Soledad", "Ines", "Barrientos Quintana", "Chole", "", "", "", "Worland", "82401",
     "1958-04-19", "1418 Holly Ave", False),
    ("WRL024", "Jubal", "Amos", "Ostermiller", "", "", "Kaye", "Ostermiller", "Hyattville", "82428",
     "1966-09-28", "5 Paintrock Rd", False),
]

# Hand-set coordinates: WRL023 lives on the far south edge of Worland, outside the June hail polygon although the
# ZIP centroid is inside it. WRL015's place is a rural Powell address a few km from the ZIP centroid.
COORD_OVERRIDES = {"WRL023": (43.9790, -107.9480), "WRL015": (44.7705, -108.7410)}
BLANK_COORDS = {"WRL013", "WRL020"}       # leave lat/lon blank (ZIP centroid used)
BLANK_FIPS = {"WRL024"}                   # leave county_fips blank (derived from ZIP)
NO_BIRTH = {"WRL016"}                     # the CRM has no birth date for her
NO_PHONE = {"WRL022"}
