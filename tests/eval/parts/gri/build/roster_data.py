"""Hand-written roster for the gri part (central Nebraska: Grand Island, Hastings, Kearney, Aurora).
All people invented; places, ZIPs and county FIPS real."""

ADV = {
    "Grand Island": "k.sorensen@platteriverwealth.example",
    "Aurora": "k.sorensen@platteriverwealth.example",
    "Hastings": "m.alvarado@platteriverwealth.example",
    "Kearney": "m.alvarado@platteriverwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("GRI001", "Dale", "A.", "Brabander", "", "", "Marlene", "Brabander", "Grand Island", "NE", "68803", "1952-07-18", "2715 W Louise St", False),
    ("GRI002", "Marlene", "", "Brabander", "", "Stoltenberg", "Dale", "Brabander", "Grand Island", "NE", "68803", "1954-11-02", "2715 W Louise St", False),
    ("GRI003", "Vernon", "J.", "Kucera", "Vern", "", "LaVonne", "Kucera", "Aurora", "NE", "68818", "1940-02-09", "1104 L St", False),
    ("GRI004", "LaVonne", "", "Kucera", "", "Hinrichs", "Vernon", "Kucera", "Aurora", "NE", "68818", "1942-05-30", "1104 L St", False),
    ("GRI005", "Dorothea", "", "Schimmer", "Dottie", "Fruhling", "", "", "Hastings", "NE", "68901", "1938-09-14", "619 N Kansas Ave", False),
    ("GRI006", "Gerald", "", "Oltmanns Jr.", "Jerry", "", "Tamara", "Oltmanns", "Kearney", "NE", "68845", "1966-03-03", "4 Lighthouse Pt", False),
    ("GRI007", "Mary Jo", "", "Sughroue", "", "", "Patrick", "Sughroue", "Kearney", "NE", "68847", "1970-08-21", "1808 E 39th St", False),
    ("GRI008", "Patrick", "", "Sughroue", "Pat", "", "Mary Jo", "Sughroue", "Kearney", "NE", "68847", "1968-01-11", "1808 E 39th St", False),
    ("GRI009", "Rosa", "Elena", "Ortiz Mejia", "", "", "", "", "Grand Island", "NE", "68801", "1975-04-25", "412 S Locust St", False),
    ("GRI010", "LeRoy", "", "Wiese", "", "", "Arlene", "Wiese", "Hastings", "NE", "68901", "1951-10-07", "1230 W 7th St", False),
    ("GRI011", "Arlene", "", "Wiese", "", "Gangwish", "LeRoy", "Wiese", "Hastings", "NE", "68901", "1954-02-15", "1230 W 7th St", False),
    ("GRI012", "Duane", "", "Ruhter", "", "", "", "", "Grand Island", "NE", "68801", "", "915 E 10th St", True),
    ("GRI013", "Janelle", "", "Pfeifer", "", "", "Brent", "Pfeifer", "Aurora", "NE", "68818", "1981-06-09", "1620 10th St", False),
    ("GRI014", "Brent", "", "Pfeifer", "", "", "Janelle", "Pfeifer", "Aurora", "NE", "68818", "1979-12-01", "1620 10th St", False),
    ("GRI015", "Abdiaziz", "", "Hirsi", "", "", "", "", "Grand Island", "NE", "68801", "", "208 W 4th St", False),
    ("GRI016", "Eldon", "R.", "Rathjen", "", "", "", "", "Hastings", "NE", "68901", "1944-03-22", "1012 N Hastings Ave", False),
    ("GRI017", "Consuelo", "", "Villalpando", "Connie", "Arredondo", "Ramiro", "Villalpando", "Grand Island", "NE", "68803", "1962-12-12", "3120 W Faidley Ave", False),
    ("GRI018", "Ramiro", "", "Villalpando", "", "", "Consuelo", "Villalpando", "Grand Island", "NE", "68803", "", "3120 W Faidley Ave", False),
    ("GRI019", "Gertrude", "", "Hoagland", "Trudy", "Janulewicz", "", "", "Kearney", "NE", "68845", "1950-05-05", "2305 W 24th St", False),
    ("GRI020", "Lyle", "", "Bohlken", "", "", "Denise", "Bohlken", "Aurora", "NE", "68818", "1960-01-20", "905 Q St", False),
    ("GRI021", "Travis", "", "Wolfgram", "", "", "Kelsey", "Wolfgram", "Kearney", "NE", "68847", "1990-10-30", "5412 Avenue E Pl", False),
    ("GRI022", "Bonnie Lou", "", "Haussler", "", "Kort", "", "", "Hastings", "NE", "68901", "1957-08-08", "", False),
    ("GRI023", "Thaddeus", "", "Wojtalewicz", "Ted", "", "", "", "Grand Island", "NE", "68803", "1958-06-29", "2203 W Koenig St", False),
]
NO_PHONE = {"GRI015", "GRI022"}
