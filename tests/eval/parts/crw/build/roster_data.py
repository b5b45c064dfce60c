"""Hand-written roster for part crw (Charleston, Huntington and the Kanawha Valley, W.Va.).
All people invented; towns, ZIPs and county FIPS real."""

ADV_KAN = "r.mcclung@gauleyridgewealth.example"     # Charleston office (north and east of the river)
ADV_WEST = "s.haddad@gauleyridgewealth.example"     # St. Albans / Putnam / South Charleston
ADV_CAB = "d.ferrell@gauleyridgewealth.example"     # Huntington office (Cabell)

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("CRW001", "Delbert", "Lee", "Sayre", "Del", "", "Wilma", "Sayre", "Charleston", "WV", "25312", "1947-08-22", "5407 Sissonville Dr", False, ADV_KAN),
    ("CRW002", "Wilma", "", "Sayre", "", "Toney", "Delbert", "Sayre", "Charleston", "WV", "25312", "1949-03-11", "5407 Sissonville Dr", False, ADV_KAN),
    ("CRW003", "Anthony", "", "Maalouf Jr.", "Tony", "", "Rita", "Maalouf", "Charleston", "WV", "25314", "1956-05-19", "1210 Bridge Rd", False, ADV_KAN),
    ("CRW004", "Rita", "", "Maalouf", "", "Nassif", "Anthony", "Maalouf Jr.", "Charleston", "WV", "25314", "1958-10-02", "1210 Bridge Rd", False, ADV_KAN),
    ("CRW005", "Bobbie Sue", "", "Cottrill", "", "Harless", "Arlie", "Cottrill", "Saint Albans", "WV", "25177", "1953-01-27", "118 Kanawha Ter", False, ADV_WEST),
    ("CRW006", "Arlie", "", "Cottrill", "", "", "Bobbie Sue", "Cottrill", "Saint Albans", "WV", "25177", "1951-06-09", "118 Kanawha Ter", False, ADV_WEST),
    ("CRW007", "Lucinda", "", "Fauntleroy", "", "", "", "", "Huntington", "WV", "25701", "1978-12-04", "640 11th Ave", False, ADV_CAB),
    ("CRW008", "Thaddeus", "", "Claiborne", "Thad", "", "Gloria", "Claiborne", "Charleston", "WV", "25302", "1958-04-14", "1614 Washington St W", False, ADV_KAN),
    ("CRW009", "Jeffrey", "", "Stollings", "Jeff", "", "Tamara", "Stollings", "Huntington", "WV", "25705", "1967-09-30", "2931 Crestmont Dr", False, ADV_CAB),
    ("CRW010", "Tamara", "", "Stollings", "Tammy", "Perdue", "Jeffrey", "Stollings", "Huntington", "WV", "25705", "1969-02-18", "2931 Crestmont Dr", False, ADV_CAB),
    ("CRW011", "Roger", "Dale", "Starcher", "", "", "Linda", "Starcher", "Hurricane", "WV", "25526", "1958-07-07", "22 Sleepy Hollow Rd", False, ADV_WEST),
    ("CRW012", "Opal", "Jean", "Maynard", "", "", "", "", "Nitro", "WV", "25143", "1938-11-15", "2104 19th St", False, ADV_WEST),
    ("CRW013", "Wendell", "", "Ballengee", "", "", "", "", "Charleston", "WV", "25312", "1964-03-03", "88 Tupper Creek Rd", True, ADV_KAN),
    ("CRW014", "Darnell", "", "Lightfoot", "", "", "Yvonne", "Lightfoot", "Dunbar", "WV", "25064", "1961-08-26", "1307 Myers Ave", False, ADV_WEST),
    ("CRW015", "Yvonne", "", "Lightfoot", "", "Gaither", "Darnell", "Lightfoot", "Dunbar", "WV", "25064", "1963-05-05", "1307 Myers Ave", False, ADV_WEST),
    ("CRW016", "Travis", "Lee", "Shamblin", "", "", "", "", "Elkview", "WV", "25071", "1990-10-21", "41 Pinch Ridge Rd", False, ADV_KAN),
    ("CRW017", "Virginia", "", "Rexroad", "Ginny", "Skaggs", "Dwayne", "Rexroad", "Charleston", "WV", "25304", "1955-12-12", "4410 Staunton Ave SE", False, ADV_KAN),
    ("CRW018", "Okey", "", "Burdette Jr.", "", "", "Sharon", "Burdette", "Belle", "WV", "25015", "1959-04-30", "305 E Riverview Dr", False, ADV_KAN),
    ("CRW019", "Georgette", "", "Farhat", "", "Maalouf", "Elias", "Farhat", "South Charleston", "WV", "25309", "1953-02-22", "620 Chestnut St", False, ADV_WEST),
    ("CRW020", "Kimberly", "Dawn", "OKelley", "Kim", "", "", "", "Charleston", "WV", "25313", "1972-06-16", "5206 Big Tyler Rd", False, ADV_WEST),
    ("CRW021", "Ferrell", "", "Spurlock", "", "", "", "", "Barboursville", "WV", "25504", "1949-09-09", "1015 Central Ave", False, ADV_CAB),
    ("CRW022", "Jordan", "", "Pauley", "", "", "", "", "Saint Albans", "WV", "25177", "1991-01-08", "711 B St", False, ADV_WEST),
    ("CRW023", "Amanda", "", "Lilly", "Mandy", "", "", "", "Charleston", "WV", "25301", "1986-03-25", "1100 Quarrier St Apt 4", False, ADV_KAN),
]

BLANK_COORDS = {"CRW011", "CRW016"}   # ZIP centroid used
BLANK_FIPS = {"CRW021"}                # county derived from ZIP
NO_BIRTH = {"CRW013"}
NO_PHONE = {"CRW022"}
COORD_OVERRIDES: dict = {}
