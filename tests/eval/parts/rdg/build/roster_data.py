"""Hand-written roster for part rdg (Reading, Pennsylvania and nearby Berks County towns; Pottstown in
Montgomery County). Every person is invented; places, ZIP codes and county FIPS are real."""

ADV_A = "m.hoch@schuylkillriverwealth.example"      # Reading city, west and south suburbs
ADV_B = "r.batista@schuylkillriverwealth.example"   # north and east Berks, Pottstown

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("RDG001", "Lamar", "E.", "Dieffenbach", "", "", "Arlene", "Dieffenbach", "Fleetwood", "19522", "1948-02-11", "212 W Main St", False, ADV_B),
    ("RDG002", "Arlene", "", "Dieffenbach", "", "Hartranft", "Lamar", "Dieffenbach", "Fleetwood", "19522", "1950-07-04", "212 W Main St", False, ADV_B),
    ("RDG003", "Clarence", "", "Fegley Jr.", "Clancy", "", "Doris", "Fegley", "Shillington", "19607", "1955-09-30", "118 E Lancaster Ave", False, ADV_A),
    ("RDG004", "Mary Beth", "", "Ziemer", "", "", "", "", "Wyomissing", "19610", "1966-04-18", "1420 Garfield Ave", False, ADV_A),
    ("RDG005", "Hector", "Luis", "Quiñones Ocasio", "Tito", "", "Marisol", "Quiñones", "Reading", "19601", "1961-12-03", "537 N 5th St", False, ADV_A),
    ("RDG006", "Marisol", "", "Quiñones", "", "Echevarría", "Hector", "Quiñones Ocasio", "Reading", "19601", "1964-05-22", "537 N 5th St", False, ADV_A),
    ("RDG007", "Vincent", "", "DIppolito", "Vince", "", "Carmela", "DIppolito", "Laureldale", "19605", "1952-01-14", "3310 Kutztown Rd", False, ADV_B),
    ("RDG008", "Nadim", "", "Ghantous", "", "", "Rima", "Ghantous", "Wyomissing", "19610", "1970-08-08", "40 Parkside Dr", False, ADV_A),
    ("RDG009", "Rima", "", "Ghantous", "", "Saliba", "Nadim", "Ghantous", "Wyomissing", "19610", "1973-02-27", "40 Parkside Dr", False, ADV_A),
    ("RDG010", "Wilmer", "", "Gernerd", "Bud", "", "", "", "Hamburg", "19526", "1940-10-01", "25 N 4th St", False, ADV_B),
    ("RDG011", "Jo Ann", "", "Sattazahn", "", "", "Dale", "Sattazahn", "Robesonia", "19551", "1958-06-12", "61 S Freeman St", False, ADV_A),
    ("RDG012", "Stanley", "", "Szczepanik", "Stan", "", "", "", "Mount Penn", "19606", "1946-11-02", "2207 Cumberland Ave", True, ADV_B),
    ("RDG013", "Tamara", "", "Yocum", "Tami", "Shirk", "Brent", "Yocum", "Birdsboro", "19508", "1979-03-09", "304 W 1st St", False, ADV_B),
    ("RDG014", "Brent", "", "Yocum", "", "", "Tamara", "Yocum", "Birdsboro", "19508", "1977-11-21", "304 W 1st St", False, ADV_B),
    ("RDG015", "Evangelos", "", "Kalogridis", "Angelo", "", "Eleni", "Kalogridis", "West Reading", "19611", "1957-07-07", "615 Penn Ave", False, ADV_A),
    ("RDG016", "Luz Divina", "", "Cintron", "", "Negron", "", "", "Reading", "19602", "1949-01-25", "842 Franklin St", False, ADV_A),
    ("RDG017", "Franklin", "", "Stitzel", "Frank", "", "", "", "Boyertown", "19512", "1963-05-05", "19 E Philadelphia Ave", False, ADV_B),
    ("RDG018", "Luther", "E.", "Mengel", "", "", "Rosalind", "Mengel", "Mohnton", "19540", "1938-05-09", "77 Wyomissing Ave", False, ADV_A),
    ("RDG019", "Rosalind", "", "Mengel", "Roz", "Hafer", "Luther", "Mengel", "Mohnton", "19540", "1941-09-14", "77 Wyomissing Ave", False, ADV_A),
    ("RDG020", "Earl", "R.", "Wanner", "", "", "", "", "Oley", "19547", "1945-03-17", "410 Main St", False, ADV_B),
    ("RDG021", "Travis", "", "Gehris", "", "", "Linda", "Gehris", "Laureldale", "19605", "1958-08-19", "1215 Elizabeth Ave", False, ADV_B),
    ("RDG022", "Yesenia", "", "Almánzar", "", "", "", "", "Reading", "19604", "1984-10-30", "1130 N 11th St", False, ADV_A),
    ("RDG023", "Dennis", "", "Brumbach", "Denny", "", "Karen", "Brumbach", "Pottstown", "19464", "1960-02-16", "455 King St", False, ADV_B),
]

NO_BIRTH: set[str] = set()
NO_PHONE = {"RDG016"}
