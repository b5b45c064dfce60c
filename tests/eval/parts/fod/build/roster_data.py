"""Roster of the fod part (north-central Iowa). Every person is invented; ZIP codes and counties are real."""

ADV = {"north": "k.lindahl@prairieoakwealth.example", "south": "m.oconnor@prairieoakwealth.example"}

# (id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser)
R = [
    ("FOD001", "Gerald", "", "Halvorsen", "Gerry", "", "Marlys", "Halvorsen", "Fort Dodge", "50501", "1946-07-14", "1418 N 22nd St", False, "south"),
    ("FOD002", "Marlys", "", "Halvorsen", "", "Thoreson", "Gerald", "Halvorsen", "Fort Dodge", "50501", "1948-11-02", "1418 N 22nd St", False, "south"),
    ("FOD003", "Leroy", "", "Brekke Jr.", "Roy", "", "Connie", "Brekke", "Fort Dodge", "50501", "1961-03-09", "722 Avenue I", False, "south"),
    ("FOD004", "Mary Beth", "", "Oberbroeckling", "", "Schnurr", "", "", "Fort Dodge", "50501", "1962-05-27", "310 S 17th St", False, "south"),
    ("FOD005", "Delbert", "", "Woodhouse", "Del", "", "Arlene", "Woodhouse", "Fort Dodge", "50501", "1939-02-22", "2105 7th Ave N", False, "south"),
    ("FOD006", "Arlene", "", "Woodhouse", "", "Pingel", "Delbert", "Woodhouse", "Fort Dodge", "50501", "1941-08-30", "2105 7th Ave N", False, "south"),
    ("FOD007", "Janine", "", "Vander Wilt", "", "Aldrich", "Mark", "Vander Wilt", "Humboldt", "50548", "1990-01-17", "605 3rd Ave N", False, "north"),
    ("FOD008", "Jo Ann", "", "Tjaden", "", "Rasmussen", "", "", "Eagle Grove", "50533", "1944-12-05", "218 N Commercial Ave", False, "north"),
    ("FOD009", "Tyler", "", "Ostendorf", "", "", "Brianna", "Ostendorf", "Webster City", "50595", "1978-06-21", "1120 Des Moines St", False, "south"),
    ("FOD010", "Brianna", "", "Ostendorf", "Bri", "Grandgeorge", "Tyler", "Ostendorf", "Webster City", "50595", "1980-09-12", "1120 Des Moines St", False, "south"),
    ("FOD011", "Harlan", "", "Reinders", "", "", "", "", "Webster City", "50595", "1947-04-18", "833 Ohio St", True, "south"),
    ("FOD012", "Clayton", "", "Bertelsen", "Clay", "", "Deborah", "Bertelsen", "Humboldt", "50548", "1965-10-03", "1402 Sumner Ave", False, "north"),
    ("FOD013", "Deborah", "", "Bertelsen", "Deb", "Skartvedt", "Clayton", "Bertelsen", "Humboldt", "50548", "1967-02-14", "1402 Sumner Ave", False, "north"),
    ("FOD014", "Evangeline", "", "Pruismann", "Vangie", "", "", "", "Eagle Grove", "50533", "1936-03-29", "407 W Broadway St", False, "north"),
    ("FOD015", "Brent", "", "Kuehnast", "", "", "Lori", "Kuehnast", "Fort Dodge", "50501", "1960-08-08", "1909 Williams Dr", False, "south"),
    ("FOD016", "Kristin", "", "Aamodt", "", "", "", "", "Humboldt", "50548", "1979-04-25", "", False, "north"),
    ("FOD017", "Anand", "", "Parikh", "", "", "", "", "Fort Dodge", "50501", "", "2800 15th Ave N", False, "south"),
    ("FOD018", "Adriana", "", "Salazar Ruiz", "", "", "", "", "Fort Dodge", "50501", "1984-12-12", "1015 1st Ave S", False, "south"),
    ("FOD019", "Orville", "", "Thilges", "", "", "Bernice", "Thilges", "Eagle Grove", "50533", "1942-01-30", "515 S Wright Ave", False, "north"),
    ("FOD020", "Bernice", "", "Thilges", "", "Goodrich", "Orville", "Thilges", "Eagle Grove", "50533", "1944-06-06", "515 S Wright Ave", False, "north"),
    ("FOD021", "Dennis", "", "Haugland", "Denny", "", "Karen", "Haugland", "Dakota City", "50529", "", "22 Taft St", False, "north"),
    ("FOD022", "Colleen", "", "Kavanaugh", "", "Byrne", "", "", "Fort Dodge", "50501", "1955-03-17", "930 N 10th St", False, "south"),
    ("FOD023", "Lavonne", "", "Sievers", "", "", "", "", "Gowrie", "50543", "1941-09-19", "1104 Market St", False, "south"),
]
NO_PHONE = {"FOD007", "FOD023"}
