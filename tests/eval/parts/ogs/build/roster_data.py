"""Hand-written roster for the ogs part (New York's North Country; all people invented; places, ZIPs, FIPS real)."""

ADV = {"NY": "c.lashomb@seawaytrust.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("OGS001", "Raymond", "J.", "Boprey", "Ray", "", "Claudette", "Boprey", "Ogdensburg", "NY", "13669", "1948-02-11", "412 Knox St", False),
    ("OGS002", "Claudette", "", "Boprey", "", "LaBrake", "Raymond", "Boprey", "Ogdensburg", "NY", "13669", "1950-09-27", "412 Knox St", False),
    ("OGS003", "Gerard", "", "Dishaw Jr.", "Jerry", "", "Lorraine", "Dishaw", "Massena", "NY", "13662", "1955-04-04", "27 Nightengale Ave", False),
    ("OGS004", "Lorraine", "", "Dishaw", "", "Thibault", "Gerard", "Dishaw Jr.", "Massena", "NY", "13662", "1957-12-15", "27 Nightengale Ave", False),
    ("OGS005", "Marie Therese", "", "Premo", "Terry", "Gokey", "", "", "Potsdam", "NY", "13676", "1941-08-19", "9 Leroy St", False),
    ("OGS006", "Wendell", "A.", "Tyo", "", "", "Beverly", "Tyo", "Canton", "NY", "13617", "1939-06-02", "61 Judson St", False),
    ("OGS007", "Beverly", "", "Tyo", "Bev", "Fenlong", "Wendell", "Tyo", "Canton", "NY", "13617", "1942-03-30", "61 Judson St", False),
    ("OGS008", "Kateri", "", "Tarbell-Oakes", "", "", "Ronald", "Oakes", "Massena", "NY", "13662", "1978-07-07", "150 Andrews St", False),
    ("OGS009", "Francis", "", "LaPierre", "Butch", "", "", "", "Heuvelton", "NY", "13654", "1952-01-20", "14 State St", True),
    ("OGS010", "Darlene", "", "Mayette", "", "Jock", "", "", "Waddington", "NY", "13694", "1946-05-05", "33 Maple St", False),
    ("OGS011", "Armand", "", "Bouchard", "", "", "Nicole", "Bouchard", "Massena", "NY", "13662", "1960-10-12", "88 Center St", False),
    ("OGS012", "Mary Ellen", "", "McCormick", "", "", "Dennis", "McCormick", "Potsdam", "NY", "13676", "1967-02-28", "5 Elm St", False),
    ("OGS013", "Dennis", "", "McCormick", "Denny", "", "Mary Ellen", "McCormick", "Potsdam", "NY", "13676", "1965-11-03", "5 Elm St", False),
    ("OGS014", "Leon", "", "Ashley", "", "", "Joyce", "Ashley", "Canton", "NY", "13617", "1950-06-14", "", False),
    ("OGS015", "Bernadette", "", "Gokey", "Bernie", "", "", "", "Ogdensburg", "NY", "13669", "", "1010 Ford St", False),
    ("OGS016", "Clifford", "", "Fenlong", "Cliff", "", "", "", "Norwood", "NY", "13668", "", "3 Mill St", False),
    ("OGS017", "Shawn", "", "Thompson", "", "", "Kayla", "Thompson", "Malone", "NY", "12953", "1985-09-09", "22 Elm St", False),
    ("OGS018", "Kayla", "", "Thompson", "", "Cook", "Shawn", "Thompson", "Malone", "NY", "12953", "1988-01-31", "22 Elm St", False),
    ("OGS019", "Reginald", "", "Sharlow", "Reg", "", "Patricia", "Sharlow", "Lisbon", "NY", "13658", "1962-03-17", "6940 State Highway 37", False),
    ("OGS020", "Henrietta", "", "Bellinger", "Etta", "", "", "", "Gouverneur", "NY", "13642", "1936-04-22", "77 Rowley St", False),
    ("OGS021", "Thaddeus", "", "Woodcock", "Tad", "", "", "", "Madrid", "NY", "13660", "1971-08-01", "4120 County Route 14", False),
    ("OGS022", "Yvonne", "", "St. Onge", "", "Lashomb", "", "", "Ogdensburg", "NY", "13669", "1949-12-02", "601 Caroline St", False),
]

NO_PHONE = {"OGS010", "OGS021"}
