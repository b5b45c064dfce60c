"""Hand-written roster for the ftm part (Lee County, Florida). All people invented; places, ZIPs, FIPS real."""

ADV = {
    "north": "c.abernathy@mangrovewealth.example",   # Cape Coral, North Fort Myers, Sanibel
    "south": "r.villanueva@mangrovewealth.example",  # Fort Myers, Lehigh Acres, Estero, Bonita Springs
}
NORTH = {"Cape Coral", "North Fort Myers", "Sanibel", "Fort Myers Beach"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("FTM001", "Gerald", "W.", "Brinkerhoff", "Jerry", "", "Lorraine", "Brinkerhoff", "Cape Coral", "33904", "1946-03-14", "1412 SE 21st Ter", False),
    ("FTM002", "Lorraine", "", "Brinkerhoff", "", "Szymanski", "Gerald", "Brinkerhoff", "Cape Coral", "33904", "1948-07-02", "1412 SE 21st Ter", False),
    ("FTM003", "Ida Mae", "", "Pettway", "", "Harrell", "", "", "Fort Myers", "33916", "1941-11-23", "2417 Cranford Ave", False),
    ("FTM004", "Wilfredo", "", "Cintron Rivera", "Willy", "", "Marisol", "Cintron", "Lehigh Acres", "33971", "1969-05-30", "907 Kilbourne Ave S", False),
    ("FTM005", "Marisol", "", "Cintron", "", "Ortega", "Wilfredo", "Cintron Rivera", "Lehigh Acres", "33971", "1971-09-12", "907 Kilbourne Ave S", False),
    ("FTM006", "Klaus", "", "Oberholtzer", "", "", "Renate", "Oberholtzer", "Cape Coral", "33914", "1950-04-18", "5230 Tower Dr", False),
    ("FTM007", "Thaddeus", "", "Wojcik Jr.", "Tad", "", "", "", "Fort Myers", "33919", "1968-10-03", "1860 Winkler Ave", False),
    ("FTM008", "Carol Ann", "", "Dunleavy", "", "Pruitt", "", "", "Bonita Springs", "34134", "1944-06-27", "27100 Shriver Ave", False),
    ("FTM009", "Fritznel", "", "Desravines", "", "", "Nadege", "Desravines", "Lehigh Acres", "33936", "1979-02-08", "314 Homestead Rd S", False),
    ("FTM010", "Nadege", "", "Desravines", "", "Louissaint", "Fritznel", "Desravines", "Lehigh Acres", "33936", "1982-12-19", "314 Homestead Rd S", False),
    ("FTM011", "Harriet", "", "Vandergriff", "Hattie", "", "", "", "Fort Myers", "33907", "1939-01-15", "4310 Summerlin Rd", True),
    ("FTM012", "Roderick", "", "Fennimore", "Rod", "", "", "", "Bonita Springs", "34135", "1971-08-21", "10381 Old 41 Rd", False),
    ("FTM013", "LaToya", "", "McCloud", "", "", "Terrence", "McCloud", "Fort Myers", "33916", "1984-03-29", "3012 Mango St", False),
    ("FTM014", "Terrence", "", "McCloud", "Terry", "", "LaToya", "McCloud", "Fort Myers", "33916", "1982-07-07", "3012 Mango St", False),
    ("FTM015", "Everett", "", "Lindqvist", "", "", "Margit", "Lindqvist", "Sanibel", "33957", "1940-02-09", "1175 Periwinkle Way", False),
    ("FTM016", "Margit", "", "Lindqvist", "", "Aho", "Everett", "Lindqvist", "Sanibel", "33957", "1942-05-16", "1175 Periwinkle Way", False),
    ("FTM017", "Rosalba", "", "Quiej", "", "", "", "", "Bonita Springs", "34135", "1978-04-04", "25911 Pennsylvania Ave", False),
    ("FTM018", "Dennis", "", "Hollenbeck", "Denny", "", "", "", "North Fort Myers", "33903", "1961-09-30", "2231 Pondella Rd", False),
    ("FTM019", "Francine", "", "Ablamsky", "Frannie", "Kowalczyk", "Walter", "Ablamsky", "Fort Myers Beach", "33931", "1953-02-11", "4521 Estero Blvd", False),
    ("FTM020", "Kenneth", "", "Osterhout", "Ken", "", "Diane", "Osterhout", "Estero", "33928", "1958-11-05", "20100 Sanibel View Cir", False),
    ("FTM021", "Diane", "", "Osterhout", "", "Mankowski", "Kenneth", "Osterhout", "Estero", "33928", "1960-01-22", "20100 Sanibel View Cir", False),
    ("FTM022", "Mary Beth", "", "Trammell", "", "", "", "", "Cape Coral", "33991", "1975-06-13", "2808 SW 29th Ave", False),
    ("FTM023", "Harold", "", "Gruenwald", "Hal", "", "", "", "Cape Coral", "33990", "1949-08-08", "1620 SE 8th Pl", False),
]
NO_BIRTH = {"FTM012", "FTM017"}
NO_PHONE = {"FTM022"}
NO_ADDRESS = {"FTM007"}
