"""Hand-written roster for part cid (Cedar Rapids, Marion, Iowa City). All people invented; ZIPs and FIPS real."""

ADV = {
    "19113": "r.amundsen@millraceadvisors.example",   # Linn County clients
    "other": "t.okeke@millraceadvisors.example",      # Johnson, Muscatine, Washington
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("CID001", "Wendell", "A.", "Ostergaard Jr.", "Dell", "", "Rochelle", "Ostergaard", "Marion", "IA", "52302", "1958-11-04", "1870 Windsor Ct", False),
    ("CID002", "Rochelle", "", "Ostergaard", "", "Vavricka", "Wendell", "Ostergaard Jr.", "Marion", "IA", "52302", "1960-02-22", "1870 Windsor Ct", False),
    ("CID003", "Mary Pat", "", "Kuchera", "", "", "Gerald", "Kuchera", "Cedar Rapids", "IA", "52404", "1949-03-09", "3415 Bowling St SW", False),
    ("CID004", "Ignatius", "J.", "Brabec", "Iggy", "", "Loretta", "Brabec", "Cedar Rapids", "IA", "52403", "1941-08-03", "2214 Bever Ave SE", False),
    ("CID005", "Graciela", "", "Ontiveros Zamudio", "Chela", "", "Rigoberto", "Ontiveros", "Iowa City", "IA", "52240", "1967-06-12", "1022 Sandusky Dr", False),
    ("CID006", "Rigoberto", "", "Ontiveros", "Beto", "", "Graciela", "Ontiveros Zamudio", "Iowa City", "IA", "52240", "1964-09-30", "1022 Sandusky Dr", False),
    ("CID007", "Desmond", "", "OFlaherty", "Des", "", "", "", "Coralville", "IA", "52241", "1972-04-18", "611 6th St", False),
    ("CID008", "Marijke", "", "Vander Ploeg", "", "", "Hendrik", "Vander Ploeg", "North Liberty", "IA", "52317", "1980-12-01", "455 Zeller St", False),
    ("CID009", "Babatunde", "", "Fashola", "Tunde", "", "Yetunde", "Fashola", "Iowa City", "IA", "52245", "1976-01-27", "28 Oakridge Ave", False),
    ("CID010", "Lorraine", "", "Hoskovec", "", "Petrzelka", "", "", "Cedar Rapids", "IA", "52402", "1944-05-16", "1500 C Ave NE", False),
    ("CID011", "Kenneth", "", "Wubbena", "Kenny", "", "Darla", "Wubbena", "Hiawatha", "IA", "52233", "1955-07-08", "940 Boyson Rd", False),
    ("CID012", "Darla", "", "Wubbena", "", "Ruckdaschel", "Kenneth", "Wubbena", "Hiawatha", "IA", "52233", "1957-10-25", "940 Boyson Rd", False),
    ("CID013", "Lou Ann", "", "Schwickerath", "", "", "", "", "Mount Vernon", "IA", "52314", "", "312 2nd Ave N", False),
    ("CID014", "Anselm", "", "Tjaden", "", "", "", "", "Solon", "IA", "52333", "1969-03-03", "118 W Short St", False),
    ("CID015", "Harshad", "", "Bhandarkar", "Harry", "", "", "", "Coralville", "IA", "52241", "", "2401 Holiday Rd", False),
    ("CID016", "Quentin", "", "Mulhearn", "", "", "", "", "Cedar Rapids", "IA", "52402", "1950-08-14", "360 Collins Rd NE", True),
    ("CID017", "Marguerite", "", "Stanczyk", "Margo", "", "", "", "Marion", "IA", "52302", "1974-10-09", "2740 Alburnett Rd", False),
    ("CID018", "Bernard", "", "Klostermann", "Bernie", "", "Francine", "Klostermann", "Tiffin", "IA", "52340", "1952-02-14", "207 Stephans St", False),
    ("CID019", "Marisol", "", "Barrientos Olvera", "Mari", "", "Efrain", "Quezada", "West Liberty", "IA", "52776", "", "415 N Calhoun St", False),
    ("CID020", "Gwendolyn", "", "Haack", "Gwen", "Trettin", "", "", "Kalona", "IA", "52247", "1947-08-21", "605 C Ave", False),
    ("CID021", "Phyllis", "", "Rasmusson", "", "", "Orville", "Rasmusson", "Marion", "IA", "52302", "1946-04-30", "1185 12th St", False),
    ("CID022", "Tobias", "", "Leinbaugh", "Toby", "", "", "", "Iowa City", "IA", "52246", "1990-09-05", "830 Westgate St", False),
]

BLANK_COORDS = {"CID012"}          # ZIP centroid is used
NO_PHONE = {"CID022"}
