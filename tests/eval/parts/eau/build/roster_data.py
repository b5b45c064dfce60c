"""Hand-written roster for the eau part (west-central Wisconsin). All people invented; places, ZIPs, FIPS real."""

ADV = {
    "Eau Claire": "k.lindahl@chippewavalleywealth.example",
    "Altoona": "k.lindahl@chippewavalleywealth.example",
    "Augusta": "k.lindahl@chippewavalleywealth.example",
    "Chippewa Falls": "m.brunner@chippewavalleywealth.example",
    "Menomonie": "m.brunner@chippewavalleywealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("EAU001", "Gerald", "O.", "Halvorson", "Jerry", "", "Arlene", "Halvorson", "Eau Claire", "WI", "54701", "1941-04-12", "2318 Rudolph Rd", False),
    ("EAU002", "Arlene", "", "Halvorson", "", "Brekke", "Gerald", "Halvorson", "Eau Claire", "WI", "54701", "1944-09-03", "2318 Rudolph Rd", False),
    ("EAU003", "Duane", "", "Skogstad", "", "", "Marcia", "Skogstad", "Chippewa Falls", "WI", "54729", "1953-07-21", "611 Bridgewater Ave", False),
    ("EAU004", "Marcia", "", "Skogstad", "", "Wojcik", "Duane", "Skogstad", "Chippewa Falls", "WI", "54729", "1955-02-08", "611 Bridgewater Ave", False),
    ("EAU005", "Lorraine", "", "Thorsgaard", "", "Kvammen", "", "", "Menomonie", "WI", "54751", "1938-11-30", "1120 Wilson Ave", False),
    ("EAU006", "Mary Beth", "", "Rassbach", "", "", "Kurt", "Rassbach", "Altoona", "WI", "54720", "1968-05-14", "1407 Bartlett Ave", False),
    ("EAU007", "Kurt", "", "Rassbach", "", "", "Mary Beth", "Rassbach", "Altoona", "WI", "54720", "1966-10-02", "1407 Bartlett Ave", False),
    ("EAU008", "Chue", "", "Thao", "", "", "Mai Nou", "Thao", "Eau Claire", "WI", "54703", "1971-03-09", "2904 Birch St", False),
    ("EAU009", "Mai Nou", "", "Thao", "", "Moua", "Chue", "Thao", "Eau Claire", "WI", "54703", "1974-12-17", "2904 Birch St", False),
    ("EAU010", "Bernard", "", "Schmiedlin Jr.", "Bernie", "", "Gail", "Schmiedlin", "Augusta", "WI", "54722", "1958-08-25", "E19340 County Rd V", False),
    ("EAU011", "Kristin", "", "Braaten-Sokol", "", "Braaten", "Mark", "Sokol", "Eau Claire", "WI", "54703", "1979-01-28", "3517 Lorch Ave", False),
    ("EAU012", "Leonard", "", "Pfund", "Len", "", "Irene", "Pfund", "Menomonie", "WI", "54751", "1936-06-02", "822 Ninth St E", False),
    ("EAU013", "Raymond", "", "Wiitala", "Ray", "", "", "", "Altoona", "WI", "54720", "", "318 Lynn Ave", True),
    ("EAU014", "Janelle", "M.", "Tollefsrud", "", "", "", "", "Eau Claire", "WI", "54701", "1984-06-19", "1610 Fairfax St Apt 4", False),
    ("EAU015", "Curtis", "", "Hagness", "Curt", "", "Renee", "Hagness", "Menomonie", "WI", "54751", "1975-04-04", "N5120 470th St", False),
    ("EAU016", "Renee", "", "Hagness", "", "Lindquist", "Curtis", "Hagness", "Menomonie", "WI", "54751", "", "N5120 470th St", False),
    ("EAU017", "Wendell", "", "Ostrander", "", "", "Phyllis", "Ostrander", "Augusta", "WI", "54722", "1949-12-01", "S2215 County Rd G", False),
    ("EAU018", "Phyllis", "", "Ostrander", "", "Gunderson", "Wendell", "Ostrander", "Augusta", "WI", "54722", "1951-03-15", "S2215 County Rd G", False),
    ("EAU019", "Harlan", "", "Moseng", "", "", "Joyce", "Moseng", "Eau Claire", "WI", "54701", "1960-02-11", "735 Chauncey St", False),
    ("EAU020", "Patricia", "", "Dachel", "Patsy", "Zwiefelhofer", "", "", "Chippewa Falls", "WI", "54729", "", "24 W Spring St", False),
    ("EAU021", "Steven", "", "Lueck", "Steve", "", "Tami", "Lueck", "Altoona", "WI", "54720", "1970-09-29", "2210 Spooner Ave", False),
    ("EAU022", "Gloria", "", "Heinzen", "", "", "", "", "Menomonie", "WI", "54751", "1952-07-07", "1503 Stout Rd", False),
]
NO_PHONE = {"EAU011", "EAU022"}
NO_ADDRESS = {"EAU014"}
