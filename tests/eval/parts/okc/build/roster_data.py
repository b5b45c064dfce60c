"""Hand-written roster for part okc (all people invented; places, ZIPs, FIPS real)."""

ADV_A = "r.castle@redbudwealth.example"     # Oklahoma City, Edmond, Yukon
ADV_B = "m.lozano@redbudwealth.example"     # Norman, Moore, Midwest City, Shawnee

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("OKC001", "Thanh", "Van", "Nguyen", "Tommy", "", "Linh", "Nguyen", "Oklahoma City", "73106", "1956-02-11", "2419 N Classen Blvd", False, ADV_A),
    ("OKC002", "Linh", "", "Nguyen", "", "Tran", "Thanh", "Nguyen", "Oklahoma City", "73106", "1959-09-03", "2419 N Classen Blvd", False, ADV_A),
    ("OKC003", "Walter", "", "Harjo Jr.", "Walt", "", "Darlene", "Harjo", "Midwest City", "73110", "1953-06-21", "608 N Midwest Blvd", False, ADV_B),
    ("OKC004", "Mary Beth", "", "Bourbonnais", "", "Navarre", "Eugene", "Bourbonnais", "Shawnee", "74801", "1947-04-30", "1510 N Kickapoo Ave", False, ADV_B),
    ("OKC005", "Eugene", "Louis", "Bourbonnais", "Gene", "", "Mary Beth", "Bourbonnais", "Shawnee", "74801", "1944-10-02", "1510 N Kickapoo Ave", False, ADV_B),
    ("OKC006", "Ruth Ann", "", "Whitekiller", "", "Downing", "", "", "Norman", "73072", "1951-12-14", "3309 Meadowbrook Dr", False, ADV_B),
    ("OKC007", "Billy Ray", "", "Pruitt", "", "", "Glenda", "Pruitt", "Moore", "73160", "1955-03-08", "1132 SW 19th St", False, ADV_B),
    ("OKC008", "Glenda", "Kay", "Pruitt", "", "Tackett", "Billy Ray", "Pruitt", "Moore", "73160", "1957-07-19", "1132 SW 19th St", False, ADV_B),
    ("OKC009", "Lawrence", "", "Hollis", "Larry", "", "Carolyn", "Hollis", "Edmond", "73034", "1949-01-27", "700 E Danforth Rd", False, ADV_A),
    ("OKC010", "Maria Guadalupe", "", "Ramirez Ochoa", "Lupita", "Ochoa", "Jesus", "Ramirez Villa", "Oklahoma City", "73109", "1968-12-12", "2215 S Harvey Ave", False, ADV_A),
    ("OKC011", "Jesus", "", "Ramirez Villa", "Chuy", "", "Maria Guadalupe", "Ramirez Ochoa", "Oklahoma City", "73109", "1965-05-01", "2215 S Harvey Ave", False, ADV_A),
    ("OKC012", "Curtis", "Wayne", "Skaggs", "Curt", "", "Tammy", "Skaggs", "Yukon", "73099", "1961-08-15", "11204 NW 10th St", False, ADV_A),
    ("OKC013", "Tammy", "", "Skaggs", "", "Fulbright", "Curtis", "Skaggs", "Yukon", "73099", "1963-02-02", "11204 NW 10th St", False, ADV_A),
    ("OKC014", "Patrick", "", "ODell", "Pat", "", "", "", "Norman", "73069", "1947-11-05", "525 S Flood Ave", False, ADV_B),
    ("OKC015", "Vernon", "", "Tiger", "", "", "Wanda", "Tiger", "Shawnee", "74804", "1950-04-04", "41 E MacArthur St", True, ADV_B),
    ("OKC016", "Thuy", "", "Pham", "Tracy", "", "", "", "Oklahoma City", "73118", "1986-06-09", "3012 N Military Ave", False, ADV_A),
    ("OKC017", "Kenneth", "", "Van Buskirk", "Ken", "", "Sharon", "Van Buskirk", "Edmond", "73013", "1952-10-10", "1404 Kickingbird Rd", False, ADV_A),
    ("OKC018", "Sharon", "", "Van Buskirk", "", "Moss", "Kenneth", "Van Buskirk", "Edmond", "73013", "1954-03-23", "1404 Kickingbird Rd", False, ADV_A),
    ("OKC019", "Harold", "", "Tubbs", "", "", "Bonnie", "Tubbs", "Midwest City", "73110", "1950-09-17", "212 W Rickenbacker Dr", False, ADV_B),
    ("OKC020", "Rebecca", "", "Yahola", "Becky", "", "", "", "Moore", "73160", "1972-05-28", "905 N Janeway Ave", False, ADV_B),
    ("OKC021", "Jose Luis", "", "Sandoval", "", "", "", "", "Moore", "73160", "1964-01-13", "", False, ADV_B),
    ("OKC022", "Thomas", "", "Sixkiller", "Tommy", "", "Janice", "Sixkiller", "Yukon", "73099", "1962-07-04", "520 Cedar Ave", False, ADV_A),
]
NO_BIRTH = {"OKC020", "OKC016"}
NO_PHONE = {"OKC021", "OKC014"}
BLANK_COORDS = {"OKC021"}
# hand-set coordinates: inside/outside the Moore tornado polygon, independent of ZIP centroids
COORD_OVERRIDES = {"OKC007": (35.3290, -97.4925), "OKC008": (35.3290, -97.4925), "OKC020": (35.3455, -97.4810)}
