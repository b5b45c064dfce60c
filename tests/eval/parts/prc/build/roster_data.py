"""Hand-written roster for the prc part (Prescott and Yavapai County, Ariz.). People invented; ZIPs, FIPS real."""

ADV = {
    "quad": "m.ellsworth@granitedellswealth.example",    # Prescott, Prescott Valley, Chino Valley, Dewey-Humboldt, Mayer
    "verde": "t.naranjo@granitedellswealth.example",     # Verde Valley: Cottonwood, Clarkdale, Camp Verde, Sedona
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("PRC001", "Harlan", "W.", "Tewksbury", "", "", "Loretta", "Tewksbury", "Prescott", "AZ", "86303", "1946-04-12", "1408 Thumb Butte Rd", False, "quad"),
    ("PRC002", "Loretta", "", "Tewksbury", "", "Vosburgh", "Harlan", "Tewksbury", "Prescott", "AZ", "86303", "1948-09-03", "1408 Thumb Butte Rd", False, "quad"),
    ("PRC003", "Dolores", "", "Ybarra", "Lola", "Chavarria", "", "", "Prescott Valley", "AZ", "86314", "1941-02-21", "7650 E Long Look Dr", False, "quad"),
    ("PRC004", "Wendell", "", "Pruitt Jr.", "Buddy", "", "Carolyn", "Pruitt", "Chino Valley", "AZ", "86323", "1952-07-30", "1855 N Road 1 E", False, "quad"),
    ("PRC005", "Carolyn", "", "Pruitt", "", "Haskins", "Wendell", "Pruitt Jr.", "Chino Valley", "AZ", "86323", "1954-01-17", "1855 N Road 1 E", False, "quad"),
    ("PRC006", "Mary Lou", "", "Kimbrough", "", "Ashurst", "", "", "Prescott", "AZ", "86301", "1938-11-14", "215 E Union St", False, "quad"),
    ("PRC007", "Ignacio", "", "Velarde Montoya", "Nacho", "", "Rosalinda", "Velarde", "Camp Verde", "AZ", "86322", "1960-05-05", "410 S Main St", False, "verde"),
    ("PRC008", "Rosalinda", "", "Velarde", "Rosie", "Montano", "Ignacio", "Velarde Montoya", "Camp Verde", "AZ", "86322", "1962-10-28", "410 S Main St", False, "verde"),
    ("PRC009", "Thaddeus", "", "Quarles", "Tad", "", "", "", "Cottonwood", "AZ", "86326", "", "905 N Main St", False, "verde"),
    ("PRC010", "Bernice", "", "Gorecki", "", "", "", "", "Prescott Valley", "AZ", "86314", "1944-06-08", "3101 N Robert Rd", True, "quad"),
    ("PRC011", "Russell", "", "Ashworth", "Rusty", "", "Jolene", "Ashworth", "Dewey-Humboldt", "AZ", "86327", "1958-03-09", "12850 E Chaparral Dr", False, "quad"),
    ("PRC012", "Jolene", "", "Ashworth", "", "Brannock", "Russell", "Ashworth", "Dewey-Humboldt", "AZ", "86327", "1961-12-01", "12850 E Chaparral Dr", False, "quad"),
    ("PRC013", "Cordelia", "", "Fenstermaker", "Delia", "", "", "", "Sedona", "AZ", "86336", "1947-08-22", "90 Jordan Rd", False, "verde"),
    ("PRC014", "Elwood", "", "Stoneking", "Woody", "", "Marjorie", "Stoneking", "Clarkdale", "AZ", "86324", "1949-05-16", "1020 Main St", False, "verde"),
    ("PRC015", "Anneliese", "", "Brandvold", "", "", "", "", "Prescott", "AZ", "86305", "1975-03-30", "3300 Williamson Valley Rd", False, "quad"),
    ("PRC016", "Marcus", "", "Haskie", "", "", "Renee", "Haskie", "Camp Verde", "AZ", "86322", "", "2200 W Finnie Flat Rd", False, "verde"),
    ("PRC017", "Gustavo", "", "Arriola", "Gus", "", "Yesenia", "Arriola", "Prescott Valley", "AZ", "86315", "1968-09-14", "6200 N Viewpoint Dr", False, "quad"),
    ("PRC018", "Yesenia", "", "Arriola", "", "Quintero", "Gustavo", "Arriola", "Prescott Valley", "AZ", "86315", "1970-04-02", "6200 N Viewpoint Dr", False, "quad"),
    ("PRC019", "Beverly Ann", "", "Hostetler", "Bev", "", "", "", "Prescott", "AZ", "86301", "1956-02-11", "118 S Marina St", False, "quad"),
    ("PRC020", "Clayton", "", "Moffitt", "Clay", "", "Brianna", "Moffitt", "Chino Valley", "AZ", "86323", "1979-07-07", "2450 W Perkinsville Rd", False, "quad"),
    ("PRC021", "Phyllis", "", "Dunnigan", "", "", "", "", "Cottonwood", "AZ", "86326", "1943-01-25", "600 S 12th St", False, "verde"),
    ("PRC022", "Raymond", "", "Okerlund", "Ray", "", "", "", "Mayer", "AZ", "86333", "1988-06-02", "", False, "quad"),
]

NO_PHONE = {"PRC015", "PRC022"}
BLANK_COORDS = {"PRC013"}          # derived from the ZIP by the importer
