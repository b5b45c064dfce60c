"""Hand-written roster for part sln: central Kansas (Salina, Abilene, McPherson, Lindsborg). People invented;
places, ZIPs and FIPS real."""

ADV = "k.holmberg@smokyhillwealth.example"
AREA = {"Salina": "785", "Abilene": "785", "Lindsborg": "785", "Solomon": "785", "Gypsum": "785", "McPherson": "620"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("SLN001", "Harlan", "D.", "Voth", "", "", "Marlys", "Voth", "Salina", "67401", "1949-08-12", "1421 Roach St", False),
    ("SLN002", "Marlys", "", "Voth", "", "Regier", "Harlan", "Voth", "Salina", "67401", "1951-02-27", "1421 Roach St", False),
    ("SLN003", "Torsten", "", "Sjogren", "Tory", "", "Ingrid", "Sjogren", "Lindsborg", "67456", "1955-11-30", "310 N Second St", False),
    ("SLN004", "Ingrid", "", "Sjogren", "", "Holmquist", "Torsten", "Sjogren", "Lindsborg", "67456", "1957-04-18", "310 N Second St", False),
    ("SLN005", "Delbert", "", "Unruh", "Del", "", "LaVonne", "Unruh", "McPherson", "67460", "1942-01-09", "804 N Walnut St", False),
    ("SLN006", "LaVonne", "", "Unruh", "", "Schrag", "Delbert", "Unruh", "McPherson", "67460", "1944-07-22", "804 N Walnut St", False),
    ("SLN007", "Wilma", "", "Kasselman", "", "", "", "", "Abilene", "67410", "1938-10-05", "506 NW Fourth St", False),
    ("SLN008", "Rodney", "", "Brungardt Jr.", "Rod", "", "Janelle", "Brungardt", "Salina", "67401", "1970-03-14", "2215 Edgehill Rd", False),
    ("SLN009", "Janelle", "", "Brungardt", "", "Heinrichs", "Rodney", "Brungardt Jr.", "Salina", "67401", "1972-09-02", "2215 Edgehill Rd", False),
    ("SLN010", "Mary Beth", "", "Stucky", "", "", "", "", "McPherson", "67460", "1991-05-16", "417 S Maple St", False),
    ("SLN011", "Augustin", "", "Aguirre Santos", "Gus", "", "Guadalupe", "Aguirre", "Salina", "67401", "1963-12-12", "", False),
    ("SLN012", "Dorothea", "", "Engstrand", "Dottie", "Lind", "", "", "Lindsborg", "67456", "1933-06-04", "125 E Lincoln St", False),
    ("SLN013", "Kirby", "", "Wedel", "", "", "Shonda", "Wedel", "Abilene", "67410", "1966-06-20", "1010 N Buckeye Ave", False),
    ("SLN014", "Shonda", "", "Wedel", "", "", "Kirby", "Wedel", "Abilene", "67410", "", "1010 N Buckeye Ave", False),
    ("SLN015", "Lorne", "", "Pfannenstiel", "", "", "", "", "Salina", "67401", "1961-01-30", "733 S Ohio St", True),
    ("SLN016", "Curtis", "", "Dreiling", "Curt", "", "", "", "Gypsum", "67448", "1958-09-09", "4580 S Gypsum Valley Rd", False),
    ("SLN017", "Tessa", "", "Gierhart", "", "Hett", "Brandon", "Gierhart", "Salina", "67401", "1978-12-01", "1840 Cherokee Dr", False),
    ("SLN018", "Brandon", "", "Gierhart", "", "", "Tessa", "Gierhart", "Salina", "67401", "", "1840 Cherokee Dr", False),
    ("SLN019", "Eugene", "", "Ostlund", "Gene", "", "Carol", "Ostlund", "Lindsborg", "67456", "1946-02-11", "221 N Main St", False),
    ("SLN020", "Marcella", "", "Riedel", "", "", "", "", "Solomon", "67480", "", "210 W Fifth St", False),
    ("SLN021", "Joel", "", "Bergquist", "", "", "Ruth", "Bergquist", "Lindsborg", "67456", "1960-04-07", "18 Bethany Dr", False),
    ("SLN022", "Priya", "", "Raghunathan", "", "", "", "", "Salina", "67401", "1975-08-25", "1122 E Iron Ave", False),
]
NO_PHONE = {"SLN010", "SLN016", "SLN020"}
