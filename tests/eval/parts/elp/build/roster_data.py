"""Hand-written roster for the elp part (El Paso, Texas and Las Cruces, New Mexico). All people invented;
places, ZIPs and county FIPS real."""

ADV = {
    "TX": "r.escajeda@franklinmountainwealth.example",
    "NM": "l.whitlock@franklinmountainwealth.example",
}
# Fort Bliss / Northeast El Paso military households are served by a third adviser
ADV_BY_ID = {"ELP022": "d.aranda@franklinmountainwealth.example", "ELP023": "d.aranda@franklinmountainwealth.example",
             "ELP005": "d.aranda@franklinmountainwealth.example", "ELP006": "d.aranda@franklinmountainwealth.example",
             "ELP012": "d.aranda@franklinmountainwealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("ELP001", "Jose Guadalupe", "", "Zubiate Carranza", "Lupe", "", "Maria Elena", "Zubiate", "El Paso", "TX", "79912", "1950-03-12", "612 Thunderbird Dr", False),
    ("ELP002", "Maria Elena", "", "Zubiate", "", "Ruiz", "Jose Guadalupe", "Zubiate Carranza", "El Paso", "TX", "79912", "1953-08-01", "612 Thunderbird Dr", False),
    ("ELP003", "Rosalinda", "", "Arzabal", "Rosie", "Provencio", "Ernesto", "Arzabal", "Las Cruces", "NM", "88005", "1961-05-20", "1540 S Espina St", False),
    ("ELP004", "Ernesto", "", "Arzabal", "Neto", "", "Rosalinda", "Arzabal", "Las Cruces", "NM", "88005", "1958-11-02", "1540 S Espina St", False),
    ("ELP005", "Raymond", "L.", "Whitecotton Jr.", "Ray", "", "Deborah", "Whitecotton", "El Paso", "TX", "79904", "1963-02-14", "5120 Sun Valley Dr", False),
    ("ELP006", "Deborah", "", "Whitecotton", "Deb", "Haverkamp", "Raymond", "Whitecotton Jr.", "El Paso", "TX", "79904", "1965-07-09", "5120 Sun Valley Dr", False),
    ("ELP007", "Octavio", "", "Ituarte", "", "", "", "", "El Paso", "TX", "79902", "1947-09-30", "915 Kerbey Ave", False),
    ("ELP008", "Consuelo", "", "De la O", "Chelo", "Barela", "", "", "Mesilla", "NM", "88046", "1944-12-08", "2290 Calle de Guadalupe", False),
    ("ELP009", "Ana Cristina", "", "Escontrias Sotelo", "", "", "", "", "Sunland Park", "NM", "88063", "1982-04-17", "4410 McNutt Rd", False),
    ("ELP010", "Francisco Javier", "", "Chavira Montes", "Paco", "", "Yolanda", "Chavira", "Socorro", "TX", "79927", "1970-06-22", "10851 Socorro Rd", False),
    ("ELP011", "Yolanda", "", "Chavira", "Yoli", "Urias", "Francisco Javier", "Chavira Montes", "Socorro", "TX", "79927", "1972-01-05", "10851 Socorro Rd", False),
    ("ELP012", "Marcus", "D.", "Tubbeville", "", "", "Angela", "Tubbeville", "Horizon City", "TX", "79928", "1968-10-11", "14237 Desert Quail Dr", False),
    ("ELP013", "Guillermo", "", "Armendariz", "Memo", "", "", "", "Canutillo", "TX", "79835", "1956-03-03", "7301 Bosque Rd", True),
    ("ELP014", "Leticia", "", "Quintela", "Lety", "Samaniego", "Ruben", "Quintela", "Las Cruces", "NM", "88011", "1975-09-19", "3905 Sonoma Springs Ave", False),
    ("ELP015", "Dolores", "", "Apodaca", "Lola", "", "", "", "Anthony", "NM", "88021", "1939-06-24", "412 Church St", False),
    ("ELP016", "Harold", "", "Brinegar", "Hal", "", "Joyce", "Brinegar", "El Paso", "TX", "79912", "1948-04-02", "6025 Los Robles Dr", False),
    ("ELP017", "Evangelina", "", "Bustillos", "Vangie", "Marquez", "", "", "El Paso", "TX", "79936", "1966-12-12", "11820 Pebble Hills Blvd", False),
    ("ELP018", "Rafael", "", "Candelaria III", "Trey", "", "", "", "El Paso", "TX", "79925", "1979-08-08", "1707 Lee Trevino Dr", False),
    ("ELP019", "Nohemi", "", "Ontiveros", "Mimi", "Fierro", "Arnulfo", "Ontiveros", "Santa Teresa", "NM", "88008", "1960-02-29", "5 Via Encantada", False),
    ("ELP020", "Walter", "", "Pfannenstiel", "Walt", "", "Ingrid", "Pfannenstiel", "Las Cruces", "NM", "88007", "1952-05-15", "6812 Via Bellisima", False),
    ("ELP022", "Baltazar", "", "Lujan", "Balta", "", "Refugio", "Lujan", "El Paso", "TX", "79936", "1941-10-06", "2404 Joe Battle Blvd", False),
    ("ELP023", "Refugio", "", "Lujan", "Cuca", "Gurrola", "Baltazar", "Lujan", "El Paso", "TX", "79936", "1944-01-28", "2404 Joe Battle Blvd", False),
    ("ELP021", "Ingrid", "", "Pfannenstiel", "", "Soderquist", "Walter", "Pfannenstiel", "Las Cruces", "NM", "88007", "1954-10-03", "6812 Via Bellisima", False),
]
BLANK_COORDS = {"ELP015"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
