"""Hand-written roster for part cbn (Golden Triangle, Miss.). All people invented; places, ZIPs, FIPS real."""

ADV = {"39701": "m.bogan@tombigbeewealth.example", "39702": "m.bogan@tombigbeewealth.example",
       "39705": "m.bogan@tombigbeewealth.example", "39740": "m.bogan@tombigbeewealth.example",
       "39759": "t.rencher@tombigbeewealth.example", "39762": "t.rencher@tombigbeewealth.example",
       "39773": "t.rencher@tombigbeewealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("CBN001", "Cornelius", "Lee", "Threadgill", "Neal", "", "Ollie Mae", "Threadgill", "Columbus", "39701", "1943-06-12", "1418 7th Ave N", False),
    ("CBN002", "Ollie Mae", "", "Threadgill", "", "Beckwith", "Cornelius", "Threadgill", "Columbus", "39701", "1946-09-30", "1418 7th Ave N", False),
    ("CBN003", "Ardell", "", "Yarbrough", "", "", "Bettye Jean", "Yarbrough", "West Point", "39773", "1950-04-04", "608 Cottrell St", False),
    ("CBN004", "Bettye Jean", "", "Yarbrough", "", "Gillespie", "Ardell", "Yarbrough", "West Point", "39773", "1952-11-21", "608 Cottrell St", False),
    ("CBN005", "Hollis", "Aubrey", "Weatherall Jr.", "Buddy", "", "Marcia", "Weatherall", "Starkville", "39759", "1958-08-08", "211 Pecan Acres Dr", False),
    ("CBN006", "Marcia", "", "Weatherall", "", "Crumpton", "Hollis", "Weatherall Jr.", "Starkville", "39759", "1960-02-14", "211 Pecan Acres Dr", False),
    ("CBN007", "Queen Esther", "", "Gandy", "", "Ivory", "", "", "Columbus", "39702", "1926-05-01", "35 Sandfield Rd", False),
    ("CBN008", "Thaddeus", "", "Oglesby", "Tad", "", "Renee", "Oglesby", "Starkville", "39759", "1971-03-19", "902 Louisville St", True),
    ("CBN009", "Anjana", "", "Sethuraman", "", "", "", "", "Mississippi State", "39762", "", "14 Bully Blvd Apt 3", False),
    ("CBN010", "Claiborne", "", "Sudduth", "", "", "Lula", "Sudduth", "Caledonia", "39740", "1968-10-02", "4410 Wolfe Rd", False),
    ("CBN011", "Lula", "", "Sudduth", "", "Hairston", "Claiborne", "Sudduth", "Caledonia", "39740", "1970-01-27", "4410 Wolfe Rd", False),
    ("CBN012", "Mavis", "", "Kilgore-Pounds", "", "Kilgore", "", "", "Columbus", "39705", "1949-07-15", "120 Yorkville Rd W", False),
    ("CBN013", "Jerome", "", "Hightower", "Romie", "", "", "", "West Point", "39773", "1947-12-03", "31 Commerce St", False),
    ("CBN014", "Dessie", "", "Harkins", "", "", "", "", "West Point", "39773", "1938-02-09", "77 Churchill Rd", False),
    ("CBN015", "Lamar", "", "Pettus", "", "", "Gloria", "Pettus", "Starkville", "39759", "1963-05-22", "500 Yellow Jacket Dr", False),
    ("CBN016", "Rosalind", "", "Culpepper", "Roz", "", "", "", "Columbus", "39701", "1971-08-30", "2210 Bluecutt Rd", False),
    ("CBN017", "Virgil", "", "Askew", "", "", "Earlene", "Askew", "Columbus", "39701", "1954-06-06", "318 Military Rd", False),
    ("CBN018", "Burnell", "", "Tubb", "", "", "Francine", "Tubb", "Starkville", "39759", "1951-09-14", "1205 Oktoc Rd", False),
    ("CBN019", "Francine", "", "Tubb", "", "Dukes", "Burnell", "Tubb", "Starkville", "39759", "1954-04-18", "1205 Oktoc Rd", False),
    ("CBN020", "Kendrick", "", "Stallworth", "", "", "Tameka", "Stallworth", "West Point", "39773", "1980-11-11", "", False),
    ("CBN021", "Cody", "", "Pilgrim", "", "", "Brittany", "Pilgrim", "Columbus", "39702", "", "88 Lake Lowndes Rd", False),
    ("CBN022", "Brittany", "", "Pilgrim", "", "Vowell", "Cody", "Pilgrim", "Columbus", "39702", "1996-07-07", "88 Lake Lowndes Rd", False),
]

NO_PHONE = {"CBN013", "CBN016"}
