"""Hand-written roster for part eug (Eugene, Springfield, Cottage Grove, Ore.). All people invented; ZIPs real."""

ADV = {"A": "h.lindqvist@mckenzieridgewealth.example", "B": "t.oyelaran@mckenzieridgewealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("EUG001", "Thaddeus", "Ray", "Wescombe", "Tad", "", "Loretta", "Wescombe", "Eugene", "97405", "1948-02-11", "2285 Friendly St", False, "A"),
    ("EUG002", "Loretta", "", "Wescombe", "", "Pruett", "Thaddeus", "Wescombe", "Eugene", "97405", "1950-07-30", "2285 Friendly St", False, "A"),
    ("EUG003", "Ignatius", "", "Varnholt Jr.", "Iggy", "", "Delphine", "Varnholt", "Springfield", "97477", "1957-04-03", "1460 G St", False, "B"),
    ("EUG004", "Mary Beth", "", "Ostergaard", "", "", "Leland", "Ostergaard", "Cottage Grove", "97424", "1961-09-14", "77 N 10th St", False, "A"),
    ("EUG005", "Leland", "", "Ostergaard", "Lee", "", "Mary Beth", "Ostergaard", "Cottage Grove", "97424", "1959-01-22", "77 N 10th St", False, "A"),
    ("EUG006", "Graciela", "", "Zavala Ocampo", "Chela", "", "Ruben", "Zavala", "Springfield", "97478", "1968-05-06", "3390 Yolanda Ave", False, "B"),
    ("EUG007", "Dermot", "", "OShaughnessy", "", "", "", "", "Eugene", "97403", "1972-11-19", "1820 Agate St", False, "B"),
    ("EUG008", "Henrietta", "", "Van Scoyoc", "Hattie", "", "", "", "Eugene", "97401", "1939-06-02", "640 E 13th Ave", False, "A"),
    ("EUG009", "Bartholomew", "", "Kjelstad", "Bart", "", "Ingeborg", "Kjelstad", "Eugene", "97404", "1955-03-28", "915 Irvington Dr", False, "A"),
    ("EUG010", "Ingeborg", "", "Kjelstad", "Inge", "Haugland", "Bartholomew", "Kjelstad", "Eugene", "97404", "1957-12-01", "915 Irvington Dr", False, "A"),
    ("EUG011", "Priyamvada", "", "Sethuraman", "Priya", "", "Arvind", "Sethuraman", "Eugene", "97401", "1980-08-17", "455 W 5th Ave", False, "B"),
    ("EUG012", "Lucius", "", "Brandvold", "", "", "Annika", "Brandvold", "Springfield", "97477", "1966-10-10", "2120 Centennial Blvd", False, "B"),
    ("EUG013", "Annika", "", "Brandvold", "", "Tollefsrud", "Lucius", "Brandvold", "Springfield", "97477", "1968-04-25", "2120 Centennial Blvd", False, "B"),
    ("EUG014", "Jo Ann", "", "Threlkeld", "", "", "", "", "Cottage Grove", "97424", "1949-05-09", "318 S 6th St", False, "A"),
    ("EUG015", "Ezequiel", "", "Arredondo Bustamante", "Zeke", "", "Rosalba", "Arredondo", "Eugene", "97402", "1975-02-14", "1735 Bethel Dr", False, "B"),
    ("EUG016", "Rosalba", "", "Arredondo", "", "Quintanar", "Ezequiel", "Arredondo Bustamante", "Eugene", "97402", "1977-06-21", "1735 Bethel Dr", False, "B"),
    ("EUG017", "Philomena", "", "DArcangelo", "Mena", "", "Vito", "DArcangelo", "Eugene", "97405", "1952-01-07", "3040 Willamette St", False, "A"),
    ("EUG018", "Thurston", "", "Hallgarth", "", "", "", "", "Springfield", "97478", "1963-07-19", "6855 Main St", True, "B"),
    ("EUG019", "Merrilee", "", "Quackenbush", "", "Ashdown", "Dwayne", "Quackenbush", "Cottage Grove", "97424", "1958-03-30", "1104 Gateway Blvd", False, "A"),
    ("EUG020", "Ansel", "", "Haverkamp", "", "", "Berit", "Haverkamp", "Eugene", "97408", "1946-09-05", "3388 Coburg Rd", False, "B"),
    ("EUG021", "Corinna", "", "Eskelson", "", "", "Tobias", "Eskelson", "Springfield", "97477", "1984-12-02", "540 N 19th St", False, "B"),
    ("EUG022", "Tobias", "", "Eskelson", "Toby", "", "Corinna", "Eskelson", "Springfield", "97477", "1983-03-15", "540 N 19th St", False, "B"),
]
NO_BIRTH = {"EUG007", "EUG017"}     # CRM never got these birth dates
BLANK_COORDS = {"EUG014"}           # ZIP centroid used
