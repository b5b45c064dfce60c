"""Hand-written roster of the pwm part (Portland, Lewiston and Auburn, Maine). Every person is invented; ZIPs are real.

Columns: (client_id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth_date,
address_line, do_not_contact, advisor)
"""

ADV = {
    "LA": "l.marchand@cascoriverwealth.example",   # Lewiston / Auburn households
    "PT": "j.sewall@cascoriverwealth.example",     # Portland and the coast
    "NA": "h.dahir@cascoriverwealth.example",      # new-American households, Lewiston
}

R = [
    ("PWM001", "Marie Jeannine", "", "Cloutier", "Jeannine", "Lachance", "Normand", "Cloutier", "Lewiston", "ME", "04240", "1948-05-21", "112 Sabattus St", False, "LA"),
    ("PWM002", "Normand", "", "Cloutier", "Norm", "", "Marie Jeannine", "Cloutier", "Lewiston", "ME", "04240", "1946-11-02", "112 Sabattus St", False, "LA"),
    ("PWM003", "Rosaire", "Joseph", "Poulin Jr.", "Ross", "", "Denise", "Poulin", "Auburn", "ME", "04210", "1957-03-09", "48 Park Ave", False, "LA"),
    ("PWM004", "Lucienne", "Marie", "Dionne", "", "Berube", "", "", "Sabattus", "ME", "04280", "1939-02-14", "9 Middle Rd", False, "LA"),
    ("PWM005", "Armand", "Joseph", "Carrier", "", "", "Therese", "Carrier", "Lewiston", "ME", "04240", "1944-08-03", "305 College St", False, "LA"),
    ("PWM006", "Therese", "", "Carrier", "", "Dube", "Armand", "Carrier", "Lewiston", "ME", "04240", "1947-06-28", "305 College St", False, "LA"),
    ("PWM007", "Abdiwahab", "Farah", "Warsame", "", "", "Hodan", "Ali", "Lewiston", "ME", "04240", "1979-01-01", "77 Birch St", False, "NA"),
    ("PWM008", "Hodan", "", "Ali", "", "", "Abdiwahab", "Warsame", "Lewiston", "ME", "04240", "1983-07-15", "77 Birch St", False, "NA"),
    ("PWM009", "Jean Pierre", "", "Mukendi", "", "", "Esperance", "Mukendi", "Lewiston", "ME", "04240", "1975-10-11", "240 Pine St", False, "NA"),
    ("PWM010", "Esperance", "", "Mukendi", "", "Kabamba", "Jean Pierre", "Mukendi", "Lewiston", "ME", "04240", "1978-04-30", "240 Pine St", False, "NA"),
    ("PWM011", "Eldon", "", "Pettengill", "", "", "Priscilla", "Pettengill", "Cape Elizabeth", "ME", "04107", "1941-09-17", "14 Shore Rd", False, "PT"),
    ("PWM012", "Priscilla", "", "Pettengill", "", "Dyer", "Eldon", "Pettengill", "Cape Elizabeth", "ME", "04107", "1943-12-05", "14 Shore Rd", False, "PT"),
    ("PWM013", "Caleb", "", "Wescott", "", "", "", "", "Falmouth", "ME", "04105", "1981-06-22", "21 Foreside Rd", False, "PT"),
    ("PWM014", "Margaret", "", "Hinckley", "Meg", "", "", "", "Portland", "ME", "04101", "1969-02-03", "60 Pine St Apt 3", False, "PT"),
    ("PWM015", "Nadine", "", "St Pierre", "", "", "Paul", "St Pierre", "Westbrook", "ME", "04092", "1962-08-12", "18 Cumberland St", False, "PT"),
    ("PWM016", "Dennis", "", "OHalloran", "", "", "", "", "South Portland", "ME", "04106", "1955-04-04", "410 Cottage Rd", True, "PT"),
    ("PWM017", "Real", "", "Lapointe", "", "", "", "", "Auburn", "ME", "04210", "1952-12-19", "33 Western Ave", False, "LA"),
    ("PWM018", "Fadumo", "", "Hersi", "", "", "", "", "Lewiston", "ME", "04240", "1972-03-03", "150 Bartlett St", False, "NA"),
    ("PWM019", "Maurice", "", "Vachon", "Moe", "", "Lorraine", "Vachon", "Lewiston", "ME", "04240", "1950-01-27", "25 Lisbon St", False, "LA"),
    ("PWM020", "Theodore", "", "Grindle", "Ted", "", "Wendy", "Grindle", "Scarborough", "ME", "04074", "1960-10-08", "5 Pine Point Rd", False, "PT"),
    ("PWM021", "Yvonne", "Marie", "Rancourt", "", "Lachance", "Gilles", "Rancourt", "Auburn", "ME", "04210", "1951-07-07", "92 Court St", False, "LA"),
    ("PWM022", "Kristen", "", "Achorn", "", "", "", "", "Portland", "ME", "04103", "1985-09-14", "501 Forest Ave", False, "PT"),
]

BLANK_COORDS = {"PWM017"}          # Real Lapointe: lat/lon blank (ZIP centroid)
BLANK_FIPS = {"PWM018"}            # Fadumo Hersi: county_fips blank
COORD_OVERRIDES: dict = {}
NO_BIRTH = {"PWM022"}
NO_PHONE = {"PWM013"}
