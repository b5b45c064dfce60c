"""Hand-written roster for eval part anc (Anchorage, Eagle River/Chugiak, Wasilla/Palmer, Alaska).
All people invented; places, ZIPs, FIPS real."""

ADV = {
    "ANC": "k.alexie@northlightridge.example",
    "ERV": "m.sorensen@northlightridge.example",
    "MSU": "m.sorensen@northlightridge.example",
    "JBR": "d.pelagio@northlightridge.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, desk
R = [
    ("ANC001", "Evelyn", "", "Nanugak", "Evie", "Kassaiuli", "Walter", "Nanugak", "Anchorage", "AK", "99508", "1952-06-11", "3620 E 20th Ave", False, "ANC"),
    ("ANC002", "Walter", "", "Nanugak", "", "", "Evelyn", "Nanugak", "Anchorage", "AK", "99508", "1949-01-27", "3620 E 20th Ave", False, "ANC"),
    ("ANC003", "Rodolfo", "", "Dimaculangan Jr.", "Rudy", "", "Maria Cristina", "Dimaculangan", "Anchorage", "AK", "99504", "1966-08-02", "7711 Chevigny St", False, "JBR"),
    ("ANC004", "Maria Cristina", "", "Dimaculangan", "Tina", "Lagasca", "Rodolfo", "Dimaculangan Jr.", "Anchorage", "AK", "99504", "1968-12-19", "7711 Chevigny St", False, "JBR"),
    ("ANC005", "Iosefa", "", "Faavesi", "Joe", "", "Losa", "Faavesi", "Anchorage", "AK", "99508", "1971-04-14", "440 N Klevin St", False, "ANC"),
    ("ANC006", "Losa", "", "Faavesi", "", "Leiataua", "Iosefa", "Faavesi", "Anchorage", "AK", "99508", "1973-09-30", "440 N Klevin St", False, "ANC"),
    ("ANC007", "Dwight", "L.", "Harrelkamp", "", "", "Carol", "Harrelkamp", "Eagle River", "AK", "99577", "1958-05-09", "18240 Baronoff Ave", False, "JBR"),
    ("ANC008", "Carol", "", "Harrelkamp", "", "Pruett", "Dwight", "Harrelkamp", "Eagle River", "AK", "99577", "1960-02-21", "18240 Baronoff Ave", False, "JBR"),
    ("ANC009", "Agnes", "", "Nikolaikin", "", "", "", "", "Wasilla", "AK", "99654", "1947-10-03", "1150 E Bogard Rd", False, "MSU"),
    ("ANC010", "Daniel", "", "Tukrook", "Danny", "", "Sheila", "Tukrook", "Palmer", "AK", "99645", "1979-03-16", "2260 N Trunk Rd", False, "MSU"),
    ("ANC011", "Marlys", "", "Brenneke", "", "Sundquist", "Orrin", "Brenneke", "Palmer", "AK", "99645", "1944-07-22", "910 S Alaska St", False, "MSU"),
    ("ANC012", "Orrin", "J.", "Brenneke", "", "", "Marlys", "Brenneke", "Palmer", "AK", "99645", "1941-03-03", "910 S Alaska St", False, "MSU"),
    ("ANC013", "Teodora", "", "Bagaoisan", "Dory", "", "", "", "Anchorage", "AK", "99507", "1961-11-05", "2501 Abbott Rd", False, "ANC"),
    ("ANC014", "Kyle", "", "Lindvahl", "", "", "", "", "Wasilla", "AK", "99623", "1985-06-28", "5800 W Knik-Goose Bay Rd", False, "MSU"),
    ("ANC015", "Grant", "", "McFetridge", "", "", "Rachel", "McFetridge", "Eagle River", "AK", "99577", "1966-01-12", "11020 Eagle River Ln", True, "ERV"),
    ("ANC016", "Lorraine", "", "Amiqtuk", "", "", "", "", "Anchorage", "AK", "99515", "1970-09-08", "9300 Old Seward Hwy", False, "ANC"),
    ("ANC017", "Faamatala", "", "Tauanuu", "Mata", "", "", "", "Anchorage", "AK", "99504", "1975-02-17", "1600 Muldoon Rd", False, "ANC"),
    ("ANC018", "Sean", "", "OHalloran", "", "", "Tamsin", "OHalloran", "Chugiak", "AK", "99567", "1963-10-24", "20414 Birchwood Loop Rd", False, "ERV"),
    ("ANC019", "Tamsin", "", "OHalloran", "Tammy", "Greaves", "Sean", "OHalloran", "Chugiak", "AK", "99567", "1965-04-04", "20414 Birchwood Loop Rd", False, "ERV"),
    ("ANC020", "Jerome", "", "Stolpestad", "Jerry", "", "", "", "Wasilla", "AK", "99654", "1956-12-01", "300 N Lucille St", False, "MSU"),
    ("ANC021", "Sheila", "", "Tukrook", "", "Agimuk", "Daniel", "Tukrook", "Palmer", "AK", "99645", "1981-07-07", "2260 N Trunk Rd", False, "MSU"),
]

BLANK_COORDS = {"ANC020"}
BLANK_FIPS = {"ANC013"}
COORD_OVERRIDES = {}
NO_BIRTH = {"ANC017"}
NO_PHONE = {"ANC014"}
