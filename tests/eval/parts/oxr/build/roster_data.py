"""Hand-written roster for the oxr part (Oxnard and Ventura, California). All people invented; places, ZIPs, FIPS real."""

ADV = {
    "Oxnard": "r.delgadillo@mandalaywealth.example",
    "Port Hueneme": "r.delgadillo@mandalaywealth.example",
    "Camarillo": "r.delgadillo@mandalaywealth.example",
    "Ventura": "k.whitcombe@mandalaywealth.example",
    "Ojai": "k.whitcombe@mandalaywealth.example",
    "Santa Paula": "k.whitcombe@mandalaywealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("OXR001", "Teodoro", "", "Zamarripa Olvera", "Teddy", "", "Consuelo", "Zamarripa", "Oxnard", "CA", "93030", "1949-08-21", "1418 Cuesta del Mar Dr", False),
    ("OXR002", "Consuelo", "", "Zamarripa", "Connie", "Ocampo", "Teodoro", "Zamarripa Olvera", "Oxnard", "CA", "93030", "1952-03-09", "1418 Cuesta del Mar Dr", False),
    ("OXR003", "Rosalind", "", "Achterberg", "Roz", "", "", "", "Ventura", "CA", "93003", "1958-10-30", "655 Petit Ave", False),
    ("OXR004", "Benigno", "M.", "Dimaculangan", "Ben", "", "Perpetua", "Dimaculangan", "Oxnard", "CA", "93033", "1944-11-14", "2231 Sextant Pl", False),
    ("OXR005", "Perpetua", "L.", "Dimaculangan", "Pet", "Lacsamana", "Benigno", "Dimaculangan", "Oxnard", "CA", "93033", "1947-06-02", "2231 Sextant Pl", False),
    ("OXR006", "Marisol", "", "Tzintzun", "", "", "Efrain", "Tzintzun", "Oxnard", "CA", "93036", "1981-05-17", "3307 Ketch Ave", False),
    ("OXR007", "Garrison", "", "Pettengill Jr.", "Gary", "", "Lorna", "Pettengill", "Ventura", "CA", "93001", "1957-02-11", "288 Fir St", False),
    ("OXR008", "Lorna", "", "Pettengill", "", "Quarles", "Garrison", "Pettengill Jr.", "Ventura", "CA", "93001", "1959-07-04", "288 Fir St", False),
    ("OXR009", "Kiyoshi", "", "Tsuchiyama", "Kiyo", "", "", "", "Camarillo", "CA", "93010", "1938-04-02", "1906 Ponderosa Dr", False),
    ("OXR010", "Evangelina", "", "Macaraeg", "Vangie", "Dimaculangan", "Rodolfo", "Macaraeg", "Port Hueneme", "CA", "93041", "1962-09-08", "514 Bard Rd", False),
    ("OXR011", "Thaddeus", "", "Quackenbush", "Tad", "", "", "", "Ventura", "CA", "93004", "1966-12-01", "10880 Citrus Dr", False),
    ("OXR012", "Araceli", "", "Huitron", "", "", "Joaquin", "Huitron", "Santa Paula", "CA", "93060", "1972-02-19", "940 E Santa Barbara St", False),
    ("OXR013", "Joaquin", "", "Huitron", "", "", "Araceli", "Huitron", "Santa Paula", "CA", "93060", "1969-10-05", "940 E Santa Barbara St", False),
    ("OXR014", "Philippa", "", "Ravenscroft", "Pippa", "Aldous", "Conrad", "Ravenscroft", "Ojai", "CA", "93023", "1950-01-23", "1215 Foothill Rd", False),
    ("OXR015", "Conrad", "", "Ravenscroft", "", "", "Philippa", "Ravenscroft", "Ojai", "CA", "93023", "1947-08-30", "1215 Foothill Rd", False),
    ("OXR016", "Ignacio", "", "Urquídez", "Nacho", "", "Dolores", "Urquídez", "Oxnard", "CA", "93035", "1962-06-12", "4820 Harbor Sands Way", False),
    ("OXR017", "Wilhelmina", "", "Van Tassel", "Billie", "", "", "", "Camarillo", "CA", "93012", "1961-04-27", "77 Via Zamora", False),
    ("OXR018", "Rigoberto", "", "Chairez", "Beto", "", "Graciela", "Chairez", "Oxnard", "CA", "93036", "1975-03-03", "1730 Cortez St", False),
    ("OXR019", "Sunniva", "", "Eskildsen", "", "", "", "", "Ventura", "CA", "93001", "1984-11-11", "41 S Oak St", False),
    ("OXR020", "Ferdinand", "", "Bituin", "Ferdie", "", "Marilou", "Bituin", "Oxnard", "CA", "93033", "1958-12-30", "2560 Bolker Dr", True),
    ("OXR021", "Siobhan", "", "ODriscoll", "", "", "", "", "Ventura", "CA", "93004", "1969-03-17", "9122 Nantucket St", False),
    ("OXR022", "Mariano", "", "Lacsamana", "Anoy", "", "Corazon", "Lacsamana", "Camarillo", "CA", "93010", "1950-05-05", "388 Dover Ave", False),
]

BLANK_COORDS = {"OXR017"}
BLANK_FIPS = {"OXR022"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH: set[str] = set()
NO_PHONE = {"OXR019"}
