"""Hand-written roster for the ict part (Wichita, Derby, Newton and south-central Kansas). All people invented;
places, ZIPs and county FIPS real."""

ADV = {"KS": "m.hiebert@turkeyredwealth.example"}
ADV2 = "d.nassar@turkeyredwealth.example"   # second adviser (Wichita households)
WICHITA_ADV2 = {"ICT005", "ICT006", "ICT007", "ICT008", "ICT009", "ICT010", "ICT011", "ICT012", "ICT018",
                "ICT019", "ICT020", "ICT024"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("ICT001", "Dale", "L.", "Friesen", "", "", "Lorene", "Friesen", "Hesston", "KS", "67062", "1949-03-14", "214 Ridge Rd", False),
    ("ICT002", "Lorene", "", "Friesen", "", "Unruh", "Dale", "Friesen", "Hesston", "KS", "67062", "1951-07-22", "214 Ridge Rd", False),
    ("ICT003", "Wilbert", "J.", "Regier", "Will", "", "Edna", "Regier", "Hillsboro", "KS", "67063", "1938-11-05", "401 E Grand Ave", False),
    ("ICT004", "Edna", "", "Regier", "", "Goering", "Wilbert", "Regier", "Hillsboro", "KS", "67063", "1940-04-18", "401 E Grand Ave", False),
    ("ICT005", "Minh", "Van", "Nguyen", "Mike", "", "Lan", "Tran", "Wichita", "KS", "67216", "1968-09-02", "3310 S Hydraulic Ave", False),
    ("ICT006", "Lan", "Thi", "Tran", "", "", "Minh", "Nguyen", "Wichita", "KS", "67216", "1971-01-27", "3310 S Hydraulic Ave", False),
    ("ICT007", "Kim Anh", "", "Pham", "", "Nguyen", "", "", "Wichita", "KS", "67218", "1976-05-11", "1520 S Oliver St", False),
    ("ICT008", "Roberto", "", "Villarreal Jr.", "Bobby", "", "Alma", "Villarreal", "Wichita", "KS", "67203", "1966-10-09", "1911 N Market St", False),
    ("ICT009", "Maria Guadalupe", "", "Cervantes Ortiz", "Lupe", "Cervantes", "", "", "Wichita", "KS", "67203", "1953-12-12", "2040 N Mosley Ave", False),
    ("ICT010", "Joseph", "", "Saleeb", "Joe", "", "Rose Marie", "Saleeb", "Wichita", "KS", "67206", "1950-02-20", "8 Crestview Ct", False),
    ("ICT011", "Rose Marie", "", "Saleeb", "", "Tannous", "Joseph", "Saleeb", "Wichita", "KS", "67206", "1952-08-15", "8 Crestview Ct", False),
    ("ICT012", "George", "", "Azar", "", "", "", "", "Wichita", "KS", "67230", "1955-06-01", "12 Reflection Cir", True),
    ("ICT013", "Kenneth", "", "Voth", "Kenny", "", "Shelly", "Voth", "Derby", "KS", "67037", "1970-03-30", "1104 N Rock Rd", False),
    ("ICT014", "Tiffany", "", "Dyck", "", "", "", "", "Derby", "KS", "67037", "1984-11-19", "1108 N Rock Rd", False),
    ("ICT015", "Jordan", "", "Penner", "", "", "", "", "Andover", "KS", "67002", "1988-07-07", "600 N Andover Rd", False),
    ("ICT016", "Arlen", "", "Stucky", "", "", "Joyce", "Stucky", "Moundridge", "KS", "67107", "1944-01-23", "2 Cole St", False),
    ("ICT017", "Marvin", "D.", "Koehn", "", "", "", "", "Halstead", "KS", "67056", "1941-09-30", "315 Main St", False),
    ("ICT018", "Alejandra", "", "Zamarripa", "Alex", "", "", "", "Wichita", "KS", "67211", "1994-04-04", "1325 S Topeka Ave", False),
    ("ICT019", "Phuong", "", "Le", "", "", "", "", "Wichita", "KS", "67216", "1980-02-14", "2900 S Broadway", False),
    ("ICT020", "Samir", "", "Mansour", "Sam", "", "Leila", "Mansour", "Wichita", "KS", "67226", "1972-10-25", "2400 N Woodlawn", False),
    ("ICT021", "Carolyn", "", "Janzen", "", "Schrag", "", "", "Newton", "KS", "67114", "1947-05-08", "720 Boyd Ave", False),
    ("ICT022", "Ruben", "", "Alvarado", "", "", "", "", "Haysville", "KS", "67060", "1960-06-16", "145 E Grand Ave", False),
    ("ICT023", "Delbert", "", "Entz", "", "", "Irene", "Entz", "Goessel", "KS", "67053", "1935-02-02", "101 Main St", False),
    ("ICT024", "Thanh", "", "Vo", "Tommy", "", "", "", "Wichita", "KS", "67218", "1979-08-21", "4700 E Harry St", False),
]

BLANK_COORDS = {"ICT013", "ICT022"}          # derived from the ZIP by the engine
BLANK_FIPS = {"ICT023"}                       # county_fips only blank (Goessel, Marion County)
COORD_OVERRIDES: dict = {}
NO_BIRTH = {"ICT015", "ICT019"}
NO_PHONE = {"ICT009", "ICT024"}
