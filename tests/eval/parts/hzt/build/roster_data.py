"""Hand-written roster for part hzt (Greater Hazleton, Luzerne County, Pa.). People invented; ZIPs/FIPS real."""

ADV = "r.kostelnik@anthracitewealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("HZT001", "Joseph", "M.", "Yurchak Jr.", "Joe", "", "Dolores", "Yurchak", "Hazleton", "18201", "1959-02-14", "418 N. Vine St.", False),
    ("HZT002", "Dolores", "", "Yurchak", "Dolly", "Stranko", "Joseph", "Yurchak Jr.", "Hazleton", "18201", "1961-07-30", "418 N. Vine St.", False),
    ("HZT003", "Anthony", "J.", "Bonavita", "Tony", "", "Rosemarie", "Bonavita", "West Hazleton", "18202", "1946-08-12", "27 W. Green St.", False),
    ("HZT004", "Rosemarie", "", "Bonavita", "", "Gerchak", "Anthony", "Bonavita", "West Hazleton", "18202", "1949-11-03", "27 W. Green St.", False),
    ("HZT005", "Helen", "", "Sosnowski", "", "Mrochko", "", "", "Freeland", "18224", "1938-04-21", "612 Centre St.", False),
    ("HZT006", "Mary Ann", "", "Kushner", "", "", "Gerald", "Kushner", "Conyngham", "18219", "1962-05-09", "19 Hickory Ln.", False),
    ("HZT007", "Gerald", "", "Kushner", "Jerry", "", "Mary Ann", "Kushner", "Conyngham", "18219", "1960-01-17", "19 Hickory Ln.", False),
    ("HZT008", "Ramon", "", "Peralta Guzman", "", "", "Yesenia", "Peralta", "Hazleton", "18201", "1979-09-02", "233 W. Diamond Ave.", False),
    ("HZT009", "Yesenia", "", "Peralta", "", "Rosario", "Ramon", "Peralta Guzman", "Hazleton", "18201", "1982-12-11", "233 W. Diamond Ave.", False),
    ("HZT010", "Margaret", "", "McGeehan", "Peggy", "Boyle", "", "", "Freeland", "18224", "1950-03-17", "845 Washington St.", False),
    ("HZT011", "Edward", "", "Krajnak", "Ed", "", "", "", "Drums", "18222", "1955-06-06", "4 Butler Dr.", True),
    ("HZT012", "Dominic", "", "Ferdinando", "Dom", "", "Lisa", "Ferdinando", "Hazleton", "18201", "", "150 S. Wyoming St.", False),
    ("HZT013", "Bernadette", "", "Czarnecki", "Bernie", "", "", "", "West Hazleton", "18202", "1964-10-01", "310 S. Jackson Ave.", False),
    ("HZT014", "Michael", "", "Hudock", "Mike", "", "Kaitlyn", "Hudock", "Sugarloaf", "18249", "1988-08-25", "77 Nescopeck Rd.", False),
    ("HZT015", "Kaitlyn", "", "Hudock", "Katie", "Shemanski", "Michael", "Hudock", "Sugarloaf", "18249", "1990-02-03", "77 Nescopeck Rd.", False),
    ("HZT016", "Walter", "", "Gaughan", "Walt", "", "", "", "Hazleton", "18201", "1941-12-05", "55 E. Oak St.", False),
    ("HZT017", "Theresa", "", "Lukasavage", "Terry", "Bartkus", "", "", "Freeland", "18224", "1947-09-14", "502 Birkbeck St.", False),
    ("HZT018", "Francis", "X.", "Malloy", "Frank", "", "Patricia", "Malloy", "Conyngham", "18219", "", "3 Sugar Notch Ct.", False),
    ("HZT019", "Ana Lucia", "", "Batista", "", "", "", "", "Hazleton", "18201", "1990-06-19", "", False),
    ("HZT020", "Stephen", "", "Pavlick", "Steve", "", "Donna", "Pavlick", "Freeland", "18224", "1966-04-28", "1021 Front St.", False),
    ("HZT021", "Donna", "", "Pavlick", "", "Yanac", "Stephen", "Pavlick", "Freeland", "18224", "1968-09-09", "1021 Front St.", False),
    ("HZT022", "Eleanor", "", "Fetchko", "", "Tomko", "", "", "Hazleton", "18201", "1936-03-09", "12 Alter St.", False),
]
NO_PHONE = {"HZT013", "HZT017"}
