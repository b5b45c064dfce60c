"""Hand-written roster for the gtf part (Great Falls, Montana). People invented; places, ZIPs, FIPS real."""

ADV_GF = "h.rasmussen@bigskyridgewealth.example"     # Great Falls, Black Eagle
ADV_RURAL = "c.teigen@bigskyridgewealth.example"     # Belt, Vaughn, Fort Benton, Choteau

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("GTF001", "Torvald", "", "Ekstrand", "Tory", "", "Marit", "Ekstrand", "Great Falls", "59404", "1948-03-14", "2210 4th Ave NW", False),
    ("GTF002", "Marit", "Ingrid", "Ekstrand", "", "Haugland", "Torvald", "Ekstrand", "Great Falls", "59404", "1950-07-02", "2210 4th Ave NW", False),
    ("GTF003", "Anton", "", "Perkovich Jr.", "Tony", "", "Loretta", "Perkovich", "Black Eagle", "59414", "1956-09-30", "118 Smelter Ave", False),
    ("GTF004", "Loretta", "", "Perkovich", "", "Bonacci", "Anton", "Perkovich Jr.", "Black Eagle", "59414", "1958-02-17", "118 Smelter Ave", False),
    ("GTF005", "Philomene", "", "Lafromboise", "Phil", "", "", "", "Great Falls", "59405", "1944-11-05", "1409 9th St S", False),
    ("GTF006", "Raymond", "", "Lafromboise", "Ray", "", "Corrine", "Lafromboise", "Great Falls", "59401", "1968-06-21", "623 2nd Ave N", False),
    ("GTF007", "Wendell", "", "Quarnstrom", "", "", "Arlette", "Quarnstrom", "Fort Benton", "59442", "1951-04-08", "1502 Front St", False),
    ("GTF008", "Arlette", "", "Quarnstrom", "", "Vielleux", "Wendell", "Quarnstrom", "Fort Benton", "59442", "1953-12-01", "1502 Front St", False),
    ("GTF009", "Annaliese", "", "Strobel-Ferrante", "", "", "", "", "Great Falls", "59404", "1972-10-19", "3300 10th Ave NW", False),
    ("GTF010", "Priyanka", "", "Venkataraman", "", "", "", "", "Great Falls", "59405", "1979-01-26", "3712 4th Ave S", False),
    ("GTF011", "Lavonne", "", "Stensrud", "Vonnie", "Aasheim", "", "", "Choteau", "59422", "1939-05-23", "210 2nd Ave NW", False),
    ("GTF012", "Dalton", "", "Stensrud", "", "", "Kari", "Stensrud", "Choteau", "59422", "1966-08-09", "78 Airport Rd", False),
    ("GTF013", "Mary Jo", "", "Brixius", "", "", "Gerald", "Brixius", "Great Falls", "59405", "1958-04-04", "4205 6th Ave S", False),
    ("GTF014", "Gerald", "", "Brixius", "Gerry", "", "Mary Jo", "Brixius", "Great Falls", "59405", "1955-02-11", "4205 6th Ave S", False),
    ("GTF015", "Casimir", "", "Wojtaszek", "Cass", "", "", "", "Great Falls", "59401", "1946-01-09", "914 7th Ave N", False),
    ("GTF016", "Orrin", "", "Fairweather Jr.", "", "", "Dana", "Fairweather", "Great Falls", "59404", "1962-12-03", "1820 Riverview Dr E", False),
    ("GTF017", "Beatrix", "", "Gallimore", "Trixie", "Knutsen", "Roy", "Gallimore", "Belt", "59412", "1953-06-12", "41 Castner St", False),
    ("GTF018", "Roy", "", "Gallimore", "", "", "Beatrix", "Gallimore", "Belt", "59412", "1950-10-27", "41 Castner St", False),
    ("GTF019", "Evangeline", "", "DAmour", "", "", "Marcel", "DAmour", "Great Falls", "59404", "1961-03-19", "2815 6th Ave NW", False),
    ("GTF020", "Sterling", "", "Mackenroth", "", "", "Jolene", "Mackenroth", "Vaughn", "59487", "1975-08-15", "96 Vaughn South Frontage Rd", False),
    ("GTF021", "Jolene", "", "Mackenroth", "", "Azure", "Sterling", "Mackenroth", "Vaughn", "59487", "1977-11-02", "96 Vaughn South Frontage Rd", False),
    ("GTF022", "Hollis", "", "Brandvold", "", "", "", "", "Great Falls", "59401", "1940-02-29", "1115 Central Ave", True),
]

ADV = {r[0]: (ADV_GF if r[8] in ("Great Falls", "Black Eagle") else ADV_RURAL) for r in R}

# coordinates left blank in the CRM (the ZIP centroid is used)
BLANK_COORDS = {"GTF015", "GTF018"}
# county_fips left blank
BLANK_FIPS = {"GTF012"}
NO_BIRTH = {"GTF009"}
NO_PHONE = {"GTF019"}
# clients who die in the feeds, with the date of death (used by label_weather.py: no storm note to the dead)
DECEASED = {"GTF015": "2026-04-11", "GTF014": "2026-05-16"}
