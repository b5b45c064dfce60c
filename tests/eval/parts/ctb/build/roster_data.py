"""Hand-written roster for the ctb part (Cut Bank and the Blackfeet country, Montana).
All people invented; towns, ZIP codes and county FIPS real."""

ADV = {"MT": "w.hagen@marias-river-advisors.example"}
ADV_BROWNING = "r.bullchild@marias-river-advisors.example"   # second adviser for the reservation towns

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("CTB001", "Harlan", "M.", "Ostrem", "", "", "Verna", "Ostrem", "Cut Bank", "MT", "59427", "1946-02-11", "412 2nd Ave SE", False),
    ("CTB002", "Verna", "", "Ostrem", "", "Kluth", "Harlan", "Ostrem", "Cut Bank", "MT", "59427", "1948-07-22", "412 2nd Ave SE", False),
    ("CTB003", "Delphine", "A.", "Running Crane", "Del", "", "", "", "Browning", "MT", "59417", "1958-04-09", "310 Boundary St", False),
    ("CTB004", "Marvin", "", "Wolf Plume", "", "", "Charlene", "Wolf Plume", "Browning", "MT", "59417", "1962-10-30", "58 Starr School Rd", False),
    ("CTB005", "Charlene", "", "Wolf Plume", "", "Kipp", "Marvin", "Wolf Plume", "Browning", "MT", "59417", "1964-03-15", "58 Starr School Rd", False),
    ("CTB006", "Thaddeus", "", "Brekke Jr.", "Tad", "", "Lynnette", "Brekke", "Cut Bank", "MT", "59427", "1969-08-05", "1120 Santa Rita Hwy", False),
    ("CTB007", "Mary Jo", "", "Hjartarson", "", "Lien", "", "", "Cut Bank", "MT", "59427", "1941-06-03", "27 1st St NW", False),
    ("CTB008", "Wendell", "", "Heavy Shield", "", "", "", "", "Heart Butte", "MT", "59448", "1955-01-19", "Box 44", True),
    ("CTB009", "Rosalind", "", "Calf Robe", "Roz", "", "", "", "Browning", "MT", "59417", "", "9 Hospital Cir", False),
    ("CTB010", "Elmer", "", "Thorsrud", "", "", "Gladys", "Thorsrud", "Valier", "MT", "59486", "1939-11-02", "305 Teton Ave", False),
    ("CTB011", "Gladys", "", "Thorsrud", "", "Pederson", "Elmer", "Thorsrud", "Valier", "MT", "59486", "1941-05-14", "305 Teton Ave", False),
    ("CTB012", "Curtis", "", "Many Guns", "Curt", "", "Renee", "Many Guns", "East Glacier Park", "MT", "59434", "1965-12-01", "1 Two Medicine Rd", False),
    ("CTB013", "Jolene", "", "Kicking Woman", "", "", "Vance", "Kicking Woman", "Browning", "MT", "59417", "1980-02-27", "214 Moccasin Flat Rd", False),
    ("CTB014", "Bernard", "", "Stensrud", "Barney", "", "", "", "Shelby", "MT", "59474", "1950-09-09", "640 Oilfield Ave", False),
    ("CTB015", "LaVonne", "", "Boy Chief", "", "", "", "", "Browning", "MT", "59417", "1949-12-20", "77 Agency Sq", False),
    ("CTB016", "Jacob", "", "Wipf", "", "", "Susanna", "Wipf", "Conrad", "MT", "59425", "1961-06-18", "Birch Creek Colony", False),
    ("CTB017", "Ione", "", "Kluth", "", "", "Walter", "Kluth", "Cut Bank", "MT", "59427", "1945-01-08", "19 Village Dr", False),
    ("CTB018", "Francis", "", "Little Plume", "Frank", "", "Theresa", "Little Plume", "Browning", "MT", "59417", "1936-04-25", "Little Badger Rd", False),
    ("CTB019", "Theresa", "", "Little Plume", "", "Bullshoe", "Francis", "Little Plume", "Browning", "MT", "59417", "1939-08-16", "Little Badger Rd", False),
    ("CTB020", "Garrett", "", "Sundquist", "", "", "Kaylee", "Sundquist", "Sunburst", "MT", "59482", "1985-03-03", "104 1st St N", False),
    ("CTB021", "Sharla", "Rae", "Dussome", "", "", "", "", "Cut Bank", "MT", "59427", "1968-10-12", "15 E Main St", False),
    ("CTB022", "Kenneth", "", "Tatsey", "Kenny", "", "Darla", "Tatsey", "Babb", "MT", "59411", "1959-07-07", "St Mary Rd", False),
]

RESERVATION = {"Browning", "East Glacier Park", "Babb", "Heart Butte"}
NO_PHONE = {"CTB014", "CTB008"}
NO_BIRTH = {"CTB009"}          # birth_date blank (already blank in R)
NO_ADDRESS = {"CTB022"}        # rural route the CRM never had
BLANK_COORDS = {"CTB016"}      # colony address: coordinates left blank (ZIP centroid)
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
