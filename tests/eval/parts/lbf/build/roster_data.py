"""Hand-written roster for part lbf: North Platte, Nebraska and its neighbours (Lincoln and Logan Counties).

All people are invented; towns, ZIP codes and county FIPS are real. Coordinates are hand-set inside the town
(North Platte clients spread across the city so that a storm polygon covering its western half splits them);
rows listed in BLANK_COORDS leave latitude/longitude blank (the ZIP centroid is then used).
"""

ADV = "k.hasselbach@platterivercounsel.example"
ADV2 = "m.ortegon@platterivercounsel.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("LBF001", "Orville", "H.", "Kreutzfeld", "Orv", "", "Loretta", "Kreutzfeld", "North Platte", "NE", "69101", "1941-06-14", "1208 E 4th St", False),
    ("LBF002", "Loretta", "", "Kreutzfeld", "", "Hasenauer", "Orville", "Kreutzfeld", "North Platte", "NE", "69101", "1944-02-09", "1208 E 4th St", False),
    ("LBF003", "Delbert", "", "Ostermiller Jr.", "Del", "", "Charlene", "Ostermiller", "Maxwell", "NE", "69151", "1960-08-22", "304 Cottonwood St", False),
    ("LBF004", "Charlene", "", "Ostermiller", "", "Fikes", "Delbert", "Ostermiller Jr.", "Maxwell", "NE", "69151", "1962-11-03", "304 Cottonwood St", False),
    ("LBF005", "Rosalinda", "", "Arredondo Ybarra", "Rosie", "", "Tomas", "Ybarra", "North Platte", "NE", "69101", "1963-04-17", "611 W 9th St", False),
    ("LBF006", "Thaddeus", "", "Wiebelhaus", "Tad", "", "Jolene", "Wiebelhaus", "Hershey", "NE", "69143", "1958-09-30", "2870 N Hershey Rd", False),
    ("LBF007", "Jolene", "", "Wiebelhaus", "", "Kalkowski", "Thaddeus", "Wiebelhaus", "Hershey", "NE", "69143", "1961-01-12", "2870 N Hershey Rd", False),
    ("LBF008", "Sue Ellen", "", "Prochazka", "", "Vlasak", "", "", "North Platte", "NE", "69101", "1939-07-08", "1915 W A St", False),
    ("LBF009", "Anneliese", "M.", "Brunkhorst", "", "", "", "", "North Platte", "NE", "69101", "1974-05-26", "2405 Leota St", False),
    ("LBF010", "Ansel", "J.", "Tiedeman", "", "", "Ruth", "Tiedeman", "North Platte", "NE", "69101", "1960-12-01", "405 W 3rd St", False),
    ("LBF011", "Casimir", "", "Wojtalewicz", "Casey", "", "", "", "North Platte", "NE", "69101", "1950-03-04", "1420 W 12th St", True),
    ("LBF012", "Gerrit", "", "Vander Ploeg", "", "", "Lavonne", "Vander Ploeg", "North Platte", "NE", "69101", "1955-10-19", "1102 S Cottonwood St", False),
    ("LBF013", "Merle", "", "Haumesser", "Butch", "", "Darlene", "Haumesser", "Sutherland", "NE", "69165", "1947-02-15", "705 Walnut St", False),
    ("LBF014", "Ingrid", "", "Soderquist-Rahn", "", "", "Curtis", "Rahn", "North Platte", "NE", "69101", "1966-06-06", "2911 W Philip Ave", False),
    ("LBF015", "DeWayne", "", "Pfannenstiel", "", "", "Gertrude", "Pfannenstiel", "North Platte", "NE", "69101", "1962-03-29", "816 E 6th St", False),
    ("LBF016", "Gertrude", "", "Pfannenstiel", "Trudy", "Kuhlmann", "DeWayne", "Pfannenstiel", "North Platte", "NE", "69101", "1964-08-11", "816 E 6th St", False),
    ("LBF017", "Leland", "", "Rohrbaugh III", "Lee", "", "Stacy", "Rohrbaugh", "North Platte", "NE", "69101", "1970-12-09", "3307 Ridgeview Dr", False),
    ("LBF018", "Philomena", "", "Eickhoff", "Mena", "", "", "", "North Platte", "NE", "69101", "1936-03-21", "1020 E 2nd St", False),
    ("LBF019", "Tyson", "", "Engelhaupt", "", "", "Brittany", "Engelhaupt", "North Platte", "NE", "69101", "1981-07-27", "2514 W 5th St", False),
    ("LBF020", "Evangelina", "", "Zamarripa", "Vangie", "Robledo", "Ruben", "Zamarripa", "North Platte", "NE", "69101", "1968-02-02", "719 W 11th St", False),
    ("LBF021", "Ruben", "", "Zamarripa", "", "", "Evangelina", "Zamarripa", "North Platte", "NE", "69101", "1965-09-14", "719 W 11th St", False),
    ("LBF022", "Norbert", "", "Wischmeier", "Norb", "", "Arlene", "Wischmeier", "Stapleton", "NE", "69163", "1952-05-05", "41 Rural Route 1", False),
]

# (latitude, longitude) by hand; western North Platte lies west of about -100.76
COORDS = {
    "LBF001": (41.1402, -100.7351), "LBF002": (41.1402, -100.7351),
    "LBF003": (41.0779, -100.5251), "LBF004": (41.0779, -100.5251),
    "LBF005": (41.1281, -100.7752),
    "LBF006": (41.1705, -101.0021), "LBF007": (41.1705, -101.0021),
    "LBF008": (41.1423, -100.7904),
    "LBF009": (41.1498, -100.7481),
    "LBF011": (41.1203, -100.8002),
    "LBF012": (41.1183, -100.7422),
    "LBF013": (41.1561, -101.1262),
    "LBF014": (41.1522, -100.8121),
    "LBF015": (41.1352, -100.7522), "LBF016": (41.1352, -100.7522),
    "LBF017": (41.1121, -100.7833),
    "LBF018": (41.1322, -100.7383),
    "LBF019": (41.1381, -100.8251),
    "LBF020": (41.1213, -100.7683), "LBF021": (41.1213, -100.7683),
    "LBF022": (41.4877, -100.4840),
}
BLANK_COORDS = {"LBF010"}   # ZIP 69101 centroid (41.1326, -100.7746) is used
