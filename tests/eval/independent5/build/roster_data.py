"""Hand-written roster for the independent5 split (all people invented; places, ZIPs, FIPS real)."""

ADV = {
    "AZ": "r.castellano@ironwoodwealth.example",
    "TX": "r.castellano@ironwoodwealth.example",
    "WI": "k.lindahl@ironwoodwealth.example",
    "MN": "k.lindahl@ironwoodwealth.example",
    "LA": "m.thibodeaux@ironwoodwealth.example",
    "TN": "d.okonkwo@ironwoodwealth.example",
    "GA": "d.okonkwo@ironwoodwealth.example",
    "VA": "s.pham@ironwoodwealth.example",
}
BLANK_COORDS = {"P009", "P027"}
# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- Tucson / southern Arizona ----
    ("P001", "Raymond", "", "Escalante", "Ray", "", "Lourdes", "Escalante", "Tucson", "AZ", "85718", "1950-04-11", "4410 E Camino Rosa", False),
    ("P002", "Lourdes", "", "Escalante", "Lulu", "Ochoa", "Raymond", "Escalante", "Tucson", "AZ", "85718", "1952-09-02", "4410 E Camino Rosa", False),
    ("P003", "Gordon", "", "Pettibone", "", "", "Alice", "Pettibone", "Oro Valley", "AZ", "85737", "1941-07-19", "1201 W Sun Ridge Dr", False),
    ("P004", "Alice", "", "Pettibone", "", "Marsh", "Gordon", "Pettibone", "Oro Valley", "AZ", "85737", "1944-02-23", "1201 W Sun Ridge Dr", False),
    ("P005", "Ana Sofia", "", "Valenzuela Ruiz", "", "", "", "", "Tucson", "AZ", "85704", "1968-12-05", "77 W Orange Grove Rd", False),
    ("P006", "Dale", "", "Kittredge", "", "", "", "", "Tucson", "AZ", "85704", "1958-03-30", "310 W Magee Rd", True),
    # ---- Fox Valley, Wisconsin ----
    ("P007", "Mark", "", "Brandvold", "", "", "Lisa", "Brandvold", "Appleton", "WI", "54911", "1971-06-14", "812 N Mason St", False),
    ("P008", "Lisa", "", "Brandvold", "", "Heinz", "Mark", "Brandvold", "Appleton", "WI", "54911", "1973-01-08", "812 N Mason St", False),
    ("P009", "Ingrid", "", "Solberg", "Inky", "Vang", "", "", "Oshkosh", "WI", "54901", "1946-10-27", "515 Algoma Blvd", False),
    ("P010", "Arne", "", "Halvorsen", "", "", "Susan", "Halvorsen", "Green Bay", "WI", "54301", "1955-05-17", "1420 S Webster Ave", False),
    ("P011", "Susan", "", "Halvorsen", "Sue", "Thorsen", "Arne", "Halvorsen", "Green Bay", "WI", "54301", "1957-08-01", "1420 S Webster Ave", False),
    ("P012", "Curtis", "", "Van der Berg", "Curt", "", "", "", "Appleton", "WI", "54911", "1962-11-20", "33 E Pacific St", False),
    # ---- Acadiana, Louisiana ----
    ("P013", "Joseph", "", "LeBlanc Jr.", "T-Joe", "", "Yvette", "LeBlanc", "Lafayette", "LA", "70503", "1959-02-02", "208 Bendel Rd", False),
    ("P014", "Yvette", "", "LeBlanc", "", "Guidry", "Joseph", "LeBlanc Jr.", "Lafayette", "LA", "70503", "1961-07-07", "208 Bendel Rd", False),
    ("P015", "Clarence", "", "Boudreaux", "", "", "Marie", "Boudreaux", "Broussard", "LA", "70518", "1939-09-14", "402 E Main St", False),
    ("P016", "Marie", "", "Boudreaux", "", "Hebert", "Clarence", "Boudreaux", "Broussard", "LA", "70518", "1942-03-03", "402 E Main St", False),
    ("P017", "Denise", "", "Thibodeaux", "Neecie", "", "", "", "Lafayette", "LA", "70506", "1966-04-21", "1105 Ambassador Caffery Pkwy", False),
    # ---- Chattanooga TN / north Georgia ----
    ("P018", "Wendell", "", "Crisp", "", "", "Faye", "Crisp", "Chattanooga", "TN", "37405", "1948-12-12", "19 Barton Ave", False),
    ("P019", "Faye", "", "Crisp", "", "Ledford", "Wendell", "Crisp", "Chattanooga", "TN", "37405", "1950-05-09", "19 Barton Ave", False),
    ("P020", "Tamika", "", "Odom", "", "", "", "", "Chattanooga", "TN", "37411", "1980-09-29", "2300 Shallowford Rd", False),
    ("P021", "Ruben", "", "Ortega", "", "", "", "", "Dalton", "GA", "30720", "1967-01-15", "505 S Thornton Ave", False),
    ("P022", "Patrick", "", "ONeil", "Paddy", "", "", "", "Signal Mountain", "TN", "37377", "1953-03-17", "8 James Blvd", False),
    # ---- Hampton Roads, Virginia ----
    ("P023", "Thanh", "", "Nguyen", "", "", "Linh", "Nguyen", "Norfolk", "VA", "23505", "1963-10-10", "7410 Granby St", False),
    ("P024", "Linh", "", "Nguyen", "", "Tran", "Thanh", "Nguyen", "Norfolk", "VA", "23505", "1966-06-06", "7410 Granby St", False),
    ("P025", "Harold", "", "Beasley Sr.", "Hal", "", "", "", "Virginia Beach", "VA", "23451", "1945-08-08", "301 Laskin Rd", False),
    ("P026", "Gina", "", "DAmico", "", "", "", "", "Virginia Beach", "VA", "23451", "1975-02-28", "1600 Atlantic Ave", False),
    # ---- Rio Grande Valley, Texas ----
    ("P027", "Maria Guadalupe", "", "Garza Treviño", "Lupita", "", "Hector", "Garza", "McAllen", "TX", "78501", "1958-12-12", "1001 N 10th St", False),
    ("P028", "Hector", "", "Garza", "", "", "Maria Guadalupe", "Garza Treviño", "McAllen", "TX", "78501", "1955-04-04", "1001 N 10th St", False),
    ("P029", "Rolando", "", "Cantu", "Rolly", "", "", "", "Edinburg", "TX", "78539", "1970-07-20", "2101 W University Dr", False),
    # ---- Duluth, Minnesota ----
    ("P030", "Eugene", "", "Maki", "Gene", "", "Carol", "Maki", "Duluth", "MN", "55803", "1944-01-30", "4120 Woodland Ave", False),
    ("P031", "Carol", "", "Maki", "", "Koski", "Eugene", "Maki", "Duluth", "MN", "55803", "1947-11-11", "4120 Woodland Ave", False),
    ("P033", "Lamont", "", "Tisdale", "", "", "Carla", "Tisdale", "Virginia Beach", "VA", "23454", "1961-05-30", "912 Lynnhaven Pkwy", False),
    ("P034", "Carla", "", "Tisdale", "", "Whitaker", "Lamont", "Tisdale", "Virginia Beach", "VA", "23454", "1963-02-14", "912 Lynnhaven Pkwy", False),
    ("P035", "Estela", "", "Quiñones", "Tela", "", "", "", "Tucson", "AZ", "85710", "1950-10-03", "7702 E Speedway Blvd", False),
    ("P032", "Brent", "", "Lindquist", "", "", "", "", "Duluth", "MN", "55811", "1976-05-05", "1508 Arlington Ave", True),
]
