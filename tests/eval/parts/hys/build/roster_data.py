"""Hand-written roster for the hys part (northwest Kansas; all people invented; places, ZIPs, FIPS real)."""

ADV = "k.brungardt@smokyhillwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("HYS001", "Aloysius", "J.", "Dreiling", "Ollie", "", "Leona", "Dreiling", "Victoria", "67671", "1941-02-14", "308 Grant St", False),
    ("HYS002", "Leona", "", "Dreiling", "", "Pfannenstiel", "Aloysius", "Dreiling", "Victoria", "67671", "1944-07-22", "308 Grant St", False),
    ("HYS003", "Marvin", "", "Schmidtberger Jr.", "Butch", "", "Darlene", "Schmidtberger", "Hays", "67601", "1952-05-09", "1407 Oak St", False),
    ("HYS004", "Darlene", "", "Schmidtberger", "", "Wasinger", "Marvin", "Schmidtberger Jr.", "Hays", "67601", "1954-11-30", "1407 Oak St", False),
    ("HYS005", "Rose Ann", "", "Leiker", "", "Brungardt", "", "", "Ellis", "67637", "1938-08-05", "912 Washington St", False),
    ("HYS006", "Bernadette", "", "Staab", "Bernie", "", "", "", "Hays", "67601", "1961-03-12", "2215 Marshall Rd", True),
    ("HYS007", "Wendelin", "", "Karlin", "Windy", "", "Joyce", "Karlin", "WaKeeney", "67672", "1948-10-02", "415 N 5th St", False),
    ("HYS008", "Joyce", "", "Karlin", "", "Befort", "Wendelin", "Karlin", "WaKeeney", "67672", "1950-01-19", "415 N 5th St", False),
    ("HYS009", "Tristan", "", "Kuhn", "", "", "", "", "Hays", "67601", "1988-06-24", "3010 Willow St", False),
    ("HYS010", "Marisa", "", "Werth-Gottschalk", "", "Werth", "Derek", "Gottschalk", "Hays", "67601", "1980-09-15", "107 W 33rd St", False),
    ("HYS011", "Eugene", "", "Windholz", "Gene", "", "Mary Lou", "Windholz", "Victoria", "67671", "1950-04-18", "620 Cathedral Ave", False),
    ("HYS012", "Mary Lou", "", "Windholz", "", "Basgall", "Eugene", "Windholz", "Victoria", "67671", "1953-12-01", "620 Cathedral Ave", False),
    ("HYS013", "Dolores", "M.", "Schippers", "Dodie", "", "", "", "WaKeeney", "67672", "1935-03-03", "227 Russell Ave", False),
    ("HYS014", "Clement", "", "Rupp", "", "", "", "", "Ellis", "67637", "", "1102 Monroe St", False),
    ("HYS015", "Jerome", "", "Basgall", "", "", "Karen", "Basgall", "Hays", "67601", "1955-02-27", "1800 E 8th St", False),
    ("HYS016", "Anneliese", "", "Hammerschmidt", "", "", "", "", "Hays", "67601", "1972-07-07", "", False),
    ("HYS017", "Lucas", "", "Sander", "Luke", "", "Brianna", "Sander", "Plainville", "67663", "1984-03-15", "1450 K-18 Hwy", False),
    ("HYS018", "Brianna", "", "Sander", "Bri", "Engel", "Lucas", "Sander", "Plainville", "67663", "1986-08-08", "1450 K-18 Hwy", False),
    ("HYS019", "Theresa", "", "Pfeifer", "Tess", "", "Dale", "Pfeifer", "Russell", "67665", "1960-12-12", "533 N Kansas St", False),
    ("HYS020", "Leonard", "", "Befort", "Len", "", "", "", "WaKeeney", "67672", "1946-05-05", "108 S 11th St", False),
    ("HYS021", "Cheyenne", "", "Werth", "", "", "Tyler", "Werth", "Hays", "67601", "1996-02-02", "2904 Canterbury Dr", False),
    ("HYS022", "Roman", "", "Gottschalk Sr.", "", "", "Agnes", "Gottschalk", "Schoenchen", "67667", "1945-09-09", "204 Main St", False),
]
NO_PHONE = {"HYS014", "HYS021"}
