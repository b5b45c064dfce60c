"""Hand-written roster for the hzl part (all people invented; places, ZIPs, FIPS real)."""

ADV = "m.hudock@breakerhilladvisors.example"
ADV2 = "c.lutz@breakerhilladvisors.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("HZL001", "Stanley", "J.", "Wasilewski", "Stush", "", "Dolores", "Wasilewski", "Shenandoah", "17976", "1946-02-11", "312 W Centre St", False),
    ("HZL002", "Dolores", "", "Wasilewski", "Dolly", "Yurkonis", "Stanley", "Wasilewski", "Shenandoah", "17976", "1948-07-30", "312 W Centre St", False),
    ("HZL003", "Joseph", "", "Petrosky Jr.", "Joe", "", "Rita", "Petrosky", "Hazleton", "18201", "1958-03-14", "715 N Vine St", False),
    ("HZL004", "Rita", "", "Petrosky", "", "Gallagher", "Joseph", "Petrosky Jr.", "Hazleton", "18201", "1960-11-02", "715 N Vine St", False),
    ("HZL005", "Anna Marie", "", "Kowalczyk", "", "Drasher", "", "", "Mahanoy City", "17948", "1939-05-05", "231 E Pine St", False),
    ("HZL006", "Michael", "", "Shemanski", "Mickey", "", "Bernadette", "Shemanski", "Frackville", "17931", "1944-09-20", "18 S Lehigh Ave", False),
    ("HZL007", "Bernadette", "", "Shemanski", "", "Dunleavy", "Michael", "Shemanski", "Frackville", "17931", "1947-04-14", "18 S Lehigh Ave", False),
    ("HZL008", "Francis", "", "Zukauskas", "Frank", "", "", "", "Pottsville", "17901", "1961-10-08", "1410 W Market St", False),
    ("HZL009", "Teofila", "", "Matukaitis", "Tillie", "Drasher", "", "", "Shenandoah", "17976", "1935-01-22", "105 N Jardin St", False),
    ("HZL010", "Gerald", "", "Yanoshik", "Gerry", "", "Marianne", "Yanoshik", "West Hazleton", "18202", "1967-06-03", "420 W Green St", False),
    ("HZL011", "Marianne", "", "Yanoshik", "", "DeMarco", "Gerald", "Yanoshik", "West Hazleton", "18202", "1969-12-19", "420 W Green St", False),
    ("HZL012", "Carol Ann", "", "Hoppes", "", "Reinert", "", "", "Tamaqua", "18252", "1953-08-27", "44 Pine St", False),
    ("HZL013", "Theresa", "", "Mulhall-Brennan", "Terry", "Mulhall", "Kevin", "Brennan", "Tamaqua", "18252", "1972-02-05", "300 W Broad St", False),
    ("HZL014", "Vincent", "", "Kulpinski", "Vince", "", "", "", "Pottsville", "17901", "1955-05-30", "27 N 12th St", False),
    ("HZL015", "Leonard", "", "Bubnis", "Len", "", "", "", "Freeland", "18224", "1963-09-12", "611 Centre St", False),
    ("HZL016", "Dominic", "", "Fiorella", "Dom", "", "", "", "Hazleton", "18201", "", "38 E Broad St", False),
    ("HZL017", "Yesenia", "", "Paulino Reyes", "", "", "Ramon", "Reyes", "Hazleton", "18201", "1981-04-16", "129 S Wyoming St", False),
    ("HZL018", "Ramon", "", "Reyes", "", "", "Yesenia", "Paulino Reyes", "Hazleton", "18201", "1979-08-09", "129 S Wyoming St", False),
    ("HZL019", "John", "", "Dougherty", "Jack", "", "", "", "Pottsville", "17901", "1951-03-17", "510 Mahantongo St", True),
    ("HZL020", "Ronald", "", "Schaeffer", "Ron", "", "Debra", "Schaeffer", "Minersville", "17954", "1968-01-25", "402 Sunbury St", False),
    ("HZL021", "Patricia", "", "Kerestes", "Patty", "Tomko", "Andrew", "Kerestes", "Hazleton", "18201", "1957-10-31", "901 Alter St", False),
    ("HZL022", "Bernard", "", "McGeehan", "Barney", "", "", "", "Freeland", "18224", "", "15 Front St", False),
    ("HZL023", "Kaitlyn", "", "Szczepanski", "Katie", "Bubnis", "Justin", "Szczepanski", "Frackville", "17931", "1992-06-21", "", False),
]
ADVISER = {r[0]: (ADV if r[9] in ("18201", "18202", "18224") else ADV2) for r in R}
NO_PHONE = {"HZL012", "HZL015"}
