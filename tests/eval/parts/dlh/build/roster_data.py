"""Hand-written roster for the dlh part (Duluth, Minn. and the Twin Ports). All people invented; places, ZIPs,
county FIPS real (ZIP centroids from the `zipcodes` package)."""

ADV = {
    "MN": "k.lindquist-ahola@aeriallift-advisors.example",
    "WI": "r.nakamura@aeriallift-advisors.example",
}
# Clients in Two Harbors and Cloquet/Esko are served by the second adviser too (a book split by town, as firms do).
ADV_BY_CITY = {"Two Harbors": ADV["WI"], "Cloquet": ADV["WI"], "Esko": ADV["WI"], "Superior": ADV["WI"]}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("DLH001", "Torvald", "", "Skaugstad", "Tor", "", "Ingeborg", "Skaugstad", "Duluth", "MN", "55803", "1946-02-11", "2210 Woodland Ave", False),
    ("DLH002", "Ingeborg", "", "Skaugstad", "Inga", "Rautio", "Torvald", "Skaugstad", "Duluth", "MN", "55803", "1949-07-30", "2210 Woodland Ave", False),
    ("DLH003", "Leland", "Arvid", "Varpness", "", "", "Marit", "Varpness", "Duluth", "MN", "55804", "1938-05-09", "4521 London Rd", False),
    ("DLH004", "Marit", "", "Varpness", "", "Hovland", "Leland", "Varpness", "Duluth", "MN", "55804", "1941-01-22", "4521 London Rd", False),
    ("DLH005", "Ruth Ann", "", "Pelkonen-Draxler", "Ruthie", "Pelkonen", "Michael", "Draxler", "Hermantown", "MN", "55811", "1963-09-14", "5121 Maple Grove Rd", False),
    ("DLH006", "Delbert", "", "Wojciechowski Jr.", "Del", "", "Gwendolyn", "Wojciechowski", "Proctor", "MN", "55810", "1958-04-02", "212 4th Ave", False),
    ("DLH007", "Gwendolyn", "", "Wojciechowski", "Gwen", "Lindahl", "Delbert", "Wojciechowski Jr.", "Proctor", "MN", "55810", "1960-11-19", "212 4th Ave", False),
    ("DLH008", "Rosalind", "", "Shingibis", "Roz", "", "", "", "Cloquet", "MN", "55720", "1955-03-27", "1408 Big Lake Rd", False),
    ("DLH009", "Anand", "", "Velayudhan", "", "", "Priya", "Velayudhan", "Duluth", "MN", "55812", "1971-06-08", "2216 Kenwood Ave", False),
    ("DLH010", "Mary Beth", "", "Strandquist", "", "Lofgren", "Warren", "Strandquist", "Two Harbors", "MN", "55616", "1967-12-03", "811 3rd Ave", False),
    ("DLH011", "Oskar", "", "Halvorsrud", "", "", "Janice", "Halvorsrud", "Superior", "WI", "54880", "1952-08-21", "1714 Hughitt Ave", False),
    ("DLH012", "Janice", "", "Halvorsrud", "Jan", "Pietila", "Oskar", "Halvorsrud", "Superior", "WI", "54880", "1954-02-05", "1714 Hughitt Ave", False),
    ("DLH013", "Gerald", "", "Tomasetti", "Gerry", "", "", "", "Duluth", "MN", "55807", "1950-10-12", "413 N 57th Ave W", False),
    ("DLH014", "Lorraine", "", "Bjerkeseth", "", "", "", "", "Duluth", "MN", "55805", "1944-05-17", "1025 E 5th St", False),
    ("DLH015", "Thaddeus", "", "Mrozinski", "Tad", "", "", "", "Duluth", "MN", "55806", "1975-01-30", "1811 W 4th St", False),
    ("DLH016", "Philomena", "", "Giuliacci", "Mena", "Sabatino", "", "", "Duluth", "MN", "55807", "1947-09-09", "5711 Raleigh St", False),
    ("DLH017", "Bradley", "", "Kauppinen", "Brad", "", "Heidi", "Kauppinen", "Esko", "MN", "55733", "1969-05-25", "17 Juntunen Rd", False),
    ("DLH018", "Heidi", "", "Kauppinen", "", "Ruuska", "Bradley", "Kauppinen", "Esko", "MN", "55733", "1971-08-16", "17 Juntunen Rd", False),
    ("DLH019", "Corwin", "", "Eidsness", "", "", "Sonja", "Eidsness", "Hermantown", "MN", "55811", "1983-04-11", "4402 Ugstad Rd", False),
    ("DLH020", "Harlan", "", "Fjelstad", "", "", "", "", "Duluth", "MN", "55804", "1950-02-02", "5830 Jay St", True),
    ("DLH021", "Augustine", "", "Pajari", "Gus", "", "", "", "Cloquet", "MN", "55720", "1940-10-03", "902 Carlton Ave", False),
    ("DLH022", "Ardith", "", "Sorvisto", "", "", "", "", "Duluth", "MN", "55808", "1936-06-19", "1230 Commonwealth Ave", False),
]

# clients whose coordinates are left blank (derived from the ZIP by the engine)
BLANK_COORDS = {"DLH014", "DLH019"}
# clients without a birth date or phone in the CRM
NO_BIRTH = {"DLH015", "DLH019"}
NO_PHONE = {"DLH008", "DLH013"}
AREA = {"MN": "218", "WI": "715"}
