"""Hand-written roster for the msn part (Madison, Sun Prairie, Middleton, Wis.). All people invented; ZIPs real."""

ADV = {0: "k.brandvold@fourlakeswealth.example", 1: "t.okonkwo@fourlakeswealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("MSN001", "Arnold", "L.", "Brekkestad", "Arnie", "", "Lorraine", "Brekkestad", "Sun Prairie", "WI", "53590", "1941-08-12", "412 Windsor St", False),
    ("MSN002", "Lorraine", "", "Brekkestad", "", "Pfundtner", "Arnold", "Brekkestad", "Sun Prairie", "WI", "53590", "1943-02-03", "412 Windsor St", False),
    ("MSN003", "Mary Beth", "", "Kalscheur", "", "Hoesly", "Dennis", "Kalscheur", "Middleton", "WI", "53562", "1961-05-22", "6620 Century Ave", False),
    ("MSN004", "Vernon", "A.", "Ruedebusch Jr.", "Butch", "", "Carol", "Ruedebusch", "Madison", "WI", "53704", "1958-11-30", "3318 Sycamore Ave", False),
    ("MSN005", "Carol", "", "Ruedebusch", "", "Tollefsrud", "Vernon", "Ruedebusch Jr.", "Madison", "WI", "53704", "1960-04-14", "3318 Sycamore Ave", False),
    ("MSN006", "Nhia Blong", "", "Thao", "", "", "Mai Kou", "Lor", "Madison", "WI", "53713", "1972-09-03", "1845 Fish Hatchery Rd", False),
    ("MSN007", "Mai Kou", "", "Lor", "", "", "Nhia Blong", "Thao", "Madison", "WI", "53713", "1975-01-19", "1845 Fish Hatchery Rd", False),
    ("MSN008", "Guadalupe", "", "Zamarripa Ochoa", "Lupe", "Ochoa", "Rigoberto", "Zamarripa", "Madison", "WI", "53711", "1966-07-08", "2702 Post Rd", False),
    ("MSN009", "Declan", "", "OShaughnessy", "", "", "", "", "Middleton", "WI", "53562", "1983-03-11", "7410 Hubbard Ave", False),
    ("MSN010", "Priyamvada", "", "Venkataraghavan", "Priya", "", "", "", "Madison", "WI", "53705", "1970-12-02", "3905 Hillcrest Dr", False),
    ("MSN011", "Theodore", "", "Oberdorfer", "Ted", "", "Jeanne", "Oberdorfer", "Sun Prairie", "WI", "53590", "1955-10-09", "118 Bird St", False),
    ("MSN012", "Henrietta", "", "Vander Schaaf", "Etta", "", "", "", "Verona", "WI", "53593", "1934-06-17", "306 N Main St", False),
    ("MSN013", "Wendell", "J.", "Fruehling", "Wendy", "", "Arlene", "Fruehling", "Sun Prairie", "WI", "53590", "1940-01-27", "925 Columbus St", False),
    ("MSN014", "Arlene", "", "Fruehling", "", "", "Wendell", "Fruehling", "Sun Prairie", "WI", "53590", "1941-09-05", "925 Columbus St", False),
    ("MSN015", "Solveig", "", "Ingebritsen", "", "Dahlquist", "Harlan", "Ingebritsen", "Monona", "WI", "53716", "1952-03-30", "5210 Monona Dr", False),
    ("MSN016", "Tobias", "", "Kuehnhold", "Toby", "", "Alyssa", "Kuehnhold", "Middleton", "WI", "53562", "1979-08-21", "2417 Allen Blvd", False),
    ("MSN017", "Alyssa", "", "Kuehnhold", "", "Grinde", "Tobias", "Kuehnhold", "Middleton", "WI", "53562", "1981-06-02", "2417 Allen Blvd", False),
    ("MSN018", "Leopold", "", "Schwoegler", "Leo", "", "", "", "Madison", "WI", "53704", "1950-12-11", "3402 Sycamore Ave", True),
    ("MSN019", "Odessa", "", "Fairweather", "", "", "", "", "Madison", "WI", "53713", "1949-04-25", "2114 Cypress Way", False),
    ("MSN020", "Reinhold", "", "Tschudy", "Ray", "", "Bonnie", "Tschudy", "Lodi", "WI", "53555", "1950-05-15", "N1620 Lake Rd", False),
    ("MSN021", "Gretchen", "", "Zuehlsdorf", "", "", "", "", "Madison", "WI", "53726", "1988-02-14", "1712 Monroe St", False),
    ("MSN022", "Marisol", "", "Etxeberria", "", "", "", "", "Madison", "WI", "53711", "1968-10-01", "4418 Waite Ln", False),
]
# adviser by client: Brandvold has Sun Prairie / east side / Lodi, Okonkwo has Middleton / west side / Verona
ADVISER = {cid: ADV[0] if r[9] == "WI" and r[10] in ("53590", "53704", "53713", "53716", "53555") else ADV[1]
           for r in R for cid in [r[0]]}
