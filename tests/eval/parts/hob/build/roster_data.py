"""Hand-written roster for the hob part (Hobbs and Lea County, N.M.; all people invented; places, ZIPs, FIPS real)."""

ADV = {
    "north": "r.villanueva@caprockwealth.example",   # Hobbs north, Lovington, Tatum, Carlsbad
    "south": "d.mccaslin@caprockwealth.example",     # Hobbs south, Eunice, Jal
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("HOB001", "Wendell", "Ray", "Pruitt Jr.", "Dub", "", "Norma", "Pruitt", "Hobbs", "NM", "88242", "1951-08-22", "4710 N Lovington Hwy", False, "north"),
    ("HOB002", "Norma", "Jean", "Pruitt", "", "Ledbetter", "Wendell", "Pruitt Jr.", "Hobbs", "NM", "88242", "1953-04-03", "4710 N Lovington Hwy", False, "north"),
    ("HOB003", "Jose Angel", "", "Carrasco Villalobos", "Cheo", "", "Maria Elena", "Carrasco", "Lovington", "NM", "88260", "1962-10-12", "811 S 4th St", False, "north"),
    ("HOB004", "Maria Elena", "", "Carrasco", "", "Villa", "Jose Angel", "Carrasco Villalobos", "Lovington", "NM", "88260", "1965-01-30", "811 S 4th St", False, "north"),
    ("HOB005", "Bobbie Jo", "", "Whitlock", "", "Teague", "", "", "Eunice", "NM", "88231", "1948-06-17", "1105 Avenue J", False, "south"),
    ("HOB006", "Leland", "Wayne", "Coldiron", "Buster", "", "Opal", "Coldiron", "Tatum", "NM", "88267", "1940-02-09", "22 Ranch Rd 119", False, "north"),
    ("HOB007", "Opal", "", "Coldiron", "", "Frye", "Leland", "Coldiron", "Tatum", "NM", "88267", "1943-11-05", "22 Ranch Rd 119", False, "north"),
    ("HOB008", "Ofelia", "", "Dominguez", "", "", "", "", "Hobbs", "NM", "88240", "1957-03-19", "609 E Taylor St", False, "south"),
    ("HOB009", "Calvin", "", "Birdwell", "Cal", "", "Sharon", "Birdwell", "Hobbs", "NM", "88240", "1960-09-14", "1301 W Broadway St", False, "south"),
    ("HOB010", "Lacey", "", "Brumley", "", "", "Cody", "Brumley", "Hobbs", "NM", "88242", "1985-12-02", "5320 N Grimes St", False, "north"),
    ("HOB011", "Ruben", "", "Ontiveros", "", "", "", "", "Hobbs", "NM", "88240", "", "1720 E Dal Paso St", False, "south"),
    ("HOB012", "Marvella", "", "Harkey", "Mickey", "Estes", "", "", "Lovington", "NM", "88260", "1937-07-28", "", True, "north"),
    ("HOB013", "Ignacio", "", "Baeza", "Nacho", "", "Rosalinda", "Baeza", "Jal", "NM", "88252", "1955-05-21", "304 S 3rd St", False, "south"),
    ("HOB014", "Rosalinda", "", "Baeza", "Linda", "Marquez", "Ignacio", "Baeza", "Jal", "NM", "88252", "1958-12-08", "304 S 3rd St", False, "south"),
    ("HOB015", "Travis", "Dean", "McAnally", "", "", "Shelby", "McAnally", "Hobbs", "NM", "88240", "1979-04-25", "2911 N Fowler St", False, "south"),
    ("HOB016", "Eliseo", "", "Gallegos", "", "", "", "", "Hobbs", "NM", "88240", "1992-02-14", "418 W Bender Blvd", False, "south"),
    ("HOB017", "Darlene", "Kaye", "Moffett", "", "", "", "", "Hobbs", "NM", "88240", "1954-10-01", "1200 N Turner St", False, "south"),
    ("HOB018", "Marisa", "", "Quintero", "", "", "", "", "Hobbs", "NM", "88242", "1976-08-09", "6100 N Lovington Hwy", False, "north"),
    ("HOB019", "Harlan", "", "Gentry", "", "", "Jolene", "Gentry", "Hobbs", "NM", "88240", "1950-03-11", "112 W Marland Blvd", False, "south"),
    ("HOB020", "Jolene", "", "Gentry", "", "Scarbrough", "Harlan", "Gentry", "Hobbs", "NM", "88240", "1952-07-19", "112 W Marland Blvd", False, "south"),
    ("HOB021", "Teodoro", "", "Saiz", "Teddy", "", "", "", "Eunice", "NM", "88231", "", "915 17th St", False, "south"),
    ("HOB022", "Glenda", "Faye", "Rutter", "", "", "", "", "Lovington", "NM", "88260", "1960-05-05", "214 W Washington Ave", False, "north"),
    ("HOB023", "Wyatt", "", "Bivins", "", "", "", "", "Carlsbad", "NM", "88220", "1971-01-16", "1407 W Church St", False, "north"),
    ("HOB024", "Kaylee", "", "Villanueva", "", "Nunley", "Marcus", "Villanueva", "Hobbs", "NM", "88240", "", "3305 W Dunnam St", False, "south"),
]

BLANK_COORDS = {"HOB010"}          # derived from the ZIP by the engine (88242 centroid is inside the storm polygon)
BLANK_FIPS = {"HOB021"}
NO_PHONE = {"HOB016", "HOB023"}
