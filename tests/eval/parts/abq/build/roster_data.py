"""Hand-written roster for eval part abq (all people invented; places, ZIPs, FIPS real).
Albuquerque, Rio Rancho, Corrales, Bernalillo, Santa Fe, Isleta Pueblo and Santo Domingo (Kewa) Pueblo, N.M."""

ADV = {
    "ABQ": "l.montezuma@sandiacrestwealth.example",
    "SF": "r.ortiz-hale@sandiacrestwealth.example",
    "PUEBLO": "d.quam@sandiacrestwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("ABQ001", "Eloy", "Candelario", "Archibeque Sr.", "", "", "Cipriana", "Archibeque", "Albuquerque", "NM", "87105", "1943-05-15", "2417 Arenal Rd SW", False, "ABQ"),
    ("ABQ002", "Cipriana", "", "Archibeque", "Sippy", "Gurulé", "Eloy", "Archibeque Sr.", "Albuquerque", "NM", "87105", "1946-09-27", "2417 Arenal Rd SW", False, "ABQ"),
    ("ABQ003", "Maria de los Angeles", "", "Sisneros", "Angie", "Ulibarri", "Benito", "Sisneros", "Rio Rancho", "NM", "87124", "1961-08-02", "1180 Cuchilla Loop NE", False, "ABQ"),
    ("ABQ004", "Benito", "", "Sisneros", "Benny", "", "Maria de los Angeles", "Sisneros", "Rio Rancho", "NM", "87124", "1959-03-19", "1180 Cuchilla Loop NE", False, "ABQ"),
    ("ABQ005", "Juan Bautista", "", "Apodaca Montaño", "J.B.", "", "", "", "Santa Fe", "NM", "87505", "1957-06-24", "3021 Calle Tecolote", False, "SF"),
    ("ABQ006", "Ernestina", "", "Lente", "Tina", "Jojola", "Virgil", "Lente", "Isleta", "NM", "87022", "1964-11-30", "14 Tribal Rd 40", False, "PUEBLO"),
    ("ABQ007", "Virgil", "", "Lente", "", "", "Ernestina", "Lente", "Isleta", "NM", "87022", "1962-02-11", "14 Tribal Rd 40", False, "PUEBLO"),
    ("ABQ008", "Delbert", "", "Coriz", "", "", "Rosalie", "Coriz", "Santo Domingo Pueblo", "NM", "87052", "1949-04-08", "88 Kewa Plaza Rd", False, "PUEBLO"),
    ("ABQ009", "Rosalie", "", "Coriz", "", "Calabaza", "Delbert", "Coriz", "Santo Domingo Pueblo", "NM", "87052", "1952-07-21", "88 Kewa Plaza Rd", False, "PUEBLO"),
    ("ABQ010", "Rebecca", "Lynn", "Brackenridge", "Becky", "", "", "", "Corrales", "NM", "87048", "1968-01-09", "455 Camino Arco Iris", False, "ABQ"),
    ("ABQ011", "Tranquilino", "", "Sedillo Jr.", "Lino", "", "Dolores", "Sedillo", "Albuquerque", "NM", "87107", "1951-12-12", "930 Griegos Rd NW", False, "ABQ"),
    ("ABQ012", "Dolores", "", "Sedillo", "Lola", "Abeyta", "Tranquilino", "Sedillo Jr.", "Albuquerque", "NM", "87107", "1954-03-03", "930 Griegos Rd NW", False, "ABQ"),
    ("ABQ013", "Anselmo", "", "C de Baca", "Sam", "", "Gloria", "C de Baca", "Santa Fe", "NM", "87507", "1955-10-04", "6 Camino Caballo", False, "SF"),
    ("ABQ014", "Gloria", "", "C de Baca", "", "Vigil", "Anselmo", "C de Baca", "Santa Fe", "NM", "87507", "1958-05-29", "6 Camino Caballo", False, "SF"),
    ("ABQ015", "Graciela", "", "Montaño", "Chela", "Tafoya", "", "", "Bernalillo", "NM", "87004", "1940-02-17", "211 Calle del Norte", False, "ABQ"),
    ("ABQ016", "Darrell", "", "Yellowhorse", "", "", "", "", "Rio Rancho", "NM", "87144", "1979-08-30", "3907 Pinon Ridge Dr NE", False, "ABQ"),
    ("ABQ017", "Ambrosio", "", "Gurulé", "Brosie", "", "", "", "Albuquerque", "NM", "87112", "1949-01-22", "12208 Menaul Blvd NE Apt 4", False, "ABQ"),
    ("ABQ018", "Siobhan", "", "OKeeffe", "", "", "", "", "Santa Fe", "NM", "87501", "1971-04-14", "417 Acequia Madre", False, "SF"),
    ("ABQ019", "Tobias", "", "Jojola", "Toby", "", "", "", "Isleta", "NM", "87022", "1960-06-06", "3 Old Church Rd", True, "PUEBLO"),
    ("ABQ020", "Evangelina", "", "Trujillo", "Vangie", "Archibeque", "Ramon", "Trujillo", "Albuquerque", "NM", "87114", "1970-12-08", "7712 Rainbow Blvd NW", False, "ABQ"),
    ("ABQ021", "Ramon", "", "Trujillo", "Ray", "", "Evangelina", "Trujillo", "Albuquerque", "NM", "87114", "1969-07-04", "7712 Rainbow Blvd NW", False, "ABQ"),
]

BLANK_COORDS = {"ABQ015"}
BLANK_FIPS = {"ABQ018"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"ABQ016"}
NO_PHONE = {"ABQ018"}
