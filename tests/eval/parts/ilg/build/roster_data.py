"""Roster of part ilg: northern Delaware (New Castle and Kent counties) and Elkton, Cecil County, Md.
Families: Little Italy (Wilmington) Italian, Hedgeville Polish, Black church families, Haitian-American,
Delmarva farm families, Gujarati Indian-American (all people invented; places, ZIPs, FIPS real)."""

ADV_NORTH = "r.marchetti@brandywinewealth.example"   # Wilmington, Newark, Hockessin, New Castle, Elkton
ADV_SOUTH = "a.okonjo@brandywinewealth.example"      # Middletown, Dover (Kent County)
SOUTH_CITIES = {"Middletown", "Dover"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- Little Italy, Wilmington ----
    ("ILG001", "Dominic", "A.", "Ciccone Jr.", "Dom", "", "Theresa", "Ciccone", "Wilmington", "DE", "19805", "1956-08-14", "1711 W 4th St", False),
    ("ILG002", "Theresa", "", "Ciccone", "Terry", "Rinaldi", "Dominic", "Ciccone Jr.", "Wilmington", "DE", "19805", "1958-02-03", "1711 W 4th St", False),
    ("ILG003", "Rosemarie", "", "DAgostino", "Ro", "", "", "", "Wilmington", "DE", "19805", "1949-11-22", "402 N Du Pont St", False),
    ("ILG021", "Thomas", "", "Ferrante", "Tommy", "", "Gina", "Ferrante", "Wilmington", "DE", "19806", "1984-03-30", "1907 W 14th St", False),
    ("ILG022", "Gina", "", "Ferrante", "", "Ciccone", "Thomas", "Ferrante", "Wilmington", "DE", "19806", "1986-11-09", "1907 W 14th St", False),
    # ---- Hedgeville (Polish), Wilmington; Newark ----
    ("ILG004", "Stanislaus", "J.", "Kowalczyk", "Stan", "", "Helen", "Kowalczyk", "Wilmington", "DE", "19805", "1941-04-09", "615 S Harrison St", False),
    ("ILG005", "Helen", "", "Kowalczyk", "", "Wojcik", "Stanislaus", "Kowalczyk", "Wilmington", "DE", "19805", "1944-06-30", "615 S Harrison St", False),
    ("ILG023", "Walter", "", "Nowicki", "Walt", "", "", "", "Wilmington", "DE", "19805", "1955-10-01", "820 S Broom St", False),
    ("ILG006", "Mary Beth", "", "Zielinski", "", "", "Gregory", "Zielinski", "Newark", "DE", "19711", "1970-03-15", "88 Madison Dr", False),
    # ---- Black church families: Wilmington East Side / Dover ----
    ("ILG007", "Bernard", "", "Custis", "Bernie", "", "Gwendolyn", "Custis", "Wilmington", "DE", "19802", "1950-01-28", "2314 N Market St", False),
    ("ILG008", "Gwendolyn", "", "Custis", "Gwen", "Trotter", "Bernard", "Custis", "Wilmington", "DE", "19802", "1952-09-05", "2314 N Market St", False),
    ("ILG009", "Yolanda", "", "Mitchell", "", "Harmon", "Curtis", "Mitchell", "Dover", "DE", "19901", "1963-07-19", "45 Kings Hwy", False),
    ("ILG024", "Kenneth", "", "Harmon Sr.", "Kenny", "", "Loretta", "Harmon", "Dover", "DE", "19901", "1944-02-20", "130 Forest St", False),
    # ---- Haitian-American: Newark, Middletown ----
    ("ILG010", "Jean Robert", "", "Desrosiers", "", "", "Marie Claude", "Desrosiers", "Newark", "DE", "19702", "1968-12-02", "27 Salem Church Rd", False),
    ("ILG011", "Marie Claude", "", "Desrosiers", "", "Bastien", "Jean Robert", "Desrosiers", "Newark", "DE", "19702", "1971-05-11", "27 Salem Church Rd", False),
    ("ILG012", "Fabiola", "", "Saint Fleur", "", "", "", "", "Middletown", "DE", "19709", "1979-10-04", "310 Bayberry Pkwy", False),
    # ---- Delmarva farm families: Kent County, Middletown, Elkton ----
    ("ILG013", "Wilbur", "E.", "Messick", "Wib", "", "Doris", "Messick", "Dover", "DE", "19904", "1947-05-27", "3380 Hazlettville Rd", False),
    ("ILG014", "Doris", "", "Messick", "", "Jester", "Wilbur", "Messick", "Dover", "DE", "19904", "1949-08-08", "3380 Hazlettville Rd", False),
    ("ILG015", "Clayton", "", "Cubbage", "Clay", "", "Amy", "Cubbage", "Elkton", "MD", "21921", "1972-04-02", "1450 Blue Ball Rd", False),
    ("ILG016", "Ruth Ann", "", "Brittingham", "", "Lank", "", "", "Middletown", "DE", "19709", "1939-12-12", "22 W Green St", False),
    # ---- Gujarati: Hockessin, Newark, Middletown ----
    ("ILG017", "Rajeshkumar", "", "Patel", "Raj", "", "Hetal", "Patel", "Hockessin", "DE", "19707", "1966-01-17", "112 Saint Andrews Dr", False),
    ("ILG018", "Hetal", "", "Patel", "", "Desai", "Rajeshkumar", "Patel", "Hockessin", "DE", "19707", "1969-09-23", "112 Saint Andrews Dr", False),
    ("ILG019", "Nilesh", "", "Shah", "", "", "", "", "Newark", "DE", "19711", "1975-02-14", "40 Elkton Rd", True),
    ("ILG025", "Bhavna", "", "Amin", "Bina", "Patel", "Kirit", "Amin", "Middletown", "DE", "19709", "1958-05-05", "601 Levels Rd", False),
    # ---- Puerto Rican, New Castle ----
    ("ILG020", "Luz Marina", "", "Ortiz Velazquez", "", "", "", "", "New Castle", "DE", "19720", "1961-06-06", "17 Delaware St", False),
]

BLANK_COORDS = {"ILG016", "ILG020"}        # derived from the ZIP
BLANK_FIPS = {"ILG012"}
COORD_OVERRIDES: dict = {}
NO_BIRTH = {"ILG020", "ILG012"}
NO_PHONE = {"ILG016", "ILG012"}
NO_ADDRESS = {"ILG025"}
