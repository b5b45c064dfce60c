"""Hand-written roster for the pvd part (all people invented; places, ZIPs, FIPS real).
Providence / Pawtucket, R.I. (Providence County 44007) and Fall River / New Bedford, Mass. (Bristol County 25005)."""

ADV = {
    "RI": "l.figueiredo@quahogwealth.example",
    "MA": "d.sarmento@quahogwealth.example",
}
# a third adviser covers Cranston/Johnston households
ADV_BY_CITY = {"Cranston": "p.iannotti@quahogwealth.example", "Johnston": "p.iannotti@quahogwealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("PVD001", "Maria de Fatima", "", "Raposo", "Fatima", "Cabral", "Manuel", "Raposo", "Fall River", "MA", "02723", "1952-08-15", "212 Columbia St", False),
    ("PVD002", "Manuel", "J.", "Raposo", "Manny", "", "Maria de Fatima", "Raposo", "Fall River", "MA", "02723", "1949-03-02", "212 Columbia St", False),
    ("PVD003", "Joseph", "", "Capobianco Jr.", "Joe", "", "Anna", "Capobianco", "Providence", "RI", "02909", "1958-11-19", "44 Penn St", False),
    ("PVD004", "Anna", "Marie", "Capobianco", "", "Trombetta", "Joseph", "Capobianco Jr.", "Providence", "RI", "02909", "1960-04-07", "44 Penn St", False),
    ("PVD005", "Antonio", "", "Pacheco Vieira", "Tony", "", "Maria de Lurdes", "Vieira", "New Bedford", "MA", "02745", "1941-06-12", "88 Ashley Blvd", False),
    ("PVD006", "Maria de Lurdes", "", "Vieira", "Lurdes", "Estrela", "Antonio", "Pacheco Vieira", "New Bedford", "MA", "02745", "1944-01-23", "88 Ashley Blvd", False),
    ("PVD007", "Domingos", "", "Brito Semedo", "Mingo", "", "Ana Lucia", "Brito Semedo", "Pawtucket", "RI", "02860", "1963-07-05", "61 Lonsdale Ave", False),
    ("PVD008", "Ana Lucia", "", "Brito Semedo", "", "Fortes", "Domingos", "Brito Semedo", "Pawtucket", "RI", "02860", "1966-02-14", "61 Lonsdale Ave", False),
    ("PVD009", "Rosemary", "", "Mancieri", "Ro", "Galluzzo", "", "", "Johnston", "RI", "02919", "1955-09-30", "15 Killingly St", False),
    ("PVD010", "Vincenzo", "", "DiMaiolo", "Vinny", "", "", "", "Providence", "RI", "02908", "1970-12-01", "230 Academy Ave", False),
    ("PVD011", "Gilberto", "", "Tavares Lopes", "Gil", "", "", "", "New Bedford", "MA", "02740", "1975-05-18", "19 Cove St", False),
    ("PVD012", "Lucille", "", "Letendre", "", "Gendron", "", "", "Pawtucket", "RI", "02861", "1944-10-02", "7 Armistice Blvd", False),
    ("PVD013", "Raymond", "", "Cabeceiras", "Ray", "", "Deborah", "Cabeceiras", "Fall River", "MA", "02720", "1961-01-27", "330 Eastern Ave", False),
    ("PVD014", "Deborah", "", "Cabeceiras", "Debbie", "Lonergan", "Raymond", "Cabeceiras", "Fall River", "MA", "02720", "1963-06-11", "330 Eastern Ave", False),
    ("PVD015", "Francesca", "", "Trombetta", "Fran", "", "", "", "Cranston", "RI", "02920", "1963-03-25", "9 Pontiac Ave", False),
    ("PVD016", "Jose Carlos", "", "Amaral Furtado", "", "", "", "", "North Dartmouth", "MA", "02747", "1958-12-08", "402 Tucker Rd", True),
    ("PVD017", "Helena", "", "Camara", "", "", "", "", "East Providence", "RI", "02914", "1972-08-29", "55 Warren Ave", False),
    ("PVD018", "Nicholas", "", "DErcole", "Nicky", "", "", "", "Providence", "RI", "02906", "1980-02-03", "120 Ives St", False),
    ("PVD019", "Armando", "", "Estrela", "", "", "Conceicao", "Estrela", "New Bedford", "MA", "02746", "1950-05-09", "14 Coggeshall St", False),
    ("PVD020", "Christine", "", "Ouimette", "Chris", "", "", "", "Central Falls", "RI", "02863", "1968-11-14", "280 Dexter St", False),
    ("PVD021", "Marisa", "", "Capobianco", "", "", "", "", "Providence", "RI", "02908", "1988-06-21", "77 Pembroke Ave", False),
    ("PVD022", "Paulo", "Jorge", "Sousa Rebelo", "", "", "Cristina", "Rebelo", "Fall River", "MA", "02724", "1979-10-10", "95 Globe St", False),
]

BLANK_COORDS = {"PVD012"}
BLANK_FIPS: set[str] = set()
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"PVD021"}
NO_PHONE = {"PVD020"}
