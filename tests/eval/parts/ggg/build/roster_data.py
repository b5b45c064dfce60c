"""Hand-written roster for part ggg: East Texas (Longview, Kilgore, Marshall, Gladewater). People invented;
places, ZIPs and FIPS real."""

ADV = {"TX": "r.tidwell@pineycrestwealth.example"}
ADV_MARSHALL = "d.boykin@pineycrestwealth.example"   # Harrison County clients

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("GGG001", "Harlan", "Wayne", "Pruett", "Buddy", "", "Opal", "Pruett", "Longview", "TX", "75601", "1947-08-02", "1408 Hollybrook Dr", False),
    ("GGG002", "Opal", "", "Pruett", "", "Cagle", "Harlan", "Pruett", "Longview", "TX", "75601", "1949-04-17", "1408 Hollybrook Dr", False),
    ("GGG003", "Billie Jean", "", "Stroud", "", "Pruett", "", "", "Kilgore", "TX", "75662", "1941-03-09", "611 Houston St", False),
    ("GGG004", "Claude", "", "Easterwood Jr.", "Sonny", "", "Rhonda", "Easterwood", "Marshall", "TX", "75670", "1958-10-05", "2204 Poplar St", False),
    ("GGG005", "Rhonda", "", "Easterwood", "", "Bledsoe", "Claude", "Easterwood Jr.", "Marshall", "TX", "75670", "1960-01-28", "2204 Poplar St", False),
    ("GGG006", "Marisol", "", "Treviño Salas", "Mari", "", "Hector", "Salas", "Longview", "TX", "75602", "1979-06-11", "907 Pine Tree Rd", False),
    ("GGG007", "Thaddeus", "", "Blankenship", "Tad", "", "Margaret", "Blankenship", "Gladewater", "TX", "75647", "1955-02-14", "318 W Quitman Ave", False),
    ("GGG008", "Margaret", "", "Blankenship", "Peggy", "Hux", "Thaddeus", "Blankenship", "Gladewater", "TX", "75647", "1957-07-30", "318 W Quitman Ave", False),
    ("GGG009", "Odell", "", "Bynum", "", "", "", "", "Hallsville", "TX", "75650", "1963-12-01", "55 Bynum Rd", False),
    ("GGG010", "Cedric", "", "Lott", "", "", "Tamika", "Lott", "Marshall", "TX", "75670", "1972-03-19", "1012 Rosborough Springs Rd", False),
    ("GGG011", "Tamika", "", "Lott", "", "Ware", "Cedric", "Lott", "Marshall", "TX", "75670", "1974-09-08", "1012 Rosborough Springs Rd", False),
    ("GGG012", "Everett", "", "Dobbs", "", "", "", "", "White Oak", "TX", "75693", "1950-05-22", "120 Whippoorwill Ln", True),
    ("GGG013", "Roxanne", "", "Pilgrim", "Roxie", "", "", "", "Longview", "TX", "75604", "1966-11-03", "2810 Gilmer Rd", False),
    ("GGG014", "Jerome", "", "Haskins", "", "", "Delphine", "Haskins", "Marshall", "TX", "75672", "1961-08-27", "604 Bishop College Dr", False),
    ("GGG015", "Lonnie", "", "Vickers", "", "", "", "", "Kilgore", "TX", "75662", "1944-11-20", "1903 Laird Ave", False),
    ("GGG016", "Anand", "", "Sethuraman", "", "", "", "", "Longview", "TX", "75605", "", "", False),
    ("GGG017", "Travis", "", "Kimbrough", "", "", "Kayla", "Kimbrough", "White Oak", "TX", "75693", "1985-04-04", "47 Hawkins Oil Rd", False),
    ("GGG018", "Kayla", "", "Kimbrough", "", "Satterwhite", "Travis", "Kimbrough", "White Oak", "TX", "75693", "1987-12-12", "47 Hawkins Oil Rd", False),
    ("GGG019", "Mary Alice", "", "Dupree", "", "Ragsdale", "", "", "Hallsville", "TX", "75650", "1952-10-16", "212 Church St", False),
    ("GGG020", "Gerald", "", "Nance", "Jerry", "", "Frances", "Nance", "Longview", "TX", "75605", "1948-06-14", "3115 Judson Rd", False),
    ("GGG021", "Frances", "", "Nance", "Fran", "Aldredge", "Gerald", "Nance", "Longview", "TX", "75605", "1950-09-02", "3115 Judson Rd", False),
    ("GGG022", "Wesley", "", "McWhorter", "Wes", "", "", "", "Gladewater", "TX", "75647", "", "1409 N Main St", False),
]
HARRISON = {"GGG004", "GGG005", "GGG009", "GGG010", "GGG011", "GGG014", "GGG019"}
NO_PHONE = {"GGG013", "GGG019"}
