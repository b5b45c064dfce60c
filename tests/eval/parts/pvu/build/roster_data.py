"""Hand-written roster for the pvu part (Provo and Orem, Utah). All people invented; places, ZIPs, FIPS real."""

ADV_PROVO = "r.callister@wasatchridgewealth.example"   # Provo, Springville, Mapleton, Spanish Fork
ADV_OREM = "e.mahe@wasatchridgewealth.example"         # Orem, Lindon, Pleasant Grove, American Fork

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, adviser, dnc
R = [
    ("PVU001", "Dallin", "Russell", "Ostergaard", "", "", "Marcia", "Ostergaard", "Provo", "84604", "1950-08-14", "2870 N Marrcrest E", ADV_PROVO, False),
    ("PVU002", "Marcia", "", "Ostergaard", "", "Pettingill", "Dallin", "Ostergaard", "Provo", "84604", "1952-03-02", "2870 N Marrcrest E", ADV_PROVO, False),
    ("PVU003", "Sione", "", "Tuipulotu", "", "", "Ana", "Tuipulotu", "Provo", "84601", "1968-11-21", "455 W 300 N", ADV_PROVO, False),
    ("PVU004", "Ana", "", "Tuipulotu", "", "Kauvaka", "Sione", "Tuipulotu", "Provo", "84601", "1971-05-09", "455 W 300 N", ADV_PROVO, False),
    ("PVU005", "Reed", "Alma", "Brockbank Jr.", "", "", "Colleen", "Brockbank", "Springville", "84663", "1957-06-30", "1180 E 400 S", ADV_PROVO, False),
    ("PVU006", "Mary Lou", "", "Huntsaker", "", "Bascom", "", "", "Orem", "84057", "1941-09-17", "612 N 800 E", ADV_OREM, False),
    ("PVU007", "Maria Elena", "", "Zamudio Orozco", "Malena", "", "Efrain", "Villasenor", "Provo", "84606", "1972-02-11", "1520 S 950 E", ADV_PROVO, False),
    ("PVU008", "Efrain", "", "Villasenor", "", "", "Maria Elena", "Zamudio Orozco", "Provo", "84606", "1969-12-03", "1520 S 950 E", ADV_PROVO, False),
    ("PVU009", "Kimball", "Grant", "Pehrson", "Kim", "", "LaRae", "Pehrson", "Lindon", "84042", "1946-10-03", "88 N 400 E", ADV_OREM, False),
    ("PVU010", "LaRae", "", "Pehrson", "", "Gledhill", "Kimball", "Pehrson", "Lindon", "84042", "1948-04-22", "88 N 400 E", ADV_OREM, False),
    ("PVU011", "Garrett", "", "Van Wagenen", "", "", "Brielle", "Van Wagenen", "Orem", "84097", "1984-07-19", "1733 S 400 E", ADV_OREM, False),
    ("PVU012", "Jo Ann", "", "Twitchell", "", "Wadley", "", "", "American Fork", "84003", "1955-01-27", "340 E 500 N", ADV_OREM, False),
    ("PVU013", "Thaddeus", "", "Kartchner", "Tad", "", "Shauna", "Kartchner", "Mapleton", "84664", "1963-03-08", "1455 N 1600 W", ADV_PROVO, False),
    ("PVU014", "Shauna", "", "Kartchner", "", "Holdaway", "Thaddeus", "Kartchner", "Mapleton", "84664", "1965-10-30", "1455 N 1600 W", ADV_PROVO, False),
    ("PVU015", "Brandon", "", "Quarnberg", "", "", "Kelsie", "Quarnberg", "Orem", "84058", "1978-02-14", "1090 W 1600 S", ADV_OREM, False),
    ("PVU016", "Anneliese", "M.", "Wintch", "", "", "", "", "Provo", "84604", "1969-05-05", "3950 N Canyon Rd", ADV_PROVO, False),
    ("PVU017", "Wendell", "", "Spackman", "", "", "LaDawn", "Spackman", "Springville", "84663", "1944-12-12", "275 S Main St", ADV_PROVO, True),
    ("PVU018", "Calvin", "", "Thurgood", "Cal", "", "Norma", "Thurgood", "Pleasant Grove", "84062", "1949-06-06", "920 E 200 N", ADV_OREM, False),
    ("PVU019", "Norma", "", "Thurgood", "", "Ashdown", "Calvin", "Thurgood", "Pleasant Grove", "84062", "1951-09-25", "920 E 200 N", ADV_OREM, False),
    ("PVU020", "Renata", "", "DArcangelo", "", "", "", "", "Orem", "84057", "1974-08-02", "455 E 1200 N", ADV_OREM, False),
    ("PVU021", "Orrin", "", "Dastrup", "", "", "Marjorie", "Dastrup", "Springville", "84663", "1938-11-19", "640 E Canyon Rd", ADV_PROVO, False),
    ("PVU022", "Jaren", "", "Holyoak", "", "", "Dixie", "Holyoak", "Orem", "84058", "1961-04-15", "780 S 1200 W", ADV_OREM, False),
]
