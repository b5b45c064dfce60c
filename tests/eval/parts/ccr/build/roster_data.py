"""Hand-written roster for the ccr part: Coeur d'Alene and the Silver Valley, north Idaho.
All people invented; places, ZIPs and county FIPS real."""

ADV = {
    "16055": "r.lindqvist@huckleberrywealth.example",   # Kootenai County
    "16079": "m.sato@huckleberrywealth.example",        # Shoshone County
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    # ---- Silver Valley (Shoshone County) ----
    ("CCR001", "Dale", "M.", "Vukelich", "", "", "Marlene", "Vukelich", "Kellogg", "83837", "1948-02-11", "412 W Cameron Ave", False),
    ("CCR002", "Marlene", "", "Vukelich", "Marnie", "Sundquist", "Dale", "Vukelich", "Kellogg", "83837", "1950-09-27", "412 W Cameron Ave", False),
    ("CCR003", "Bernard", "L.", "Zanetti", "Bernie", "", "Loretta", "Zanetti", "Wallace", "83873", "1941-03-14", "617 Bank St", False),
    ("CCR004", "Loretta", "", "Zanetti", "", "Kapinos", "Bernard", "Zanetti", "Wallace", "83873", "1944-06-05", "617 Bank St", False),
    ("CCR010", "August", "", "Pesut", "Gus", "", "", "", "Osburn", "83849", "1936-08-02", "23 E Mullan Ave", False),
    ("CCR016", "Leroy", "", "Gesualdi", "Roy", "", "Donna", "Gesualdi", "Mullan", "83846", "1960-01-19", "118 Hunter Ave", False),
    ("CCR017", "Sigrid", "", "Aune", "", "Hakala", "", "", "Pinehurst", "83850", "1944-04-30", "9 Division St", False),
    ("CCR018", "Marvin", "", "Eikum", "", "", "Bonnie", "Eikum", "Smelterville", "83868", "1958-11-02", "301 Main St", False),
    ("CCR019", "Bonnie", "", "Eikum", "", "Trudeau", "Marvin", "Eikum", "Smelterville", "83868", "1960-07-15", "301 Main St", False),
    # ---- Coeur d'Alene, Post Falls, Hayden, Rathdrum, Athol (Kootenai County) ----
    ("CCR005", "Nora Jean", "", "Halvorsen", "", "Kirchmeier", "", "", "Coeur d'Alene", "83814", "1938-05-21", "1120 E Sherman Ave", False),
    ("CCR006", "Thaddeus", "R.", "Oberholtzer Jr.", "Tad", "", "Kristin", "Oberholtzer", "Post Falls", "83854", "1966-10-08", "2817 N Greensferry Rd", False),
    ("CCR007", "Kristin", "", "Oberholtzer", "", "Leavitt", "Thaddeus", "Oberholtzer Jr.", "Post Falls", "83854", "1968-03-03", "2817 N Greensferry Rd", False),
    ("CCR008", "Wendell", "", "Skogstad", "", "", "", "", "Rathdrum", "83858", "1955-12-01", "7740 W Main St", True),
    ("CCR009", "Carmen", "", "Iturbe Alday", "", "", "", "", "Coeur d'Alene", "83815", "", "3350 N Fourth St", False),
    ("CCR011", "Tamsin", "", "Roediger", "", "", "Cole", "Roediger", "Hayden", "83835", "1980-04-12", "9482 N Strahorn Rd", False),
    ("CCR012", "Cole", "", "Roediger", "", "", "Tamsin", "Roediger", "Hayden", "83835", "1978-08-24", "9482 N Strahorn Rd", False),
    ("CCR013", "Priscilla", "", "Ostrander", "Cilla", "", "", "", "Coeur d'Alene", "83814", "1963-01-09", "", False),
    ("CCR014", "Hollis", "", "Brandvold", "", "", "Miriam", "Brandvold", "Post Falls", "83854", "1957-05-17", "505 N Spokane St", False),
    ("CCR015", "Anneliese", "", "Kuykendall", "", "", "", "", "Coeur d'Alene", "83814", "1969-12-22", "1911 E Lakeshore Dr", False),
    ("CCR020", "Beatrice", "", "Mowry", "Trixie", "Pelkonen", "Harlan", "Mowry", "Athol", "83801", "1934-07-07", "31 E Third St", False),
    ("CCR021", "Harlan", "", "Mowry", "", "", "Beatrice", "Mowry", "Athol", "83801", "1932-11-28", "31 E Third St", False),
    ("CCR022", "Desmond", "", "Achterberg", "Des", "", "", "", "Coeur d'Alene", "83814", "", "715 N Ninth St", False),
]

NO_PHONE = {"CCR015", "CCR010"}
