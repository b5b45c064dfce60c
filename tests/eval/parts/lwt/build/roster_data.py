"""Hand-written roster for the `lwt` part (Lewistown and central Montana). All people invented; places, ZIPs,
county FIPS real (ZIP centroids from `zipcodes`, FIPS from `addfips`)."""

ADV = {"MT": "r.gustafson@snowymountainwealth.example"}
ADV_ALT = "c.running@snowymountainwealth.example"   # second adviser: the Judith Basin and Cascade clients
ALT_CITIES = {"Stanford", "Hobson", "Great Falls", "Harlowton"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("LWT001", "Orville", "A.", "Brekke", "Orv", "", "Marlys", "Brekke", "Lewistown", "MT", "59457", "1941-02-11", "412 W Boulevard St", False),
    ("LWT002", "Marlys", "", "Brekke", "", "Haugen", "Orville", "Brekke", "Lewistown", "MT", "59457", "1944-07-30", "412 W Boulevard St", False),
    ("LWT003", "Clifford", "J.", "Laverdure", "Cliff", "", "Denise", "Laverdure", "Lewistown", "MT", "59457", "1958-05-14", "1220 W Watson St", False),
    ("LWT004", "Denise", "", "Laverdure", "", "Berger", "Clifford", "Laverdure", "Lewistown", "MT", "59457", "1961-01-09", "1220 W Watson St", False),
    ("LWT005", "Wade", "", "Tollefson Jr.", "Butch", "", "Michelle", "Tollefson", "Denton", "MT", "59430", "1967-03-22", "214 Broadway St", False),
    ("LWT006", "Michelle", "", "Tollefson", "Shelly", "Zeier", "Wade", "Tollefson Jr.", "Denton", "MT", "59430", "1969-08-04", "214 Broadway St", False),
    ("LWT007", "Mary Jo", "", "Pribyl", "", "", "", "", "Stanford", "MT", "59479", "1957-10-03", "55 Central Ave", False),
    ("LWT008", "Evelyn", "", "Moe", "", "Sunwall", "", "", "Hobson", "MT", "59452", "1938-12-02", "19 Main St", False),
    ("LWT009", "Duane", "", "Kucera", "", "", "", "", "Lewistown", "MT", "59457", "1955-04-18", "807 NE Main St", True),
    ("LWT010", "Anton", "", "Vukasin", "Tony", "", "Rosemary", "Vukasin", "Lewistown", "MT", "59457", "1943-09-07", "3150 Spring Creek Rd", False),
    ("LWT011", "Rosemary", "", "Vukasin", "Rosie", "Kalafat", "Anton", "Vukasin", "Lewistown", "MT", "59457", "1946-05-26", "3150 Spring Creek Rd", False),
    ("LWT012", "Travis", "", "Ostberg", "", "", "Kaylee", "Ostberg", "Lewistown", "MT", "59457", "1978-06-19", "506 W Janeaux St", False),
    ("LWT013", "Kaylee", "", "Ostberg", "", "Fry", "Travis", "Ostberg", "Lewistown", "MT", "59457", "1981-11-02", "506 W Janeaux St", False),
    ("LWT014", "Erik", "", "Sandvold", "", "", "", "", "Lewistown", "MT", "59457", "1961-03-03", "221 W Montana St", False),
    ("LWT015", "Helen", "", "Rasmussen", "", "", "Theodore", "Rasmussen", "Grass Range", "MT", "59032", "1947-01-20", "8 Second Ave", False),
    ("LWT016", "Theodore", "", "Rasmussen", "Ted", "", "Helen", "Rasmussen", "Grass Range", "MT", "59032", "1945-08-15", "8 Second Ave", False),
    ("LWT017", "Marcia", "", "Heberle", "", "", "", "", "Lewistown", "MT", "59457", "1972-12-09", "1510 E Main St", False),
    ("LWT018", "Brady", "", "Stoltz", "", "", "Jess", "Stoltz", "Roy", "MT", "59471", "1985-02-27", "", False),
    ("LWT019", "Loretta", "", "Hergett", "Babe", "", "", "", "Harlowton", "MT", "59036", "1940-06-30", "117 Central Ave S", False),
    ("LWT020", "Nathan", "", "Kolstad", "Nate", "", "Jenna", "Kolstad", "Great Falls", "MT", "59405", "1988-09-14", "2415 9th Ave S", False),
    ("LWT021", "Kenneth", "", "Doney", "Kenny", "", "", "", "Winifred", "MT", "59489", "1963-07-21", "40 Main St", False),
    ("LWT022", "Curtis", "", "Haugen", "Curt", "", "", "", "Lewistown", "MT", "59457", "1946-04-12", "605 W Broadway St", False),
]

# hand-set household coordinates (lat, lon) that differ clearly from the ZIP centroid
COORD_OVERRIDES = {
    "LWT010": (47.0830, -109.6050),   # the Vukasins' place on Spring Creek Rd, ~14 km west of town: outside the hail polygon
    "LWT011": (47.0830, -109.6050),
}
BLANK_COORDS = {"LWT019"}              # derived from the ZIP
NO_BIRTH = {"LWT014", "LWT018"}
NO_PHONE = {"LWT017", "LWT021"}
# LWT018 leaves address_line blank (a ranch on a rural route the CRM never captured)
