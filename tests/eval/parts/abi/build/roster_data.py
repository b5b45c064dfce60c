"""Hand-written roster for the `abi` part (Abilene and the Big Country, Texas). All people invented; places,
ZIP codes and county FIPS real."""

ADV = {  # by city: Abilene book and the outlying Big Country book
    "Abilene": "r.mendoza@caprockcounsel.example",
    "Tye": "r.mendoza@caprockcounsel.example",
    "Buffalo Gap": "r.mendoza@caprockcounsel.example",
    "Merkel": "d.hollowell@caprockcounsel.example",
    "Clyde": "d.hollowell@caprockcounsel.example",
    "Sweetwater": "d.hollowell@caprockcounsel.example",
    "Anson": "d.hollowell@caprockcounsel.example",
    "Hawley": "d.hollowell@caprockcounsel.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("ABI001", "Royce", "Lee", "Brantley", "", "", "Wanda", "Brantley", "Abilene", "TX", "79605", "1946-08-14", "2242 Sayles Blvd", False),
    ("ABI002", "Wanda", "Sue", "Brantley", "", "Pickens", "Royce", "Brantley", "Abilene", "TX", "79605", "1948-03-02", "2242 Sayles Blvd", False),
    ("ABI003", "Billie Jo", "", "Tidwell", "", "Rasco", "Curtis", "Tidwell", "Tye", "TX", "79563", "1958-11-20", "418 Scott St", False),
    ("ABI004", "Curtis", "Wayne", "Tidwell", "Curt", "", "Billie Jo", "Tidwell", "Tye", "TX", "79563", "1956-05-09", "418 Scott St", False),
    ("ABI005", "Rosalinda", "", "Saucedo Ybarra", "Rosie", "", "", "", "Abilene", "TX", "79603", "1961-02-14", "1509 Grape St", False),
    ("ABI006", "Harold", "Wayne", "Oakes Jr.", "Butch", "", "Peggy", "Oakes", "Abilene", "TX", "79605", "1954-07-22", "1826 Woodard St", False),
    ("ABI007", "Peggy", "", "Oakes", "", "Hollis", "Harold", "Oakes Jr.", "Abilene", "TX", "79605", "1955-12-03", "1826 Woodard St", False),
    ("ABI008", "Terrence", "", "Vickery", "Terry", "", "Lorna", "Vickery", "Abilene", "TX", "79602", "1966-09-30", "5417 Hartford St", False),
    ("ABI009", "Lorna", "", "Vickery", "", "Kittrell", "Terrence", "Vickery", "Abilene", "TX", "79602", "1968-01-11", "5417 Hartford St", False),
    ("ABI010", "Naomi", "Ruth", "Castleberry", "", "", "", "", "Abilene", "TX", "79601", "1970-04-18", "", False),
    ("ABI011", "Glenn", "Ray", "Stockton", "", "", "Marla", "Stockton", "Clyde", "TX", "79510", "1951-10-05", "2760 County Road 290", False),
    ("ABI012", "Marla", "", "Stockton", "", "Garrett", "Glenn", "Stockton", "Clyde", "TX", "79510", "1953-06-27", "2760 County Road 290", False),
    ("ABI013", "Imogene", "", "Pettit", "Jean", "Cagle", "", "", "Merkel", "TX", "79536", "1938-02-09", "604 Oak St", False),
    ("ABI014", "Alberto", "", "Carrizales", "Beto", "", "Norma", "Carrizales", "Sweetwater", "TX", "79556", "1969-08-03", "1107 Josephine St", False),
    ("ABI015", "Norma", "Alicia", "Carrizales", "", "Salinas", "Alberto", "Carrizales", "Sweetwater", "TX", "79556", "1971-12-12", "1107 Josephine St", False),
    ("ABI016", "Kenneth", "", "McWhorter", "Kenny", "", "", "", "Anson", "TX", "79501", "1950-09-19", "1421 County Road 416", False),
    ("ABI017", "Patricia", "", "Ledbetter", "Patsy", "Bearden", "", "", "Hawley", "TX", "79525", "1944-05-06", "305 Avenue F", False),
    ("ABI018", "Shane", "Patrick", "Dowell", "", "", "Kristen", "Dowell", "Abilene", "TX", "79606", "1985-03-23", "6826 Cougar Way", False),
    ("ABI019", "Jesse", "Wade", "Barnhill", "", "", "Kaylee", "Barnhill", "Abilene", "TX", "79606", "1991-07-01", "4118 Lytle Acres Dr", False),
    ("ABI020", "Kristen", "", "Dowell", "", "Sisk", "Shane", "Dowell", "Abilene", "TX", "79606", "1987-10-14", "6826 Cougar Way", False),
    ("ABI021", "Dwayne", "", "Kimbrough", "", "", "Carolyn", "Kimbrough", "Abilene", "TX", "79605", "", "3309 S 7th St", False),
    ("ABI022", "Lonnie", "", "Gattis", "", "", "", "", "Buffalo Gap", "TX", "79508", "", "112 Litel St", True),
]

# clients without a phone in the CRM
NO_PHONE = {"ABI013", "ABI017"}
