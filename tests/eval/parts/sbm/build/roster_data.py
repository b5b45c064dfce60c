"""Hand-written roster for part sbm (Sheboygan, Wisconsin). People invented; places, ZIPs, FIPS real."""

ADV = {
    "A": "k.brandvold@lakeshorewealth.example",
    "B": "t.okonkwo@lakeshorewealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("SBM001", "Adelbert", "W.", "Kuehnhold", "Del", "", "Marlys", "Kuehnhold", "Sheboygan", "WI", "53081", "1948-07-22", "1418 N 7th St", False, "A"),
    ("SBM002", "Marlys", "", "Kuehnhold", "", "Verhulst", "Adelbert", "Kuehnhold", "Sheboygan", "WI", "53081", "1950-03-11", "1418 N 7th St", False, "A"),
    ("SBM003", "Gerrit", "J.", "Wolterink", "", "", "Hendrika", "Wolterink", "Cedar Grove", "WI", "53013", "1941-09-30", "212 S Main St", False, "A"),
    ("SBM004", "Hendrika", "", "Wolterink", "Rika", "Ten Pas", "Gerrit", "Wolterink", "Cedar Grove", "WI", "53013", "1943-05-17", "212 S Main St", False, "A"),
    ("SBM005", "Chue", "", "Kue", "", "", "Mai Nou", "Vue", "Sheboygan", "WI", "53083", "1960-11-02", "1127 Superior Ave", False, "B"),
    ("SBM006", "Mai Nou", "", "Vue", "", "", "Chue", "Kue", "Sheboygan", "WI", "53083", "1964-01-15", "1127 Superior Ave", False, "B"),
    ("SBM007", "Dorothea", "", "Schwertfeger", "Dottie", "Loebbecke", "", "", "Sheboygan Falls", "WI", "53085", "1938-12-04", "405 Buffalo St", False, "A"),
    ("SBM008", "Anton", "", "Zupancic Jr.", "Tony", "", "Renata", "Zupancic", "Sheboygan", "WI", "53081", "1966-04-09", "2931 S 12th St", False, "B"),
    ("SBM009", "Renata", "", "Zupancic", "", "Sladek", "Anton", "Zupancic Jr.", "Sheboygan", "WI", "53081", "1968-08-27", "2931 S 12th St", False, "B"),
    ("SBM010", "Mary Beth", "", "Lammersdorf", "", "Dreifke", "Curtis", "Lammersdorf", "Kohler", "WI", "53044", "1971-06-19", "644 Highland Dr", False, "A"),
    ("SBM011", "Thaddeus", "R.", "Pomplun", "Thad", "", "Lorraine", "Pomplun", "Plymouth", "WI", "53073", "1955-02-14", "N5620 County Rd O", False, "B"),
    ("SBM012", "Lorraine", "", "Pomplun", "", "Kasten", "Thaddeus", "Pomplun", "Plymouth", "WI", "53073", "1957-10-03", "N5620 County Rd O", False, "B"),
    ("SBM013", "Evert", "", "Kloosterboer", "", "", "Janna", "Kloosterboer", "Oostburg", "WI", "53070", "1961-03-26", "34 Center Ave", False, "A"),
    ("SBM014", "Araceli", "", "Villasenor Quintero", "", "", "Efrain", "Mendoza", "Sheboygan", "WI", "53081", "", "1709 Michigan Ave", False, "B"),
    ("SBM015", "Ottilie", "M.", "Rademacher", "Tillie", "Schwertfeger", "", "", "Elkhart Lake", "WI", "53020", "1933-04-02", "88 E Rhine St", False, "A"),
    ("SBM016", "Harlan", "", "Voskuil", "", "", "Trudy", "Voskuil", "Sheboygan", "WI", "53083", "1978-09-08", "4120 N 21st St", False, "B"),
    ("SBM017", "Leopold", "", "Gruenewald", "Leo", "", "Hildegard", "Gruenewald", "Sheboygan", "WI", "53083", "1944-01-21", "3130 N 15th St", False, "A"),
    ("SBM018", "Roswitha", "", "Kaltenbrunner", "", "Mahlberg", "Dieter", "Kaltenbrunner", "Cleveland", "WI", "53015", "1952-07-30", "W2714 Hickory Hills Rd", False, "B"),
    ("SBM019", "Dieter", "", "Kaltenbrunner", "", "", "Roswitha", "Kaltenbrunner", "Cleveland", "WI", "53015", "1949-11-12", "W2714 Hickory Hills Rd", False, "B"),
    ("SBM020", "Ansgar", "", "Thielke", "", "", "", "", "Kiel", "WI", "53042", "1960-05-05", "509 Fremont St", True, "B"),
    ("SBM021", "Cornelia", "", "TerBeeke", "Nellie", "Wolterink", "", "", "Oostburg", "WI", "53070", "1945-02-28", "117 N 9th St", False, "A"),
    ("SBM022", "Ingeborg", "", "Hjelmstad", "", "", "", "", "Sheboygan", "WI", "53081", "1974-12-01", "3305 N 3rd St", False, "B"),
    ("SBM023", "Emmerich", "", "Lautenschlager", "Emmo", "", "Colleen", "Lautenschlager", "Sheboygan", "WI", "53083", "1969-08-14", "706 Wisconsin Ave", False, "A"),
    ("SBM024", "Colleen", "", "Lautenschlager", "", "Fenske", "Emmerich", "Lautenschlager", "Sheboygan", "WI", "53083", "1971-02-06", "706 Wisconsin Ave", False, "A"),
]

BLANK_COORDS = {"SBM013"}          # Oostburg: the ZIP centroid is used
BLANK_FIPS = {"SBM021"}            # Oostburg: county derived from the ZIP
NO_PHONE = {"SBM015"}
# Hand-set homes (others sit within ~700 m of the ZIP centroid):
#  SBM005/SBM006 live on the north side (ZIP 53083, whose centroid is outside the June storm polygon) but their
#  house on Superior Ave is just inside it. SBM023/SBM024 live in Howards Grove (ZIP 53083, city Sheboygan).
COORD_OVERRIDES = {
    "SBM005": (43.7705, -87.7240),
    "SBM006": (43.7705, -87.7240),
    "SBM023": (43.8330, -87.8200),
    "SBM024": (43.8330, -87.8200),
}
