"""Hand-written roster for part aoo (Altoona, Pennsylvania and nearby towns). All people invented; towns, ZIPs
and counties real."""

ADV_NORTH = "m.ardizzone@juniatagapwealth.example"   # Altoona, Bellwood, Tyrone
ADV_SOUTH = "l.weyandt@juniatagapwealth.example"     # Hollidaysburg, the Cove, Cambria County

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    # Kensinger household (couple linked both ways); Joanne is the former Joanne Claar
    ("AOO001", "Harold", "J.", "Kensinger", "Hal", "", "Joanne", "Kensinger", "Hollidaysburg", "16648", "1948-03-14", "412 Allegheny St", False, ADV_SOUTH),
    ("AOO002", "Joanne", "", "Kensinger", "", "Claar", "Harold", "Kensinger", "Hollidaysburg", "16648", "1950-07-22", "412 Allegheny St", False, ADV_SOUTH),
    # Iannacone household; Mary Beth is the former Mary Beth Sgro
    ("AOO003", "Anthony", "", "Iannacone", "Tony", "", "Mary Beth", "Iannacone", "Altoona", "16602", "1956-11-02", "2214 Maple Ave", False, ADV_NORTH),
    ("AOO004", "Mary Beth", "", "Iannacone", "", "Sgro", "Anthony", "Iannacone", "Altoona", "16602", "1958-05-30", "2214 Maple Ave", False, ADV_NORTH),
    # Shollenberger household: the suffix is stored inside the surname; Denise is the former Denise Imler
    ("AOO005", "Raymond", "E.", "Shollenberger Jr.", "Ray", "", "Denise", "Shollenberger", "Duncansville", "16635", "1961-09-09", "318 Third Ave", False, ADV_SOUTH),
    ("AOO006", "Denise", "", "Shollenberger", "", "Imler", "Raymond", "Shollenberger Jr.", "Duncansville", "16635", "1963-02-17", "318 Third Ave", False, ADV_SOUTH),
    # Ocasio household: Hispanic compound surname (father's Ocasio + mother's Rivera); accent dropped by the CRM
    ("AOO007", "Jose Luis", "", "Ocasio Rivera", "", "", "Marisol", "Ocasio", "Altoona", "16601", "1970-04-12", "615 Fourth St", False, ADV_NORTH),
    ("AOO008", "Marisol", "", "Ocasio", "", "Velez", "Jose Luis", "Ocasio Rivera", "Altoona", "16601", "1972-08-03", "615 Fourth St", False, ADV_NORTH),
    # apostrophe dropped by the CRM
    ("AOO009", "Kathleen", "M.", "ODonoghue", "Kitty", "", "", "", "Altoona", "16602", "1951-12-08", "309 Walton Ave", False, ADV_NORTH),
    # roster spouses who are not clients: Wayne Stiffler, Carol Dibert, Kimberly Detwiler, Linda DeFazio
    ("AOO010", "Gretchen", "", "Stiffler", "", "", "Wayne", "Stiffler", "Tyrone", "16686", "1976-10-21", "1104 Columbia Ave", False, ADV_NORTH),
    ("AOO011", "Eugene", "", "Dibert", "Gene", "", "Carol", "Dibert", "Roaring Spring", "16673", "1951-05-16", "520 Spring St", False, ADV_SOUTH),
    ("AOO012", "Betty Lou", "", "Musselman", "", "", "", "", "Martinsburg", "16662", "1941-02-11", "133 E Allegheny St", False, ADV_SOUTH),
    ("AOO013", "Frederick", "", "Beigh", "Fritz", "", "", "", "Bellwood", "16617", "1952-07-30", "407 Martin St", False, ADV_NORTH),
    ("AOO014", "Nicole", "", "Gwinn", "Nikki", "", "", "", "Altoona", "16601", "1988-06-25", "1320 Fifth Ave", False, ADV_NORTH),
    # Trovato household: Carmine dies (corroborated by birth date and by Rosalind named as his wife)
    ("AOO015", "Carmine", "J.", "Trovato", "", "", "Rosalind", "Trovato", "Altoona", "16602", "1939-06-05", "1907 Fourteenth Ave", False, ADV_NORTH),
    ("AOO016", "Rosalind", "", "Trovato", "Roz", "Caporuscio", "Carmine", "Trovato", "Altoona", "16602", "1942-01-19", "1907 Fourteenth Ave", False, ADV_NORTH),
    # do_not_contact, appears in feeds
    ("AOO017", "Curtis", "", "Ickes", "Curt", "", "", "", "Claysburg", "16625", "1968-03-03", "221 Bedford St", True, ADV_SOUTH),
    ("AOO018", "Lorraine", "", "Burket", "", "Kagarise", "", "", "Williamsburg", "16693", "1944-09-27", "302 W Second St", False, ADV_SOUTH),
    ("AOO019", "Marcus", "", "Detwiler", "", "", "Kimberly", "Detwiler", "Ebensburg", "15931", "1966-01-08", "118 N Julian St", False, ADV_SOUTH),
    ("AOO020", "Theresa", "", "Lingafelt", "Terri", "", "", "", "Portage", "15946", "1967-11-14", "907 Main St", False, ADV_SOUTH),
    ("AOO021", "Vincent", "", "DeFazio", "Vince", "", "Linda", "DeFazio", "Altoona", "16601", "1959-04-04", "810 Lexington Ave", False, ADV_NORTH),
    ("AOO022", "Bernard", "F.", "Hoenstine", "Bernie", "", "", "", "Altoona", "16602", "1949-08-23", "2611 Broad Ave", False, ADV_NORTH),
]
