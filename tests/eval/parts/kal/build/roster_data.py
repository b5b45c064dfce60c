"""Hand-written roster for eval part `kal` (Flathead County, Montana). All people invented; ZIPs, FIPS real."""

ADV = "k.lindgren@glacierviewwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("KAL001", "Leland", "A.", "Brekke", "Lee", "", "Marlys", "Brekke", "Columbia Falls", "59912", "1945-04-09", "412 4th Ave W", False),
    ("KAL002", "Marlys", "", "Brekke", "", "Sandvik", "Leland", "Brekke", "Columbia Falls", "59912", "1947-11-02", "412 4th Ave W", False),
    ("KAL003", "Dwayne", "", "Kvamme", "", "", "Carolyn", "Kvamme", "Whitefish", "59937", "1951-06-20", "738 Somers Ave", False),
    ("KAL004", "Carolyn", "", "Kvamme", "Carrie", "Tollefson", "Dwayne", "Kvamme", "Whitefish", "59937", "1953-02-14", "738 Somers Ave", False),
    ("KAL005", "Russell", "", "Ostheller", "Rusty", "", "Jo Ann", "Ostheller", "Columbia Falls", "59912", "1968-03-11", "1120 Talbot Rd", False),
    ("KAL006", "Jo Ann", "", "Ostheller", "", "", "Russell", "Ostheller", "Columbia Falls", "59912", "1970-09-28", "1120 Talbot Rd", False),
    ("KAL007", "Harlan", "", "Fenstermacher Jr.", "", "", "Deborah", "Fenstermacher", "Bigfork", "59911", "1963-07-04", "85 Grand Dr", False),
    ("KAL008", "Deborah", "", "Fenstermacher", "Deb", "", "Harlan", "Fenstermacher Jr.", "Bigfork", "59911", "1965-01-19", "85 Grand Dr", False),
    ("KAL009", "Tyler", "", "Rasmusson", "", "", "Kaylee", "Rasmusson", "Kalispell", "59901", "1994-08-30", "219 Bluestone Dr", False),
    ("KAL010", "Kaylee", "", "Rasmusson", "", "Dufresne", "Tyler", "Rasmusson", "Kalispell", "59901", "1996-04-02", "219 Bluestone Dr", False),
    ("KAL011", "Wilma", "", "Stensrud", "", "Haugen", "", "", "Somers", "59932", "1949-10-07", "30 Shelter Bay Dr", False),
    ("KAL012", "Verna", "M.", "Pfeifle", "", "Weatherwax", "", "", "Kalispell", "59901", "1934-03-05", "640 3rd Ave E", False),
    ("KAL013", "Gordon", "", "Lautenschlager", "", "", "", "", "Whitefish", "59937", "", "17 Iowa Ave", False),
    ("KAL014", "Darlene", "", "Running Crane", "", "", "", "", "Columbia Falls", "59912", "1966-12-01", "502 9th St W", False),
    ("KAL015", "Casey", "", "McClintock", "", "", "", "", "Kalispell", "59901", "1980-05-23", "", True),
    ("KAL016", "Patrick", "", "Gilhooly", "Paddy", "", "Maureen", "Gilhooly", "Kalispell", "59901", "1961-02-27", "1455 Sunnyside Dr", False),
    ("KAL017", "Ingrid", "", "Thorsrud", "", "", "", "", "Bigfork", "59911", "1985-11-15", "222 Bridge St", False),
    ("KAL018", "Dale", "", "Mittelstaedt", "", "", "Irene", "Mittelstaedt", "Kalispell", "59901", "1946-08-08", "1830 Whitefish Stage", False),
    ("KAL019", "Thomas", "", "Ekstrom", "Tom", "", "Ann", "Ekstrom", "Kalispell", "59901", "", "505 5th Ave W", False),
    ("KAL020", "Elmer", "", "Gustafson", "Bud", "", "", "", "Marion", "59925", "1950-09-12", "2715 Pleasant Valley Rd", False),
    ("KAL021", "Brenda", "", "Hoiland", "", "Rasmusson", "Greg", "Hoiland", "Lakeside", "59922", "1972-06-30", "96 Adams St", False),
    ("KAL022", "Nolan", "", "Tschida", "", "", "Whitney", "Tschida", "Whitefish", "59937", "1990-05-17", "1306 Wisconsin Ave", False),
]

BLANK_COORDS = {"KAL020"}          # derived from the ZIP
NO_PHONE = {"KAL014", "KAL020"}
