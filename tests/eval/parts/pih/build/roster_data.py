"""Hand-written roster for the `pih` part (Pocatello and southeast Idaho). People invented; ZIPs and FIPS real."""

ADV = "m.gneiting@portneufwealth.example"
ADV_NORTH = "c.arave@portneufwealth.example"   # Bingham, Bonneville and Madison Counties

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("PIH001", "Merlin", "Dale", "Sorensby", "", "", "LaRae", "Sorensby", "Pocatello", "83204", "1944-05-17", "1862 Wayne Ave", False),
    ("PIH002", "LaRae", "", "Sorensby", "", "Whitlock", "Merlin", "Sorensby", "Pocatello", "83204", "1946-09-02", "1862 Wayne Ave", False),
    ("PIH003", "Graciela", "", "Arredondo Villasenor", "Chela", "", "", "", "Shelley", "83274", "1968-03-11", "245 N State St", False),
    ("PIH004", "Reed", "", "Pendlebury Jr.", "", "", "JaNae", "Pendlebury", "Idaho Falls", "83404", "1963-08-08", "2790 Owen St", False),
    ("PIH005", "JaNae", "", "Pendlebury", "", "Nordfelt", "Reed", "Pendlebury Jr.", "Idaho Falls", "83404", "1965-01-20", "2790 Owen St", False),
    ("PIH006", "Dee Ann", "", "Vorwaller", "", "Stucki", "", "", "Inkom", "83245", "1949-12-04", "61 Rapid Creek Rd", False),
    ("PIH007", "Wendell", "", "Harbertson", "Dell", "", "Afton", "Harbertson", "American Falls", "83211", "1957-04-30", "1940 Borah Rd", False),
    ("PIH008", "Afton", "", "Harbertson", "", "Goodliffe", "Wendell", "Harbertson", "American Falls", "83211", "1959-07-15", "1940 Borah Rd", False),
    ("PIH009", "Dorinda", "", "Tasiwoo", "Dory", "", "", "", "Fort Hall", "83203", "1955-10-10", "17 Ross Fork Rd", False),
    ("PIH010", "Thaddeus", "", "Ovard", "Tad", "", "Kimberly", "Ovard", "Rexburg", "83440", "1971-02-14", "388 Mesa St", False),
    ("PIH011", "Lorna", "", "Fackrell", "", "Stucki", "", "", "Soda Springs", "83276", "1952-06-21", "90 E 2nd S", False),
    ("PIH012", "Spencer", "", "Kunzler", "", "", "McKenzie", "Kunzler", "Preston", "83263", "1984-11-02", "455 S 2nd E", False),
    ("PIH013", "McKenzie", "", "Kunzler", "Kenzie", "Beutler", "Spencer", "Kunzler", "Preston", "83263", "1986-05-05", "455 S 2nd E", False),
    ("PIH014", "Evan", "Rhys", "Prothero", "", "", "Glenys", "Prothero", "Malad City", "83252", "1950-03-01", "120 N 300 W", False),
    ("PIH015", "Rulon", "", "Haddock", "", "", "Lucille", "Haddock", "Pocatello", "83201", "1947-09-19", "712 Hyde Ave", True),
    ("PIH016", "Rogelio", "", "Benavides", "Roy", "", "Yesenia", "Benavides", "Blackfoot", "83221", "", "1150 Riverton Rd", False),
    ("PIH017", "Brigham", "", "Stoddart", "Brig", "", "", "", "Pocatello", "83201", "1990-07-04", "", False),
    ("PIH018", "Ilene", "", "Vandersloot", "", "Cutler", "", "", "McCammon", "83250", "1938-01-27", "33 Center St", False),
    ("PIH019", "Nathaniel", "", "Stohl", "Nate", "", "Priya", "Stohl", "Chubbuck", "83202", "1979-10-30", "4821 Tahoe Ave", False),
    ("PIH020", "Priya", "", "Stohl", "", "Raghunathan", "Nathaniel", "Stohl", "Chubbuck", "83202", "1981-04-18", "4821 Tahoe Ave", False),
    ("PIH021", "Jolene", "", "Pyper", "", "", "", "", "Idaho Falls", "83402", "", "915 Lomax St", False),
    ("PIH022", "Arvel", "", "Hymas", "", "", "Verda", "Hymas", "Aberdeen", "83210", "1936-08-25", "2078 N 2700 W", False),
]
NORTH = {"83221", "83274", "83203", "83210", "83402", "83404", "83440"}
NO_PHONE = {"PIH009", "PIH018"}
BLANK_COORDS = {"PIH022"}
