"""Hand-written roster for part ale: the Big Bend of Texas (all people invented; places, ZIPs, FIPS real)."""

ADV = {"TX": "r.madrid@chinatiwealth.example"}
ADV_BY_ID = {  # a second adviser for the Fort Davis / Marathon / Terlingua book
    "ALE003": "k.hollis@chinatiwealth.example", "ALE004": "k.hollis@chinatiwealth.example",
    "ALE012": "k.hollis@chinatiwealth.example", "ALE015": "k.hollis@chinatiwealth.example",
    "ALE018": "k.hollis@chinatiwealth.example", "ALE019": "k.hollis@chinatiwealth.example",
    "ALE020": "k.hollis@chinatiwealth.example",
}
NO_BIRTH = {"ALE016", "ALE023"}
NO_PHONE = {"ALE018", "ALE011"}
BLANK_COORDS: set[str] = set()
BLANK_FIPS: set[str] = set()
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("ALE001", "Rosendo", "", "Villalobos", "Chendo", "", "Hermelinda", "Villalobos", "Presidio", "TX", "79845", "1948-07-16", "404 N Orient St", False),
    ("ALE002", "Hermelinda", "", "Villalobos", "Mela", "Carrasco", "Rosendo", "Villalobos", "Presidio", "TX", "79845", "1951-01-22", "404 N Orient St", False),
    ("ALE003", "Lyndon", "", "Kinnard Jr.", "", "", "Doreen", "Kinnard", "Fort Davis", "TX", "79734", "1955-10-03", "1201 Limpia Crossing Rd", False),
    ("ALE004", "Doreen", "", "Kinnard", "", "Scarbrough", "Lyndon", "Kinnard Jr.", "Fort Davis", "TX", "79734", "1957-04-27", "1201 Limpia Crossing Rd", False),
    ("ALE005", "Maria Guadalupe", "", "Arredondo Saenz", "Lupe", "", "", "", "Alpine", "TX", "79830", "1944-03-11", "608 E Avenue E", False),
    ("ALE006", "Tobias", "", "Rensch", "Toby", "", "", "", "Alpine", "TX", "79830", "1966-09-08", "212 N 7th St", False),
    ("ALE007", "Caswell", "T.", "Haverkamp", "Cas", "", "Imogene", "Haverkamp", "Marfa", "TX", "79843", "1941-02-09", "Haverkamp Ranch, 9 mi N on Hwy 17", False),
    ("ALE008", "Imogene", "", "Haverkamp", "", "Tull", "Caswell", "Haverkamp", "Marfa", "TX", "79843", "1944-06-30", "Haverkamp Ranch, 9 mi N on Hwy 17", False),
    ("ALE009", "Ignacio", "", "Prieto", "Nacho", "", "Yesenia", "Prieto", "Presidio", "TX", "79845", "1972-12-01", "1107 W O'Reilly St", False),
    ("ALE010", "Yesenia", "", "Prieto", "", "Ontiveros", "Ignacio", "Prieto", "Presidio", "TX", "79845", "1976-05-19", "1107 W O'Reilly St", False),
    ("ALE011", "Juanita", "", "Bustamante", "Janie", "", "", "", "Alpine", "TX", "79830", "1939-11-04", "303 S 11th St", False),
    ("ALE012", "Roy Dale", "", "Teague", "", "", "Pattie", "Teague", "Marathon", "TX", "79842", "1960-02-14", "105 N 1st St", False),
    ("ALE013", "Celestina", "", "de la Rosa", "Tina", "Olivas", "Octavio", "de la Rosa", "Marfa", "TX", "79843", "1988-08-12", "710 W San Antonio St", False),
    ("ALE014", "Octavio", "", "de la Rosa", "", "", "Celestina", "de la Rosa", "Marfa", "TX", "79843", "1986-03-29", "710 W San Antonio St", False),
    ("ALE015", "Harlan", "", "Pettigrew", "", "", "", "", "Fort Davis", "TX", "79734", "1951-06-06", "18 Musquiz Canyon Rd", True),
    ("ALE016", "Epifanio", "", "Carrasco", "Pifas", "", "", "", "Presidio", "TX", "79845", "1947-04-05", "211 E Market St", False),
    ("ALE017", "Marisol", "", "Leyva Granados", "", "", "", "", "Alpine", "TX", "79830", "1985-01-17", "1005 N Cockrell St", False),
    ("ALE018", "Dwight", "", "Ellerbe", "", "", "", "", "Terlingua", "TX", "79852", "1958-09-23", "", False),
    ("ALE019", "Beatriz", "", "Samaniego", "Betty", "Jurado", "", "", "Fort Davis", "TX", "79734", "1949-02-02", "502 Court Ave", False),
    ("ALE020", "Gilbert", "", "Jurado", "Gil", "", "Nora", "Jurado", "Fort Davis", "TX", "79734", "1953-08-15", "14 Fort St", False),
    ("ALE021", "Clement", "", "Stroud", "Clem", "", "Verna", "Stroud", "Alpine", "TX", "79830", "1937-12-19", "2100 W Holland Ave", False),
    ("ALE022", "Verna", "", "Stroud", "", "Kinnard", "Clement", "Stroud", "Alpine", "TX", "79830", "1940-05-05", "2100 W Holland Ave", False),
    ("ALE023", "Rafael", "", "Anzaldua", "Rafa", "", "", "", "Marfa", "TX", "79843", "1969-10-10", "120 N Highland Ave", False),
    ("ALE024", "Pauline", "", "Threlkeld", "", "", "", "", "Marfa", "TX", "79843", "1962-07-07", "301 S Dean St", False),
]
