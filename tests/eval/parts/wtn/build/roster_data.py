"""Hand-written roster for the wtn part (all people invented; places, ZIPs, FIPS real).

Jefferson County, New York (Watertown, Carthage, Clayton, Adams) and its Lewis County edge (Castorland)."""

ADV_A = "c.lachance@limestonewealth.example"   # Watertown, Carthage, Lewis County, Evans Mills, Black River
ADV_B = "d.ferrante@limestonewealth.example"   # the lake shore and the river: Clayton, Cape Vincent, Adams, Sackets

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("WTN001", "Lucien", "A.", "Gouin", "Lou", "", "Marjorie", "Gouin", "Watertown", "13601", "1947-02-11", "418 Franklin St", False, ADV_A),
    ("WTN002", "Marjorie", "", "Gouin", "", "Plantz", "Lucien", "Gouin", "Watertown", "13601", "1949-06-03", "418 Franklin St", False, ADV_A),
    ("WTN003", "Delbert", "", "Zehr", "Del", "", "Arlene", "Zehr", "Castorland", "13620", "1952-04-19", "7265 River Rd", False, ADV_A),
    ("WTN004", "Arlene", "", "Zehr", "", "Moser", "Delbert", "Zehr", "Castorland", "13620", "1954-08-02", "7265 River Rd", False, ADV_A),
    ("WTN005", "Thaddeus", "", "Bourcy Jr.", "Tad", "", "Renee", "Bourcy", "Clayton", "13624", "1960-03-08", "611 Riverside Dr", False, ADV_B),
    ("WTN006", "Mary Beth", "", "Docteur", "", "Hunneyman", "", "", "Adams", "13605", "1955-12-01", "22 Church St", False, ADV_B),
    ("WTN007", "Rosalind", "", "Scordo", "Roz", "LaFave", "", "", "Watertown", "13601", "1951-05-27", "140 Academy St", False, ADV_A),
    ("WTN008", "Kenneth", "", "Bellinger", "Ken", "", "", "", "Black River", "13612", "1958-01-14", "103 Leray St", True, ADV_A),
    ("WTN009", "Nolan", "", "Hunneyman", "", "", "Priya", "Hunneyman", "Sackets Harbor", "13685", "1964-10-10", "215 W Main St", False, ADV_B),
    ("WTN010", "Priya", "", "Hunneyman", "", "Desai", "Nolan", "Hunneyman", "Sackets Harbor", "13685", "1968-02-22", "215 W Main St", False, ADV_B),
    ("WTN011", "Armand", "", "LaFave", "", "", "", "", "Cape Vincent", "13618", "1944-07-30", "1840 Broadway St", False, ADV_B),
    ("WTN012", "Tessa", "", "Rusho-Guyette", "", "", "Mark", "Guyette", "Watertown", "13601", "", "1290 Washington St", False, ADV_A),
    ("WTN013", "Wendell", "", "Gaige", "", "", "", "", "Alexandria Bay", "13607", "1938-09-05", "", False, ADV_B),
    ("WTN014", "Cordelia", "", "Plantz", "Delia", "", "", "", "Theresa", "13691", "1952-11-11", "31 Commercial St", False, ADV_A),
    ("WTN015", "Silas", "", "Amidon", "", "", "", "", "Watertown", "13601", "", "219 Sherman St", False, ADV_A),
    ("WTN016", "Brent", "", "Kilborn", "", "", "Shawna", "Kilborn", "Carthage", "13619", "1968-05-05", "509 State St", False, ADV_A),
    ("WTN017", "Shawna", "", "Kilborn", "", "Spinner", "Brent", "Kilborn", "Carthage", "13619", "", "509 State St", False, ADV_A),
    ("WTN018", "Garrett", "", "Wiltse", "", "", "Keisha", "Wiltse", "Evans Mills", "13637", "1974-09-09", "8650 Main St", False, ADV_A),
    ("WTN019", "Keisha", "", "Wiltse", "", "", "Garrett", "Wiltse", "Evans Mills", "13637", "1976-03-13", "8650 Main St", False, ADV_A),
    ("WTN020", "Hollis", "", "Countermine", "", "", "", "", "Adams Center", "13606", "1988-01-20", "10455 County Route 75", False, ADV_B),
    ("WTN021", "Caleb", "", "Moshier", "", "", "Jenna", "Moshier", "Brownville", "13615", "1994-06-18", "126 Brown Blvd", False, ADV_B),
    ("WTN022", "Jenna", "", "Moshier", "", "Thibault", "Caleb", "Moshier", "Brownville", "13615", "1995-02-02", "126 Brown Blvd", False, ADV_B),
]

BLANK_COORDS = {"WTN013"}          # latitude/longitude left blank (derived from the ZIP)
BLANK_FIPS = {"WTN014"}            # county_fips left blank
COORD_OVERRIDES = {
    "WTN012": (43.9690, -75.9560),  # west side of Watertown, outside the July storm polygon (ZIP centroid is inside)
}
NO_PHONE = {"WTN008", "WTN011"}
