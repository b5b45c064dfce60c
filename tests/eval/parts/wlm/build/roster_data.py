"""Roster of the wlm part (west-central Minnesota: Willmar, Benson, Litchfield). Every person is invented.

Tuple: (id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth_date,
address_line, do_not_contact)."""

ADV = "karin.vold@prairiestone.example"  # one adviser for the whole part
R = [
    ("WLM001", "Harlan", "Arnold", "Lindahl", "", "", "Marlys", "Lindahl", "Willmar", "MN", "56201", "1941-05-12", "1408 Lakeland Dr SW", False),
    ("WLM002", "Marlys", "Jean", "Lindahl", "", "Tollefson", "Harlan", "Lindahl", "Willmar", "MN", "56201", "1944-10-02", "1408 Lakeland Dr SW", False),
    ("WLM003", "Orrin", "", "Skaalerud", "Ole", "", "Carol", "Skaalerud", "Benson", "MN", "56215", "1949-08-17", "612 13th St N", False),
    ("WLM004", "Carol", "", "Skaalerud", "", "Lindahl", "Orrin", "Skaalerud", "Benson", "MN", "56215", "1951-01-25", "612 13th St N", False),
    ("WLM005", "Delores", "", "Vanderwerf", "Dee", "Kuiper", "", "", "Prinsburg", "MN", "56281", "1938-06-30", "207 Railroad Ave", False),
    ("WLM006", "Arvid", "", "Rollefson Jr.", "", "", "Janelle", "Rollefson", "Litchfield", "MN", "55355", "1966-11-04", "315 N Sibley Ave", False),
    ("WLM007", "Janelle", "", "Rollefson", "", "", "Arvid", "Rollefson Jr.", "Litchfield", "MN", "55355", "1968-02-14", "315 N Sibley Ave", False),
    ("WLM008", "Mary Jo", "", "Hegdahl", "", "Ostby", "Dennis", "Hegdahl", "Spicer", "MN", "56288", "1959-09-09", "4410 132nd Ave NE", False),
    ("WLM009", "Gerald", "", "Tessmer", "Jerry", "", "Bonnie", "Tessmer", "New London", "MN", "56273", "1953-04-21", "26 Main St W", False),
    ("WLM010", "Bonnie", "", "Tessmer", "", "Swenson", "Gerald", "Tessmer", "New London", "MN", "56273", "1955-12-03", "26 Main St W", False),
    ("WLM011", "Solveig", "", "Bakke-Rustad", "", "", "", "", "Willmar", "MN", "56201", "", "520 Litchfield Ave SW", False),
    ("WLM012", "Lavern", "", "Mathiowetz", "Vern", "", "", "", "Raymond", "MN", "56282", "1936-02-11", "18150 County Rd 8 SW", False),
    ("WLM013", "Duane", "", "Kallevig", "", "", "Renee", "Kallevig", "Kerkhoven", "MN", "56252", "1962-07-08", "1005 Atlantic Ave", False),
    ("WLM014", "Renee", "", "Kallevig", "", "", "Duane", "Kallevig", "Kerkhoven", "MN", "56252", "1964-03-19", "1005 Atlantic Ave", False),
    ("WLM015", "Lorraine", "", "Pflipsen", "", "Hoffmann", "", "", "Atwater", "MN", "56209", "1944-07-27", "140 Pacific Ave", False),
    ("WLM016", "Curtis", "", "Wangsness", "Curt", "", "", "", "Willmar", "MN", "56201", "1958-05-05", "812 Becker Ave SW", True),
    ("WLM017", "Abdirahman", "Farah", "Hassan", "", "", "", "", "Willmar", "MN", "56201", "1979-01-01", "410 5th St SW", False),
    ("WLM018", "Maria Guadalupe", "", "Reyes Ochoa", "Lupe", "", "", "", "Willmar", "MN", "56201", "", "1221 Kandi Ave SW", False),
    ("WLM019", "Bradley", "", "Strommen", "Brad", "", "Tricia", "Strommen", "Montevideo", "MN", "56265", "1971-10-30", "", False),
    ("WLM020", "Wendell", "R.", "Ahlquist", "", "", "Joyce", "Ahlquist", "Dassel", "MN", "55325", "1948-09-20", "301 Lake Jennie Rd", False),
    ("WLM021", "Joyce", "", "Ahlquist", "", "Nelson", "Wendell", "Ahlquist", "Dassel", "MN", "55325", "1950-05-16", "301 Lake Jennie Rd", False),
    ("WLM022", "Leif", "", "Thorsgaard", "", "", "", "", "Litchfield", "MN", "55355", "1990-04-03", "902 S Marshall Ave", False),
]
NO_PHONE = {"WLM017", "WLM022"}
