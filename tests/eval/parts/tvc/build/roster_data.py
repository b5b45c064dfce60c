"""Hand-written roster for the tvc part (Traverse City, Michigan). All people invented; places, ZIPs, FIPS real."""

ADV_LEELANAU = "r.halvorsen@boardmanriverwealth.example"   # Leelanau County and Elk Rapids
ADV_GT = "k.wojtaszek@boardmanriverwealth.example"         # Grand Traverse County

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    # Cedar (Leelanau): a Polish-Catholic couple, linked both ways
    ("TVC001", "Leonard", "Casimir", "Sobieralski", "Len", "", "Dolores", "Sobieralski", "Cedar", "49621", "1948-09-12", "8810 S Kasson Rd", False, ADV_LEELANAU),
    ("TVC002", "Dolores", "Ann", "Sobieralski", "", "Pleva", "Leonard", "Sobieralski", "Cedar", "49621", "1950-02-03", "8810 S Kasson Rd", False, ADV_LEELANAU),
    # Traverse City: Everett dies in March (corroborated: birth date and wife Marlene (Hoxsie))
    ("TVC003", "Everett", "Wayne", "Brunkhorst", "", "", "Marlene", "Brunkhorst", "Traverse City", "49686", "1938-05-14", "1412 Peninsula Dr", False, ADV_GT),
    ("TVC004", "Marlene", "", "Brunkhorst", "", "Hoxsie", "Everett", "Brunkhorst", "Traverse City", "49686", "1941-07-22", "1412 Peninsula Dr", False, ADV_GT),
    # Interlochen: compound given name; roster spouse Douglas is not a client
    ("TVC005", "Mary Beth", "", "Haltenhof", "", "Fortin", "Douglas", "Haltenhof", "Interlochen", "49643", "1963-11-30", "2205 Diamond Park Rd", False, ADV_GT),
    # Kingsley: suffix in the surname; roster spouse Connie is not a client
    ("TVC006", "Harold", "Gerhard", "Wiesemann Jr.", "Hal", "", "Connie", "Wiesemann", "Kingsley", "49649", "1958-03-08", "4470 Summit City Rd", False, ADV_GT),
    # Suttons Bay: Hispanic compound surname; husband with a different surname, linked both ways
    ("TVC007", "Maria Guadalupe", "", "Cardenas Villalobos", "Lupe", "", "Rogelio", "Medrano", "Suttons Bay", "49682", "1975-12-12", "305 N St Joseph St", False, ADV_LEELANAU),
    ("TVC008", "Rogelio", "", "Medrano", "", "", "Maria Guadalupe", "Cardenas Villalobos", "Suttons Bay", "49682", "1972-04-02", "305 N St Joseph St", False, ADV_LEELANAU),
    # Traverse City: Dutch particle, nickname, widow without a roster spouse
    ("TVC009", "Geraldine", "", "Ter Haar", "Gerri", "Gauthier", "", "", "Traverse City", "49684", "1960-06-18", "722 W Eleventh St", False, ADV_GT),
    # Peshawbestown (roster city Suttons Bay): Odawa family
    ("TVC010", "Theresa", "", "Ashkewe", "Tess", "", "", "", "Suttons Bay", "49682", "1969-01-25", "2605 N West Bay Shore Dr", False, ADV_LEELANAU),
    # Williamsburg: do_not_contact, appears in a death notice and in the storm polygon
    ("TVC011", "Alvin", "", "Krumnow", "Al", "", "", "", "Williamsburg", "49690", "1952-10-10", "6120 Moore Rd", True, ADV_GT),
    # Kingsley: a couple; their nephew Wesley, 24, dies (named for his uncle)
    ("TVC012", "Wesley", "", "Hoeflinger", "Wes", "", "Renee", "Hoeflinger", "Kingsley", "49649", "1966-08-14", "9035 Fife Lake Rd", False, ADV_GT),
    ("TVC013", "Renee", "", "Hoeflinger", "", "Skeels", "Wesley", "Hoeflinger", "Kingsley", "49649", "1967-05-09", "9035 Fife Lake Rd", False, ADV_GT),
    # Traverse City: a namesake of the same age dies in Monroe, Wis.
    ("TVC014", "Bernard", "", "Tschudy", "Bernie", "", "", "", "Traverse City", "49684", "1949-02-20", "1030 Webster St", False, ADV_GT),
    # Lake Leelanau: a death notice with no age and no survivors -> possible only
    ("TVC015", "Arlene", "M.", "Vondrasek", "", "", "", "", "Lake Leelanau", "49653", "1944-09-01", "112 N Lake St", False, ADV_LEELANAU),
    # Traverse City: dies; corroborated by the maiden name (nee Bohnet)
    ("TVC016", "Irene", "", "Pachulski", "", "Bohnet", "", "", "Traverse City", "49686", "1936-04-11", "950 Boon St Apt 4", False, ADV_GT),
    # Traverse City: couple, son wins the state cross-country title
    ("TVC017", "Thaddeus", "", "Wroblewski", "Tad", "", "Colleen", "Wroblewski", "Traverse City", "49686", "1971-03-15", "1816 Birchwood Ave", False, ADV_GT),
    ("TVC018", "Colleen", "", "Wroblewski", "", "Fenske", "Thaddeus", "Wroblewski", "Traverse City", "49686", "1973-10-02", "1816 Birchwood Ave", False, ADV_GT),
    # Williamsburg: couple; Priscilla (Hoxsie) is Marlene Brunkhorst's sister; barn fire
    ("TVC019", "Owen", "", "Kniesel", "", "", "Priscilla", "Kniesel", "Williamsburg", "49690", "1955-01-19", "7311 Bates Rd", False, ADV_GT),
    ("TVC020", "Priscilla", "", "Kniesel", "", "Hoxsie", "Owen", "Kniesel", "Williamsburg", "49690", "1957-06-06", "7311 Bates Rd", False, ADV_GT),
    # Northport: compound given name written "JoAnn" in one notice
    ("TVC021", "Jo Ann", "", "Kolarik", "", "", "", "", "Northport", "49670", "1953-12-01", "211 Mill St", False, ADV_LEELANAU),
    # Traverse City: owner of a named business
    ("TVC022", "Kristoffer", "", "Ostlund", "Kris", "", "", "", "Traverse City", "49685", "1980-07-07", "3360 Bluff Rd", False, ADV_GT),
    # Elk Rapids: widow, rescued kayaker; thanked as a hospice volunteer in an obituary
    ("TVC023", "Evangeline", "", "Marchbanks", "Vangie", "", "", "", "Elk Rapids", "49629", "1947-11-11", "404 Bridge St", False, ADV_LEELANAU),
]

# clients without a birth date or phone in the CRM
NO_BIRTH = {"TVC022"}
NO_PHONE = {"TVC021"}
