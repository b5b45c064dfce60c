"""Hand-written roster for the mcb part (southwest Mississippi; all people invented; places, ZIPs, FIPS real)."""

ADV = "l.bilbo@magnoliastatewealth.example"
ADV_LIBERTY = "r.lenoir@magnoliastatewealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("MCB001", "Hollis", "Wayne", "Tadlock", "Buddy", "", "Earlene", "Tadlock", "Magnolia", "MS", "39652", "1948-03-11", "2071 Varnado Rd", False),
    ("MCB002", "Earlene", "", "Tadlock", "", "Reeves", "Hollis", "Tadlock", "Magnolia", "MS", "39652", "1950-07-22", "2071 Varnado Rd", False),
    ("MCB003", "Cleveland", "", "Ratliff Jr.", "June", "", "Odessa", "Ratliff", "McComb", "MS", "39648", "1955-09-02", "611 Delaware Ave", False),
    ("MCB004", "Odessa", "", "Ratliff", "", "Gatlin", "Cleveland", "Ratliff Jr.", "McComb", "MS", "39648", "1957-12-14", "611 Delaware Ave", False),
    ("MCB005", "Mary Alice", "", "Pounds", "", "Stogner", "", "", "Summit", "MS", "39666", "1941-04-30", "304 Robb St", False),
    ("MCB006", "Anthony", "", "Scalfano", "Tony", "", "Rosemary", "Scalfano", "McComb", "MS", "39648", "1962-06-18", "118 Louisiana Ave", False),
    ("MCB007", "Delphine", "", "Causey-Whitaker", "", "", "", "", "Liberty", "MS", "39645", "1969-01-27", "52 Main St", False),
    ("MCB008", "Travis", "Lee", "Sandifer", "", "", "Kayla", "Sandifer", "Liberty", "MS", "39645", "1991-05-09", "4410 Hwy 24 E", False),
    ("MCB009", "Kayla", "", "Sandifer", "", "Wroten", "Travis", "Sandifer", "Liberty", "MS", "39645", "1993-10-03", "4410 Hwy 24 E", False),
    ("MCB010", "Alphonso", "", "Magee", "", "", "Bernice", "Magee", "McComb", "MS", "39648", "1952-02-19", "908 Summit St", False),
    ("MCB011", "Dorothy", "", "Brumfield", "Dot", "Lea", "", "", "Osyka", "MS", "39657", "1938-08-08", "77 Liberty St", False),
    ("MCB012", "Jimmie", "Ray", "Alford", "J.R.", "", "Glenda", "Alford", "Summit", "MS", "39666", "1960-11-11", "1835 Fernwood Rd", False),
    ("MCB013", "Glenda", "", "Alford", "", "Fortenberry", "Jimmie", "Alford", "Summit", "MS", "39666", "1963-03-27", "1835 Fernwood Rd", False),
    ("MCB014", "Roosevelt", "", "Dillon", "", "", "", "", "McComb", "MS", "39648", "1958-05-05", "415 Wall St", True),
    ("MCB015", "Kimberly", "", "Varnado", "Kim", "", "", "", "Magnolia", "MS", "39652", "1976-09-21", "160 E Bay St", False),
    ("MCB016", "Marcus", "", "Tynes", "", "", "", "", "McComb", "MS", "39649", "1971-04-16", "", False),
    ("MCB017", "Ethel Mae", "", "Carruth", "", "Honea", "", "", "Osyka", "MS", "39657", "1933-01-06", "12 Carruth Ln", False),
    ("MCB018", "Lamar", "", "Pittman", "", "", "Sheila", "Pittman", "Magnolia", "MS", "39652", "1957-07-30", "2290 Hwy 51 S", False),
    ("MCB019", "Cedric", "", "Lampton", "", "", "Tamika", "Lampton", "McComb", "MS", "39649", "1984-02-02", "1207 Cedar Ridge Dr", False),
    ("MCB020", "Tamika", "", "Lampton", "", "Hughes", "Cedric", "Lampton", "McComb", "MS", "39649", "1986-08-15", "1207 Cedar Ridge Dr", False),
    ("MCB021", "Bennie Joe", "", "Sibley", "", "", "", "", "Summit", "MS", "39666", "1964-12-01", "22 Laurel St", False),
    ("MCB022", "Frances", "", "Ott", "Frankie", "Holmes", "", "", "Magnolia", "MS", "39652", "1947-10-10", "301 W Myrtle St", False),
    ("MCB023", "Percy", "", "Gatlin", "", "", "", "", "Gloster", "MS", "39638", "", "98 Gatlin Rd", False),
]

BLANK_COORDS = {"MCB023"}          # derived from the ZIP by whoever reads the roster
NO_PHONE = {"MCB007", "MCB021"}
