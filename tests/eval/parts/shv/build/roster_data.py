"""Hand-written roster for the shv part (Shreveport / Bossier City / Minden, La.). People invented; ZIPs, FIPS real."""

ADV_CADDO = "r.batiste@pinewoodcapital.example"
ADV_EAST = "k.hollingsworth@pinewoodcapital.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("SHV001", "Thaddeus", "R.", "Fontenberry", "Thad", "", "Lorena", "Fontenberry", "Shreveport", "71106", "1948-02-11", "6120 Gilbert Dr", False, ADV_CADDO),
    ("SHV002", "Lorena", "", "Fontenberry", "", "Guillory", "Thaddeus", "Fontenberry", "Shreveport", "71106", "1951-07-30", "6120 Gilbert Dr", False, ADV_CADDO),
    ("SHV003", "Cletus", "Ray", "Wynnewood Jr.", "", "", "Darlene", "Wynnewood", "Bossier City", "71111", "1963-04-18", "2904 Airline Dr", False, ADV_EAST),
    ("SHV004", "Mary Frances", "", "Pellerin", "", "Toland", "", "", "Minden", "71055", "1944-09-12", "418 Pine St", False, ADV_EAST),
    ("SHV005", "Rigoberto", "", "Zamudio Quintanilla", "Rigo", "", "Yesenia", "Zamudio", "Bossier City", "71112", "1976-01-09", "3317 Wemple Rd", False, ADV_EAST),
    ("SHV006", "Yesenia", "", "Zamudio", "", "Barraza", "Rigoberto", "Zamudio Quintanilla", "Bossier City", "71112", "1979-11-23", "3317 Wemple Rd", False, ADV_EAST),
    ("SHV007", "Genevieve", "", "DArtois", "Gigi", "", "", "", "Shreveport", "71104", "1958-05-06", "612 Kirby Pl", False, ADV_CADDO),
    ("SHV008", "Ambrose", "", "St. Romain", "", "", "Claudette", "St. Romain", "Shreveport", "71105", "1946-06-03", "1540 Southfield Rd", False, ADV_CADDO),
    ("SHV009", "Claudette", "", "St. Romain", "", "Dupuy", "Ambrose", "St. Romain", "Shreveport", "71105", "1949-03-14", "1540 Southfield Rd", False, ADV_CADDO),
    ("SHV010", "Prakash", "", "Venkataraman", "", "", "Lakshmi", "Venkataraman", "Shreveport", "71115", "1971-12-02", "9021 Ellerbe Rd", False, ADV_CADDO),
    ("SHV011", "Alonzo", "", "Threadgill", "", "", "Bernice", "Threadgill", "Shreveport", "71109", "1956-08-08", "3725 Jewella Ave", False, ADV_CADDO),
    ("SHV012", "Bernice", "", "Threadgill", "", "Fountaine", "Alonzo", "Threadgill", "Shreveport", "71109", "1958-02-19", "3725 Jewella Ave", False, ADV_CADDO),
    ("SHV013", "Lamar", "", "Pettaway Sr.", "", "", "", "", "Minden", "71055", "1950-10-02", "207 Homer Rd", False, ADV_EAST),
    ("SHV014", "Corinne", "", "Delahoussaye", "", "", "", "", "Bossier City", "71111", "1965-01-30", "117 Shady Grove Dr", False, ADV_EAST),
    ("SHV015", "Dewitt", "", "Raborn", "Dewey", "", "Opal", "Raborn", "Haughton", "71037", "1939-05-27", "1880 Hwy 157", False, ADV_EAST),
    ("SHV016", "Ruby Nell", "", "Castleberry", "", "Strother", "", "", "Benton", "71006", "1947-10-15", "55 Palmetto Rd", False, ADV_EAST),
    ("SHV017", "Jarvis", "", "Embry", "", "", "Keisha", "Embry", "Bossier City", "71111", "1974-08-21", "4410 Kingston Rd", False, ADV_EAST),
    ("SHV018", "Keisha", "", "Embry", "", "Goudeau", "Jarvis", "Embry", "Bossier City", "71111", "1977-12-05", "4410 Kingston Rd", False, ADV_EAST),
    ("SHV019", "Hollis", "", "Vandiver", "", "", "", "", "Minden", "71055", "1961-03-27", "92 Sibley Rd", True, ADV_EAST),
    ("SHV020", "Bartholomew", "", "Kingsolver", "Bart", "", "Amanda", "Kingsolver", "Shreveport", "71118", "1969-03-15", "8805 Mansfield Rd", False, ADV_CADDO),
    ("SHV021", "Odessa", "", "Fairchild", "Dessie", "", "", "", "Shreveport", "71101", "1938-07-04", "825 Cotton St", False, ADV_CADDO),
    ("SHV022", "Marcus", "", "Oyelaran", "", "", "Tamika", "Oyelaran", "Bossier City", "71112", "1980-06-17", "2215 Barksdale Blvd", False, ADV_EAST),
]
