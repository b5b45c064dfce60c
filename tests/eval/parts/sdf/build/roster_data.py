"""Hand-written roster for the blind part `sdf` (Louisville metro: all people invented; places, ZIPs, FIPS real)."""

ADV_A = "r.castellano@ohiofallswealth.example"   # Louisville proper, Southern Indiana
ADV_B = "d.mattingly@ohiofallswealth.example"    # suburbs: St. Matthews, J'town, Shively, Shepherdsville, La Grange

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # ---- Cuban-American, south Louisville ----
    ("SDF001", "Ernesto", "", "Valdes Rivero", "Neto", "", "Caridad", "Valdes", "Louisville", "KY", "40214", "1956-03-11", "4410 Southern Pkwy", False, ADV_A),
    ("SDF002", "Caridad", "", "Valdes", "Cary", "Fuentes", "Ernesto", "Valdes Rivero", "Louisville", "KY", "40214", "1958-09-02", "4410 Southern Pkwy", False, ADV_A),
    ("SDF003", "Yanelis", "", "Ortega", "", "", "", "", "Louisville", "KY", "40215", "1982-07-19", "1180 Bicknell Ave", False, ADV_A),
    # ---- German Catholic, Germantown / Schnitzelburg ----
    ("SDF004", "Joseph", "Anthony", "Hildebrand Jr.", "Joe", "", "Rosemary", "Hildebrand", "Louisville", "KY", "40204", "1949-06-20", "1032 Ellison Ave", False, ADV_A),
    ("SDF005", "Rosemary", "", "Hildebrand", "Rosie", "Schaeffer", "Joseph", "Hildebrand Jr.", "Louisville", "KY", "40204", "1951-02-14", "1032 Ellison Ave", False, ADV_A),
    ("SDF006", "Mary Catherine", "", "Wetterau", "Kitty", "Oberst", "Frank", "Wetterau", "Louisville", "KY", "40217", "1944-11-05", "1427 Hickory St", False, ADV_A),
    ("SDF007", "Lorenz", "", "Stoll", "Larry", "", "", "", "St. Matthews", "KY", "40207", "1960-01-08", "212 Browns Ln", False, ADV_B),
    # ---- Black church families, West End ----
    ("SDF009", "Alfonso", "", "Merriweather", "Al", "", "Gloria", "Merriweather", "Louisville", "KY", "40211", "1957-04-27", "3719 Grand Ave", False, ADV_A),
    ("SDF010", "Tamika", "", "Boyd", "", "Merriweather", "Marcus", "Boyd", "Shively", "KY", "40216", "1979-10-30", "2605 Crums Ln", False, ADV_B),
    ("SDF011", "Keisha", "", "Dunnigan", "", "", "", "", "Louisville", "KY", "40212", "1984-05-16", "3120 Portland Ave", True, ADV_A),
    ("SDF012", "Clarence", "Edward", "Whitlock", "", "", "Bernice", "Whitlock", "Louisville", "KY", "40211", "1945-05-02", "4012 W Broadway", False, ADV_A),
    ("SDF013", "Bernice", "", "Whitlock", "", "Harris", "Clarence", "Whitlock", "Louisville", "KY", "40211", "1948-08-21", "4012 W Broadway", False, ADV_A),
    # ---- bourbon-distillery families: Bullitt and Oldham ----
    ("SDF014", "Wendell", "Carroll", "Thixton III", "Trip", "", "Anna Marie", "Thixton", "Shepherdsville", "KY", "40165", "1963-12-03", "455 Cedar Grove Rd", False, ADV_B),
    ("SDF015", "Anna Marie", "", "Thixton", "", "Hardesty", "Wendell", "Thixton III", "Shepherdsville", "KY", "40165", "1965-05-09", "455 Cedar Grove Rd", False, ADV_B),
    ("SDF016", "Patrick", "", "OBannon", "Paddy", "", "", "", "La Grange", "KY", "40031", "1952-08-15", "310 W Jefferson St", False, ADV_B),
    ("SDF017", "Ruth Ellen", "", "Van Meter", "", "Gaddie", "Harold", "Van Meter", "La Grange", "KY", "40031", "1946-06-12", "1809 Commerce Pkwy", False, ADV_B),
    # ---- Bosnian, south Louisville ----
    ("SDF018", "Emir", "", "Hadzic", "", "", "Amra", "Hadzic", "Louisville", "KY", "40219", "1970-02-22", "5902 Outer Loop", False, ADV_A),
    ("SDF019", "Amra", "", "Hadzic", "", "Mujic", "Emir", "Hadzic", "Louisville", "KY", "40219", "1973-09-14", "5902 Outer Loop", False, ADV_A),
    ("SDF020", "Senada", "", "Begovic", "Seni", "", "", "", "Louisville", "KY", "40218", "1985-03-03", "4520 Poplar Level Rd", False, ADV_A),
    # ---- others ----
    ("SDF021", "Gregory", "", "Schuhmann", "Greg", "", "Linda", "Schuhmann", "New Albany", "IN", "47150", "1958-10-01", "816 E Spring St", False, ADV_A),
    ("SDF022", "Latrice", "", "Pendleton", "", "", "", "", "Jeffersonville", "IN", "47130", "1975-01-27", "509 E Court Ave", False, ADV_A),
    ("SDF023", "Dennis", "", "Kraemer", "Denny", "", "", "", "Jeffersontown", "KY", "40299", "1966-04-04", "10300 Taylorsville Rd", False, ADV_B),
]

BLANK_COORDS = {"SDF007", "SDF022"}      # ZIP centroid used
BLANK_FIPS = {"SDF016"}
NO_BIRTH = {"SDF003", "SDF020"}
NO_PHONE = {"SDF011", "SDF023"}
NO_ADDRESS = {"SDF020"}
COORD_OVERRIDES = {
    "SDF018": (38.1402, -85.6921),   # Okolona, inside the tornado polygon
    "SDF019": (38.1402, -85.6921),
}
