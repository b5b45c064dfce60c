"""Hand-written roster for the fwa part (Fort Wayne, New Haven, Huntington, Ind.). All people invented; ZIPs real."""

ADV = {
    "allen": "r.kessinger@maumeeridgewealth.example",      # Fort Wayne, New Haven, Grabill, Woodburn
    "huntington": "t.amstutz@maumeeridgewealth.example",   # Huntington, Roanoke
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("FWA001", "Eugene", "Harold", "Vorndran", "Gene", "", "Marlene", "Vorndran", "Fort Wayne", "46815", "1946-04-12", "4120 Trier Rd", False, "allen"),
    ("FWA002", "Marlene", "", "Vorndran", "", "Stuckey", "Eugene", "Vorndran", "Fort Wayne", "46815", "1948-09-03", "4120 Trier Rd", False, "allen"),
    ("FWA003", "Thaddeus", "", "Obergfell Jr.", "Tad", "", "Renee", "Obergfell", "New Haven", "46774", "1968-02-21", "1115 Green Rd", False, "allen"),
    ("FWA004", "Mary Beth", "", "Ankenbruck", "", "Hockemeyer", "Dale", "Ankenbruck", "Fort Wayne", "46804", "1959-10-30", "6211 Covington Rd", False, "allen"),
    ("FWA005", "Rosalinda", "", "Quintanar Villaseñor", "Rosy", "", "Ernesto", "Villaseñor", "Fort Wayne", "46806", "1970-05-14", "3302 S Calhoun St", False, "allen"),
    ("FWA006", "Ernesto", "", "Villaseñor", "", "", "Rosalinda", "Quintanar Villaseñor", "Fort Wayne", "46806", "1967-11-02", "3302 S Calhoun St", False, "allen"),
    ("FWA007", "Odessa", "Louise", "Merriweather", "", "", "", "", "Fort Wayne", "46803", "1941-11-18", "1719 Oxford St", False, "allen"),
    ("FWA008", "Brendan", "", "ODriscoll", "", "", "Colleen", "ODriscoll", "Huntington", "46750", "1972-03-17", "640 Guilford St", False, "huntington"),
    ("FWA009", "Colleen", "", "ODriscoll", "", "Fahey", "Brendan", "ODriscoll", "Huntington", "46750", "1974-08-08", "640 Guilford St", False, "huntington"),
    ("FWA010", "Jo Ann", "", "Stoppenhagen", "", "Eicher", "Marvin", "Stoppenhagen", "Roanoke", "46783", "1945-06-01", "255 N Main St", False, "huntington"),
    ("FWA011", "Prakash", "", "Venkataraghavan", "", "", "", "", "Fort Wayne", "46825", "1966-01-09", "9020 Auburn Park Dr", False, "allen"),
    ("FWA012", "Lucius", "", "Threatt", "", "", "Annette", "Threatt", "Fort Wayne", "46816", "1958-12-05", "4810 Werling Dr", False, "allen"),
    ("FWA013", "Gretchen", "", "Lepper", "", "", "", "", "New Haven", "46774", "1961-04-04", "522 Summit St", True, "allen"),
    ("FWA014", "Lloyd", "Wayne", "Van Gilder", "", "", "Bernice", "Van Gilder", "Huntington", "46750", "1939-07-09", "1310 Etna Ave", False, "huntington"),
    ("FWA015", "Kurt", "", "Hockemeyer", "", "", "Linda", "Hockemeyer", "Grabill", "46741", "1963-03-30", "13620 State St", False, "allen"),
    ("FWA016", "Latrice", "", "Gatewood", "", "", "Marcus", "Gatewood", "Fort Wayne", "46816", "1980-02-11", "5512 Gaywood Dr", False, "allen"),
    ("FWA017", "Siegfried", "", "Reinking", "Sig", "", "Hilde", "Reinking", "Woodburn", "46797", "1944-10-10", "4701 Main St", False, "allen"),
    ("FWA018", "Arlene", "", "Zurbuch", "", "Bickel", "", "", "Huntington", "46750", "1940-12-19", "88 E Park Dr", False, "huntington"),
    ("FWA019", "Wendell", "", "Bultemeier", "", "", "", "", "Fort Wayne", "46845", "1955-07-22", "2415 Dupont Rd", False, "allen"),
    ("FWA020", "Desmond", "", "Kirkendall", "", "", "Margaret", "Kirkendall", "Fort Wayne", "46814", "1952-05-26", "10920 Illinois Rd", False, "allen"),
    ("FWA021", "Philippa", "", "Oyelaran", "", "", "", "", "Fort Wayne", "46818", "1971-09-13", "3405 Carroll Rd", False, "allen"),
    ("FWA022", "Ana Graciela", "", "Tovar", "Chela", "", "Rigoberto", "Tovar", "New Haven", "46774", "1964-01-25", "918 Lincoln Hwy E", False, "allen"),
]

BLANK_COORDS = {"FWA012"}   # derived from the ZIP by the engine
NO_BIRTH = {"FWA021"}
NO_PHONE = {"FWA019"}
