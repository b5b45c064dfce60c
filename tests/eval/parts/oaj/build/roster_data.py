"""Hand-written roster for the oaj part: Jacksonville and Onslow County, coastal North Carolina.
All people invented; places, ZIP codes and county FIPS real."""

DEFAULT_ADV = "k.okonkwo@newriverwealth.example"
BALLARD = {"OAJ001", "OAJ002", "OAJ005", "OAJ013", "OAJ014", "OAJ015", "OAJ019", "OAJ020", "OAJ021"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("OAJ001", "Thurman", "Ray", "Midyette", "Buddy", "", "Dorothy", "Midyette", "Sneads Ferry", "NC", "28460", "1947-06-14", "212 Old Folkstone Rd", False),
    ("OAJ002", "Dorothy", "", "Midyette", "Dot", "Venters", "Thurman", "Midyette", "Sneads Ferry", "NC", "28460", "1950-02-03", "212 Old Folkstone Rd", False),
    ("OAJ003", "Lonnie", "", "Ennett Jr.", "", "", "Carolyn", "Ennett", "Jacksonville", "NC", "28546", "1958-11-20", "118 Bell Fork Rd", False),
    ("OAJ004", "Carolyn", "", "Ennett", "", "Batts", "Lonnie", "Ennett Jr.", "Jacksonville", "NC", "28546", "1961-07-09", "118 Bell Fork Rd", False),
    ("OAJ005", "Betty Sue", "", "Koonce", "", "Hewett", "", "", "Richlands", "NC", "28574", "1952-03-22", "305 Kinston Hwy", False),
    ("OAJ006", "Alfreda", "", "Sidbury", "Freda", "Frazelle", "", "", "Jacksonville", "NC", "28540", "1948-04-17", "410 Kerr St", False),
    ("OAJ007", "Marvin", "", "Sidbury", "", "", "Tonya", "Sidbury", "Jacksonville", "NC", "28540", "1986-09-02", "1205 Henderson Dr", False),
    ("OAJ008", "Luzviminda", "", "Dimaculangan", "Luz", "Pangilinan", "Rodelio", "Dimaculangan", "Jacksonville", "NC", "28546", "1962-05-30", "207 Brynn Marr Rd", False),
    ("OAJ009", "Rodelio", "B.", "Dimaculangan", "Rody", "", "Luzviminda", "Dimaculangan", "Jacksonville", "NC", "28546", "1959-12-08", "207 Brynn Marr Rd", False),
    ("OAJ010", "Yesenia", "", "Velez Rosario", "", "", "Hector", "Carrasquillo", "Hubert", "NC", "28539", "1991-01-15", "156 Queens Creek Rd", False),
    ("OAJ011", "Kendrick", "", "Tillery", "", "", "Monique", "Tillery", "Midway Park", "NC", "28544", "1974-10-03", "22 Bougainville Dr", False),
    ("OAJ012", "Monique", "", "Tillery", "", "Holt", "Kendrick", "Tillery", "Midway Park", "NC", "28544", "1976-02-11", "22 Bougainville Dr", False),
    ("OAJ013", "Carl Wayne", "", "Humphrey", "", "", "Patsy", "Humphrey", "Swansboro", "NC", "28584", "1955-08-27", "602 W Corbett Ave", False),
    ("OAJ014", "Eugene", "", "Batts", "Gene", "", "", "", "Richlands", "NC", "28574", "1951-10-05", "4410 Richlands Hwy", True),
    ("OAJ015", "Lorene", "", "Justice", "Tootie", "Mattocks", "", "", "Maysville", "NC", "28555", "1936-12-01", "19 Main St", False),
    ("OAJ016", "Anjali", "", "Varghese", "", "", "", "", "Jacksonville", "NC", "28546", "1979-06-21", "300 Country Club Rd", False),
    ("OAJ017", "Clarence", "", "Outlaw", "", "", "Gloria", "Outlaw", "Jacksonville", "NC", "28540", "1953-01-29", "511 Chaney Ave", False),
    ("OAJ018", "Gloria", "", "Outlaw", "", "Farrior", "Clarence", "Outlaw", "Jacksonville", "NC", "28540", "1956-07-14", "511 Chaney Ave", False),
    ("OAJ019", "Travis", "Lee", "Mattocks", "", "", "", "", "Holly Ridge", "NC", "28445", "1990-04-09", "1140 Sound Rd", False),
    ("OAJ020", "Shirley Ann", "", "Venters", "", "", "Roy", "Venters", "Jacksonville", "NC", "28540", "1948-11-11", "903 Gum Branch Rd", False),
    ("OAJ021", "Cedric", "", "Frazelle", "", "", "", "", "Swansboro", "NC", "28584", "1977-03-18", "210 Church St", False),
    ("OAJ022", "Maribel", "", "Ocasio", "", "", "", "", "Jacksonville", "NC", "28546", "1963-09-25", "", False),
]

BLANK_COORDS = {"OAJ020"}            # derived from the ZIP by whoever reads the roster
BLANK_FIPS = {"OAJ005"}              # county_fips only left blank
COORD_OVERRIDES = {
    # east of town off Country Club Rd: inside the tornado polygon though ZIP 28546's centroid is not
    "OAJ016": (34.7465, -77.3380),
}
# County FIPS follow the zipcodes package's county for the ZIP (the roster reader warns when a given county
# differs from the one it derives). In reality the town of Swansboro lies in Onslow County (ZIP 28584 also
# covers Cape Carteret, Carteret Co., which the package gives) and the town of Maysville is in Jones County
# (the package gives Onslow for 28555). No label depends on this: the counted alerts use polygons.
FIPS_OVERRIDES: dict[str, str] = {}
NO_BIRTH = {"OAJ007", "OAJ010", "OAJ022"}
NO_PHONE = {"OAJ016", "OAJ019"}
