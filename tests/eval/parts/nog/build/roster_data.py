"""Hand-written roster for the nog part (Santa Cruz County, Ariz.). All people invented; ZIPs and FIPS real."""

ADV = {"AZ": "v.moraga@sonoranridgewealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("NOG001", "Heriberto", "", "Arvizu Lizarraga", "Beto", "", "Maria Elena", "Arvizu", "Nogales", "AZ", "85621", "1946-04-12", "418 W Calle Loma", False),
    ("NOG002", "Maria Elena", "", "Arvizu", "", "Bojorquez", "Heriberto", "Arvizu Lizarraga", "Nogales", "AZ", "85621", "1949-09-30", "418 W Calle Loma", False),
    ("NOG003", "Rosalio", "", "Manzo Jr.", "Chalio", "", "Trinidad", "Manzo", "Rio Rico", "AZ", "85648", "1968-02-14", "1120 Camino Lito Galindo", False),
    ("NOG004", "Trinidad", "", "Manzo", "Trini", "Yescas", "Rosalio", "Manzo Jr.", "Rio Rico", "AZ", "85648", "1970-06-05", "1120 Camino Lito Galindo", False),
    ("NOG005", "Consuelo", "", "Durazo", "Chelo", "Islas", "", "", "Nogales", "AZ", "85621", "1938-11-21", "207 N Morley Ave", False),
    ("NOG006", "Fidencio", "", "Quijada", "Fito", "", "Araceli", "Quijada", "Nogales", "AZ", "85628", "1971-03-08", "1650 N Mastick Way", False),
    ("NOG007", "Araceli", "", "Quijada", "", "Peralta", "Fidencio", "Quijada", "Nogales", "AZ", "85628", "1974-12-02", "1650 N Mastick Way", False),
    ("NOG008", "Clement", "", "Haverstock", "Clem", "", "Opal", "Haverstock", "Patagonia", "AZ", "85624", "1944-08-17", "33 Harshaw Rd", False),
    ("NOG009", "Opal", "", "Haverstock", "", "Dunagan", "Clement", "Haverstock", "Patagonia", "AZ", "85624", "1947-01-26", "33 Harshaw Rd", False),
    ("NOG010", "Ysidro", "", "Bustamante", "", "", "", "", "Tubac", "AZ", "85646", "1958-07-19", "9 Calle Otero", False),
    ("NOG011", "Lorena", "", "Figueroa Tapia", "", "", "", "", "Rio Rico", "AZ", "85648", "1982-05-27", "540 Circulo Sonoita", False),
    ("NOG012", "Dolores", "", "Esquer", "Lola", "", "", "", "Nogales", "AZ", "85621", "1941-03-15", "95 Crawford St", False),
    ("NOG013", "Teodoro", "", "Gallardo", "Teo", "", "Marisol", "Gallardo", "Sonoita", "AZ", "85637", "1966-10-09", "12 Elgin Rd", False),
    ("NOG014", "Marisol", "", "Gallardo", "", "Encinas", "Teodoro", "Gallardo", "Sonoita", "AZ", "85637", "1969-04-22", "12 Elgin Rd", False),
    ("NOG015", "Bernice", "", "Whitlatch", "Bunny", "", "Dale", "Whitlatch", "Elgin", "AZ", "85611", "1950-12-11", "4 Upper Elgin Rd", False),
    ("NOG016", "Octavio", "", "Ruelas", "Tavo", "", "", "", "Nogales", "AZ", "85621", "1960-01-03", "310 Arroyo Blvd", True),
    ("NOG017", "Rafael", "", "Munguia", "Rafa", "", "Yaritza", "Munguia", "Rio Rico", "AZ", "85648", "1988-09-14", "77 Avenida Coatimundi", False),
    ("NOG018", "Estela", "", "Ortiz", "", "Carrillo", "", "", "Nogales", "AZ", "85628", "1955-05-05", "880 N Grand Ave", False),
    ("NOG019", "Jesus Maria", "", "Lizarraga", "Chuy", "", "", "", "Nogales", "AZ", "85621", "1952-12-25", "61 Pajarito St", False),
    ("NOG020", "Priscilla", "", "Towner", "", "", "", "", "Tubac", "AZ", "85646", "1963-02-02", "2 Placita de Anza", False),
    ("NOG021", "Gilberto", "", "Yescas", "Gil", "", "", "", "Nogales", "AZ", "85621", "1979-08-08", "145 Sonoita Ave", False),
    ("NOG022", "Amparo", "", "Sandoval", "", "Romero", "Nicanor", "Sandoval", "Patagonia", "AZ", "85624", "1941-06-29", "301 McKeown Ave", False),
    ("NOG023", "Nicanor", "", "Sandoval", "Nico", "", "Amparo", "Sandoval", "Patagonia", "AZ", "85624", "1938-03-03", "301 McKeown Ave", False),
]

BLANK_COORDS = {"NOG011", "NOG020"}   # derived from the ZIP
BLANK_FIPS = {"NOG015"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"NOG010", "NOG020"}
NO_PHONE = {"NOG015", "NOG019"}
NO_ADDRESS = {"NOG021"}
