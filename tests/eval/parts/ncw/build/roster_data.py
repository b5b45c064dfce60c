"""Hand-written roster for part ncw (north-central Washington). All people invented; places, ZIPs, FIPS real."""

ADV = {"chelan": "m.arneson@pippinwealth.example", "okanogan": "t.reyes@pippinwealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("NCW001", "Harold", "W.", "Brenneke", "Hal", "", "Loretta", "Brenneke", "Wenatchee", "98801", "1948-06-12", "1418 Washington St", False),
    ("NCW002", "Loretta", "", "Brenneke", "", "Vossler", "Harold", "Brenneke", "Wenatchee", "98801", "1950-09-03", "1418 Washington St", False),
    ("NCW003", "Arvid", "", "Lindahl Jr.", "", "", "Gail", "Lindahl", "Cashmere", "98815", "1953-04-22", "305 Pioneer Ave", False),
    ("NCW004", "Gail", "", "Lindahl", "", "Tiegs", "Arvid", "Lindahl Jr.", "Cashmere", "98815", "1955-11-30", "305 Pioneer Ave", False),
    ("NCW005", "Maria Guadalupe", "", "Cervantes", "Lupe", "Ochoa", "Rogelio", "Cervantes Magana", "East Wenatchee", "98802", "1971-12-12", "2210 N Baker Ave", False),
    ("NCW006", "Rogelio", "", "Cervantes Magana", "", "", "Maria Guadalupe", "Cervantes", "East Wenatchee", "98802", "1968-03-08", "2210 N Baker Ave", False),
    ("NCW007", "Vernon", "A.", "Okerlund", "Vern", "", "Ardith", "Okerlund", "Chelan", "98816", "1939-02-09", "121 E Woodin Ave", False),
    ("NCW008", "Ardith", "", "Okerlund", "", "Haugen", "Vernon", "Okerlund", "Chelan", "98816", "1941-07-17", "121 E Woodin Ave", False),
    ("NCW009", "Delphine", "", "Marchand", "Del", "", "", "", "Omak", "98841", "", "27 Riverside Dr", False),
    ("NCW010", "Clifford", "", "Stoddard", "Cliff", "", "Norma", "Stoddard", "Okanogan", "98840", "1945-05-01", "88 Salmon Creek Rd", False),
    ("NCW011", "Norma", "", "Stoddard", "", "Pruitt", "Clifford", "Stoddard", "Okanogan", "98840", "1947-10-25", "88 Salmon Creek Rd", False),
    ("NCW012", "Mary Jo", "", "Pflueger", "", "", "", "", "Wenatchee", "98801", "1963-01-19", "612 Orondo Ave", False),
    ("NCW013", "Suresh", "", "Kallur", "", "", "", "", "Wenatchee", "98801", "1974-08-02", "19 Crawford Ave", False),
    ("NCW014", "Randall", "", "Fruehauf", "Randy", "", "Kirsten", "Fruehauf", "Manson", "98831", "1966-03-14", "450 Totem Pole Rd", False),
    ("NCW015", "Kirsten", "", "Fruehauf", "", "Bjornstad", "Randall", "Fruehauf", "Manson", "98831", "1968-12-05", "450 Totem Pole Rd", False),
    ("NCW016", "Eugene", "", "Wittkopf", "Gene", "", "", "", "Brewster", "98812", "1958-02-27", "700 W Main Ave", True),
    ("NCW017", "Rosalind", "", "Teague", "Roz", "", "", "", "East Wenatchee", "98802", "1980-04-09", "45 Valley Mall Pkwy", False),
    ("NCW018", "Wilbur", "", "Haskins", "", "", "", "", "Omak", "98841", "", "310 W 4th St", False),
    ("NCW019", "Jolene", "", "Pichette", "Jo", "", "", "", "Omak", "98841", "1975-06-30", "", False),
    ("NCW020", "Everett", "", "Kimmerle", "", "", "Kayla", "Kimmerle", "Wenatchee", "98801", "1991-10-14", "1020 Methow St", False),
    ("NCW021", "Beatriz", "", "Solano", "Betty", "", "Ernesto", "Solano", "Malaga", "98828", "1960-07-04", "3150 Malaga Alcoa Hwy", False),
    ("NCW022", "Dennis", "", "Kowalchuk", "", "", "", "", "Chelan", "98816", "1954-09-21", "9 Lakeshore Rd", False),
]
NO_PHONE = {"NCW017", "NCW018"}
