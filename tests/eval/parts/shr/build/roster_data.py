"""Hand-written roster for the shr part: Sheridan, Wyoming and nearby towns (people invented; ZIPs, FIPS real)."""

ADV_A = "r.haskins@cloudpeakwealth.example"   # Sheridan city households
ADV_B = "j.oyarzun@cloudpeakwealth.example"   # the county towns and Buffalo

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("SHR001", "Thaddeus", "", "Vanderhoef", "Tad", "", "Marguerite", "Vanderhoef", "Sheridan", "82801", "1948-02-11", "1460 Big Horn Ave", False, ADV_A),
    ("SHR002", "Marguerite", "Ann", "Vanderhoef", "Maggie", "Goyhenetche", "Thaddeus", "Vanderhoef", "Sheridan", "82801", "1950-09-03", "1460 Big Horn Ave", False, ADV_A),
    ("SHR003", "Rosa Elena", "", "Baraza Quintero", "", "", "", "", "Sheridan", "82801", "1969-05-27", "417 E Burkitt St", False, ADV_A),
    ("SHR004", "Vincent", "", "DArcangelo", "Vince", "", "Loretta", "DArcangelo", "Ranchester", "82839", "1955-12-01", "22 Dayton St", False, ADV_B),
    ("SHR005", "Harlan", "Wade", "Stroebel Jr.", "", "", "Deanna", "Stroebel", "Big Horn", "82833", "1961-04-18", "38 Bird Farm Rd", False, ADV_B),
    ("SHR006", "Deanna", "", "Stroebel", "Dee", "Kutchera", "Harlan", "Stroebel Jr.", "Big Horn", "82833", "1963-07-22", "38 Bird Farm Rd", False, ADV_B),
    ("SHR007", "Mary Beth", "", "Wojtaszek", "", "", "", "", "Sheridan", "82801", "1944-10-05", "905 Lewis St", False, ADV_A),
    ("SHR008", "Domingo", "", "Arrizabalaga", "Mingo", "", "Kathleen", "Arrizabalaga", "Buffalo", "82834", "1950-03-14", "260 N Adams Ave", False, ADV_B),
    ("SHR009", "Kathleen", "", "Arrizabalaga", "Kay", "Plachetka", "Domingo", "Arrizabalaga", "Buffalo", "82834", "1952-11-30", "260 N Adams Ave", False, ADV_B),
    ("SHR010", "Charlene", "", "Stands Twice", "", "", "", "", "Sheridan", "82801", "1966-08-09", "1212 Sumner St", False, ADV_A),
    ("SHR011", "Clayton", "", "Pfisterer", "Clay", "", "Bonnie", "Pfisterer", "Story", "82842", "1958-06-30", "11 Pfisterer Ranch Rd", False, ADV_B),
    ("SHR012", "Lavonne", "", "Ruebusch", "", "Hergenrader", "", "", "Dayton", "82836", "1939-01-17", "307 Main St", False, ADV_B),
    ("SHR013", "Tobias", "", "Ellingboe", "Toby", "", "Kirsten", "Ellingboe", "Sheridan", "82801", "1984-03-09", "2031 Pheasant Dr", False, ADV_A),
    ("SHR014", "Kirsten", "", "Ellingboe", "", "Zwonitzer", "Tobias", "Ellingboe", "Sheridan", "82801", "1986-12-15", "2031 Pheasant Dr", False, ADV_A),
    ("SHR015", "Meenakshi", "", "Raghunathan", "Meena", "", "", "", "Sheridan", "82801", "1979-04-02", "640 Mydland Rd", False, ADV_A),
    ("SHR016", "Wilbur", "", "Tegeler", "Web", "", "Irene", "Tegeler", "Clearmont", "82835", "1941-09-27", "4 Tegeler Ln", False, ADV_B),
    ("SHR017", "Duane", "", "Kretschmer", "", "", "", "", "Sheridan", "82801", "1952-02-02", "118 W Loucks St", True, ADV_A),
    ("SHR018", "Annaliese", "", "Brockhoff", "Annie", "", "", "", "Sheridan", "82801", "1990-06-19", "33 N Main St Apt 2", False, ADV_A),
    ("SHR019", "Gideon", "", "Marchbanks", "Gid", "", "", "", "Banner", "82832", "1972-10-10", "9 Shell Creek Rd", False, ADV_B),
    ("SHR020", "Paulette", "", "Fauchald", "", "", "", "", "Ranchester", "82839", "1963-05-05", "140 Coffeen St", False, ADV_B),
    ("SHR021", "Casimir", "", "Wrobleski", "Casey", "", "Dorothy", "Wrobleski", "Sheridan", "82801", "1937-08-21", "751 Dow St", False, ADV_A),
    ("SHR022", "Dorothy", "", "Wrobleski", "Dottie", "Gasparovich", "Casimir", "Wrobleski", "Sheridan", "82801", "1940-01-12", "751 Dow St", False, ADV_A),
]
