"""Hand-written roster for eval part "mob" (Mobile County and Baldwin County, Alabama).
All people invented; places, ZIPs, FIPS real."""

ADV = {
    "01097": "c.lyons@azaleatrailadvisors.example",     # Mobile County
    "01003": "m.hadley@azaleatrailadvisors.example",    # Baldwin County (Eastern Shore)
}
ADV_OVERRIDE = {
    # the firm's third adviser keeps a few long-standing households on both sides of the bay
    "MOB006": "r.fountain@azaleatrailadvisors.example",
    "MOB007": "r.fountain@azaleatrailadvisors.example",
    "MOB020": "r.fountain@azaleatrailadvisors.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("MOB001", "Lorenzo", "", "Laurendine", "Ren", "", "Cecile", "Laurendine", "Fairhope", "AL", "36532", "1950-08-21", "118 Magnolia Ave", False),
    ("MOB002", "Cecile", "", "Laurendine", "", "Dubroca", "Lorenzo", "Laurendine", "Fairhope", "AL", "36532", "1953-02-11", "118 Magnolia Ave", False),
    ("MOB003", "Ozella", "", "Threadcraft", "", "", "", "", "Prichard", "AL", "36610", "1946-09-02", "1407 Wilson Ave", False),
    ("MOB004", "Darnell", "", "Threadcraft Jr.", "", "", "Yolanda", "Threadcraft", "Mobile", "AL", "36617", "1969-04-15", "2216 Stanton Rd", False),
    ("MOB005", "Yolanda", "", "Threadcraft", "", "Pettaway", "Darnell", "Threadcraft Jr.", "Mobile", "AL", "36617", "1971-12-03", "2216 Stanton Rd", False),
    ("MOB006", "Marie Therese", "", "Juzan", "", "Le Blanc", "Alphonse", "Juzan", "Mobile", "AL", "36608", "1941-05-30", "55 Myrtlewood Ln", False),
    ("MOB007", "Alphonse", "J.", "Juzan", "Buddy", "", "Marie Therese", "Juzan", "Mobile", "AL", "36608", "1938-06-14", "55 Myrtlewood Ln", False),
    ("MOB008", "Hollis", "", "Goldthwaite III", "Trey", "", "Ashley", "Goldthwaite", "Spanish Fort", "AL", "36527", "1978-10-09", "31 Bay Oaks Cir", False),
    ("MOB009", "Ashley", "", "Goldthwaite", "", "Fonde", "Hollis", "Goldthwaite III", "Spanish Fort", "AL", "36527", "1980-03-22", "31 Bay Oaks Cir", False),
    ("MOB010", "Raymond", "", "DOlive", "Ray", "", "Patricia", "DOlive", "Daphne", "AL", "36526", "1957-07-04", "907 Whispering Pines Rd", False),
    ("MOB011", "Ernestine", "", "Pettaway", "Teenie", "", "", "", "Prichard", "AL", "36610", "1952-01-18", "611 Telegraph Rd", False),
    ("MOB012", "Kendrick", "", "Tellis", "", "", "Monique", "Tellis", "Saraland", "AL", "36571", "1975-06-27", "140 Shelton Beach Rd", False),
    ("MOB013", "Monique", "", "Tellis", "", "Boykin", "Kendrick", "Tellis", "Saraland", "AL", "36571", "1977-09-14", "140 Shelton Beach Rd", False),
    ("MOB014", "Alvin", "", "Crumpton", "", "", "", "", "Mobile", "AL", "36605", "", "803 Duval St", False),
    ("MOB015", "Clotilde", "", "Zieman", "Tillie", "", "", "", "Daphne", "AL", "36526", "1936-03-08", "27 Dryer Ave", False),
    ("MOB016", "Hubert", "", "Mestier", "Hugh", "", "", "", "Saraland", "AL", "36571", "1961-02-20", "12 Celeste Rd", False),
    ("MOB017", "Delphine", "", "Trenier", "", "", "", "", "Mobile", "AL", "36604", "1968-08-08", "1160 Old Shell Rd", False),
    ("MOB018", "Wendell", "", "Pettaway", "", "", "", "", "Prichard", "AL", "36610", "1955-05-05", "615 Telegraph Rd", True),
    ("MOB019", "Terrance", "", "Kynard", "", "", "", "", "Mobile", "AL", "36695", "1984-12-01", "7700 Cottage Hill Rd", False),
    ("MOB020", "Eugenia", "", "Marchand", "Genie", "Sessums", "", "", "Fairhope", "AL", "36532", "1939-04-17", "9 Bayview Ave", False),
    ("MOB021", "Antoine", "", "Dubroca", "Tony", "", "Linda", "Dubroca", "Daphne", "AL", "36526", "1955-10-30", "3101 Main St", False),
]

# clients whose coordinates are left blank (derived from the ZIP by the engine)
BLANK_COORDS = {"MOB016", "MOB020"}
# hand-set household coordinates (lat, lon) that differ clearly from the ZIP centroid
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
# clients without a birth date or phone in the CRM
NO_BIRTH = {"MOB014"}
NO_PHONE = {"MOB019"}
