"""Hand-written roster for the cmi part: Champaign and Urbana, Illinois, and nearby towns.

All people are invented; towns, ZIP codes and county FIPS are real (ZIP centroids from `zipcodes`).
"""

ADV_A = "r.kessinger@prairiestonewealth.example"   # CMI001-CMI011
ADV_B = "a.oyelaran@prairiestonewealth.example"    # CMI012-CMI022

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("CMI001", "Harold", "Eugene", "Wendtland", "Hal", "", "Loretta", "Wendtland", "Champaign", "IL", "61821", "1946-02-11", "2106 Southwood Dr", False),
    ("CMI002", "Loretta", "", "Wendtland", "", "Schnetzler", "Harold", "Wendtland", "Champaign", "IL", "61821", "1948-07-30", "2106 Southwood Dr", False),
    ("CMI003", "Mary Beth", "", "Oberkfell", "", "", "", "", "Urbana", "IL", "61801", "1958-09-14", "604 W Oregon St", False),
    ("CMI004", "Dwayne", "", "Hollinshead Jr.", "", "", "Sharonda", "Hollinshead", "Rantoul", "IL", "61866", "1971-05-03", "417 E Grove Ave", False),
    ("CMI005", "Ximena", "", "Villaseñor Ocampo", "", "", "Rogelio", "Mendoza", "Rantoul", "IL", "61866", "1980-12-12", "1220 Eastlawn Dr", False),
    ("CMI006", "Gerald", "", "Brockschmidt", "Gerry", "", "Janice", "Brockschmidt", "Mahomet", "IL", "61853", "1952-04-22", "1809 E Lake of the Woods Rd", False),
    ("CMI007", "Janice", "", "Brockschmidt", "", "Tieken", "Gerald", "Brockschmidt", "Mahomet", "IL", "61853", "1954-11-05", "1809 E Lake of the Woods Rd", False),
    ("CMI008", "Babatunde", "", "Okonjo", "Tunde", "", "Folake", "Okonjo", "Urbana", "IL", "61802", "1975-08-19", "2914 S Philo Rd", False),
    ("CMI009", "Cornelia", "", "Stahlhut", "Connie", "Eichelberger", "", "", "Tolono", "IL", "61880", "1939-10-03", "208 N Bourne St", False),
    ("CMI010", "Jo Ann", "", "Trimmell", "", "", "Russell", "Trimmell", "St. Joseph", "IL", "61873", "1962-03-27", "505 E Lincoln St", False),
    ("CMI011", "Russell", "", "Trimmell", "Russ", "", "Jo Ann", "Trimmell", "St. Joseph", "IL", "61873", "1960-01-15", "505 E Lincoln St", False),
    ("CMI012", "Eun-hee", "", "Chae", "Grace", "", "Dong-hyun", "Chae", "Champaign", "IL", "61822", "1969-06-08", "3307 Kirby Ave", False),
    ("CMI013", "Marvella", "", "Gatewood", "", "Strozier", "", "", "Champaign", "IL", "61820", "1944-02-02", "1106 N Hickory St", False),
    ("CMI014", "Lamont", "E.", "Gatewood", "", "", "Tanisha", "Gatewood", "Champaign", "IL", "61820", "1968-10-21", "902 W Bradley Ave", False),
    ("CMI015", "Patrick", "", "OShaughnessy", "Pat", "", "Deirdre", "OShaughnessy", "Savoy", "IL", "61874", "1957-03-17", "12 Prairie Dunes Ct", False),
    ("CMI016", "Deirdre", "", "OShaughnessy", "", "Kavanagh", "Patrick", "OShaughnessy", "Savoy", "IL", "61874", "1959-12-01", "12 Prairie Dunes Ct", False),
    ("CMI017", "Lavern", "", "Aschermann", "", "", "Darlene", "Aschermann", "Monticello", "IL", "61856", "1949-08-09", "1488 N Market St", False),
    ("CMI018", "Darlene", "", "Aschermann", "", "Buhrmester", "Lavern", "Aschermann", "Monticello", "IL", "61856", "1951-05-25", "1488 N Market St", False),
    ("CMI019", "Elnora", "", "Kauffeld", "", "", "", "", "Tuscola", "IL", "61953", "1941-01-19", "310 S Main St", False),
    ("CMI020", "Maurice", "", "Van Hoorebeke", "", "", "", "", "Urbana", "IL", "61802", "1950-04-04", "1402 E Florida Ave", False),
    ("CMI021", "Bernard", "", "Szczepanik", "Bernie", "", "", "", "Champaign", "IL", "61822", "1947-09-30", "3510 Ridgewood Dr", True),
    ("CMI022", "Anusha", "", "Thiruvengadam", "", "", "", "", "Savoy", "IL", "61874", "1984-07-07", "407 Burwash Ave", False),
]
