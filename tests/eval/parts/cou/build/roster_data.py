"""Hand-written roster for eval part cou (Columbia, Jefferson City and Fulton, Missouri). All people invented;
places, ZIPs and FIPS real (coordinates: ZIP centroid from `zipcodes` plus a small fixed jitter)."""

ADV_BOONE = "r.abernathy@katytrailwealth.example"      # Columbia, Ashland, Centralia, Hallsville
ADV_RIVER = "m.feuerbacher@katytrailwealth.example"    # Jefferson City, Holts Summit, Fulton

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("COU001", "Thaddeus", "W.", "Brinkerhoff", "Tad", "", "Lorna", "Brinkerhoff", "Columbia", "65203", "1950-06-14", "1107 Westwinds Dr", False),
    ("COU002", "Lorna", "", "Brinkerhoff", "", "Vosburgh", "Thaddeus", "Brinkerhoff", "Columbia", "65203", "1952-11-02", "1107 Westwinds Dr", False),
    ("COU003", "Ignatius", "", "Schlotzhauer Jr.", "Iggy", "", "Darlene", "Schlotzhauer", "Jefferson City", "65101", "1958-03-21", "614 E Capitol Ave", False),
    ("COU004", "Mary Beth", "", "Quarrington", "", "Dusenberry", "Wendell", "Quarrington", "Fulton", "65251", "1961-08-09", "902 Court St", False),
    ("COU005", "Graciela", "", "Echeverria Lozano", "Chela", "", "Octavio", "Zamudio", "Columbia", "65202", "1969-05-30", "3310 Blue Ridge Rd", False),
    ("COU006", "Octavio", "", "Zamudio", "", "", "Graciela", "Echeverria Lozano", "Columbia", "65202", "1966-01-17", "3310 Blue Ridge Rd", False),
    ("COU007", "Rosemary", "", "DAuteuil", "Romy", "", "", "", "Jefferson City", "65109", "1955-10-04", "2418 Country Club Dr", False),
    ("COU008", "Herschel", "", "Vander Ploeg", "", "", "Inga", "Vander Ploeg", "Ashland", "65010", "1947-02-26", "15 Henry Clay Blvd", False),
    ("COU009", "Inga", "", "Vander Ploeg", "", "Thorsby", "Herschel", "Vander Ploeg", "Ashland", "65010", "1949-07-19", "15 Henry Clay Blvd", False),
    ("COU010", "Winifred", "", "Kloeppel", "Winnie", "", "", "", "Holts Summit", "65043", "1939-02-02", "140 Sunset Dr", False),
    ("COU011", "Ambrose", "L.", "Kettleson", "", "", "Velma", "Kettleson", "Centralia", "65240", "1944-09-09", "511 S Rollins St", False),
    ("COU012", "Dashiell", "", "Oyelaran", "Dash", "", "Priya", "Oyelaran", "Columbia", "65201", "1984-04-11", "708 Hirth Ave", False),
    ("COU013", "Priya", "", "Oyelaran", "", "Raghunathan", "Dashiell", "Oyelaran", "Columbia", "65201", "1986-12-23", "708 Hirth Ave", False),
    ("COU014", "Jo Ann", "", "Fackrell", "", "", "", "", "Fulton", "65251", "1957-05-05", "417 Westminster Ave", False),
    ("COU015", "Leroy", "", "Hufnagel Sr.", "", "", "Marilyn", "Hufnagel", "Jefferson City", "65109", "1948-12-01", "3021 Scenic Ridge Dr", False),
    ("COU016", "Cletus", "", "Wemhoener", "", "", "", "", "Jefferson City", "65101", "1962-06-29", "1205 Moreau Dr", False),
    ("COU017", "Tobias", "", "Engelbrecht", "Toby", "", "Kendra", "Engelbrecht", "Hallsville", "65255", "1971-09-13", "8800 E Route 124", False),
    ("COU018", "Philomena", "", "Strothkamp", "Mena", "", "", "", "Columbia", "65202", "1953-04-08", "4501 Oakland Gravel Rd", True),
    ("COU019", "Augustina", "", "Loeffelholz", "Tina", "", "", "", "Jefferson City", "65109", "1961-02-15", "1820 Hayselton Dr", False),
    ("COU020", "Desmond", "", "Achterberg", "", "", "Keisha", "Achterberg", "Fulton", "65251", "1976-11-30", "23 Hillcrest Dr", False),
    ("COU021", "Hyacinth", "", "Pendergraft", "", "", "", "", "Ashland", "65010", "1958-01-27", "9 E Broadway", False),
    ("COU022", "Gideon", "", "Stuckenschneider", "Gid", "", "", "", "Columbia", "65202", "1949-10-22", "5600 N Creasy Springs Rd", False),
]
