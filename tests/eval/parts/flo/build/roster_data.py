"""Hand-written roster for the flo part (Florence and the Pee Dee, S.C.). All people invented; ZIPs and FIPS real."""

ADV = {
    "florence": "d.ingram@pineknollwealth.example",     # Florence, Lake City, Timmonsville, Johnsonville, Kingstree
    "peedee": "m.rhames@pineknollwealth.example",       # Darlington, Hartsville, Lamar, Dillon, Marion, Mullins, Marlboro, Cheraw
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("FLO001", "Harold", "Wayne", "Godbold", "Hal", "", "Lottie Mae", "Godbold", "Florence", "SC", "29501", "1946-02-11", "412 W Cheves St", False, "florence"),
    ("FLO002", "Lottie Mae", "", "Godbold", "", "Truluck", "Harold", "Godbold", "Florence", "SC", "29501", "1949-07-30", "412 W Cheves St", False, "florence"),
    ("FLO003", "Clarence", "", "Eaddy Jr.", "June", "", "Vernelle", "Eaddy", "Lake City", "SC", "29560", "1958-09-04", "218 Kelley St", False, "florence"),
    ("FLO004", "Rosa Lee", "", "McFadden", "", "Witherspoon", "", "", "Kingstree", "SC", "29556", "1941-06-14", "507 Hampton Ave", False, "florence"),
    ("FLO005", "Thaddeus", "", "Bethea", "Thad", "", "Gwendolyn", "Bethea", "Dillon", "SC", "29536", "1969-03-22", "304 E Harrison St", False, "peedee"),
    ("FLO006", "Gwendolyn", "", "Bethea", "Gwen", "McCollum", "Thaddeus", "Bethea", "Dillon", "SC", "29536", "1971-11-05", "304 E Harrison St", False, "peedee"),
    ("FLO007", "Robert", "Ray", "Hucks", "Bobby Ray", "", "Darlene", "Hucks", "Hartsville", "SC", "29550", "1955-08-19", "915 W Carolina Ave", False, "peedee"),
    ("FLO008", "Catherine", "Lide", "Dargan-Wilds", "Cate", "", "Preston", "Wilds", "Darlington", "SC", "29532", "1972-04-27", "220 Spring St", False, "peedee"),
    ("FLO009", "Ezekiel", "", "Munnerlyn", "Zeke", "", "", "", "Marion", "SC", "29571", "1939-12-01", "610 N Main St", True, "peedee"),
    ("FLO010", "Sarah Beth", "", "Cribb", "", "Floyd", "Jonathan", "Cribb", "Mullins", "SC", "29574", "1991-02-14", "133 S Main St", False, "peedee"),
    ("FLO011", "Jonathan", "", "Cribb", "Jon", "", "Sarah Beth", "Cribb", "Mullins", "SC", "29574", "1989-10-08", "133 S Main St", False, "peedee"),
    ("FLO012", "Willie Mae", "", "Brunson", "", "Cusaac", "", "", "Timmonsville", "SC", "29161", "1937-05-09", "27 Byrd St", False, "florence"),
    ("FLO013", "Reginald", "", "McCutcheon", "Reggie", "", "Angela", "McCutcheon", "Florence", "SC", "29505", "1966-01-18", "2417 Hoffmeyer Rd", False, "florence"),
    ("FLO014", "Angela", "", "McCutcheon", "", "Hyman", "Reginald", "McCutcheon", "Florence", "SC", "29505", "1968-08-02", "2417 Hoffmeyer Rd", False, "florence"),
    ("FLO015", "Franklin", "Delano", "Tanner Sr.", "Frank", "", "Hazel", "Tanner", "Bennettsville", "SC", "29512", "1944-10-30", "301 Fayetteville Ave", False, "peedee"),
    ("FLO016", "Dorothy", "", "Huggins", "Dot", "", "", "", "Florence", "SC", "29506", "1950-05-03", "3012 E Palmetto St", False, "florence"),
    ("FLO017", "Alonzo", "", "Gadsden", "", "", "Bernice", "Gadsden", "Florence", "SC", "29501", "1961-07-07", "806 W Darlington St", False, "florence"),
    ("FLO018", "Kimberly", "", "Ard", "Kim", "", "", "", "Hartsville", "SC", "29550", "1979-01-23", "140 W Home Ave", False, "peedee"),
    ("FLO019", "Lamont", "", "Gregg", "", "", "Tonya", "Gregg", "Lamar", "SC", "29069", "1978-12-12", "211 Cedar St", False, "peedee"),
    ("FLO020", "Margaret", "", "Lane", "Peggy", "Poston", "Wendell", "Lane", "Johnsonville", "SC", "29555", "1952-09-21", "175 Broadway St", False, "florence"),
    ("FLO021", "Wendell", "", "Lane", "", "", "Margaret", "Lane", "Johnsonville", "SC", "29555", "1951-03-15", "175 Broadway St", False, "florence"),
    ("FLO022", "Tomika", "", "Singletary", "", "", "", "", "Florence", "SC", "29501", "1986-10-02", "150 S Dargan St", False, "florence"),
    ("FLO023", "Anderson", "", "Hyman", "Andy", "", "", "", "Cheraw", "SC", "29520", "1963-06-25", "", False, "peedee"),
]

# optional CRM cells left blank
NO_BIRTH = {"FLO018", "FLO022"}
NO_PHONE = {"FLO016", "FLO019"}
# (FLO023 has no address_line: blank street above)
