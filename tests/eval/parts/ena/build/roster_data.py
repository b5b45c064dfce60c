"""Hand-written roster for part `ena` (Kenai, Soldotna and the Kenai Peninsula, Alaska; plus two clients in
Anchorage). All people invented; places, ZIP codes and FIPS codes real."""

ADV = {
    "central": "t.aldridge@kachemakridge.example",   # Kenai, Soldotna, Sterling, Nikiski, Kasilof, Anchorage
    "south": "r.moriarty@kachemakridge.example",     # Homer, Anchor Point, Ninilchik, Seward, Cooper Landing
}
SOUTH = {"Homer", "Anchor Point", "Ninilchik", "Seward", "Cooper Landing"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("ENA001", "Harold", "E.", "Ostrander", "Hal", "", "Doreen", "Ostrander", "Soldotna", "AK", "99669", "1951-06-14", "36420 Funny River Rd", False),
    ("ENA002", "Doreen", "", "Ostrander", "", "Tweedie", "Harold", "Ostrander", "Soldotna", "AK", "99669", "1953-09-02", "36420 Funny River Rd", False),
    ("ENA003", "Arvid", "Leif", "Halvorsen", "", "", "Lorraine", "Halvorsen", "Kasilof", "AK", "99610", "1938-11-02", "23150 Kalifornsky Beach Rd", False),
    ("ENA004", "Lorraine", "", "Halvorsen", "Lorrie", "Pruitt", "Arvid", "Halvorsen", "Kasilof", "AK", "99610", "1941-04-19", "23150 Kalifornsky Beach Rd", False),
    ("ENA005", "Vasily", "", "Reutov", "", "", "Efrosinia", "Reutov", "Anchor Point", "AK", "99556", "1968-01-14", "71450 North Fork Rd", False),
    ("ENA006", "Efrosinia", "", "Reutov", "Frosya", "Kalugin", "Vasily", "Reutov", "Anchor Point", "AK", "99556", "1971-07-30", "71450 North Fork Rd", False),
    ("ENA007", "Dwayne", "R.", "Showalter Jr.", "Butch", "", "", "", "Nikiski", "AK", "99635", "1964-02-08", "51780 Holt Lamplight Rd", False),
    ("ENA008", "Rosario", "", "Dimaculangan", "Charing", "", "Rommel", "Dimaculangan", "Kenai", "AK", "99611", "1970-10-05", "408 Lawton Dr", False),
    ("ENA009", "Mary Jo", "", "Fjelstad", "", "Tschappat", "", "", "Soldotna", "AK", "99669", "1958-12-01", "112 Riverview Dr", False),
    ("ENA010", "Kenneth", "", "Bragg", "Kenny", "", "", "", "Soldotna", "AK", "99669", "1994-05-22", "44210 Sterling Hwy Apt 3", False),
    ("ENA011", "Marina", "", "Sacaloff-Hendry", "", "", "Duncan", "Hendry", "Kenai", "AK", "99611", "1975-03-09", "1520 Beaver Loop Rd", False),
    ("ENA012", "Gary", "", "Vukovich", "", "", "Linda", "Vukovich", "Kenai", "AK", "99611", "1959-08-21", "605 Magic Ave", False),
    ("ENA013", "Linda", "Kay", "Vukovich", "", "Ardell", "Gary", "Vukovich", "Kenai", "AK", "99611", "1961-11-28", "605 Magic Ave", False),
    ("ENA014", "Clifford", "", "Dahlgren", "Cliff", "", "", "", "Homer", "AK", "99603", "1949-01-27", "3850 Kachemak Dr", False),
    ("ENA015", "Evelyn", "Ruth", "Gustafson", "", "Harcourt", "", "", "Seward", "AK", "99664", "1936-05-11", "412 Third Ave", False),
    ("ENA016", "Leland", "J.", "Marchetti", "Lee", "", "Crystal", "Marchetti", "Soldotna", "AK", "99669", "1972-03-17", "47120 Gaswell Rd", False),
    ("ENA017", "Crystal", "", "Marchetti", "", "Balashoff", "Leland", "Marchetti", "Soldotna", "AK", "99669", "1974-12-09", "47120 Gaswell Rd", False),
    ("ENA018", "Anna Marie", "", "Tepanoff", "Annie", "", "", "", "Kenai", "AK", "99611", "1966-06-25", "1107 Mission Ave", False),
    ("ENA019", "Russell", "", "Pennock", "Rusty", "", "Joanne", "Pennock", "Sterling", "AK", "99672", "1955-10-03", "38210 Scout Lake Loop Rd", False),
    ("ENA020", "Delbert", "", "Tschappat", "", "", "Karen", "Tschappat", "Soldotna", "AK", "99669", "1956-04-11", "208 Big Eddy Rd", True),
    ("ENA021", "Sharon", "", "Ekstrom", "", "", "", "", "Cooper Landing", "AK", "99572", "1962-09-17", "Mile 49.5 Sterling Hwy", False),
    ("ENA022", "Erik", "", "Halvorsen", "", "", "Jessica", "Halvorsen", "Anchorage", "AK", "99516", "1979-08-08", "12210 Rabbit Creek Rd", False),
    ("ENA023", "Jessica", "", "Halvorsen", "Jess", "", "Erik", "Halvorsen", "Anchorage", "AK", "99516", "1982-02-14", "12210 Rabbit Creek Rd", False),
]

# Riverfront homes on the Kenai River (hand-set, real river-bank positions): the flood-warning labels depend on them.
COORD_OVERRIDES = {
    "ENA001": (60.4790, -151.0050),   # Funny River Rd, river side (Ostranders)
    "ENA002": (60.4790, -151.0050),
    "ENA009": (60.4835, -151.0420),   # Riverview Dr near Swiftwater Park, Soldotna
    "ENA011": (60.5300, -151.1900),   # Beaver Loop Rd, Kenai, on the lower river
    "ENA019": (60.5330, -150.7900),   # Scout Lake Loop Rd, Sterling, near the Moose River confluence
    "ENA020": (60.4950, -151.0900),   # Big Eddy Rd (do_not_contact)
}
NO_BIRTH = {"ENA011", "ENA021"}
NO_PHONE = {"ENA010"}
NO_ADDRESS = {"ENA018"}
