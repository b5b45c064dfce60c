"""Hand-written roster for the lgv part (Longview, Texas; all people invented; places, ZIPs, FIPS real)."""

ADV = {
    "LGV": "c.broussard@pinecurtainwealth.example",
    "KIL": "m.ashworth@pinecurtainwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("LGV001", "Wendell", "Ray", "Pruitt", "Dub", "", "Bobbie Sue", "Pruitt", "Longview", "TX", "75605", "1945-04-12", "1811 Dogwood Trl", False, "LGV"),
    ("LGV002", "Bobbie Sue", "", "Pruitt", "", "Hollingsworth", "Wendell", "Pruitt", "Longview", "TX", "75605", "1947-09-03", "1811 Dogwood Trl", False, "LGV"),
    ("LGV003", "Odessa", "Mae", "Rountree", "", "Fountain", "", "", "Longview", "TX", "75602", "1941-02-17", "904 Mobberly Ave", False, "LGV"),
    ("LGV004", "Cletus", "Wayne", "Hargrove Jr.", "Buddy", "", "Darla", "Hargrove", "Kilgore", "TX", "75662", "1957-07-30", "2207 Stone Rd", False, "KIL"),
    ("LGV005", "Darla", "Kay", "Hargrove", "", "Spradlin", "Cletus", "Hargrove Jr.", "Kilgore", "TX", "75662", "1960-12-05", "2207 Stone Rd", False, "KIL"),
    ("LGV006", "Jo Nell", "", "Whitsett", "", "Burleson", "", "", "White Oak", "TX", "75693", "1939-11-28", "118 Whispering Pines Dr", False, "KIL"),
    ("LGV007", "Marquise", "D.", "Pettaway", "", "", "LaTonya", "Pettaway", "Longview", "TX", "75602", "1978-05-14", "2611 Lilly St", False, "LGV"),
    ("LGV008", "LaTonya", "", "Pettaway", "", "Gatson", "Marquise", "Pettaway", "Longview", "TX", "75602", "1980-10-22", "2611 Lilly St", False, "LGV"),
    ("LGV009", "Rosalinda", "", "Cardenas Villarreal", "Rosie", "Cardenas", "Ernesto", "Villarreal", "Longview", "TX", "75604", "1966-03-09", "3304 W Marshall Ave", False, "LGV"),
    ("LGV010", "Thaddeus", "", "Beckwith", "Tad", "", "", "", "Hallsville", "TX", "75650", "1949-01-26", "640 FM 968", False, "LGV"),
    ("LGV011", "Charlene", "", "Youngblood", "Charlie", "Mabry", "Harlan", "Youngblood", "Longview", "TX", "75601", "1971-06-18", "12 Oak Forest Dr", False, "LGV"),
    ("LGV012", "Harlan", "", "Youngblood", "", "", "Charlene", "Youngblood", "Longview", "TX", "75601", "1969-02-02", "12 Oak Forest Dr", False, "LGV"),
    ("LGV013", "Virgil", "Lee", "Tubb", "", "", "Imogene", "Tubb", "Gladewater", "TX", "75647", "1945-06-22", "415 W Upshur Ave", False, "KIL"),
    ("LGV014", "Imogene", "", "Tubb", "", "Cargile", "Virgil", "Tubb", "Gladewater", "TX", "75647", "1947-01-09", "415 W Upshur Ave", False, "KIL"),
    ("LGV015", "Dewayne", "", "Nabors", "", "", "", "", "Longview", "TX", "75605", "1972-08-08", "77 Hollybrook Dr", True, "LGV"),
    ("LGV016", "Earnestine", "", "Gatewood", "Teeny", "Lacy", "", "", "Longview", "TX", "75602", "1936-08-30", "510 S Center St", False, "LGV"),
    ("LGV017", "Brantley", "Cole", "Akins", "", "", "Kaylee", "Akins", "Longview", "TX", "75604", "1994-04-04", "5 Judson Rd Apt 214", False, "LGV"),
    ("LGV018", "Kaylee", "", "Akins", "", "Strickland", "Brantley", "Akins", "Longview", "TX", "75604", "1996-09-19", "5 Judson Rd Apt 214", False, "LGV"),
    ("LGV019", "Reginald", "", "Threadgill Jr.", "Reggie", "", "Gwendolyn", "Threadgill", "Marshall", "TX", "75670", "1958-11-11", "1306 Rosborough Springs Rd", False, "LGV"),
    ("LGV020", "Lorena", "", "Zapata", "", "", "", "", "Longview", "TX", "75601", "", "820 N Fourth St", False, "LGV"),
    ("LGV021", "Hollis", "Dean", "Caraway", "", "", "", "", "Kilgore", "TX", "75662", "1951-03-15", "", False, "KIL"),
    ("LGV022", "Marvin", "", "Delk", "", "", "Sherry", "Delk", "White Oak", "TX", "75693", "", "301 S White Oak Rd", False, "KIL"),
]
NO_PHONE = {"LGV010", "LGV021"}
