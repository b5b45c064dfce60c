"""Hand-written roster for the gsp part (Greenville, Spartanburg and Greer, S.C.). All people invented; ZIPs real."""

ADV = {
    "greenville": "h.pressley@reedyriverwealth.example",   # Greenville County households
    "spartanburg": "m.cantrell@reedyriverwealth.example",   # Spartanburg County households
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("GSP001", "Cornelius", "Wade", "Brissey Jr.", "Neely", "", "Lavonne", "Brissey", "Greer", "29650", "1954-08-22", "211 Snow St", False, "greenville"),
    ("GSP002", "Lavonne", "", "Brissey", "", "Gosnell", "Cornelius", "Brissey Jr.", "Greer", "29650", "1956-01-30", "211 Snow St", False, "greenville"),
    ("GSP003", "Mary Alice", "", "Tankersley", "", "", "", "", "Taylors", "29687", "1948-11-05", "18 Reid School Rd", False, "greenville"),
    ("GSP004", "Ruford", "Lee", "Gilstrap", "Ru", "", "Opal", "Gilstrap", "Travelers Rest", "29690", "1941-02-11", "4410 Geer Hwy", False, "greenville"),
    ("GSP005", "Ximena", "", "Ocampo Batres", "", "", "Teodoro", "Villaseñor Ruelas", "Greenville", "29605", "1981-07-17", "37 Mauldin Rd", False, "greenville"),
    ("GSP006", "Teodoro", "", "Villaseñor Ruelas", "Teo", "", "Ximena", "Ocampo Batres", "Greenville", "29605", "1978-03-02", "37 Mauldin Rd", False, "greenville"),
    ("GSP007", "Raghunath", "", "Kothandaraman", "Raghu", "", "Priya", "Kothandaraman", "Spartanburg", "29302", "1966-09-14", "150 Woodburn Rd", False, "spartanburg"),
    ("GSP008", "Earline", "", "McAbee", "Tootie", "Blackwell", "", "", "Inman", "29349", "1939-04-27", "62 Mill St", False, "spartanburg"),
    ("GSP009", "Dewitt", "", "Ballenger Sr.", "", "", "Corrine", "Ballenger", "Spartanburg", "29301", "1950-10-03", "908 Fernwood Dr", False, "spartanburg"),
    ("GSP010", "Shameka", "", "Foxworth", "Meka", "Littlejohn", "Darnell", "Foxworth", "Spartanburg", "29306", "1972-05-09", "47 Cedar Springs Rd", False, "spartanburg"),
    ("GSP011", "Darnell", "", "Foxworth", "", "", "Shameka", "Foxworth", "Spartanburg", "29306", "1970-12-19", "47 Cedar Springs Rd", False, "spartanburg"),
    ("GSP012", "Wilburn", "", "Satterfield", "Web", "", "Glenda", "Satterfield", "Woodruff", "29388", "1946-06-01", "310 W Georgia St", False, "spartanburg"),
    ("GSP013", "Kathryn", "", "Huffstetler", "Kitsy", "", "", "", "Greenville", "29609", "1958-02-14", "22 Rockwood Dr", True, "greenville"),
    ("GSP014", "Jo Nell", "", "Southerlin", "", "Pruitt", "Harold", "Southerlin", "Fountain Inn", "29644", "1944-09-28", "105 Weston St", False, "greenville"),
    ("GSP015", "Lanier", "", "OShields", "", "", "", "", "Boiling Springs", "29316", "1963-03-23", "5 Rainbow Lake Rd", False, "spartanburg"),
    ("GSP016", "Gerald", "", "Stepp", "Jerry", "", "Brenda", "Stepp", "Mauldin", "29662", "1957-12-02", "14 Butler Rd", False, "greenville"),
    ("GSP017", "Henrietta", "", "DuBose", "Etta", "Prioleau", "", "", "Greenville", "29601", "1935-06-04", "500 E McBee Ave Apt 4C", False, "greenville"),
    ("GSP018", "Ifeanyi", "", "Anozie", "", "", "Ngozi", "Anozie", "Greer", "29651", "1983-10-10", "9 Abner Creek Rd", False, "greenville"),
    ("GSP019", "Ngozi", "", "Anozie", "", "Chukwuma", "Ifeanyi", "Anozie", "Greer", "29651", "1985-02-21", "9 Abner Creek Rd", False, "greenville"),
    ("GSP020", "Boone", "", "Hembree", "", "", "Tara", "Hembree", "Simpsonville", "29681", "1969-07-30", "220 Harrison Bridge Rd", False, "greenville"),
    ("GSP021", "Lucinda", "", "Gambrell", "Cindy", "Bagwell", "", "", "Piedmont", "29673", "1961-11-12", "71 Old Pelzer Rd", False, "greenville"),
    ("GSP022", "Ellison", "", "Thackston", "", "", "Marianne", "Thackston", "Greenville", "29615", "1952-04-18", "16 Pelham Falls Dr", False, "greenville"),
]

BLANK_COORDS = {"GSP009", "GSP021"}       # coordinates left blank (ZIP centroid)
NO_BIRTH = {"GSP015"}
NO_PHONE = {"GSP003"}
