"""Hand-written roster for eval part mia (Miami-Dade County, Fla.). All people invented; places, ZIPs, FIPS real."""

ADV = {
    "Hialeah": "a.valdivia@bayshorelegacy.example",
    "Miami": "a.valdivia@bayshorelegacy.example",
    "Coral Gables": "l.etienne@bayshorelegacy.example",
    "Miami Beach": "r.kestenbaum@bayshorelegacy.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("MIA001", "Rigoberto", "", "Echemendia Barrueco", "Rigo", "", "Maritza", "Echemendia", "Hialeah", "FL", "33012", "1958-06-14", "1450 W 44th Pl", False),
    ("MIA002", "Maritza", "", "Echemendia", "", "Solis", "Rigoberto", "Echemendia Barrueco", "Hialeah", "FL", "33012", "1961-02-02", "1450 W 44th Pl", False),
    ("MIA003", "Osvaldo", "", "Carmenate Jr.", "Ozzy", "", "", "", "Miami", "FL", "33135", "1972-09-30", "2315 SW 6th St", False),
    ("MIA004", "Yamile", "", "Portuondo", "", "Zaldivar", "Ernesto", "Portuondo", "Coral Gables", "FL", "33134", "1966-11-08", "1120 Asturia Ave", False),
    ("MIA005", "Ernesto", "", "Portuondo", "Ernie", "", "Yamile", "Portuondo", "Coral Gables", "FL", "33134", "1963-04-21", "1120 Asturia Ave", False),
    ("MIA006", "Miriam", "", "Blumenkranz", "Mimi", "Teitelbaum", "Harvey", "Blumenkranz", "Miami Beach", "FL", "33140", "1941-08-27", "4801 Pine Tree Dr", False),
    ("MIA007", "Harvey", "S.", "Blumenkranz", "", "", "Miriam", "Blumenkranz", "Miami Beach", "FL", "33140", "1938-03-03", "4801 Pine Tree Dr", False),
    ("MIA008", "Shoshana", "", "Gutkowicz", "Shoshi", "", "", "", "Miami Beach", "FL", "33141", "1970-05-19", "7135 Byron Ave", False),
    ("MIA009", "Jean-Robert", "", "Desrameaux", "", "", "Marie-Claude", "Desrameaux", "Miami", "FL", "33138", "1964-07-04", "8720 NE 2nd Ave", False),
    ("MIA010", "Marie-Claude", "", "Desrameaux", "", "Bellegarde", "Jean-Robert", "Desrameaux", "Miami", "FL", "33138", "1967-12-15", "8720 NE 2nd Ave", False),
    ("MIA011", "Fritzner", "", "Vilsaint", "Fritz", "", "", "", "Miami", "FL", "33150", "1975-03-11", "7910 NW 2nd Ct", False),
    ("MIA012", "Maria de los Angeles", "", "Arencibia Quesada", "Maggie", "", "", "", "Miami", "FL", "33155", "1969-10-02", "6420 SW 38th St", False),
    ("MIA013", "Idalmis", "", "Bacallao", "", "", "", "", "Hialeah", "FL", "33016", "1955-01-23", "6711 W 24th Ave", True),
    ("MIA014", "Reinaldo", "", "Sotolongo", "Rey", "", "", "", "Hialeah", "FL", "33010", "1947-08-09", "455 E 9th St", False),
    ("MIA015", "Lazaro", "", "Bergnes", "", "", "", "", "Miami", "FL", "33125", "1961-04-17", "1650 NW 11th St", False),
    ("MIA016", "Ezra", "", "Tannenwald", "", "", "", "", "Miami Beach", "FL", "33154", "1976-02-28", "9801 Collins Ave", False),
    ("MIA017", "Nadege", "", "Thermidor", "", "Vilsaint", "", "", "Miami", "FL", "33137", "1960-09-09", "5300 NE 4th Ct", False),
    ("MIA018", "Carlos Manuel", "", "de la Guardia", "Manny", "", "Beatriz", "de la Guardia", "Coral Gables", "FL", "33146", "1951-01-12", "720 Alhambra Cir", False),
    ("MIA019", "Beatriz", "", "de la Guardia", "Betty", "Ulloa", "Carlos Manuel", "de la Guardia", "Coral Gables", "FL", "33146", "1953-05-30", "720 Alhambra Cir", False),
    ("MIA020", "Ileana", "", "Cabrisas", "", "", "", "", "Miami", "FL", "33165", "1980-06-06", "9840 SW 24th St", False),
    ("MIA021", "Aaron", "", "Feigenblatt", "", "", "", "", "Miami Beach", "FL", "33139", "1956-12-01", "1500 Bay Rd", False),
]

BLANK_COORDS = {"MIA015", "MIA020"}
BLANK_FIPS = {"MIA016"}
COORD_OVERRIDES: dict = {}
NO_BIRTH = {"MIA020"}
NO_PHONE = {"MIA016"}
