"""Hand-written roster for the `apn` part: northeast Lower Michigan (Alpena, Rogers City, Posen, Oscoda, Hillman,
Harrisville, Lincoln, Ossineke, Tawas City). All people invented; places, ZIPs and FIPS real."""

ADVISER = "h.lindqvist@thunderbaywealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("APN001", "Stanley", "J.", "Wojciechowski", "Stan", "", "Bernice", "Wojciechowski", "Posen", "49776", "1946-03-09", "6120 Leer Rd", False),
    ("APN002", "Bernice", "", "Wojciechowski", "", "Szczepanski", "Stanley", "Wojciechowski", "Posen", "49776", "1947-07-21", "6120 Leer Rd", False),
    ("APN003", "Leonard", "J.", "Przybylski", "Len", "", "Dolores", "Przybylski", "Alpena", "49707", "1941-02-11", "915 W Chisholm St", False),
    ("APN004", "Dolores", "", "Przybylski", "", "Grabowski", "Leonard", "Przybylski", "Alpena", "49707", "1944-10-02", "915 W Chisholm St", False),
    ("APN005", "Mary Jo", "", "LaFleur", "", "Tremblay", "", "", "Alpena", "49707", "1952-05-30", "417 Lockwood St", False),
    ("APN006", "Gerald", "A.", "Duchene Jr.", "Gerry", "", "Tammy", "Duchene", "Oscoda", "48750", "1970-08-14", "5230 N Huron Rd", False),
    ("APN007", "Tammy", "", "Duchene", "", "Kuehnlein", "Gerald", "Duchene Jr.", "Oscoda", "48750", "1972-12-01", "5230 N Huron Rd", False),
    ("APN008", "Arvid", "", "Koivisto", "", "", "Karen", "Koivisto", "Hillman", "49746", "1968-04-17", "22 Emerick St", False),
    ("APN009", "Rosalie", "", "Bruning", "", "Hoeft", "", "", "Rogers City", "49779", "1938-11-23", "388 S Third St", False),
    ("APN010", "Dale", "", "Krueger", "", "", "Lynn", "Krueger", "Rogers City", "49779", "1963-06-05", "1090 W Erie St", False),
    ("APN011", "Lynn", "", "Krueger", "", "Hein", "Dale", "Krueger", "Rogers City", "49779", "1965-09-26", "1090 W Erie St", False),
    ("APN012", "Theodore", "", "Gauthier", "Ted", "", "Barbara", "Gauthier", "Harrisville", "48740", "1958-01-19", "", True),
    ("APN013", "Andrea", "", "Halloran-Zielke", "", "Zielke", "Sean", "Halloran", "Alpena", "49707", "", "1203 Hobbs Dr", False),
    ("APN014", "Wayne", "", "Bouchey", "", "", "Judy", "Bouchey", "Hillman", "49746", "1949-10-08", "15 Third St", False),
    ("APN015", "Eleanor", "", "Zawacki", "Ellie", "Lamb", "", "", "Ossineke", "49766", "1936-09-02", "11800 US-23 S", False),
    ("APN016", "Ronald", "", "Fournier", "Ron", "", "Patricia", "Fournier", "Alpena", "49707", "1960-02-27", "300 River St", False),
    ("APN017", "Patricia", "", "Fournier", "Patti", "Kollien", "Ronald", "Fournier", "Alpena", "49707", "1962-04-12", "300 River St", False),
    ("APN018", "Frederick", "", "Radke", "Fritz", "", "Gloria", "Radke", "Rogers City", "49779", "1944-12-15", "245 N Lake St", False),
    ("APN019", "Heather", "", "Ostrander", "", "Bolen", "Jason", "Ostrander", "Lincoln", "48742", "1978-03-03", "140 Traverse Bay Rd", False),
    ("APN020", "Jason", "", "Ostrander", "", "", "Heather", "Ostrander", "Lincoln", "48742", "1976-07-29", "140 Traverse Bay Rd", False),
    ("APN021", "Casimir", "", "Szymanski", "Casey", "", "Ashley", "Szymanski", "Alpena", "49707", "1990-06-14", "720 Sable St", False),
    ("APN022", "Margaret", "", "Haglund", "Peg", "Boudreau", "", "", "Tawas City", "48763", "1951-08-18", "509 Lake St", False),
    ("APN023", "Douglas", "", "Ferrier", "Doug", "", "", "", "Oscoda", "48750", "", "4410 Loud Dr", False),
]
NO_PHONE = {"APN015", "APN018"}
