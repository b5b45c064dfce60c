"""Roster of the bmi part: central Illinois (Bloomington-Normal, Pontiac, Lincoln, Clinton).
All people invented; places, ZIPs and county FIPS real."""

ADV = {
    "61701": "l.brucker.adv@prairiecrest.example", "61704": "l.brucker.adv@prairiecrest.example",
    "61705": "l.brucker.adv@prairiecrest.example", "61761": "l.brucker.adv@prairiecrest.example",
    "61764": "d.heinhorst@prairiecrest.example", "62656": "d.heinhorst@prairiecrest.example",
    "61727": "d.heinhorst@prairiecrest.example",
}
AREA = {"61701": "309", "61704": "309", "61705": "309", "61761": "309", "61764": "815", "62656": "217", "61727": "217"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("BMI001", "Harold", "Eugene", "Ropp", "Hal", "", "Darlene", "Ropp", "Normal", "61761", "1946-02-11", "1408 Fell Ave", False),
    ("BMI002", "Darlene", "", "Ropp", "", "Kinsinger", "Harold", "Ropp", "Normal", "61761", "1948-07-22", "1408 Fell Ave", False),
    ("BMI003", "Wendell", "L.", "Schertz Jr.", "", "", "Joyce", "Schertz", "Pontiac", "61764", "1958-04-30", "611 W Howard St", False),
    ("BMI004", "Joyce", "", "Schertz", "", "Zehr", "Wendell", "Schertz Jr.", "Pontiac", "61764", "1960-09-14", "611 W Howard St", False),
    ("BMI005", "Mary Beth", "", "Stoller", "", "Birkey", "", "", "Clinton", "61727", "1949-12-01", "310 E Main St", False),
    ("BMI006", "Gerald", "D.", "Litwiller", "Jerry", "", "Anita", "Litwiller", "Lincoln", "62656", "1951-03-17", "925 Pekin St", False),
    ("BMI007", "Anita", "", "Litwiller", "", "Knollenberg", "Gerald", "Litwiller", "Lincoln", "62656", "1953-08-05", "925 Pekin St", False),
    ("BMI008", "Ramona", "", "Ifft", "", "Gehrke", "", "", "Lincoln", "62656", "1939-01-26", "214 N McLean St", False),
    ("BMI009", "Curtis", "", "Bachman", "Curt", "", "Renee", "Bachman", "Bloomington", "61704", "1970-10-09", "2704 Kolby Ct", False),
    ("BMI010", "Luz Elena", "", "Ochoa Villarreal", "", "", "", "", "Bloomington", "61701", "1976-05-12", "507 S Morris Ave", False),
    ("BMI011", "Trevor", "J.", "Eichelberger", "", "", "Kelsey", "Eichelberger", "Normal", "61761", "1978-06-19", "1702 Jersey Ave", False),
    ("BMI012", "Kelsey", "", "Eichelberger", "", "Brucker", "Trevor", "Eichelberger", "Normal", "61761", "1980-02-02", "1702 Jersey Ave", False),
    ("BMI013", "Francis", "X.", "OMalley", "Fran", "", "", "", "Bloomington", "61701", "1944-11-08", "806 E Grove St", False),
    ("BMI014", "Lorraine", "M.", "Kaisner", "", "Frichtl", "", "", "Clinton", "61727", "1936-06-03", "1120 N Center St", False),
    ("BMI015", "Dale", "", "Rients", "", "", "Sherry", "Rients", "Pontiac", "61764", "1962-05-21", "1915 N Ladd St", False),
    ("BMI016", "Brandon", "", "Kuhns", "", "", "", "", "Normal", "61761", "1991-04-04", "404 Kingsley St", True),
    ("BMI017", "Thomas", "", "Vogelsang", "Tom", "", "", "", "Lincoln", "62656", "", "301 Broadway St", False),
    ("BMI018", "Janelle", "", "Augspurger", "", "", "Mark", "Augspurger", "Clinton", "61727", "1975-03-08", "9822 County Highway 14", False),
    ("BMI019", "Mark", "A.", "Augspurger", "", "", "Janelle", "Augspurger", "Clinton", "61727", "1973-12-11", "9822 County Highway 14", False),
    ("BMI020", "Delores", "", "Tjaden", "Dee", "Rademacher", "", "", "Pontiac", "61764", "1941-02-14", "418 E Washington St", False),
    ("BMI021", "Marcus", "", "Threlkeld", "", "", "", "", "Bloomington", "61705", "", "", False),
    ("BMI022", "Rosalind", "", "Wetzel-Harms", "Roz", "", "Kevin", "Harms", "Normal", "61761", "1984-01-15", "1203 Broadway Ave", False),
]

NO_PHONE = {"BMI010", "BMI016"}
