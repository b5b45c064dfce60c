"""Hand-written roster of the fsd part (Sioux Falls, South Dakota and nearby towns). Every person is invented.

Columns: (client_id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth_date,
address_line, do_not_contact)
"""

ADV_CITY = "ingrid.solem@bigsiouxwealth.example"      # Sioux Falls proper
ADV_TOWNS = "travis.kuehl@bigsiouxwealth.example"     # the towns around it

R = [
    # Tollefsrud couple, 57105 (Arlen dies in March: corroborated by birth date and wife (Haugland))
    ("FSD001", "Arlen", "Odell", "Tollefsrud", "", "", "Marlys", "Tollefsrud", "Sioux Falls", "SD", "57105", "1941-06-12", "2417 S Phillips Ave", False),
    ("FSD002", "Marlys", "Jean", "Tollefsrud", "", "Haugland", "Arlen", "Tollefsrud", "Sioux Falls", "SD", "57105", "1944-02-03", "2417 S Phillips Ave", False),
    # suffix inside the surname; roster spouse Carla is not a client
    ("FSD003", "Duane", "", "Schlenker Jr.", "", "", "Carla", "Schlenker", "Brandon", "SD", "57005", "1976-04-18", "908 E Holly Blvd", False),
    # Vander Wal couple (particle surname, compound given name, maiden Te Slaa), 57108 (Lincoln County)
    ("FSD004", "Mary Beth", "", "Vander Wal", "", "Te Slaa", "Gerrit", "Vander Wal", "Sioux Falls", "SD", "57108", "1958-10-02", "5312 S Bitterroot Ave", False),
    ("FSD005", "Gerrit", "", "Vander Wal", "Gary", "", "Mary Beth", "Vander Wal", "Sioux Falls", "SD", "57108", "1956-01-27", "5312 S Bitterroot Ave", False),
    # Hispanic compound surname; roster spouse Hector Salcido is not a client
    ("FSD006", "Rosalinda", "", "Villanueva Rosales", "Rosie", "", "Hector", "Salcido", "Sioux Falls", "SD", "57103", "1975-07-09", "1108 E 8th St", False),
    # Kusler couple, Tea (German-Russian; LaVonne nee Hieb)
    ("FSD007", "LaVonne", "", "Kusler", "", "Hieb", "Reuben", "Kusler", "Tea", "SD", "57064", "1950-05-14", "415 E 1st St", False),
    ("FSD008", "Reuben", "", "Kusler", "Rube", "", "LaVonne", "Kusler", "Tea", "SD", "57064", "1948-11-30", "415 E 1st St", False),
    # Lakota two-word surname; roster spouse Winona is not a client
    ("FSD009", "Delbert", "", "Iron Cloud", "Del", "", "Winona", "Iron Cloud", "Sioux Falls", "SD", "57104", "1955-03-22", "1620 N Summit Ave", False),
    # compound given name written "JoAnn" in the feeds; widow, maiden Bartunek
    ("FSD010", "Jo Ann", "", "Kocourek", "", "Bartunek", "", "", "Dell Rapids", "SD", "57022", "1947-08-05", "704 N Orleans Ave", False),
    # apostrophe dropped by the CRM; couple in Harrisburg
    ("FSD011", "Brendan", "", "ODwyer", "", "", "Kristin", "ODwyer", "Harrisburg", "SD", "57032", "1979-12-11", "1207 Cliff Ave", False),
    ("FSD012", "Kristin", "", "ODwyer", "", "Lindaman", "Brendan", "ODwyer", "Harrisburg", "SD", "57032", "1981-02-26", "1207 Cliff Ave", False),
    # grandfather of a young namesake who dies in Canton
    ("FSD013", "Sigurd", "", "Rygh", "Sig", "", "Evelyn", "Rygh", "Canton", "SD", "57013", "1939-09-04", "212 N Dakota St", False),
    # possible deceased (a bare death notice in November)
    ("FSD014", "Pauline", "", "Dykhuizen", "", "", "Lyle", "Dykhuizen", "Hartford", "SD", "57033", "1952-06-20", "301 N Western Ave", False),
    # Ethiopian given name + father's given name
    ("FSD015", "Tigist", "", "Hailemariam", "", "", "", "", "Sioux Falls", "SD", "57106", "1984-01-15", "4605 W 41st St", False),
    ("FSD016", "Orville", "", "Twedt", "", "", "Donna", "Twedt", "Baltic", "SD", "57003", "1962-03-08", "110 St Olaf Ave", False),
    ("FSD017", "Kathryn", "", "Siebrecht", "Kit", "", "Paul", "Siebrecht", "Sioux Falls", "SD", "57110", "1968-11-19", "6204 E Rotunda Ct", False),
    # do_not_contact, mentioned in feeds and inside the June storm polygon
    ("FSD018", "Harlan", "", "Weisbeck", "", "", "", "", "Crooks", "SD", "57020", "1946-12-01", "604 W 5th St", True),
    ("FSD019", "Gail", "", "Heumiller", "", "Schaefbauer", "Dennis", "Heumiller", "Lennox", "SD", "57039", "1961-04-12", "119 S Elm St", False),
    # compound given name; widow; deceased in a death notice (age, birth date, maiden name)
    ("FSD020", "Verna Mae", "", "Oltmanns", "", "Fossum", "", "", "Garretson", "SD", "57030", "1936-09-21", "502 2nd Ave", False),
    ("FSD021", "Jerome", "", "Hofmeyer", "Jerry", "", "Lorraine", "Hofmeyer", "Sioux Falls", "SD", "57107", "1960-08-23", "5009 W Maple St", False),
    # particle surname stored without the accent; written "de León" in the feeds
    ("FSD022", "Armando", "", "De Leon", "", "", "Yesenia", "De Leon", "Sioux Falls", "SD", "57107", "1970-10-30", "4712 W Benson Rd", False),
]
