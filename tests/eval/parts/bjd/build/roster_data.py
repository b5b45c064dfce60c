"""Hand-written roster for part bjd (north-central Minnesota). All people invented; places, ZIPs, FIPS real."""

ADV = "s.lindahl@pinebendadvisors.example"
ADV2 = "t.greywolf@pinebendadvisors.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, advisor
R = [
    ("BJD001", "Orrin", "Ansel", "Halvorsrud", "", "", "Delphine", "Halvorsrud", "Bemidji", "56601", "1941-02-14", "1406 Birchmont Dr NE", False, ADV),
    ("BJD002", "Delphine", "", "Halvorsrud", "", "Tollefsrud", "Orrin", "Halvorsrud", "Bemidji", "56601", "1944-07-22", "1406 Birchmont Dr NE", False, ADV),
    ("BJD003", "Marlys", "", "Brekkestad", "", "Vagle", "", "", "Blackduck", "56630", "1938-05-03", "212 Margaret Ave NW", False, ADV),
    ("BJD004", "Gerald", "", "Kingbird Jr.", "Jerry", "", "Rosalind", "Kingbird", "Red Lake", "56671", "1960-09-12", "14 Hwy 1 E", False, ADV2),
    ("BJD005", "Rosalind", "", "Kingbird", "Roz", "Desjarlait", "Gerald", "Kingbird Jr.", "Red Lake", "56671", "1962-01-30", "14 Hwy 1 E", False, ADV2),
    ("BJD006", "Mary Jo", "", "Tverberg", "", "Halvorsrud", "Luverne", "Tverberg", "Walker", "56484", "1955-11-08", "5077 State 371 NW", False, ADV),
    ("BJD007", "Luverne", "", "Tverberg", "Vern", "", "Mary Jo", "Tverberg", "Walker", "56484", "1953-06-17", "5077 State 371 NW", False, ADV),
    ("BJD008", "Charlene", "", "Beaulieu Strand", "Charlie", "Beaulieu", "Mark", "Strand", "Cass Lake", "56633", "1970-04-19", "318 Elm Ave NW", False, ADV2),
    ("BJD009", "Eldon", "", "Haugrud", "", "", "", "", "Bemidji", "56601", "1949-03-27", "2920 Irvine Ave NW", False, ADV),
    ("BJD010", "Wendell", "", "Nygaard", "Windy", "", "Arlene", "Nygaard", "Blackduck", "56630", "1952-08-05", "41 Summit Ave SE", False, ADV),
    ("BJD011", "Arlene", "", "Nygaard", "", "Pederson", "Wendell", "Nygaard", "Blackduck", "56630", "1954-12-01", "41 Summit Ave SE", False, ADV),
    ("BJD012", "Annika", "", "Sorvik", "", "", "", "", "Bemidji", "56601", "1978-10-10", "611 Lake Blvd NE", False, ADV),
    ("BJD013", "Curtis", "", "Dahlheimer", "Curt", "", "", "", "Walker", "56484", "1961-02-02", "409 Michigan Ave W", False, ADV),
    ("BJD014", "Lorraine", "", "Gurneau", "", "", "", "", "Redby", "56670", "", "27 Redby Ave", False, ADV2),
    ("BJD015", "Duane", "", "Klinkhammer", "", "", "", "", "Bemidji", "56601", "1958-09-14", "1101 Bixby Ave NW", True, ADV),
    ("BJD016", "Kristoffer", "", "Amundrud", "Kris", "", "Jessamyn", "Amundrud", "Bemidji", "56601", "1983-05-29", "803 Dewey Ave NW", False, ADV),
    ("BJD017", "Jessamyn", "", "Amundrud", "Jess", "Ostlie", "Kristoffer", "Amundrud", "Bemidji", "56601", "1985-03-11", "803 Dewey Ave NW", False, ADV),
    ("BJD018", "Harlan", "", "Vik", "", "", "", "", "Puposky", "56667", "1966-07-04", "9874 Puposky Rd NW", False, ADV),
    ("BJD019", "Verna Mae", "", "Rustad", "", "Pederson", "", "", "Kelliher", "56650", "1933-04-21", "30 Main St", False, ADV),
    ("BJD020", "Rodney", "", "Hasskamp", "Rod", "", "Cheryl", "Hasskamp", "Walker", "56484", "1959-01-23", "7180 Birch Point Rd NW", False, ADV),
    ("BJD021", "Gwendolyn", "", "Strandlie", "Gwen", "", "", "", "Bemidji", "56601", "", "520 America Ave NW", False, ADV),
    ("BJD022", "Tobias", "", "Nordlund", "Toby", "", "", "", "Bagley", "56621", "1990-09-30", "", False, ADV),
]
NO_PHONE = {"BJD003", "BJD018"}
