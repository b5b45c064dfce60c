"""Hand-written roster for the sbg part (Sheboygan County, Wis.). All people invented; ZIPs and FIPS real."""

ADV = {"WI": "h.reinholz@lakeshorewealth.example"}
ADV_ALT = {"SBG014", "SBG015", "SBG016", "SBG017", "SBG018", "SBG019", "SBG020", "SBG021", "SBG022", "SBG023",
           "SBG024", "SBG025"}   # second adviser
ADV2 = "m.tenpas@lakeshorewealth.example"

# (cid, first, middle, last, nick, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc)
R = [
    ("SBG001", "Gerhard", "L", "Wolfgramm", "Gerry", "", "Luella", "Wolfgramm", "Sheboygan", "WI", "53081", "1947-02-11", "1418 N 7th St", False),
    ("SBG002", "Luella", "", "Wolfgramm", "", "Hoopman", "Gerhard", "Wolfgramm", "Sheboygan", "WI", "53081", "1949-08-30", "1418 N 7th St", False),
    ("SBG003", "Arlene", "", "Te Ronde", "", "Hoopman", "", "", "Cedar Grove", "WI", "53013", "1938-04-19", "212 S Main St", False),
    ("SBG004", "Duane", "", "Schlagenhaft Jr.", "", "", "Bonnie", "Schlagenhaft", "Plymouth", "WI", "53073", "1963-10-02", "W5720 County Rd C", False),
    ("SBG005", "Bonnie", "", "Schlagenhaft", "", "Wieland", "Duane", "Schlagenhaft Jr.", "Plymouth", "WI", "53073", "1965-01-27", "W5720 County Rd C", False),
    ("SBG006", "Mary Kay", "", "Heinzelmann", "", "Ebbers", "Ronald", "Heinzelmann", "Sheboygan Falls", "WI", "53085", "1968-06-05", "505 Buffalo St", False),
    ("SBG007", "Pa Nhia", "", "Vang", "", "", "Chue", "Vang", "Sheboygan", "WI", "53081", "1979-03-15", "1627 S 12th St", False),
    ("SBG008", "Chue", "", "Vang", "", "", "Pa Nhia", "Vang", "Sheboygan", "WI", "53081", "1976-11-09", "1627 S 12th St", False),
    ("SBG009", "Bernice", "", "Kuehlmann", "Bunny", "Gartzke", "", "", "Kohler", "WI", "53044", "1936-12-01", "340 Church St", False),
    ("SBG010", "LaVerne", "A", "Dickmann", "", "", "Delores", "Dickmann", "Plymouth", "WI", "53073", "1940-05-14", "N6204 Hwy 57", False),
    ("SBG011", "Delores", "", "Dickmann", "", "Scheibl", "LaVerne", "Dickmann", "Plymouth", "WI", "53073", "1942-09-23", "N6204 Hwy 57", False),
    ("SBG012", "Thomas", "", "Gruenwald", "Tom", "", "Lynn", "Gruenwald", "Elkhart Lake", "WI", "53020", "1961-07-07", "88 E Rhine St", False),
    ("SBG013", "Rosemary", "", "Pfrang", "", "", "", "", "Sheboygan", "WI", "53083", "1955-05-05", "3120 N 21st St", True),
    ("SBG014", "Katherine", "", "Lubach", "Kitty", "", "", "", "Sheboygan", "WI", "53083", "1958-09-18", "4410 Lakeshore Dr", False),
    ("SBG015", "Jerome", "", "Hilbelink", "Jerry", "", "Wilma", "Hilbelink", "Oostburg", "WI", "53070", "1943-03-03", "1020 Center Ave", False),
    ("SBG016", "Wilma", "", "Hilbelink", "", "Lammers", "Jerome", "Hilbelink", "Oostburg", "WI", "53070", "1945-12-12", "1020 Center Ave", False),
    ("SBG017", "Craig", "", "Boehlke", "", "", "Janelle", "Boehlke", "Sheboygan Falls", "WI", "53085", "1966-04-21", "N7390 Hwy 32", False),
    ("SBG018", "Nathan", "", "Sonnenberg", "Nate", "", "Rachel", "Sonnenberg", "Plymouth", "WI", "53073", "1984-08-08", "615 Collins St", False),
    ("SBG019", "Rachel", "", "Sonnenberg", "", "Koenig", "Nathan", "Sonnenberg", "Plymouth", "WI", "53073", "1986-02-14", "615 Collins St", False),
    ("SBG020", "Eldon", "", "Brotz", "", "", "Carol", "Brotz", "Kohler", "WI", "53044", "1952-10-30", "611 Highland Dr", False),
    ("SBG021", "Marlys", "", "Rammer", "", "", "", "", "Cascade", "WI", "53011", "1944-01-08", "N1820 Cty Rd F", False),
    ("SBG022", "Kyle", "", "Kautzer", "", "", "Brianna", "Kautzer", "Sheboygan", "WI", "53081", "1994-05-30", "2309 S 15th St", False),
    ("SBG023", "Brianna", "", "Kautzer", "Bri", "Reinl", "Kyle", "Kautzer", "Sheboygan", "WI", "53081", "1995-11-03", "2309 S 15th St", False),
    ("SBG024", "Lorraine", "", "Stoelb", "", "", "", "", "Waldo", "WI", "53093", "1957-06-26", "W1644 Hwy 57", False),
    ("SBG025", "Warren", "", "Zimbal", "", "", "", "", "Sheboygan", "WI", "53081", "1950-03-09", "925 Erie Ave", False),
]

NO_BIRTH = {"SBG009", "SBG024"}
NO_PHONE = {"SBG021", "SBG025"}
NO_ADDRESS = {"SBG013"}
