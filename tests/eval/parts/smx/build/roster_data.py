"""Hand-written roster for part smx, the Santa Maria Valley of California (all people invented; ZIPs, FIPS real)."""

ADV = "r.castellanos@mesaoakadvisors.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, phone_n, dnc
R = [
    ("SMX001", "Manuel", "J.", "Silveira Jr.", "Manny", "", "Dolores", "Silveira", "Santa Maria", "93454", "1958-06-14", "612 E Alvin Ave", "01", False),
    ("SMX002", "Dolores", "", "Silveira", "", "Furtado", "Manuel", "Silveira Jr.", "Santa Maria", "93454", "1960-11-02", "612 E Alvin Ave", "01", False),
    ("SMX003", "Maria Guadalupe", "", "Ochoa Ramirez", "Lupe", "", "", "", "Guadalupe", "93434", "1949-12-12", "4520 Tenth St", "03", False),
    ("SMX004", "Kenji", "", "Hoshiyama", "", "", "Ruth", "Hoshiyama", "Guadalupe", "93434", "1944-03-09", "915 Olivera St", "04", False),
    ("SMX005", "Ruth", "", "Hoshiyama", "", "Okamura", "Kenji", "Hoshiyama", "Guadalupe", "93434", "1946-07-21", "915 Olivera St", "04", False),
    ("SMX006", "Rogelio", "", "Maldonado", "Roy", "", "Teresa", "Maldonado", "Orcutt", "93455", "1971-04-30", "348 Soft Wind Way", "06", False),
    ("SMX007", "Teresa", "", "Maldonado", "", "Cabral", "Rogelio", "Maldonado", "Orcutt", "93455", "1973-09-08", "348 Soft Wind Way", "06", False),
    ("SMX008", "Evangeline", "", "Dela Cruz", "Vangie", "Maglalang", "", "", "Santa Maria", "93458", "1963-05-19", "1207 W Donovan Rd", "08", False),
    ("SMX009", "Harlan", "", "Weatherby", "", "", "Jo Ann", "Weatherby", "Nipomo", "93444", "1950-02-03", "780 Tefft St", "09", False),
    ("SMX010", "Jo Ann", "", "Weatherby", "", "", "Harlan", "Weatherby", "Nipomo", "93444", "1952-08-27", "780 Tefft St", "09", False),
    ("SMX011", "Dante", "", "Brambilla", "", "", "", "", "Santa Maria", "93454", "1966-01-15", "221 S Broadway", "11", False),
    ("SMX012", "Concepcion", "", "Villasenor", "Connie", "", "", "", "Nipomo", "93444", "1955-03-22", "1561 Camino Caballo", "12", True),
    ("SMX013", "Lorenzo", "", "Figueroa", "", "", "Marisol", "Figueroa", "Santa Maria", "93458", "1982-10-05", "2340 N Western Ave", "13", False),
    ("SMX014", "Marisol", "", "Figueroa", "", "Arreola", "Lorenzo", "Figueroa", "Santa Maria", "93458", "1984-12-29", "2340 N Western Ave", "13", False),
    ("SMX015", "Beatrice", "", "Lundquist", "Bea", "Hollister", "", "", "Orcutt", "93455", "1938-04-17", "4090 Clubhouse Rd", "15", False),
    ("SMX016", "Reginald", "", "Ashworth", "Reggie", "", "", "", "Santa Maria", "93454", "1975-07-07", "909 E Camino Colegio", "", False),
    ("SMX017", "Gwendolyn", "", "Frausto", "", "", "Andres", "Frausto", "Guadalupe", "93434", "1988-02-11", "131 Pioneer St", "17", False),
    ("SMX018", "Florentino", "", "Baca", "Tino", "", "Amparo", "Baca", "Orcutt", "93455", "1947-09-30", "155 Pinal Ave", "18", False),
    ("SMX019", "Amparo", "", "Baca", "", "Leyva", "Florentino", "Baca", "Orcutt", "93455", "1950-06-06", "155 Pinal Ave", "18", False),
    ("SMX020", "Priscilla", "", "Etcheverry", "", "", "", "", "Nipomo", "93444", "", "612 W Tefft St", "20", False),
    ("SMX021", "Desmond", "", "Tavares", "Des", "", "Kaylee", "Tavares", "Santa Maria", "93458", "1990-08-16", "", "21", False),
    ("SMX022", "Ignacio", "", "Zepeda", "Nacho", "", "", "", "Guadalupe", "93434", "", "4870 Ninth St", "", False),
]
BLANK_COORDS = {"SMX022"}   # ZIP centroid used
