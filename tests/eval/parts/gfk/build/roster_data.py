"""Hand-written roster for the gfk part: Grand Forks, N.D. and East Grand Forks, Minn. (people invented; ZIPs,
counties and ZIP centroids real, from the `zipcodes` package, FIPS from `addfips`)."""

ADV = {
    "ND": "k.haugen@redriverwealth.example",
    "MN": "m.pelletier@redriverwealth.example",
}
AREA = {"ND": "701", "MN": "218"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("GFK001", "Halvard", "", "Ostbye", "Hal", "", "Marit", "Ostbye", "Grand Forks", "ND", "58201", "1948-03-11", "2714 Belmont Rd", False),
    ("GFK002", "Marit", "", "Ostbye", "", "Tveit", "Halvard", "Ostbye", "Grand Forks", "ND", "58201", "1950-07-22", "2714 Belmont Rd", False),
    ("GFK003", "Lorraine", "", "Vigesaa", "", "Brekke", "Duane", "Vigesaa", "East Grand Forks", "MN", "56721", "1944-09-02", "418 5th St NW", False),
    ("GFK004", "Arvid", "", "Kjelstrup Jr.", "Bud", "", "Colleen", "Kjelstrup", "Grand Forks", "ND", "58203", "1957-05-19", "1620 N 30th St", False),
    ("GFK005", "Colleen", "", "Kjelstrup", "", "Dufault", "Arvid", "Kjelstrup Jr.", "Grand Forks", "ND", "58203", "1959-12-01", "1620 N 30th St", False),
    ("GFK006", "Mary Beth", "", "Lagasse", "", "", "Rene", "Lagasse", "East Grand Forks", "MN", "56721", "1962-04-14", "1107 Bygland Rd SE", False),
    ("GFK007", "Rene", "Joseph", "Lagasse", "", "", "Mary Beth", "Lagasse", "East Grand Forks", "MN", "56721", "1960-02-27", "1107 Bygland Rd SE", False),
    ("GFK008", "Thorvald", "", "Haugrud", "Tor", "", "", "", "Grand Forks", "ND", "58201", "1939-01-17", "906 Reeves Dr", False),
    ("GFK009", "JoAnn", "", "Torkelson", "", "", "", "", "Larimore", "ND", "58251", "1955-08-08", "204 Towner Ave", False),
    ("GFK010", "Priyanka", "", "Venkataraman", "", "", "", "", "Grand Forks", "ND", "58202", "1978-06-03", "3901 University Ave Apt 5", False),
    ("GFK011", "Bishnu", "Prasad", "Ghimire", "", "", "Tulasa", "Ghimire", "Grand Forks", "ND", "58203", "1972-11-15", "2215 N 43rd St", False),
    ("GFK012", "Tulasa", "", "Ghimire", "", "Adhikari", "Bishnu", "Ghimire", "Grand Forks", "ND", "58203", "1976-03-30", "2215 N 43rd St", False),
    ("GFK013", "LaVerne", "", "Stromsodt", "Vernie", "", "Delores", "Stromsodt", "Thompson", "ND", "58278", "1946-10-05", "311 Pacific Ave", False),
    ("GFK014", "Kenneth", "", "Skjerven", "Kenny", "", "Rhonda", "Skjerven", "Manvel", "ND", "58256", "1966-02-09", "17 Oak St", False),
    ("GFK015", "Maria Guadalupe", "", "Reyes Zamudio", "Lupe", "", "Ernesto", "Zamudio", "East Grand Forks", "MN", "56721", "1970-12-12", "1532 Central Ave NE", False),
    ("GFK016", "Ernesto", "", "Zamudio", "", "", "Maria Guadalupe", "Reyes Zamudio", "East Grand Forks", "MN", "56721", "1968-05-01", "1532 Central Ave NE", False),
    ("GFK017", "Berit", "", "Fjeldahl", "", "", "", "", "Grand Forks", "ND", "58203", "1983-04-26", "3120 Cherry St Apt 12", True),
    ("GFK018", "Gerald", "", "Tollefsrud Sr.", "Gerry", "", "Darlene", "Tollefsrud", "Grand Forks", "ND", "58201", "1945-08-30", "1811 Chestnut St", False),
    ("GFK019", "Nadine", "", "Vonasek", "", "Kuznia", "", "", "East Grand Forks", "MN", "56721", "1952-06-18", "221 Rhinehart Dr SE", False),
    ("GFK020", "Orrin", "", "Gulsvig", "", "", "Pamela", "Gulsvig", "Grand Forks", "ND", "58203", "1961-09-14", "4408 Cottonwood St", False),
    ("GFK021", "Pamela", "", "Gulsvig", "Pam", "Rustad", "Orrin", "Gulsvig", "Grand Forks", "ND", "58203", "1963-01-21", "4408 Cottonwood St", False),
    ("GFK022", "Sigrid", "", "Aamodt", "", "", "", "", "Grand Forks", "ND", "58201", "1987-11-02", "515 Cottonwood Ave", False),
    ("GFK023", "Wilhelmina", "", "Rinkenberger", "Billie", "", "", "", "Fisher", "MN", "56723", "1941-04-07", "105 Park Ave", False),
    ("GFK024", "Clarence", "", "Dufault", "", "", "Yvonne", "Dufault", "East Grand Forks", "MN", "56721", "1938-11-23", "802 4th Ave NW", False),
    ("GFK025", "Yvonne", "", "Dufault", "", "Bergeron", "Clarence", "Dufault", "East Grand Forks", "MN", "56721", "1940-06-09", "802 4th Ave NW", False),
]

# rows whose latitude/longitude are left blank (the importer derives them from the ZIP)
BLANK_COORDS = {"GFK009", "GFK023"}
# rows whose county_fips is left blank
BLANK_FIPS = {"GFK013"}
# rows without birth_date / phone, as a CRM would have them
NO_BIRTH = {"GFK017", "GFK022"}
NO_PHONE = {"GFK010"}
