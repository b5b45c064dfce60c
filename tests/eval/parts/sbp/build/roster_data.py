"""Hand-written roster for eval part sbp: San Luis Obispo County, California, and Santa Maria next door.

All people are invented; towns, ZIP codes and county FIPS are real (ZIP centroids from `zipcodes`).
"""

NORTH = "m.hollister@cuestaridgewealth.example"   # San Luis Obispo, North Coast, North County
SOUTH = "r.okimoto@cuestaridgewealth.example"     # Five Cities, Nipomo, Santa Maria

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    # Swiss-Italian ranching family, Cambria: suffix inside the surname
    ("SBP001", "Giulio", "Aurelio", "Pedrotti Jr.", "Jules", "", "Rosalind", "Pedrotti", "Cambria", "93428", "1949-02-11", "2150 Burton Dr", False),
    ("SBP002", "Rosalind", "", "Pedrotti", "Roz", "Brugnoli", "Giulio", "Pedrotti Jr.", "Cambria", "93428", "1951-07-23", "2150 Burton Dr", False),
    # Japanese American farming family, Arroyo Grande valley
    ("SBP003", "Kenji", "", "Umemoto", "", "", "Joyce", "Umemoto", "Arroyo Grande", "93420", "1955-05-14", "1480 Huasna Rd", False),
    ("SBP004", "Joyce", "", "Umemoto", "", "Kawaoka", "Kenji", "Umemoto", "Arroyo Grande", "93420", "1957-09-02", "1480 Huasna Rd", False),
    # San Luis Obispo couple; compound given name
    ("SBP005", "Mary Beth", "", "Quisenberry", "", "", "Douglas", "Quisenberry", "San Luis Obispo", "93405", "1963-12-01", "611 Serrano Dr", False),
    ("SBP006", "Douglas", "", "Quisenberry", "Doug", "", "Mary Beth", "Quisenberry", "San Luis Obispo", "93405", "1961-04-19", "611 Serrano Dr", False),
    # Mexican American couple, Nipomo: compound surname stored without accents; she keeps her own surname + maiden
    ("SBP007", "Rogelio", "", "Arreguin Solorzano", "Roy", "", "Graciela", "Arreguin", "Nipomo", "93444", "1958-10-30", "455 W Tefft St", False),
    ("SBP008", "Graciela", "", "Arreguin", "Chela", "Tafoya", "Rogelio", "Arreguin Solorzano", "Nipomo", "93444", "1960-03-08", "455 W Tefft St", False),
    # Danish American couple, Atascadero (Wendell dies in September)
    ("SBP009", "Wendell", "", "Ostergaard", "", "", "Linnea", "Ostergaard", "Atascadero", "93422", "1946-01-17", "8705 Santa Rosa Rd", False),
    ("SBP010", "Linnea", "", "Ostergaard", "", "Kjeldgaard", "Wendell", "Ostergaard", "Atascadero", "93422", "1948-06-05", "8705 Santa Rosa Rd", False),
    # roster spouse not a client
    ("SBP011", "Philippa", "", "Daughtry", "Pippa", "", "Gerald", "Daughtry", "Morro Bay", "93442", "1970-08-12", "390 Piney Way", False),
    ("SBP012", "Cornelius", "James", "OShaughnessy", "Neil", "", "Bernadette", "OShaughnessy", "San Luis Obispo", "93401", "1941-03-27", "1722 Johnson Ave", False),
    # Azorean Portuguese widow, compound given name, maiden name
    ("SBP013", "Maria Fatima", "", "Furtado", "Fatima", "Sequeira", "", "", "Arroyo Grande", "93420", "1944-11-02", "221 Le Point St", False),
    ("SBP014", "Priyanka", "", "Ravindranath", "Priya", "", "", "", "San Luis Obispo", "93405", "1979-02-25", "88 Ramona Dr", False),
    ("SBP015", "Tobias", "", "Wexford", "Toby", "", "Anneliese", "Wexford", "Paso Robles", "93446", "1966-07-09", "3100 Adelaida Rd", False),
    ("SBP016", "Delphine", "", "Haskovec", "", "", "", "", "Templeton", "93465", "1959-05-30", "640 Old County Rd", False),
    # Filipino American: middle name is his mother's maiden name
    ("SBP017", "Ferdinand", "Dizon", "Macaraeg", "Ferdie", "", "Lourdes", "Macaraeg", "Grover Beach", "93433", "1968-01-21", "1270 Mentone Ave", False),
    ("SBP018", "Imogen", "", "Trewhella", "", "", "", "", "Los Osos", "93402", "1950-10-04", "1544 10th St", True),
    # Dutch American couple, Pismo Beach: particle surname
    ("SBP019", "Willem", "", "Van Tongeren", "Wim", "", "Beatrix", "Van Tongeren", "Pismo Beach", "93449", "1952-12-12", "270 Shell Beach Rd", False),
    ("SBP020", "Beatrix", "", "Van Tongeren", "Trixie", "Oosterhuis", "Willem", "Van Tongeren", "Pismo Beach", "93449", "1954-04-18", "270 Shell Beach Rd", False),
    # Basque American widow in Santa Maria (Santa Barbara County)
    ("SBP021", "Josephine", "", "Aldecoa", "Jo", "Etcheverry", "", "", "Santa Maria", "93454", "1947-08-29", "515 E Camino Colegio", False),
    ("SBP022", "Garrett", "", "Pilkington", "", "", "Shannon", "Pilkington", "Atascadero", "93422", "1961-09-15", "5200 Traffic Way", False),
    ("SBP023", "Everard", "", "Bramblett", "Ev", "", "", "", "Paso Robles", "93446", "1938-06-30", "1020 Vine St", False),
]

ADV = {city: (SOUTH if city in ("Arroyo Grande", "Nipomo", "Grover Beach", "Pismo Beach", "Santa Maria") else NORTH)
       for city in {r[8] for r in R}}
