"""Hand-written roster for part hts: Huntington, West Virginia and nearby towns (all people invented; places,
ZIP codes and county FIPS real)."""

ADV_CABELL = "r.pennington@tristateriverwealth.example"
ADV_WAYNE = "m.castleberry@tristateriverwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("HTS001", "Everett", "Glenn", "Dingess", "Ev", "", "Loretta", "Dingess", "Huntington", "WV", "25703", "1941-06-14", "1127 Twelfth Ave", False),
    ("HTS002", "Loretta", "", "Dingess", "", "Sias", "Everett", "Dingess", "Huntington", "WV", "25703", "1944-02-03", "1127 Twelfth Ave", False),
    ("HTS003", "Rosalind", "", "Plymale", "Roz", "Queen", "Tom", "Plymale", "Huntington", "WV", "25701", "1962-11-08", "418 Eighth Ave", False),
    ("HTS004", "Carl", "Wayne", "Messinger Jr.", "", "", "Brenda", "Messinger", "Barboursville", "WV", "25504", "1963-05-20", "27 Merritts Creek Rd", False),
    ("HTS005", "Brenda", "", "Messinger", "", "Kinder", "Carl", "Messinger Jr.", "Barboursville", "WV", "25504", "1965-09-12", "27 Merritts Creek Rd", False),
    ("HTS006", "Mary Beth", "", "Loudermilk", "", "", "", "", "Kenova", "WV", "25530", "1966-04-27", "1504 Poplar St", False),
    ("HTS007", "Ximena", "", "Arriaga Villalobos", "", "", "Tobias", "Wetherholt", "Huntington", "WV", "25701", "1979-03-15", "92 Oakwood Rd", False),
    ("HTS008", "Tobias", "", "Wetherholt", "Toby", "", "Ximena", "Arriaga Villalobos", "Huntington", "WV", "25701", "1977-08-02", "92 Oakwood Rd", False),
    ("HTS009", "Philomena", "", "DOrazio", "Mena", "", "", "", "Huntington", "WV", "25704", "1939-12-01", "305 Fifth St W", False),
    ("HTS010", "Antoun", "", "Yazbek", "Tony", "", "Samira", "Yazbek", "Huntington", "WV", "25703", "1952-07-19", "1410 Ninth Ave", False),
    ("HTS011", "Samira", "", "Yazbek", "", "Haddad", "Antoun", "Yazbek", "Huntington", "WV", "25703", "1955-10-05", "1410 Ninth Ave", False),
    ("HTS012", "Cordelia", "", "Fountaine", "Delia", "Peyton", "", "", "Huntington", "WV", "25703", "1943-01-22", "1622 Artisan Ave", False),
    ("HTS013", "Darnell", "", "Quarles", "", "", "Yvette", "Quarles", "Huntington", "WV", "25702", "1970-06-30", "2215 Guyan Ave", False),
    ("HTS014", "Wendell", "", "Stoneking", "", "", "Patricia", "Stoneking", "Lavalette", "WV", "25535", "1974-03-09", "5880 Route 152", False),
    ("HTS015", "Patricia", "", "Stoneking", "Patsy", "Bledsoe", "Wendell", "Stoneking", "Lavalette", "WV", "25535", "1977-08-14", "5880 Route 152", False),
    ("HTS016", "Virgil", "", "Haynie", "", "", "Sharon", "Haynie", "Milton", "WV", "25541", "1956-10-11", "14 Mud River Rd", False),
    ("HTS017", "Imogene", "", "Fizer", "", "", "", "", "Huntington", "WV", "25705", "1945-05-30", "3012 Crane Ave", False),
    ("HTS018", "Chester", "", "Pinson", "Chet", "", "Wanda", "Pinson", "Barboursville", "WV", "25504", "1958-02-17", "640 Water St", False),
    ("HTS019", "Lyman", "", "Chafin", "", "", "", "", "Huntington", "WV", "25705", "1960-09-09", "2840 Collis Ave", True),
    ("HTS020", "Rebecca", "", "Kessinger", "Becky", "Hoschar", "David", "Kessinger", "Ona", "WV", "25545", "1968-12-19", "3 Cyrus Creek Rd", False),
    ("HTS021", "Betty Lou", "", "Cremeans", "", "", "Harold", "Cremeans", "Huntington", "WV", "25702", "1947-07-07", "2518 Third Ave", False),
    ("HTS022", "Orval", "", "Bias", "", "", "", "", "Milton", "WV", "25541", "1949-04-18", "1101 Smith St", False),
    ("HTS023", "Constantine", "", "Sfikas", "Gus", "", "Eleni", "Sfikas", "Huntington", "WV", "25701", "1960-01-25", "611 Eleventh Ave", False),
]
