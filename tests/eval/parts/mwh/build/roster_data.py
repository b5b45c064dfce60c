"""Hand-written roster for part mwh: Grant County, Washington (all people invented; ZIPs, FIPS real)."""

ADV = "h.vandermolen@basinridgewealth.example"
ADV2 = "c.okimoto@basinridgewealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("MWH001", "Dale", "Arvid", "Kettleson", "", "", "Verna", "Kettleson", "Moses Lake", "98837", "1944-08-21", "1318 W Peninsula Dr", False),
    ("MWH002", "Verna", "", "Kettleson", "", "Ostrander", "Dale", "Kettleson", "Moses Lake", "98837", "1947-02-11", "1318 W Peninsula Dr", False),
    ("MWH003", "Maria Guadalupe", "", "Zamudio Cervantes", "Lupe", "Cervantes", "Rogelio", "Zamudio", "Quincy", "98848", "1971-12-12", "412 F St SE", False),
    ("MWH004", "Rogelio", "", "Zamudio", "", "", "Maria Guadalupe", "Zamudio Cervantes", "Quincy", "98848", "1968-06-03", "412 F St SE", False),
    ("MWH005", "Harlan", "", "Tobiason Jr.", "", "", "Marnie", "Tobiason", "Ephrata", "98823", "1958-04-30", "27 Nat Washington Way", False),
    ("MWH006", "Marnella", "", "Tobiason", "Marnie", "Greiling", "Harlan", "Tobiason Jr.", "Ephrata", "98823", "1960-09-17", "27 Nat Washington Way", False),
    ("MWH007", "Wilma", "", "Fruehauf", "", "Brandvold", "", "", "Ephrata", "98823", "1939-01-05", "614 C St NW", False),
    ("MWH008", "Clayton", "", "Ostrander", "Clay", "", "", "", "Royal City", "99357", "1950-10-02", "9870 Road 13 SW", False),
    ("MWH009", "Mary Jo", "", "Hinderer", "", "", "", "", "Moses Lake", "98837", "", "2207 S Pioneer Way", False),
    ("MWH010", "Bernard", "", "Schoonover", "Bernie", "", "", "", "Moses Lake", "98837", "1952-05-14", "880 E Broadway Ave", True),
    ("MWH011", "Trevor", "", "Gallardo", "", "", "Kelsey", "Gallardo", "Quincy", "98848", "1994-03-08", "103 3rd Ave SW", False),
    ("MWH012", "Kelsey", "", "Gallardo", "", "Pruett", "Trevor", "Gallardo", "Quincy", "98848", "1995-07-22", "103 3rd Ave SW", False),
    ("MWH013", "Arvid", "", "Nyhus", "", "", "", "", "Royal City", "99357", "1961-11-19", "4450 Road N SW", False),
    ("MWH014", "Rosalind", "", "Petrakis", "Roz", "", "", "", "Moses Lake", "98837", "1966-02-25", "117 W Third Ave", False),
    ("MWH015", "Ezequiel", "", "Villasenor", "Cheque", "", "Alma", "Villasenor", "Royal City", "99357", "1959-08-08", "301 Camelia St NE", False),
    ("MWH016", "Gordon", "", "Pfeifle", "Gordy", "", "Lorna", "Pfeifle", "Ephrata", "98823", "1955-03-27", "1502 Nevada Ave NW", False),
    ("MWH017", "Lorna", "", "Pfeifle", "", "Heintzelman", "Gordon", "Pfeifle", "Ephrata", "98823", "1957-12-01", "1502 Nevada Ave NW", False),
    ("MWH018", "Duane", "", "Haakenson", "", "", "", "", "Quincy", "98848", "", "17 J St NW", False),
    ("MWH019", "Shirley Ann", "", "Brosseau", "", "Dufresne", "", "", "Soap Lake", "98851", "1942-06-30", "222 Daisy St S", False),
    ("MWH020", "Kenji", "", "Oyama", "", "", "Naomi", "Oyama", "Moses Lake", "98837", "1976-04-16", "3615 W Lakeshore Dr", False),
    ("MWH021", "Naomi", "", "Oyama", "", "Fairbanks", "Kenji", "Oyama", "Moses Lake", "98837", "1978-09-09", "3615 W Lakeshore Dr", False),
    ("MWH022", "Lyle", "", "Bergstrom", "", "", "", "", "Ephrata", "98823", "1963-07-04", "", False),
]
NO_PHONE = {"MWH018", "MWH022"}
NO_MIDDLE_FILLED = True
