"""Hand-written roster for the hib part (Minnesota Iron Range). All people invented; places, ZIPs, FIPS real."""

ADV = "k.lindahl@mesabaridge.example"   # one adviser for the Range clients
ADV_NORTH = "p.hallberg@mesabaridge.example"   # Ely / Nashwauk / Aurora / Biwabik book

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("HIB001", "Toivo", "E.", "Hautala", "Ted", "", "Aili", "Hautala", "Hibbing", "MN", "55746", "1941-02-14", "2412 5th Ave E", False),
    ("HIB002", "Aili", "", "Hautala", "", "Rautio", "Toivo", "Hautala", "Hibbing", "MN", "55746", "1943-08-30", "2412 5th Ave E", False),
    ("HIB003", "Frank", "", "Zupancich Jr.", "Butch", "", "Darlene", "Zupancich", "Eveleth", "MN", "55734", "1959-05-21", "417 Jones St", False),
    ("HIB004", "Darlene", "", "Zupancich", "", "Kovach", "Frank", "Zupancich Jr.", "Eveleth", "MN", "55734", "1961-11-02", "417 Jones St", False),
    ("HIB005", "Mary Jo", "", "Sertich", "", "Grahek", "", "", "Virginia", "MN", "55792", "1948-03-09", "611 S 5th St", False),
    ("HIB006", "Dennis", "R.", "Lahti", "Denny", "", "Karen", "Lahti", "Chisholm", "MN", "55719", "1968-07-17", "22 SW 3rd St", False),
    ("HIB007", "Rosemary", "", "Tassoni", "Ro", "", "", "", "Hibbing", "MN", "55746", "1936-12-01", "1018 E 23rd St", False),
    ("HIB008", "Gregory", "", "Vukelich", "Greg", "", "Lisa", "Vukelich", "Virginia", "MN", "55792", "1972-01-26", "1304 S 12th St", False),
    ("HIB009", "Lisa", "", "Vukelich", "", "Niemi", "Gregory", "Vukelich", "Virginia", "MN", "55792", "1974-06-05", "1304 S 12th St", False),
    ("HIB010", "Kristine", "", "Skubic-Maki", "Kris", "Skubic", "Jeff", "Maki", "Mountain Iron", "MN", "55768", "1979-09-14", "5480 Mountain Ave", False),
    ("HIB011", "Wayne", "", "Prebonich", "", "", "", "", "Gilbert", "MN", "55741", "1965-04-12", "18 N Broadway", True),
    ("HIB012", "Eino", "W.", "Koski", "", "", "Helmi", "Koski", "Biwabik", "MN", "55708", "1938-02-03", "305 Main St", False),
    ("HIB013", "Helmi", "", "Koski", "", "Salo", "Eino", "Koski", "Biwabik", "MN", "55708", "1940-10-27", "305 Main St", False),
    ("HIB014", "Anthony", "", "Bianchi", "Tony", "", "", "", "Hibbing", "MN", "55746", "1975-03-18", "3911 9th Ave W", False),
    ("HIB015", "Jeanette", "", "Ostlund", "", "Perala", "", "", "Chisholm", "MN", "55719", "1944-06-11", "309 W Lake St", False),
    ("HIB016", "Matthew", "", "Grahek", "Matt", "", "Jenna", "Grahek", "Eveleth", "MN", "55734", "1983-10-08", "720 Grant Ave", False),
    ("HIB017", "Sandra", "", "Hendrickson", "Sandy", "Sundquist", "Bruce", "Hendrickson", "Virginia", "MN", "55792", "1956-02-22", "915 N 6th Ave", False),
    ("HIB018", "Joseph", "", "Kochevar", "Joe", "", "", "", "Hibbing", "MN", "55746", "1966-08-15", "2222 E 3rd Ave", False),
    ("HIB019", "Bernard", "", "Rautio", "Bernie", "", "", "", "Aurora", "MN", "55705", "1946-01-31", "14 W 3rd Ave N", False),
    ("HIB020", "Carol Ann", "", "Stanich", "", "", "Michael", "Stanich", "Buhl", "MN", "55713", "1957-12-12", "501 Jones Ave", False),
    ("HIB021", "Michael", "", "Stanich", "Mike", "", "Carol Ann", "Stanich", "Buhl", "MN", "55713", "1955-07-04", "501 Jones Ave", False),
    ("HIB022", "Leonard", "", "Vidmar", "Len", "", "Marlys", "Vidmar", "Nashwauk", "MN", "55769", "1948-09-19", "310 Central Ave", False),
]
NORTH = {"HIB012", "HIB013", "HIB019", "HIB022"}
# optional cells left blank on purpose
BLANK_COORDS = {"HIB019"}          # coordinates derived from the ZIP
NO_BIRTH = {"HIB014", "HIB018"}     # no birth date in the CRM
NO_PHONE = {"HIB011", "HIB020", "HIB021"}
NO_ADDRESS = {"HIB006"}
