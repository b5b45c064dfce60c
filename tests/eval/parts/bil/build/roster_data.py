"""Hand-written roster for eval part "bil" (Billings / Yellowstone County and Hardin / Crow Agency, Big Horn
County, Montana). All people invented; places, ZIPs, FIPS real."""

# advisers at the invented firm Rimrock Bench Advisors
ADV = {
    "billings": "a.kessel@rimrockbench.example",
    "valley": "r.oyen@rimrockbench.example",
    "bighorn": "m.wolfchild@rimrockbench.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # ---- Shepherd / Huntley / Worden (Huntley Project, Yellowstone County) ----
    ("BIL001", "Arlen", "T.", "Skjervold", "", "", "Marlys", "Skjervold", "Shepherd", "MT", "59079", "1949-03-11", "4410 Pryor Creek Rd", False, "valley"),
    ("BIL002", "Marlys", "", "Skjervold", "", "Vornholt", "Arlen", "Skjervold", "Shepherd", "MT", "59079", "1951-07-26", "4410 Pryor Creek Rd", False, "valley"),
    ("BIL004", "Clarence", "", "Kallevig", "Kip", "", "Doris", "Kallevig", "Huntley", "MT", "59037", "1941-09-02", "2917 Hwy 312", False, "valley"),
    ("BIL005", "Doris", "", "Kallevig", "", "Ruegsegger", "Clarence", "Kallevig", "Huntley", "MT", "59037", "1944-12-19", "2917 Hwy 312", False, "valley"),
    ("BIL022", "Cody", "J.", "Kallevig", "", "", "", "", "Huntley", "MT", "59037", "1975-05-08", "2955 Hwy 312", False, "valley"),
    ("BIL015", "Wade", "", "Brekkestad", "", "", "Kristi", "Brekkestad", "Worden", "MT", "59088", "1978-10-14", "118 Ballantine Rd", False, "valley"),
    ("BIL016", "Kristine", "", "Brekkestad", "Kristi", "Lindquist-Moe", "Wade", "Brekkestad", "Worden", "MT", "59088", "1980-02-03", "118 Ballantine Rd", False, "valley"),
    # ---- Laurel ----
    ("BIL003", "Duane", "", "Vornholt Jr.", "Butch", "", "Sherry", "Vornholt", "Laurel", "MT", "59044", "1956-04-30", "611 E 6th St", False, "valley"),
    ("BIL018", "Gerald", "", "Weisbeck", "Gerry", "", "", "", "Laurel", "MT", "59044", "1979-08-21", "215 W 9th St", True, "valley"),
    ("BIL020", "Lyle", "", "Amundrud Sr.", "", "", "", "", "Laurel", "MT", "59044", "1950-01-17", "1402 Yellowstone Ave", False, "valley"),
    # ---- Billings ----
    ("BIL006", "Ruth Ann", "", "Amundrud", "", "Tollefsrud", "", "", "Billings", "MT", "59102", "1952-06-09", "2214 Rimrock Rd", False, "billings"),
    ("BIL012", "Luc", "", "DAoust", "", "", "Janelle", "DAoust", "Billings", "MT", "59105", "1963-11-27", "1840 Wicks Ln", False, "billings"),
    ("BIL013", "Janelle", "M.", "DAoust", "", "Ferriter", "Luc", "DAoust", "Billings", "MT", "59105", "1965-03-02", "1840 Wicks Ln", False, "billings"),
    ("BIL014", "Maria Elena", "", "Villalpando", "", "", "", "", "Billings", "MT", "59101", "1970-09-15", "2520 Old Hardin Rd", False, "billings"),
    ("BIL017", "Nolan", "", "Ruegsegger", "", "", "Jill", "Ruegsegger", "Billings", "MT", "59106", "1971-01-29", "5120 Rimrock Rd", False, "billings"),
    ("BIL019", "Bonnie Jo", "", "Schaeffbauer", "", "Weisbeck", "", "", "Billings", "MT", "59102", "1961-12-04", "3021 Colton Blvd", False, "billings"),
    # ---- Hardin / Crow Agency / Lodge Grass (Big Horn County, Crow Reservation) ----
    ("BIL007", "Jerome", "", "Rides Alone", "Jerry", "", "Loretta", "Rides Alone", "Crow Agency", "MT", "59022", "1960-02-22", "14 Makawasha Ave", False, "bighorn"),
    ("BIL008", "Loretta", "", "Rides Alone", "", "Gray Otter", "Jerome", "Rides Alone", "Crow Agency", "MT", "59022", "1962-05-17", "14 Makawasha Ave", False, "bighorn"),
    ("BIL009", "Vivian", "", "Stands Over Hill", "", "", "", "", "Lodge Grass", "MT", "59050", "1955-08-03", "305 George St", False, "bighorn"),
    ("BIL010", "Harlan", "", "Holds The Bow", "Buster", "", "Tamara", "Holds The Bow", "Hardin", "MT", "59034", "1971-04-12", "912 N Cheyenne Ave", False, "bighorn"),
    ("BIL011", "Marcella", "", "Little Nest", "", "", "", "", "Hardin", "MT", "59034", "1947-10-21", "407 W 4th St", False, "bighorn"),
    ("BIL023", "Leonard", "", "Kicks The Fog", "Lenny", "", "Geneva", "Kicks The Fog", "Billings", "MT", "59101", "1944-03-05", "3119 Hallowell Ln", False, "bighorn"),
    ("BIL024", "Geneva", "R.", "Kicks The Fog", "", "Plain Feather", "Leonard", "Kicks The Fog", "Billings", "MT", "59101", "1947-07-30", "3119 Hallowell Ln", False, "bighorn"),
    ("BIL021", "Delbert", "", "Crane Bull", "", "", "", "", "Lodge Grass", "MT", "59050", "1958-01-06", "22 Main St", False, "bighorn"),
]

# hand-set coordinates (lat, lon): BIL014 lives in Lockwood (roster city Billings, ZIP 59101), east of the river
COORD_OVERRIDES = {"BIL014": (45.8061, -108.4215)}
BLANK_COORDS = {"BIL009"}
