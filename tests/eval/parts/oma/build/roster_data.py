"""Hand-written roster for the oma part: Omaha, Neb. / Council Bluffs, Iowa metro (all people invented;
places, ZIPs, FIPS real)."""

ADV = {
    "Douglas": "m.havlicek@loesshillswealth.example",
    "Sarpy": "t.reyes@loesshillswealth.example",
    "Pottawattamie": "c.lund@loesshillswealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    # ---- South Omaha / Little Bohemia, Czech Catholic ----
    ("OMA001", "Ludmila", "A.", "Hrdlicka", "Millie", "Kudrna", "Jaroslav", "Hrdlicka", "Omaha", "NE", "68107", "1944-06-12", "2417 S 15th St", False),
    ("OMA002", "Jaroslav", "J.", "Hrdlicka", "Jerry", "", "Ludmila", "Hrdlicka", "Omaha", "NE", "68107", "1941-09-03", "2417 S 15th St", False),
    ("OMA003", "Frantisek", "", "Kudrna Jr.", "Frank", "", "Darlene", "Kudrna", "La Vista", "NE", "68128", "1947-02-11", "7816 Terry Dr", False),
    ("OMA019", "Darlene", "", "Kudrna", "", "", "Frantisek", "Kudrna Jr.", "La Vista", "NE", "68128", "1949-05-05", "7816 Terry Dr", True),
    ("OMA004", "Anna Marie", "", "Stastny", "", "Vavricka", "", "", "Papillion", "NE", "68046", "1958-05-20", "1105 Hogan Dr", False),
    ("OMA018", "Rosalie", "J.", "Nemecek", "", "", "", "", "Omaha", "NE", "68124", "1945-04-14", "8912 Pacific St", False),
    ("OMA020", "Bernard", "", "Chaloupka Sr.", "Bernie", "", "", "", "Omaha", "NE", "68108", "1951-11-23", "1322 S 13th St", False),
    # ---- Irish Catholic, Dundee / Council Bluffs ----
    ("OMA005", "Dennis", "P.", "McGreevy", "Denny", "", "Kathleen", "McGreevy", "Omaha", "NE", "68106", "1956-03-17", "5024 Pine St", False),
    ("OMA006", "Kathleen", "", "McGreevy", "Kate", "Mulcahy", "Dennis", "McGreevy", "Omaha", "NE", "68106", "1958-11-02", "5024 Pine St", False),
    ("OMA017", "Martin", "", "Scanlan", "Marty", "", "Colleen", "Scanlan", "Omaha", "NE", "68132", "1960-09-09", "118 S 52nd St", False),
    ("OMA007", "Mary Margaret", "", "ODowd", "Peggy", "Brannigan", "", "", "Council Bluffs", "IA", "51503", "1950-08-15", "311 Oakland Ave", False),
    ("OMA008", "Thomas", "", "Brannigan", "Tom", "", "Lori", "Brannigan", "Council Bluffs", "IA", "51501", "1962-04-09", "2208 S 9th St", False),
    ("OMA016", "Gerrit", "", "Van Ooyen", "", "", "Wilma", "Van Ooyen", "Council Bluffs", "IA", "51503", "1953-03-03", "45 Bennett Ave", False),
    # ---- Jewish West Omaha ----
    ("OMA009", "Saul", "", "Rubinovitz", "", "", "Miriam", "Rubinovitz", "Omaha", "NE", "68144", "1939-12-01", "12810 Hascall St", False),
    ("OMA010", "Miriam", "", "Rubinovitz", "Mimi", "Feldscher", "Saul", "Rubinovitz", "Omaha", "NE", "68144", "1942-07-22", "12810 Hascall St", False),
    ("OMA011", "Ilana", "", "Grossblatt", "", "", "Daniel", "Kern", "Omaha", "NE", "68154", "1971-01-30", "1604 N 132nd Ave", False),
    # ---- Offutt AFB / Bellevue ----
    ("OMA012", "Leland", "R.", "Ostergaard", "Lee", "", "Judith", "Ostergaard", "Bellevue", "NE", "68123", "1948-10-04", "2705 Lloyd St", False),
    ("OMA013", "Judith", "", "Ostergaard", "Judy", "Pflug", "Leland", "Ostergaard", "Bellevue", "NE", "68123", "1950-01-26", "2705 Lloyd St", False),
    ("OMA014", "Reginald", "", "Toussaint", "Reggie", "", "", "", "Bellevue", "NE", "68005", "1966-06-30", "1409 Franklin St", False),
    # ---- South Omaha, Mexican-American Catholic ----
    ("OMA015", "Maria Guadalupe", "", "Zamudio", "Lupe", "Ibarra", "Hector", "Zamudio", "Omaha", "NE", "68107", "1969-12-12", "3520 S 22nd St", False),
]

COUNTY = {"68107": "Douglas", "68108": "Douglas", "68106": "Douglas", "68124": "Douglas", "68132": "Douglas",
          "68144": "Douglas", "68154": "Douglas", "68128": "Sarpy", "68046": "Sarpy", "68123": "Sarpy",
          "68005": "Sarpy", "51501": "Pottawattamie", "51503": "Pottawattamie"}
BLANK_COORDS = {"OMA018"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_PHONE = {"OMA020"}
NO_BIRTH: set[str] = set()
