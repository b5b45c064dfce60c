"""Hand-written roster for the tvf part (all people invented; places, ZIPs, FIPS real). Northwestern Minnesota."""

ADV = "k.haugland@northstarridge.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("TVF001", "Arvid", "M.", "Torkelson", "Arv", "", "Marlys", "Torkelson", "Thief River Falls", "MN", "56701", "1946-06-02", "17455 County Road 7", False),
    ("TVF002", "Marlys", "", "Torkelson", "", "Haugen", "Arvid", "Torkelson", "Thief River Falls", "MN", "56701", "1948-09-14", "17455 County Road 7", False),
    ("TVF003", "Lorraine", "", "Brekken", "", "Stenseth", "", "", "Thief River Falls", "MN", "56701", "1941-02-20", "410 Arnold Ave N", False),
    ("TVF004", "Orrin", "", "Kjelland Jr.", "Butch", "", "Darlene", "Kjelland", "Warren", "MN", "56762", "1956-11-03", "208 E Bridge Ave", False),
    ("TVF005", "Darlene", "", "Kjelland", "", "Vettleson", "Orrin", "Kjelland Jr.", "Warren", "MN", "56762", "1958-04-27", "208 E Bridge Ave", False),
    ("TVF006", "Rene", "", "Beauchaine", "", "", "Colette", "Beauchaine", "Red Lake Falls", "MN", "56750", "1960-08-09", "112 Champagne Ave NE", False),
    ("TVF007", "Colette", "", "Beauchaine", "", "Lizotte", "Rene", "Beauchaine", "Red Lake Falls", "MN", "56750", "1962-01-30", "112 Champagne Ave NE", False),
    ("TVF008", "Mary Jo", "", "Halvorson", "", "Ystebo", "", "", "Goodridge", "MN", "56725", "1952-07-22", "305 Main Ave N", False),
    ("TVF009", "Kristin", "", "Amundson-Roy", "", "", "Jacob", "Roy", "Red Lake Falls", "MN", "56750", "1991-03-05", "520 Main Ave NW", False),
    ("TVF010", "Gerald", "", "Dahlstrom", "Jerry", "", "Bonnie", "Dahlstrom", "Goodridge", "MN", "56725", "1953-05-16", "24810 State Hwy 1", False),
    ("TVF011", "Bonnie", "", "Dahlstrom", "", "Lunde", "Gerald", "Dahlstrom", "Goodridge", "MN", "56725", "1955-12-01", "24810 State Hwy 1", False),
    ("TVF012", "Harlan", "", "Svendsgaard", "", "", "", "", "Warren", "MN", "56762", "1963-06-18", "33 N 3rd St", True),
    ("TVF013", "Theodore", "", "Ostlie", "Ted", "", "Renae", "Ostlie", "Thief River Falls", "MN", "56701", "1958-10-11", "1123 Greenwood St E", False),
    ("TVF014", "Wendell", "", "Fjeld", "", "", "", "", "Thief River Falls", "MN", "56701", "", "13920 190th St NE", False),
    ("TVF015", "Shawna", "", "Desjarlais", "", "Kittleson", "Travis", "Desjarlais", "Red Lake Falls", "MN", "56750", "1984-09-02", "209 Bottineau Ave SE", False),
    ("TVF016", "Travis", "", "Desjarlais", "", "", "Shawna", "Desjarlais", "Red Lake Falls", "MN", "56750", "1982-02-14", "209 Bottineau Ave SE", False),
    ("TVF017", "Kenneth", "", "Moe", "Kenny", "", "Ardis", "Moe", "Warren", "MN", "56762", "1949-03-28", "41620 County Road 6", False),
    ("TVF018", "Ingrid", "", "Sollund", "", "", "", "", "Thief River Falls", "MN", "56701", "1962-05-08", "302 3rd St E", False),
    ("TVF019", "Nels", "", "Engebretson", "", "", "Joyce", "Engebretson", "Goodridge", "MN", "56725", "", "150 Park Ave", False),
    ("TVF020", "Carol Ann", "", "Byklum", "Cari", "", "", "", "Thief River Falls", "MN", "56701", "1966-12-19", "815 Conley Ave N", False),
    ("TVF021", "Dennis", "", "Rasmussen", "Denny", "", "Kim", "Rasmussen", "Warren", "MN", "56762", "1971-10-25", "612 S 5th St", False),
    ("TVF022", "Beverly", "", "Knutson", "Bev", "Beauchaine", "", "", "Red Lake Falls", "MN", "56750", "1957-04-04", "18 2nd St NW", False),
    ("TVF023", "Brent", "", "Thune", "", "", "", "", "Thief River Falls", "MN", "56701", "1979-08-30", "", False),
]

# rural addresses east of town, outside the July storm polygon (household of TVF001/002, and TVF014)
COORD_OVERRIDES = {"TVF001": (48.1372, -96.0215), "TVF002": (48.1372, -96.0215), "TVF014": (48.1655, -95.9930)}
BLANK_COORDS = {"TVF020"}     # ZIP centroid used
BLANK_FIPS = {"TVF022"}
NO_PHONE = {"TVF019", "TVF023"}
