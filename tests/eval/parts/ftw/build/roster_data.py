"""Hand-written roster for part ftw (Fort Worth, Arlington, Weatherford, Texas). People invented; ZIPs real."""

ADV_FW = "r.castellanos@trinitybluffwealth.example"      # Fort Worth and Keller households
ADV_WEST = "d.whitcomb@trinitybluffwealth.example"       # Arlington, Weatherford, Aledo households


def adv(city: str) -> str:
    return ADV_FW if city in ("Fort Worth", "Keller") else ADV_WEST


# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("FTW001", "Thaddeus", "Lyle", "Pruett Jr.", "Tad", "", "Loretta", "Pruett", "Weatherford", "TX", "76086", "1952-06-11", "1408 Palo Pinto St", False),
    ("FTW002", "Loretta", "", "Pruett", "", "Gaskamp", "Thaddeus", "Pruett Jr.", "Weatherford", "TX", "76086", "1954-02-27", "1408 Palo Pinto St", False),
    ("FTW003", "Mary Beth", "", "Cordray", "", "Eubanks", "Harlan", "Cordray", "Fort Worth", "TX", "76132", "1958-09-30", "6217 Whitman Ave", False),
    ("FTW004", "Rogelio", "", "Villarreal Quinonez", "Roy", "", "Yolanda", "Villarreal", "Arlington", "TX", "76013", "1960-01-18", "2315 W Park Row Dr", False),
    ("FTW005", "Yolanda", "", "Villarreal", "", "Ybarra", "Rogelio", "Villarreal Quinonez", "Arlington", "TX", "76013", "1962-07-04", "2315 W Park Row Dr", False),
    ("FTW006", "Chidinma", "A.", "Ezeagu", "", "", "", "", "Arlington", "TX", "76010", "1976-05-21", "905 E Abram St Apt 12", False),
    ("FTW007", "Beauford", "", "Tidwell", "Beau", "", "Charlene", "Tidwell", "Weatherford", "TX", "76087", "1964-10-02", "3110 Old Dennis Rd", False),
    ("FTW008", "Wilhelmina", "", "DeShazo", "Billie", "Pemberton", "", "", "Fort Worth", "TX", "76109", "1941-02-09", "3524 Wabash Ave", False),
    ("FTW009", "Leland", "", "Vanderslice", "", "", "Corinne", "Vanderslice", "Fort Worth", "TX", "76116", "1948-08-14", "7812 Kingsford Ct", False),
    ("FTW010", "Corinne", "", "Vanderslice", "", "Ruckert", "Leland", "Vanderslice", "Fort Worth", "TX", "76116", "1950-03-06", "7812 Kingsford Ct", False),
    ("FTW011", "Anselmo", "", "De La Fuente", "", "", "", "", "Fort Worth", "TX", "76110", "1955-11-12", "1120 W Magnolia Ave", False),
    ("FTW012", "Kathryn", "", "OShaughnessy", "Kit", "Brannigan", "Desmond", "OShaughnessy", "Keller", "TX", "76248", "1969-04-15", "912 Bursey Rd", False),
    ("FTW013", "Desmond", "", "OShaughnessy", "", "", "Kathryn", "OShaughnessy", "Keller", "TX", "76248", "1967-12-01", "912 Bursey Rd", False),
    ("FTW014", "Jo Ann", "", "Bratcher", "", "Kuykendall", "", "", "Weatherford", "TX", "76088", "1950-08-19", "455 Zion Hill Rd", False),
    ("FTW015", "Cleon", "", "Ashworth", "", "", "Delphine", "Ashworth", "Fort Worth", "TX", "76133", "1962-03-29", "4405 Wedgmont Cir", False),
    ("FTW016", "Priyanka", "", "Raghunathan", "Priya", "", "Vivek", "Raghunathan", "Arlington", "TX", "76017", "1983-09-08", "5206 Bowen Rd", False),
    ("FTW017", "Gideon", "", "Marchbanks", "", "", "", "", "Fort Worth", "TX", "76132", "1944-07-07", "6450 Granbury Rd", True),
    ("FTW018", "Guadalupe", "", "Zamarripa", "Lupe", "Arredondo", "Ignacio", "Zamarripa", "Fort Worth", "TX", "76107", "1971-12-12", "2719 Azle Ave", False),
    ("FTW019", "Bettina", "R.", "Grosvenor", "", "", "", "", "Fort Worth", "TX", "76179", "1966-01-25", "9308 Boat Club Rd", False),
    ("FTW020", "Wendell", "", "Tankersley", "", "", "", "", "Arlington", "TX", "76016", "1946-10-23", "4213 Little Rd", False),
    ("FTW021", "Annaliese", "", "Strickhausen", "Liesl", "", "Brandt", "Strickhausen", "Aledo", "TX", "76008", "1979-06-03", "210 Bailey Ranch Rd", False),
    ("FTW022", "Brandt", "", "Strickhausen", "", "", "Annaliese", "Strickhausen", "Aledo", "TX", "76008", "1977-02-14", "210 Bailey Ranch Rd", False),
]
