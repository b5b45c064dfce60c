"""Hand-written roster for part evv (Evansville / Newburgh, Ind., Henderson, Ky.). All people invented; ZIPs real."""

ADV = {
    "IN": "l.brinkmeyer@ohiovalleywealth.example",
    "KY": "d.oyelaran@ohiovalleywealth.example",
}
ADV_OVERRIDE = {"EVV018": "d.oyelaran@ohiovalleywealth.example", "EVV016": "d.oyelaran@ohiovalleywealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("EVV001", "Gerhard", "Anton", "Schnellenberger", "Gary", "", "Ilse", "Schnellenberger", "Evansville", "IN", "47712", "1948-03-14", "2214 W Maryland St", False),
    ("EVV002", "Ilse", "", "Schnellenberger", "", "Kluemper", "Gerhard", "Schnellenberger", "Evansville", "IN", "47712", "1950-11-02", "2214 W Maryland St", False),
    ("EVV003", "Wendell", "Arvin", "Tooley Jr.", "Butch", "", "Marcy", "Tooley", "Newburgh", "IN", "47630", "1958-07-09", "8455 Bell Rd", False),
    ("EVV004", "Mary Beth", "", "Uebelhack", "", "Durcholz", "Alonzo", "Uebelhack", "Evansville", "IN", "47714", "1961-04-18", "1307 S Weinbach Ave", False),
    ("EVV005", "Alonzo", "", "Uebelhack", "Lonnie", "", "Mary Beth", "Uebelhack", "Evansville", "IN", "47714", "1959-12-01", "1307 S Weinbach Ave", False),
    ("EVV006", "Ximena", "", "Barragan Oyervides", "", "", "Efrain", "Barragan", "Henderson", "KY", "42420", "1974-02-27", "611 N Elm St", False),
    ("EVV007", "Ignatius", "", "Brockschmidt", "Iggy", "", "Renee", "Brockschmidt", "Newburgh", "IN", "47630", "1966-08-15", "4120 Sharon Rd", False),
    ("EVV008", "Keturah", "", "ODaniel", "", "", "", "", "Henderson", "KY", "42420", "1953-05-30", "918 Powell St", False),
    ("EVV009", "Marjorie", "", "Ten Barge", "Margie", "Hagedorn", "Delbert", "Ten Barge", "Evansville", "IN", "47711", "1945-10-12", "3601 N Kentucky Ave", False),
    ("EVV010", "Lucius", "", "Mabrey", "", "", "Odessa", "Mabrey", "Henderson", "KY", "42420", "1951-01-22", "1440 Drury Ln", False),
    ("EVV011", "Odessa", "", "Mabrey", "", "Peyton", "Lucius", "Mabrey", "Henderson", "KY", "42420", "1954-09-03", "1440 Drury Ln", False),
    ("EVV012", "Kurt", "", "Fuchsmeier", "", "", "Annika", "Fuchsmeier", "Evansville", "IN", "47710", "1979-06-11", "505 Bayard Park Dr", False),
    ("EVV013", "Annika", "", "Fuchsmeier", "", "Lindqvist", "Kurt", "Fuchsmeier", "Evansville", "IN", "47710", "1981-03-29", "505 Bayard Park Dr", False),
    ("EVV014", "Desmond", "", "Tuggle", "", "", "Lorraine", "Tuggle", "Evansville", "IN", "47714", "1963-02-08", "1020 E Chandler Ave", False),
    ("EVV015", "Cordelia", "Anne", "Haskamp", "", "", "", "", "Evansville", "IN", "47715", "1960-12-19", "7300 E Covert Ave", False),
    ("EVV016", "Dwayne", "", "Kloppenburg", "", "", "Tamsin", "Kloppenburg", "Boonville", "IN", "47601", "1957-04-04", "402 W Locust St", False),
    ("EVV017", "Bernadette", "", "Gwaltney", "Bernie", "Pfingston", "", "", "Newburgh", "IN", "47630", "1968-01-16", "9 Jennings St", True),
    ("EVV018", "Harold", "Eugene", "Spurlock", "", "", "Norma", "Spurlock", "Mount Vernon", "IN", "47620", "1950-05-25", "715 Mill St", False),
    ("EVV019", "Velma", "Jean", "Brenneisen", "Jeanie", "Stallings", "", "", "Evansville", "IN", "47715", "1938-06-22", "1611 S Green River Rd", False),
    ("EVV020", "Lowell", "Duane", "Pfingston", "", "", "Rosalee", "Pfingston", "Elberfeld", "IN", "47613", "1941-09-30", "12044 Oak Grove Rd", False),
    ("EVV021", "Dorsey", "", "Blanford", "", "", "", "", "Henderson", "KY", "42420", "1952-08-17", "227 Clay St", False),
    ("EVV022", "Austin", "Wayne", "Schapker", "", "", "Dana", "Schapker", "Evansville", "IN", "47720", "1963-10-05", "8811 Petersburg Rd", False),
]
