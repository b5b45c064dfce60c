"""Hand-written roster for part `ely` (Ely and the Iron Range, Minnesota). People invented; ZIPs, counties real."""

ADV = {
    "vermilion": "k.zupan@birchlakewealth.example",   # Ely, Tower, Embarrass, Babbitt, Cook, Isabella
    "mesabi": "t.heikkinen@birchlakewealth.example",  # Virginia, Eveleth, Gilbert, Biwabik, Hibbing, Chisholm, Itasca
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, adviser, dnc
R = [
    ("ELY001", "Frances", "M.", "Kobal", "Frannie", "Perushek", "Ludvik", "Kobal", "Ely", "55731", "1949-08-14", "417 E Camp St", "vermilion", False),
    ("ELY002", "Ludvik", "", "Kobal", "Louie", "", "Frances", "Kobal", "Ely", "55731", "1946-04-11", "417 E Camp St", "vermilion", False),
    ("ELY003", "Matthias", "", "Vranesich Jr.", "Matt", "", "Dawn", "Vranesich", "Ely", "55731", "1961-10-02", "1630 E Sheridan St", "vermilion", False),
    ("ELY004", "Arvid", "T.", "Rautiola", "", "", "Sirkka", "Rautiola", "Embarrass", "55732", "1941-11-23", "7420 Salo Rd", "vermilion", False),
    ("ELY005", "Sirkka", "", "Rautiola", "", "Hakkarainen", "Arvid", "Rautiola", "Embarrass", "55732", "1944-03-30", "7420 Salo Rd", "vermilion", False),
    ("ELY006", "Marit", "", "Pekkala-Strand", "", "", "", "", "Tower", "55790", "1963-05-17", "305 Main St", "vermilion", False),
    ("ELY007", "Everett", "", "Moilanen", "", "", "Joanna", "Moilanen", "Virginia", "55792", "1970-01-09", "118 S 3rd Ave W", "mesabi", False),
    ("ELY008", "Jo Ann", "", "Skubitz", "", "", "", "", "Eveleth", "55734", "1957-12-03", "401 Grant Ave", "mesabi", False),
    ("ELY009", "Dragan", "", "Vukelich", "Dan", "", "Mirjana", "Vukelich", "Hibbing", "55746", "1958-07-21", "2312 5th Ave E", "mesabi", False),
    ("ELY010", "Mirjana", "", "Vukelich", "Mira", "Bozanich", "Dragan", "Vukelich", "Hibbing", "55746", "1960-02-14", "2312 5th Ave E", "mesabi", False),
    ("ELY011", "Kazimir", "", "Pluth", "Kaz", "", "", "", "Chisholm", "55719", "1954-09-08", "18 W Lake St", "mesabi", False),
    ("ELY012", "Lorraine", "E.", "Huhtasaari", "", "Kivisto", "", "", "Biwabik", "55708", "1938-06-02", "104 Main St", "mesabi", False),
    ("ELY013", "Delphine", "", "Kitchemigon", "", "", "", "", "Tower", "55790", "1949-03-04", "1806 Pike River Rd", "vermilion", False),
    ("ELY014", "Rodney", "", "Kitchemigon", "Rod", "", "Carla", "Kitchemigon", "Tower", "55790", "1975-06-19", "1822 Pike River Rd", "vermilion", False),
    ("ELY015", "Gustav", "", "Lindroos", "Gus", "", "Karen", "Lindroos", "Babbitt", "55706", "1955-01-27", "18 Cedar Rd", "vermilion", False),
    ("ELY016", "Rosaria", "", "Fabbrini", "Sadie", "Zanardi", "", "", "Virginia", "55792", "1942-10-05", "711 N 4th Ave W", "mesabi", False),
    ("ELY017", "Halvard", "", "Brekkestad", "Hal", "", "Cecilia", "Brekkestad", "Cook", "55723", "1950-08-30", "12 River St", "vermilion", False),
    ("ELY018", "Cecilia", "", "Brekkestad", "Cece", "Tervo", "Halvard", "Brekkestad", "Cook", "55723", "1952-04-08", "12 River St", "vermilion", False),
    ("ELY019", "Milan", "", "Pecharich", "", "", "Tasha", "Pecharich", "Gilbert", "55741", "1972-11-15", "15 N Ohio Ave", "mesabi", False),
    ("ELY020", "Orvald", "", "Tveitbakk", "Ole", "", "Linnea", "Tveitbakk", "Isabella", "55607", "1948-02-19", "8 Highway 1", "vermilion", False),
    ("ELY021", "Pauline", "", "Kuzmanovich", "Polly", "Jarvenpaa", "Stevan", "Kuzmanovich", "Nashwauk", "55769", "1966-09-26", "320 Central Ave", "mesabi", False),
    ("ELY022", "Eino", "", "Jarvenpaa", "", "", "", "", "Coleraine", "55722", "1944-12-12", "6 Gayley Ave", "mesabi", True),
    ("ELY023", "Bernadette", "", "Zgonc", "Bernie", "", "", "", "Ely", "55731", "1958-05-30", "22 W Harvey St", "vermilion", False),
]

BLANK_COORDS = {"ELY011", "ELY021"}   # derived from the ZIP
BLANK_FIPS = {"ELY008"}
NO_BIRTH = {"ELY007", "ELY023"}
NO_PHONE = {"ELY022", "ELY013"}
