"""Hand-written roster for part lbt: Robeson County, N.C. (all people invented; places, ZIPs, FIPS real)."""

ADV = "r.brooks@lumberriverwealth.example"
ADV2 = "t.maynard@lumberriverwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("LBT001", "Purnell", "", "Oxendine", "", "", "Arlinda", "Oxendine", "Pembroke", "NC", "28372", "1946-04-12", "310 Union Chapel Rd", False),
    ("LBT002", "Arlinda", "", "Oxendine", "Linda", "Chavis", "Purnell", "Oxendine", "Pembroke", "NC", "28372", "1949-08-21", "310 Union Chapel Rd", False),
    ("LBT003", "Delton", "", "Locklear Jr.", "Bud", "", "Glenda Faye", "Locklear", "Pembroke", "NC", "28372", "1958-02-07", "118 Deep Branch Rd", False),
    ("LBT004", "Glenda Faye", "", "Locklear", "", "Dial", "Delton", "Locklear Jr.", "Pembroke", "NC", "28372", "1961-11-30", "118 Deep Branch Rd", False),
    ("LBT005", "Ossie Mae", "", "Brayboy", "", "Hammonds", "", "", "Red Springs", "NC", "28377", "1938-05-16", "407 E 2nd Ave", False),
    ("LBT006", "Jarvis", "D.", "Strickland", "", "", "Keisha", "Strickland", "Lumberton", "NC", "28358", "1975-07-02", "2204 Meadowbrook Dr", False),
    ("LBT007", "Keisha", "", "Strickland", "", "McNeill", "Jarvis", "Strickland", "Lumberton", "NC", "28358", "1978-01-19", "2204 Meadowbrook Dr", False),
    ("LBT008", "Vernie", "Lee", "Revels", "", "", "Inez", "Revels", "Fairmont", "NC", "28340", "1942-09-03", "61 Iona Church Rd", False),
    ("LBT009", "Inez", "", "Revels", "", "Hunt", "Vernie", "Revels", "Fairmont", "NC", "28340", "1944-12-11", "61 Iona Church Rd", False),
    ("LBT010", "Wendell", "", "Maynor", "", "", "Renee", "Maynor", "Lumberton", "NC", "28360", "1963-03-25", "5120 Fayetteville Rd", False),
    ("LBT011", "Rosa Isela", "", "Hernandez Cruz", "", "", "", "", "Lumberton", "NC", "28358", "1984-10-08", "907 N Elm St", False),
    ("LBT012", "Terrell", "", "McLean", "", "", "Shante", "McLean", "Red Springs", "NC", "28377", "1981-06-14", "22 Vance St", False),
    ("LBT013", "Shante", "", "McLean", "", "Graham", "Terrell", "McLean", "Red Springs", "NC", "28377", "1986-09-27", "22 Vance St", False),
    ("LBT014", "Hubert", "", "Chavis", "Hoot", "", "", "", "Maxton", "NC", "28364", "1950-01-04", "88 Patterson St", False),
    ("LBT015", "Earlie", "", "Dial", "", "", "Loretta", "Dial", "Pembroke", "NC", "28372", "1955-05-29", "14 Odum Rd", False),
    ("LBT016", "Cassandra", "", "Bullard", "Cassie", "", "", "", "Lumberton", "NC", "28358", "1985-03-03", "301 W 27th St", True),
    ("LBT017", "Lonnie Ray", "", "Hunt", "", "", "Debra", "Hunt", "Rowland", "NC", "28383", "1960-08-08", "700 W Main St", False),
    ("LBT018", "Marcella", "", "Woods", "", "Bell", "Dwayne", "Woods", "St. Pauls", "NC", "28384", "1970-04-22", "415 W Blue St", False),
    ("LBT019", "Dwayne", "", "Woods", "", "", "Marcella", "Woods", "St. Pauls", "NC", "28384", "1968-12-01", "415 W Blue St", False),
    ("LBT020", "Kimberly", "", "Jacobs", "Kim", "Lowry", "Anthony", "Jacobs", "Pembroke", "NC", "28372", "1979-07-15", "55 Jacobs Rd", False),
    ("LBT021", "Ardell", "", "Sampson", "", "", "Pauline", "Sampson", "Lumberton", "NC", "28360", "1944-02-18", "1611 Sampson Church Rd", False),
    ("LBT022", "Gaston", "", "Lowry", "", "", "", "", "Fairmont", "NC", "28340", "1967-10-10", "19 S Main St", False),
]
ADVISOR = {r[0]: (ADV if r[8] in ("Pembroke", "Maxton", "Red Springs") else ADV2) for r in R}  # one adviser per household
NO_BIRTH = {"LBT014", "LBT022"}
NO_PHONE = {"LBT011", "LBT021"}
NO_ADDRESS = {"LBT016"}
