"""Hand-written roster for the ppa part: Pampa and the Texas Panhandle (people invented; places, ZIPs, FIPS real)."""

ADV = {"TX": "r.holloway@caprockwealth.example"}
ADV_BY_ID = {  # two advisers: Gray County clients with Holloway, the rest with Segura
    "PPA005": "m.segura@caprockwealth.example", "PPA006": "m.segura@caprockwealth.example",
    "PPA008": "m.segura@caprockwealth.example", "PPA009": "m.segura@caprockwealth.example",
    "PPA010": "m.segura@caprockwealth.example", "PPA014": "m.segura@caprockwealth.example",
    "PPA017": "m.segura@caprockwealth.example", "PPA018": "m.segura@caprockwealth.example",
    "PPA019": "m.segura@caprockwealth.example", "PPA022": "m.segura@caprockwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("PPA001", "Harlan", "Wade", "Tidwell", "Buck", "", "Loretta", "Tidwell", "Pampa", "TX", "79065", "1941-02-11", "1824 N Christy St", False),
    ("PPA002", "Loretta", "", "Tidwell", "", "Gossett", "Harlan", "Tidwell", "Pampa", "TX", "79065", "1944-07-30", "1824 N Christy St", False),
    ("PPA003", "Clarence", "", "Gossett", "Buddy", "", "", "", "Pampa", "TX", "79065", "1947-03-05", "1121 Charles St", False),
    ("PPA004", "Jimmie Ruth", "", "Stalcup", "", "Brashears", "", "", "Pampa", "TX", "79065", "1938-11-20", "2213 Chestnut Dr", False),
    ("PPA005", "Lloyd", "", "Frerich Jr.", "Sonny", "", "Darlene", "Frerich", "Groom", "TX", "79039", "1959-04-17", "304 Front St", False),
    ("PPA006", "Darlene", "", "Frerich", "", "Britten", "Lloyd", "Frerich Jr.", "Groom", "TX", "79039", "1961-09-02", "304 Front St", False),
    ("PPA007", "Kaycee", "", "Dunnam", "", "", "", "", "Pampa", "TX", "79065", "1988-05-14", "415 N Wells St", False),
    ("PPA008", "Travis", "Lane", "Kuykendall", "", "", "Shelby", "Kuykendall", "Panhandle", "TX", "79068", "1983-01-09", "206 Elsie St", False),
    ("PPA009", "Shelby", "", "Kuykendall", "", "Ashford", "Travis", "Kuykendall", "Panhandle", "TX", "79068", "1985-06-21", "206 Elsie St", False),
    ("PPA010", "Arturo", "", "De La Cerda", "Art", "", "Yolanda", "De La Cerda", "Borger", "TX", "79007", "1960-08-08", "1009 Bulldog Blvd", False),
    ("PPA011", "Maria Guadalupe", "", "Zamarripa", "Lupe", "Rangel", "", "", "Pampa", "TX", "79065", "1949-12-12", "828 E Browning Ave", False),
    ("PPA012", "Odis", "", "Whitsell", "", "", "", "", "McLean", "TX", "79057", "1952-10-03", "119 Main St", True),
    ("PPA013", "Garrett", "", "Pruett", "", "", "Annette", "Pruett", "Pampa", "TX", "79065", "1960-02-27", "2400 Fir St", False),
    ("PPA014", "Bobbie Jo", "", "Carruth", "", "", "Royce", "Carruth", "Miami", "TX", "79059", "1962-07-04", "County Road 3 Box 14", False),
    ("PPA015", "Kenneth", "", "Boatwright", "Kenny", "", "Renee", "Boatwright", "Pampa", "TX", "79065", "1968-03-29", "1932 Dogwood Ln", False),
    ("PPA016", "Vernell", "", "Newsom", "", "", "", "", "Pampa", "TX", "79065", "", "612 N Frost St", False),
    ("PPA017", "Stanley", "", "Urbanczyk", "Stan", "", "Irene", "Urbanczyk", "White Deer", "TX", "79097", "1952-05-01", "501 Omohundro St", False),
    ("PPA018", "Irene", "", "Urbanczyk", "", "Kotara", "Stanley", "Urbanczyk", "White Deer", "TX", "79097", "1954-11-11", "501 Omohundro St", False),
    ("PPA019", "Colton", "", "Renfro", "", "", "", "", "Canadian", "TX", "79014", "1979-08-19", "700 S 2nd St", False),
    ("PPA020", "Priya", "", "Venkataraman", "", "", "", "", "Pampa", "TX", "79065", "", "2526 Aspen Dr", False),
    ("PPA021", "Wanda Faye", "", "McWhorter", "", "Cathey", "", "", "Lefors", "TX", "79054", "1946-01-23", "112 E 4th St", False),
    ("PPA022", "Tomas", "", "Zamarripa", "Tommy", "", "Alyssa", "Zamarripa", "Amarillo", "TX", "79109", "1981-06-06", "", False),
]

BLANK_COORDS = {"PPA016"}          # derived from the ZIP
BLANK_FIPS = {"PPA021"}            # county derived from the ZIP
COORD_OVERRIDES = {
    "PPA020": (35.5720, -101.0060),  # north-west Pampa, outside the May tornado polygon
}
NO_PHONE = {"PPA007", "PPA019"}
