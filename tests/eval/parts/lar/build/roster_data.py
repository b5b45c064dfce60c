"""Hand-written roster for the `lar` part: southeast Wyoming (Laramie, Rawlins, Wheatland, Saratoga, Encampment).
All people invented; ZIPs, counties and FIPS real."""

ADV = {"82070": "c.bighorn@medicinebowwealth.example", "82072": "c.bighorn@medicinebowwealth.example",
       "82301": "r.amundsen@medicinebowwealth.example", "82331": "r.amundsen@medicinebowwealth.example",
       "82325": "r.amundsen@medicinebowwealth.example", "82201": "t.kessinger@medicinebowwealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("LAR001", "Harold", "Eugene", "Ostermann", "Hal", "", "Ruth", "Ostermann", "Laramie", "82070", "1946-02-11", "1612 Custer St", False),
    ("LAR002", "Ruth", "", "Ostermann", "", "Gessler", "Harold", "Ostermann", "Laramie", "82070", "1948-07-30", "1612 Custer St", False),
    ("LAR003", "Mary Beth", "", "Kvaternik", "", "Sandoval", "", "", "Laramie", "82070", "1951-10-05", "809 S 11th St", False),
    ("LAR004", "Thaddeus", "", "Brockelsby Jr.", "Tad", "", "Lorna", "Brockelsby", "Laramie", "82072", "1958-04-19", "418 N 15th St", False),
    ("LAR005", "Lorna", "", "Brockelsby", "", "Ekdahl", "Thaddeus", "Brockelsby Jr.", "Laramie", "82072", "1960-12-02", "418 N 15th St", False),
    ("LAR006", "Evangelina", "", "Arrambide", "Vangie", "", "", "", "Laramie", "82070", "1939-03-14", "715 Canby St", False),
    ("LAR007", "Kenton", "", "Wyrick", "Ken", "", "Janelle", "Wyrick", "Laramie", "82070", "", "2204 Spring Creek Dr", False),
    ("LAR008", "Rosalinda", "", "Lucero Vigil", "Rosie", "Lucero", "Arturo", "Vigil", "Rawlins", "82301", "1956-06-08", "1110 W Maple St", False),
    ("LAR009", "Arturo", "", "Vigil", "Art", "", "Rosalinda", "Lucero Vigil", "Rawlins", "82301", "1954-01-17", "1110 W Maple St", False),
    ("LAR010", "Wendell", "", "Sprague", "", "", "", "", "Rawlins", "82301", "1949-11-11", "402 W Spruce St", True),
    ("LAR011", "Augustin", "", "Etchepare", "Gus", "", "", "", "Rawlins", "82301", "1944-08-29", "219 E Cedar St", False),
    ("LAR012", "Leland", "", "Vandersloot", "Lee", "", "Carol", "Vandersloot", "Wheatland", "82201", "1950-05-03", "1003 9th St", False),
    ("LAR013", "Carol", "", "Vandersloot", "", "Pfister", "Leland", "Vandersloot", "Wheatland", "82201", "1952-09-14", "1003 9th St", False),
    ("LAR014", "Jo Ann", "", "Hergenreder", "", "Kautz", "", "", "Wheatland", "82201", "1941-02-26", "604 Walnut St", False),
    ("LAR015", "Dale", "", "Rohwedder", "", "", "Pamela", "Rohwedder", "Wheatland", "82201", "1957-03-09", "1471 16th St", False),
    ("LAR016", "Cody", "", "Lambrecht", "", "", "Kristen", "Lambrecht", "Wheatland", "82201", "1986-07-21", "2284 Cottonwood Rd", False),
    ("LAR017", "Kristen", "", "Lambrecht", "", "Dahlquist", "Cody", "Lambrecht", "Wheatland", "82201", "1988-11-30", "2284 Cottonwood Rd", False),
    ("LAR018", "Ingrid", "", "Thorsby", "", "", "", "", "Saratoga", "82331", "1962-04-02", "112 E Bridge Ave", False),
    ("LAR019", "Wallace", "", "McFadden", "Wally", "", "", "", "Saratoga", "82331", "", "", False),
    ("LAR020", "Bernadette", "", "Szymanski", "Bernie", "", "", "", "Encampment", "82325", "1959-08-08", "608 Freeman St", False),
    ("LAR021", "Trinidad", "", "Baca", "Trini", "", "Guadalupe", "Baca", "Laramie", "82070", "1970-05-15", "1320 N 4th St", False),
    ("LAR022", "Marguerite", "", "DeHerrera", "Peggy", "", "", "", "Laramie", "82070", "1935-01-09", "957 N 9th St", False),
]
NO_PHONE = {"LAR019", "LAR021"}
# the Lambrecht ranch lies ~20 km south of town, outside the Wheatland storm polygon
COORD_OVERRIDES = {"LAR016": (41.8712, -104.9533), "LAR017": (41.8709, -104.9541)}
