"""Hand-written roster for the mci part (Kansas City, Independence, Overland Park). All people invented;
places, ZIPs and FIPS real. Two advisers: Missouri clients and Kansas clients."""

ADV = {
    "MO": "r.castellano@prairiegateadvisors.example",
    "KS": "t.whitcombe@prairiegateadvisors.example",
}
AREA = {"MO": "816", "KS": "913"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("MCI001", "Leonard", "F.", "Hasselbring", "Len", "", "Dorothea", "Hasselbring", "Kansas City", "MO", "64113", "1944-06-12", "6218 Wornall Ter", False),
    ("MCI002", "Ignatius", "", "Vukelich Jr.", "Iggy", "", "Marija", "Vukelich", "Kansas City", "KS", "66103", "1958-08-15", "417 N 4th St", False),
    ("MCI003", "Marija", "", "Vukelich", "", "Pavletich", "Ignatius", "Vukelich Jr.", "Kansas City", "KS", "66103", "1960-03-19", "417 N 4th St", False),
    ("MCI004", "Maria Guadalupe", "", "Arredondo Villalobos", "Lupe", "", "", "", "Kansas City", "MO", "64108", "1952-12-12", "2311 Jarboe St", False),
    ("MCI005", "Elvin", "T.", "Drummond", "", "", "Loretta", "Drummond", "Kansas City", "MO", "64131", "1950-11-02", "8805 Paseo Blvd", False),
    ("MCI006", "Loretta", "", "Drummond", "", "Fairbanks", "Elvin", "Drummond", "Kansas City", "MO", "64131", "1953-04-27", "8805 Paseo Blvd", False),
    ("MCI007", "Wendell", "A.", "Pfannenstiel", "", "", "Karen", "Pfannenstiel", "Overland Park", "KS", "66212", "1961-09-08", "9120 W 94th Ter", False),
    ("MCI008", "Bernadette", "", "Schlotzhauer", "Bernie", "", "", "", "Overland Park", "KS", "66204", "1939-01-30", "7410 W 80th St", False),
    ("MCI009", "Mary Frances", "", "Kilcullen", "Francie", "Dorsey", "Patrick", "Kilcullen", "Independence", "MO", "64055", "1957-05-05", "3807 S Crysler Ave", False),
    ("MCI010", "Patrick", "", "Kilcullen", "Packy", "", "Mary Frances", "Kilcullen", "Independence", "MO", "64055", "1956-02-14", "3807 S Crysler Ave", False),
    ("MCI011", "Priyamvada", "", "Venkataraghavan", "Priya", "", "Arjun", "Venkataraghavan", "Overland Park", "KS", "66221", "1976-07-22", "15510 Goddard St", False),
    ("MCI012", "Antoine", "", "Semaan", "Tony", "", "Nadia", "Semaan", "Kansas City", "MO", "64114", "1966-01-09", "1034 W 81st St", False),
    ("MCI013", "Nadia", "", "Semaan", "", "Abourjaily", "Antoine", "Semaan", "Kansas City", "MO", "64114", "1968-10-30", "1034 W 81st St", False),
    ("MCI014", "Rosaleen", "", "ODwyer", "", "Keane", "Declan", "ODwyer", "Kansas City", "MO", "64118", "1971-03-17", "5502 N Wayne Ave", False),
    ("MCI015", "Everett", "", "Van Tuyl", "", "", "Gwendolyn", "Van Tuyl", "Overland Park", "KS", "66213", "1948-04-04", "12820 Slater St", False),
    ("MCI016", "Gwendolyn", "", "Van Tuyl", "Gwen", "Stuckenschneider", "Everett", "Van Tuyl", "Overland Park", "KS", "66213", "1950-08-21", "12820 Slater St", False),
    ("MCI017", "Lamar", "", "Hollingshead III", "", "", "Keisha", "Hollingshead", "Kansas City", "MO", "64131", "1984-06-30", "309 E 85th St", False),
    ("MCI018", "Wilhelmina", "", "Oberkrom", "Billie", "", "", "", "Independence", "MO", "64050", "1937-09-30", "622 N Delaware St", False),
    ("MCI019", "Casimir", "", "Wojtaszek", "Casey", "", "Linda", "Wojtaszek", "Independence", "MO", "64056", "1963-11-11", "18807 E 27th Terrace Ct S", False),
    ("MCI020", "Ximena", "", "Montelongo Ruvalcaba", "", "", "", "", "Overland Park", "KS", "66204", "1989-02-02", "8200 Metcalf Ave Apt 314", False),
    ("MCI021", "Delphine", "", "Brueggemann", "", "", "", "", "Independence", "MO", "64057", "1945-07-07", "4100 S Hub Dr", True),
    ("MCI022", "Augustus", "", "Kretschmer", "Gus", "", "Ruth", "Kretschmer", "Overland Park", "KS", "66221", "1959-12-01", "16300 Antioch Rd", False),
]
