"""Hand-written roster for the lws part (Lewiston, Idaho / Clarkston, Washington). All people invented;
places, ZIP codes and county FIPS are real."""

ADV = {
    "ID": "m.ruddiger@confluencewealth.example",
    "WA": "t.kaschmitter@confluencewealth.example",
}
AREA = {"ID": "208", "WA": "509"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("LWS001", "Everett", "Lamont", "Brusven", "Ev", "", "Darlene", "Brusven", "Lewiston", "ID", "83501", "1943-08-14", "2314 Burrell Ave", False),
    ("LWS002", "Darlene", "", "Brusven", "", "Ruckdashel", "Everett", "Brusven", "Lewiston", "ID", "83501", "1946-02-03", "2314 Burrell Ave", False),
    ("LWS003", "Marvin", "", "Tuckness Jr.", "Marv", "", "Loretta", "Tuckness", "Clarkston", "WA", "99403", "1959-05-22", "1130 Chestnut St", False),
    ("LWS004", "Loretta", "", "Tuckness", "", "Scheibe", "Marvin", "Tuckness Jr.", "Clarkston", "WA", "99403", "1961-11-09", "1130 Chestnut St", False),
    ("LWS005", "Mary Beth", "", "Skovlund", "", "Hottinger", "", "", "Clarkston", "WA", "99403", "1941-04-27", "915 Highland Ave", False),
    ("LWS006", "Rosalind", "", "Tahmalwit-Crowe", "Roz", "", "", "", "Lapwai", "ID", "83540", "1967-03-15", "312 W Main St", False),
    ("LWS007", "Gerald", "", "Vanderwilt", "Jerry", "", "Constance", "Vanderwilt", "Lewiston", "ID", "83501", "1958-01-30", "3308 10th St", False),
    ("LWS008", "Constance", "", "Vanderwilt", "Connie", "Ostheller", "Gerald", "Vanderwilt", "Lewiston", "ID", "83501", "1960-07-04", "3308 10th St", False),
    ("LWS009", "Bradley", "", "Schrenk", "Brad", "", "Tiffany", "Schrenk", "Clarkston", "WA", "99403", "1984-09-19", "720 5th St", False),
    ("LWS010", "Kathleen", "", "Woodhull", "Kay", "", "", "", "Asotin", "WA", "99402", "1950-12-01", "140 2nd St", True),
    ("LWS011", "Harlan", "", "Peplinski", "", "", "Bernice", "Peplinski", "Moscow", "ID", "83843", "1952-06-06", "1020 E 7th St", False),
    ("LWS012", "Ardith", "Mae", "Jungert", "", "", "", "", "Orofino", "ID", "83544", "1938-10-18", "455 Michigan Ave", False),
    ("LWS013", "Clifford", "", "Rauenhorst", "Cliff", "", "", "", "Kendrick", "ID", "83537", "", "110 E Main St", False),
    ("LWS014", "Shirley", "", "Kinzer", "", "Dahmen", "", "", "Lewiston", "ID", "83501", "1949-09-09", "815 Prospect Ave", False),
    ("LWS015", "Terrence", "", "McGreevy", "Terry", "", "Alyssa", "McGreevy", "Clarkston", "WA", "99403", "1984-02-12", "1404 Libby St", False),
    ("LWS016", "Alyssa", "", "McGreevy", "", "Brammer", "Terrence", "McGreevy", "Clarkston", "WA", "99403", "1986-05-20", "1404 Libby St", False),
    ("LWS017", "Duane", "", "Pfefferkorn", "", "", "Jolene", "Pfefferkorn", "Genesee", "ID", "83832", "1962-03-03", "330 Walnut St", False),
    ("LWS018", "Eldon", "", "Swartzmiller", "", "", "", "", "Clarkston", "WA", "99403", "1955-10-10", "2215 Appleside Blvd", False),
    ("LWS019", "Juanita", "", "Arguello Becerra", "", "", "", "", "Lewiston", "ID", "83501", "", "", False),
    ("LWS020", "Russell", "", "Tollefsrud", "Russ", "", "Marlys", "Tollefsrud", "Grangeville", "ID", "83530", "1957-04-04", "206 S Hall St", False),
    ("LWS021", "Howard", "", "Ashenfelter", "", "", "Velma", "Ashenfelter", "Clarkston", "WA", "99403", "1933-06-18", "1819 Elm St", False),
    ("LWS022", "Velma", "", "Ashenfelter", "", "Grote", "Howard", "Ashenfelter", "Clarkston", "WA", "99403", "1935-01-22", "1819 Elm St", False),
]

# coordinates left blank (the ZIP centroid is used)
BLANK_COORDS = {"LWS013", "LWS020"}
# county_fips only left blank
BLANK_FIPS = {"LWS012"}
# hand-set coordinates (lat, lon) that differ clearly from the ZIP centroid
COORD_OVERRIDES = {
    "LWS019": (46.4168, -117.0205),   # downtown Lewiston by the river (ZIP 83501's centroid is out in the Orchards)
}
NO_PHONE = {"LWS012", "LWS017"}
