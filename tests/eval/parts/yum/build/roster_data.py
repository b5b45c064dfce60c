"""Hand-written roster for the yum part: Yuma, Arizona and nearby towns (Somerton, San Luis, Wellton, the Foothills,
and Winterhaven, Calif. across the Colorado River). All people invented; places, ZIPs and FIPS real."""

# Two advisers: Yuma city and the Foothills; the south county (Somerton, San Luis), Wellton and Winterhaven.
ADV_YUMA = "l.whitcomb@gilarivercounsel.example"
ADV_SOUTH = "a.soberanes@gilarivercounsel.example"

AREA = {"AZ": "928", "CA": "760"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # Somerton: a couple; he keeps both surnames in the CRM, she is stored under his first surname
    ("YUM001", "Rigoberto", "", "Valdespino Urquidez", "Rigo", "", "Maricela", "Valdespino", "Somerton", "AZ", "85350", "1956-08-14", "318 N Somerton Ave", False),
    ("YUM002", "Maricela", "", "Valdespino", "", "Ochoterena", "Rigoberto", "Valdespino Urquidez", "Somerton", "AZ", "85350", "1958-03-02", "318 N Somerton Ave", False),
    # Foothills: a Kansas couple who came as winter visitors and stayed
    ("YUM003", "Harlan", "Dean", "Pfannenstiel", "Hal", "", "Doris", "Pfannenstiel", "Yuma", "AZ", "85367", "1941-11-05", "13422 E 46th Ln", False),
    ("YUM004", "Doris", "", "Pfannenstiel", "", "Kretschmer", "Harlan", "Pfannenstiel", "Yuma", "AZ", "85367", "1944-06-21", "13422 E 46th Ln", False),
    # suffix stored inside the surname; roster spouse not a client
    ("YUM005", "Thaddeus", "", "Brinkerhoff Jr.", "Tad", "", "Lynette", "Brinkerhoff", "Yuma", "AZ", "85364", "1961-02-17", "2150 W 16th St", False),
    # compound given name, maiden name, widow
    ("YUM006", "Mary Beth", "", "Wollenhaupt", "", "Tisdale", "", "", "Yuma", "AZ", "85365", "1958-09-30", "2860 S Engler Ave", False),
    # compound given name; roster spouse not a client
    ("YUM007", "Ana Cristina", "", "Zatarain", "Cris", "", "Heriberto", "Zatarain", "San Luis", "AZ", "85349", "1975-05-12", "914 N 8th Ave", False),
    # particle surname couple
    ("YUM008", "Fidencio", "", "De la Ossa", "Fide", "", "Consuelo", "De la Ossa", "Yuma", "AZ", "85364", "1949-10-04", "1290 S 5th Ave", False),
    ("YUM009", "Consuelo", "", "De la Ossa", "Chelo", "Bojórquez", "Fidencio", "De la Ossa", "Yuma", "AZ", "85364", "1951-01-22", "1290 S 5th Ave", False),
    # apostrophe dropped by the CRM; roster spouse not a client
    ("YUM010", "Desmond", "", "OHalloran", "Des", "", "Gretchen", "OHalloran", "Yuma", "AZ", "85365", "1952-07-08", "6210 E 34th Pl", False),
    # Winterhaven, Calif. (Imperial County), across the river from Yuma
    ("YUM011", "Winona", "", "Escalanti", "", "", "", "", "Winterhaven", "CA", "92283", "1963-04-19", "37 Picacho Rd", False),
    # Wellton farm couple
    ("YUM012", "Orville", "", "Hackbarth", "Orv", "", "Phyllis", "Hackbarth", "Wellton", "AZ", "85356", "1947-12-01", "29410 E Los Angeles Ave", False),
    ("YUM013", "Phyllis", "", "Hackbarth", "", "Wendelboe", "Orville", "Hackbarth", "Wellton", "AZ", "85356", "1949-04-16", "29410 E Los Angeles Ave", False),
    # young couple in east Yuma
    ("YUM014", "Teodoro", "", "Ibarrola", "Teo", "", "Yesenia", "Ibarrola", "Yuma", "AZ", "85365", "1980-01-27", "7342 E 26th St", False),
    ("YUM015", "Yesenia", "", "Ibarrola", "", "Cázares", "Teodoro", "Ibarrola", "Yuma", "AZ", "85365", "1982-09-09", "7342 E 26th St", False),
    # do_not_contact, in the Foothills (inside the storm polygon) and named in an obituary
    ("YUM016", "Wilbur", "", "Fenstermacher", "Will", "", "", "", "Yuma", "AZ", "85367", "1945-03-15", "11880 E 39th St", True),
    ("YUM017", "Priscilla", "", "Ocheltree", "", "", "", "", "Yuma", "AZ", "85364", "1969-06-03", "540 S Madison Ave", False),
    # Filipino nickname; roster spouse not a client
    ("YUM018", "Rowena", "", "Dimaculangan", "Weng", "", "Arnel", "Dimaculangan", "Yuma", "AZ", "85365", "1972-11-11", "3315 S Avenue 5 1/2 E", False),
    # compound given name written "JoAnn" in the feeds; maiden name
    ("YUM019", "Jo Ann", "", "Threlkeld", "", "Pruett", "", "", "Yuma", "AZ", "85367", "1950-02-14", "10451 E Glen Echo Rd", False),
    ("YUM020", "Jose Luis", "", "Bracamontes", "Pepe", "", "Araceli", "Bracamontes", "San Luis", "AZ", "85349", "1966-12-12", "615 E Juan Sanchez Blvd", False),
    # widow, nickname, maiden name
    ("YUM021", "Winifred", "A.", "Schlabach", "Winnie", "Amsbaugh", "", "", "Yuma", "AZ", "85364", "1938-08-25", "1875 W 8th St", False),
    ("YUM022", "Refugio", "", "Quihuis", "Cuco", "", "Dolores", "Quihuis", "Somerton", "AZ", "85350", "1959-05-05", "227 W Bingham Ave", False),
]


def adviser(city: str) -> str:
    return ADV_YUMA if city == "Yuma" else ADV_SOUTH
