"""Hand-written roster for the lfk part (deep East Texas). All people invented; places, ZIPs, FIPS real."""

ADV = {"TX": "r.mcbride@pineycrestwealth.example"}
ADV_JASPER = "l.fontenot@pineycrestwealth.example"   # Jasper County clients have their own adviser

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("LFK001", "Harlan", "Odell", "Pruitt", "Bud", "", "Wanda Faye", "Pruitt", "Lufkin", "TX", "75904", "1942-06-14", "2210 Pershing Ave", False),
    ("LFK002", "Wanda Faye", "", "Pruitt", "", "Skeeters", "Harlan", "Pruitt", "Lufkin", "TX", "75904", "1945-02-03", "2210 Pershing Ave", False),
    ("LFK003", "Cletus", "Ray", "Berryhill Jr.", "C.R.", "", "Donna", "Berryhill", "Nacogdoches", "TX", "75965", "1958-09-22", "4811 Old Tyler Rd", False),
    ("LFK004", "Donna", "Kay", "Berryhill", "", "Stringer", "Cletus", "Berryhill Jr.", "Nacogdoches", "TX", "75965", "1960-04-11", "4811 Old Tyler Rd", False),
    ("LFK005", "Ethel Mae", "", "Whitmire", "", "Thigpen", "", "", "Diboll", "TX", "75941", "1938-02-17", "605 Hendrick St", False),
    ("LFK006", "Jimmie Don", "", "Sessions", "", "", "Katherine", "Sessions", "Crockett", "TX", "75835", "1961-07-30", "1120 E Goliad Ave", False),
    ("LFK007", "Katherine", "Lynn", "Sessions", "Kathy", "Westbrook", "Jimmie Don", "Sessions", "Crockett", "TX", "75835", "1963-11-05", "1120 E Goliad Ave", False),
    ("LFK008", "Marquita", "Denise", "Shankle", "", "Bean", "", "", "Jasper", "TX", "75951", "1955-03-19", "318 Gum St", False),
    ("LFK009", "Thaddeus", "Lee", "Mouton", "T.L.", "", "Shonda", "Mouton", "Jasper", "TX", "75951", "1970-10-02", "902 N Wheeler St", False),
    ("LFK010", "Shonda", "", "Mouton", "", "Arceneaux", "Thaddeus", "Mouton", "Jasper", "TX", "75951", "1972-06-25", "902 N Wheeler St", False),
    ("LFK011", "Ruby Nell", "", "Crager", "", "", "", "", "Huntington", "TX", "75949", "1934-12-09", "77 FM 2497", False),
    ("LFK012", "Garland", "Wayne", "Stubblefield", "Cotton", "", "Brenda", "Stubblefield", "Lufkin", "TX", "75901", "1949-05-08", "1904 S Chestnut St", False),
    ("LFK013", "Brenda", "Gail", "Stubblefield", "", "Oates", "Garland", "Stubblefield", "Lufkin", "TX", "75901", "1951-08-14", "1904 S Chestnut St", False),
    ("LFK014", "Maria Guadalupe", "", "Ocampo Rangel", "Lupe", "", "Ruben", "Salinas", "Lufkin", "TX", "75901", "", "415 Kurth Dr", False),
    ("LFK015", "Luther", "Earl", "Cudd", "", "", "", "", "Zavalla", "TX", "75980", "1952-01-12", "9 County Road 192", True),
    ("LFK016", "Waylon", "James", "Pettigrew", "", "", "Kelsey", "Pettigrew", "Nacogdoches", "TX", "75961", "1981-04-04", "", False),
    ("LFK017", "Dorothea", "", "Yarbrough", "Dot", "Satterwhite", "", "", "Crockett", "TX", "75835", "1947-08-28", "214 N 5th St", False),
    ("LFK018", "Curtis", "Wade", "Eldridge", "", "", "Tamara", "Eldridge", "Lufkin", "TX", "75904", "", "3307 Sayers St", False),
    ("LFK019", "Alonzo", "", "Gatlin", "", "", "Bernice", "Gatlin", "Lufkin", "TX", "75901", "1959-01-21", "1016 Martin Luther King Dr", False),
    ("LFK020", "Priscilla", "Ann", "Vansickle", "", "Thigpen", "Roy", "Vansickle", "Diboll", "TX", "75941", "1963-10-30", "210 Dogwood St", False),
    ("LFK021", "Roy", "Dean", "Vansickle", "Roy Dean", "", "Priscilla", "Vansickle", "Diboll", "TX", "75941", "1960-12-01", "210 Dogwood St", False),
    ("LFK022", "Sammie Jo", "", "Tidwell", "", "Pickett", "Cody", "Tidwell", "Kirbyville", "TX", "75956", "1988-09-14", "140 S Margaret Ave", False),
]

BLANK_COORDS = {"LFK011"}        # Ruby Nell Crager: ZIP centroid used
BLANK_FIPS = {"LFK016"}          # derived from the ZIP on import
NO_PHONE = {"LFK015", "LFK022"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
