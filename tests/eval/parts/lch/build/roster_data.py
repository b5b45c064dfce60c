"""Hand-written roster for eval part lch (Lake Charles, Louisiana). All people invented; places, ZIPs, FIPS real."""

ADV_A = "a.benoit@chenierwealth.example"
ADV_B = "k.prejean@chenierwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("LCH001", "Alphonse", "Joseph", "Quebedeaux", "Boo", "", "Geraldine", "Quebedeaux", "Lake Charles", "LA", "70605", "1946-02-11", "1412 Orchard Dr", False, ADV_A),
    ("LCH002", "Geraldine", "", "Quebedeaux", "Gerri", "Vallot", "Alphonse", "Quebedeaux", "Lake Charles", "LA", "70605", "1949-07-23", "1412 Orchard Dr", False, ADV_A),
    ("LCH003", "Mary Beth", "", "Derouen", "", "Sonnier", "Kirby", "Derouen", "Sulphur", "LA", "70663", "1972-05-14", "907 Cypress St", False, ADV_A),
    ("LCH004", "Dwayne", "Paul", "Courvelle Jr.", "Tee", "", "Renee", "Courvelle", "Westlake", "LA", "70669", "1966-09-02", "2210 Sampson St", False, ADV_A),
    ("LCH005", "Renee", "", "Courvelle", "", "Bergeaux", "Dwayne", "Courvelle Jr.", "Westlake", "LA", "70669", "1968-03-30", "2210 Sampson St", False, ADV_A),
    ("LCH006", "Maria Josefina", "", "Zamarripa Solis", "Fina", "", "", "", "Lake Charles", "LA", "70607", "1979-12-08", "4120 Common St", False, ADV_A),
    ("LCH007", "Lucien", "", "Fontenette", "Lou", "", "Odile", "Fontenette", "Lake Charles", "LA", "70601", "1951-10-05", "618 N Simmons St", False, ADV_A),
    ("LCH008", "Odile", "", "Fontenette", "", "Semien", "Lucien", "Fontenette", "Lake Charles", "LA", "70601", "1954-04-17", "618 N Simmons St", False, ADV_A),
    ("LCH009", "Thaddeus", "", "Hardey", "Tad", "", "Connie", "Hardey", "Lake Charles", "LA", "70611", "1958-06-21", "388 Sam Houston Jones Pkwy", False, ADV_B),
    ("LCH010", "Evangeline", "", "Istre", "Vangie", "Marcantel", "", "", "Iowa", "LA", "70647", "1941-01-26", "215 E Miller Ave", False, ADV_B),
    ("LCH011", "Lan", "", "Quach", "", "Vuong", "Minh", "Quach", "Lake Charles", "LA", "70605", "1976-08-19", "5309 Nelson Rd", False, ADV_A),
    ("LCH012", "Minh", "", "Quach", "", "", "Lan", "Quach", "Lake Charles", "LA", "70605", "1974-02-02", "5309 Nelson Rd", False, ADV_A),
    ("LCH013", "Jo Ann", "", "Sittig", "", "", "", "", "DeQuincy", "LA", "70633", "1950-11-11", "402 W Fourth St", False, ADV_B),
    ("LCH014", "Marguerite", "", "Rozas", "", "", "", "", "Lake Charles", "LA", "70605", "1970-03-09", "19 Graywood Pkwy", False, ADV_B),
    ("LCH015", "Percy", "", "Narcisse", "", "", "", "", "Lake Charles", "LA", "70601", "1949-05-05", "1020 Opelousas St", True, ADV_B),
    ("LCH016", "Ambrose", "", "Dartez", "", "", "Lorena", "Dartez", "Vinton", "LA", "70668", "1939-04-04", "1306 Horridge St", False, ADV_B),
    ("LCH017", "Wilfred", "", "Vanicor", "Will", "", "Leontine", "Vanicor", "Lake Charles", "LA", "70607", "1944-08-15", "3817 Louisiana Ave", False, ADV_B),
    ("LCH018", "Brandi", "", "Meaux", "", "", "Travis", "Meaux", "Lake Charles", "LA", "70611", "1985-02-27", "1171 Joe Miller Rd", False, ADV_B),
    ("LCH019", "Ryan", "", "Ortego", "", "", "", "", "Sulphur", "LA", "70665", "1988-07-07", "6624 Gulf Hwy", False, ADV_B),
    ("LCH020", "Delphine", "", "OQuinn", "", "Latiolais", "", "", "Westlake", "LA", "70669", "1957-12-01", "1810 Jones St", False, ADV_B),
    ("LCH021", "Octave", "", "Guillotte", "Tave", "", "Irma", "Guillotte", "Cameron", "LA", "70631", "1953-10-10", "144 Marshall St", False, ADV_A),
    ("LCH022", "Hollis", "", "Deshotel", "Hoss", "", "", "", "Lake Charles", "LA", "70605", "1962-01-19", "2733 Lake St", False, ADV_B),
]
