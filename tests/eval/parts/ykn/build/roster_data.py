"""Hand-written roster for the ykn part: the Missouri River border of South Dakota and Nebraska (Yankton,
Vermillion, Gayville, Tabor in S.D.; Hartington, Wynot, Crofton in Neb.). All people invented; places, ZIPs, FIPS real."""

ADV = {
    "SD": "r.lindholm@gavinspointadvisors.example",
    "NE": "m.schaecher@gavinspointadvisors.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- Yankton / Gayville / Tabor, S.D. ----
    ("YKN001", "Darrell", "J.", "Hovorka", "", "", "Jolene", "Hovorka", "Yankton", "SD", "57078", "1950-08-14", "1105 Burleigh St", False),
    ("YKN002", "Jolene", "", "Hovorka", "Jo", "Kocer", "Darrell", "Hovorka", "Yankton", "SD", "57078", "1953-02-09", "1105 Burleigh St", False),
    ("YKN003", "Marlys", "Ann", "Wollman", "", "Kleinsasser", "", "", "Yankton", "SD", "57078", "1941-11-22", "409 Douglas Ave", False),
    ("YKN017", "Justine", "", "Cournoyer", "", "", "", "", "Yankton", "SD", "57078", "1988-05-27", "2207 Mulberry St", False),
    ("YKN018", "Wade", "", "Nedved", "", "", "Tasha", "Nedved", "Yankton", "SD", "57078", "1971-10-03", "611 Walnut St", False),
    ("YKN019", "Tasha", "", "Nedved", "", "Rysavy", "Wade", "Nedved", "Yankton", "SD", "57078", "1974-04-16", "611 Walnut St", False),
    ("YKN020", "Orville", "", "Kuehn", "Orv", "", "Lorraine", "Kuehn", "Gayville", "SD", "57031", "1945-01-29", "30861 446th Ave", False),
    ("YKN021", "Lorraine", "", "Kuehn", "", "", "Orville", "Kuehn", "Gayville", "SD", "57031", "1947-07-08", "30861 446th Ave", False),
    ("YKN013", "Gerald", "", "Zavadil", "Jerry", "", "Ruth", "Zavadil", "Tabor", "SD", "57063", "1952-12-01", "", False),
    # ---- Vermillion, S.D. ----
    ("YKN009", "Anneliese", "", "Brekke-Olson", "", "", "Mark", "Olson", "Vermillion", "SD", "57069", "1976-02-21", "118 Canby St", False),
    ("YKN010", "Trent", "", "Steffen", "", "", "Alyssa", "Steffen", "Vermillion", "SD", "57069", "1981-06-12", "25 Catalina St", False),
    ("YKN011", "Alyssa", "", "Steffen", "", "Gunderson", "Trent", "Steffen", "Vermillion", "SD", "57069", "1983-09-30", "25 Catalina St", False),
    # ---- Hartington / Wynot, Neb. (Cedar County) ----
    ("YKN004", "Rodney", "J.", "Pinkelman", "Rod", "", "Carol", "Pinkelman", "Hartington", "NE", "68739", "1947-03-30", "207 W Centre St", False),
    ("YKN005", "Carol", "", "Pinkelman", "", "Wieseler", "Rodney", "Pinkelman", "Hartington", "NE", "68739", "1949-06-05", "207 W Centre St", False),
    ("YKN008", "Leonard", "", "Arens Jr.", "Len", "", "Barbara", "Arens", "Hartington", "NE", "68739", "1962-04-11", "512 N Broadway Ave", False),
    ("YKN012", "Bernard", "", "Wieseler", "Bernie", "", "", "", "Hartington", "NE", "68739", "1944-10-19", "88 E Franklin St", False),
    ("YKN016", "Francis", "", "Bruning", "", "", "", "", "Hartington", "NE", "68739", "1939-08-02", "301 S Robinson Ave", True),
    ("YKN022", "Kelsey", "", "Lammers", "", "", "", "", "Hartington", "NE", "68739", "", "410 W Main St", False),
    ("YKN023", "Evelyn", "M.", "Sudbeck", "Evie", "", "", "", "Hartington", "NE", "68739", "1936-05-14", "104 N Felber Ave", False),
    ("YKN015", "Duane", "", "Hochstein", "", "", "Lori", "Hochstein", "Wynot", "NE", "68792", "1960-11-07", "203 Main St", False),
    # ---- Crofton, Neb. (Knox County) ----
    ("YKN006", "Mary Jo", "", "Kathol", "", "", "Dennis", "Kathol", "Crofton", "NE", "68730", "1958-01-17", "505 W Boyd St", False),
    ("YKN007", "Dennis", "", "Kathol", "Denny", "", "Mary Jo", "Kathol", "Crofton", "NE", "68730", "1956-09-02", "505 W Boyd St", False),
    ("YKN014", "Shirley", "", "Heine", "", "Hochstein", "", "", "Crofton", "NE", "68730", "", "212 E Linden St", False),
]

NO_PHONE = {"YKN003", "YKN016"}
