"""Hand-written roster for part pgv: eastern North Carolina (Pitt and Beaufort Counties). People invented;
places, ZIPs and FIPS real."""

ADV = "r.hobgood@tarrivercapital.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("PGV001", "Thaddeus", "R.", "Whichard", "Thad", "", "Lorene", "Whichard", "Greenville", "NC", "27858", "1948-07-22", "1410 E 5th St", False),
    ("PGV002", "Lorene", "", "Whichard", "", "Tyson", "Thaddeus", "Whichard", "Greenville", "NC", "27858", "1951-02-11", "1410 E 5th St", False),
    ("PGV003", "Cleveland", "", "Dail Jr.", "Cleve", "", "Bettie", "Dail", "Ayden", "NC", "28513", "1955-09-30", "302 E 3rd St", False),
    ("PGV004", "Bettie", "", "Dail", "", "Hardee", "Cleveland", "Dail Jr.", "Ayden", "NC", "28513", "1957-04-14", "302 E 3rd St", False),
    ("PGV005", "Mary Frances", "", "Joyner", "", "Pittman", "", "", "Farmville", "NC", "27828", "1938-10-02", "3718 N Main St", False),
    ("PGV006", "Linwood", "Earl", "Gaskins", "", "", "Margaret", "Gaskins", "Washington", "NC", "27889", "1944-03-09", "214 E Water St", False),
    ("PGV007", "Margaret", "", "Gaskins", "Peggy", "Respess", "Linwood", "Gaskins", "Washington", "NC", "27889", "1946-12-01", "214 E Water St", False),
    ("PGV008", "Hubert", "", "Edmondson", "", "", "", "", "Farmville", "NC", "27828", "", "4120 Church St", False),
    ("PGV009", "Keisha", "", "Moye-Atkinson", "", "Moye", "", "", "Greenville", "NC", "27834", "1980-05-05", "2207 Brownlea Dr", False),
    ("PGV010", "Alphonso", "", "Tripp", "", "", "Shirley", "Tripp", "Ayden", "NC", "28513", "1958-01-19", "611 Snow Hill St", False),
    ("PGV011", "Shirley", "", "Tripp", "", "", "Alphonso", "Tripp", "Ayden", "NC", "28513", "1960-08-08", "611 Snow Hill St", False),
    ("PGV012", "Braxton", "", "Stox", "", "", "Gail", "Stox", "Washington", "NC", "27889", "1962-06-17", "118 Stewart Pkwy", False),
    ("PGV013", "Wyatt", "", "Harrington", "", "", "Crystal", "Harrington", "Winterville", "NC", "28590", "1983-11-03", "2540 Mill St", False),
    ("PGV014", "Crystal", "", "Harrington", "", "Cobb", "Wyatt", "Harrington", "Winterville", "NC", "28590", "1985-02-26", "2540 Mill St", False),
    ("PGV015", "Rhonda", "", "Cannon", "", "", "Earl", "Cannon", "Winterville", "NC", "28590", "1958-03-03", "408 Vernon White Rd", True),
    ("PGV016", "Junius", "", "Buck", "", "", "", "", "Grimesland", "NC", "27837", "1950-12-12", "4470 NC-33 E", False),
    ("PGV017", "Ella Mae", "", "Congleton", "", "Davenport", "", "", "Washington", "NC", "27889", "1936-05-30", "507 W 2nd St", False),
    ("PGV018", "Timothy", "", "Corbitt", "Tim", "", "", "", "Greenville", "NC", "27858", "1971-10-10", "905 Cotanche St", False),
    ("PGV019", "Audrey", "", "Smallwood", "", "Stancill", "Roy", "Smallwood", "Farmville", "NC", "27828", "1961-07-07", "3604 Wilson St", False),
    ("PGV020", "Prakash", "", "Venkataraman", "", "", "", "", "Greenville", "NC", "27834", "1976-04-24", "1801 W 5th St", False),
    ("PGV021", "Garland", "", "Mewborn", "", "", "", "", "Farmville", "NC", "27828", "1960-01-15", "3815 Grimmersburg St", False),
    ("PGV022", "Latoya", "", "Worthington", "", "", "", "", "Greenville", "NC", "27858", "1988-09-09", "112 Elm St", False),
    ("PGV023", "Dequan", "", "Blount", "", "", "Jasmine", "Blount", "Greenville", "NC", "27834", "1994-06-01", "3300 Briarcliff Dr", False),
    ("PGV024", "Jasmine", "", "Blount", "Jazz", "Speight", "Dequan", "Blount", "Greenville", "NC", "27834", "1996-02-14", "3300 Briarcliff Dr", False),
]

BLANK_COORDS = {"PGV008"}
NO_BIRTH = {"PGV008", "PGV018"}
NO_PHONE = {"PGV016", "PGV022"}
NO_ADDRESS = {"PGV020"}
