"""Hand-written roster for the tpl part (Temple and Killeen, Texas). People invented; places, ZIPs, FIPS real."""

ADV = {
    "temple": "r.castellanos@bluestemwealth.example",   # Temple, Belton, Salado, Troy
    "killeen": "k.ferrell@bluestemwealth.example",      # Killeen, Harker Heights, Nolanville, Copperas Cove
}
TEMPLE_SIDE = {"Temple", "Belton", "Salado", "Troy"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("TPL001", "Ludmila", "", "Kubacak", "Millie", "Spacek", "Emil", "Kubacak", "Temple", "TX", "76504", "1944-06-12", "3307 Kegley Rd", False),
    ("TPL002", "Emil", "J.", "Kubacak", "", "", "Ludmila", "Kubacak", "Temple", "TX", "76504", "1941-11-03", "3307 Kegley Rd", False),
    ("TPL003", "Cordelia", "", "Tatum", "Dee", "Ruffin", "", "", "Temple", "TX", "76501", "1952-02-14", "611 S 7th St", False),
    ("TPL004", "Myong-suk", "", "Bramlett", "Suki", "Cho", "Duane", "Bramlett", "Killeen", "TX", "76542", "1958-08-21", "3104 Westcliff Rd", False),
    ("TPL005", "Teodoro", "", "Villarreal Ocasio", "Teddy", "", "Marisol", "Villarreal", "Killeen", "TX", "76549", "1968-03-09", "5602 Bunny Trl", False),
    ("TPL006", "Marisol", "", "Villarreal", "", "Figueroa", "Teodoro", "Villarreal Ocasio", "Killeen", "TX", "76549", "1970-05-30", "5602 Bunny Trl", False),
    ("TPL007", "Harland", "", "Pruett Jr.", "", "", "Gaylene", "Pruett", "Belton", "TX", "76513", "1956-01-19", "912 N Main St", False),
    ("TPL008", "Gaylene", "", "Pruett", "", "", "Harland", "Pruett Jr.", "Belton", "TX", "76513", "1957-04-27", "912 N Main St", False),
    ("TPL009", "Bohuslav", "", "Skrabanek", "Bob", "", "Irene", "Skrabanek", "Temple", "TX", "76502", "1949-10-08", "4410 Lakeview Dr", False),
    ("TPL010", "Rosalind", "", "Achterberg", "", "", "", "", "Salado", "TX", "76571", "1962-07-07", "21 Royal St", False),
    ("TPL011", "Lorenzo", "", "Whitsett", "", "", "Nadine", "Whitsett", "Harker Heights", "TX", "76548", "1963-12-02", "1205 Mountain Lion Rd", False),
    ("TPL012", "Nadine", "", "Whitsett", "", "Gaddy", "Lorenzo", "Whitsett", "Harker Heights", "TX", "76548", "1966-09-18", "1205 Mountain Lion Rd", False),
    ("TPL013", "Josefina", "", "Cuellar", "Josie", "Rendon", "Arnulfo", "Cuellar", "Temple", "TX", "76504", "1955-09-15", "1710 N 11th St", False),
    ("TPL014", "Arnulfo", "", "Cuellar", "Arnie", "", "Josefina", "Cuellar", "Temple", "TX", "76504", "1953-06-01", "1710 N 11th St", False),
    ("TPL015", "Prudence", "", "Van Zandt", "Pru", "", "", "", "Troy", "TX", "76579", "1947-03-22", "108 E Main St", False),
    ("TPL016", "Ifeoma", "", "Nwachukwu-Sadler", "", "", "", "", "Temple", "TX", "76502", "1979-01-30", "7 Bentwood Cir", False),
    ("TPL017", "Cletus", "", "Brummett", "", "", "Wanda", "Brummett", "Copperas Cove", "TX", "76522", "1951-05-11", "402 Summers Rd", False),
    ("TPL018", "Ozella", "", "Threadgill", "", "", "", "", "Nolanville", "TX", "76559", "1938-10-25", "215 Avenue H", True),
    ("TPL019", "Reinhold", "", "Glockzin Jr.", "Ray", "", "Edna Mae", "Glockzin", "Temple", "TX", "76501", "1955-02-20", "2019 E Ave J", False),
    ("TPL020", "Edna Mae", "", "Glockzin", "", "Pietsch", "Reinhold", "Glockzin Jr.", "Temple", "TX", "76501", "1957-11-11", "2019 E Ave J", False),
    ("TPL021", "Tavita", "", "Matagi", "Dave", "", "Losa", "Matagi", "Killeen", "TX", "76543", "1975-02-11", "2710 Trimmier Rd", False),
    ("TPL022", "Georgianna", "", "Hrabal", "Georgie", "", "", "", "Belton", "TX", "76513", "1966-12-09", "540 E 9th Ave", False),
]

BLANK_COORDS = {"TPL022"}       # ZIP centroid is used
BLANK_FIPS = {"TPL015"}         # derived from the ZIP
NO_BIRTH = {"TPL016"}
NO_PHONE = {"TPL010"}
