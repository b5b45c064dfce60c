"""Hand-written roster for the `rap` part (Rapid City, Pine Ridge and the Black Hills, S.D.).
All people invented; places, ZIPs and county FIPS real (zipcodes / addfips)."""

A_RES = "l.amiotte@sagebrushcapital.example"      # Pine Ridge Reservation, Wanblee, Fall River
A_RC = "d.hemmingsen@sagebrushcapital.example"    # Rapid City, Box Elder, Ellsworth AFB
A_HILLS = "s.kirchmeier@sagebrushcapital.example"  # Custer, Hill City, Sturgis, Spearfish

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("RAP001", "Delbert", "Joseph", "Iron Hawk", "Del", "", "Verna", "Iron Hawk", "Wanblee", "SD", "57577", "1947-06-03", "212 BIA Route 2", False, A_RES),
    ("RAP002", "Verna", "", "Iron Hawk", "", "Standing Elk", "Delbert", "Iron Hawk", "Wanblee", "SD", "57577", "1950-09-14", "212 BIA Route 2", False, A_RES),
    ("RAP003", "Loretta", "", "White Plume", "Lolly", "", "", "", "Pine Ridge", "SD", "57770", "1961-04-22", "14 Crazy Horse Dr", False, A_RES),
    ("RAP004", "Marvin", "", "Kills Brave Jr.", "", "", "Charlene", "Kills Brave", "Manderson", "SD", "57756", "1972-11-08", "3 White Horse Creek Rd", False, A_RES),
    ("RAP005", "Charlene", "", "Kills Brave", "", "Runs Above", "Marvin", "Kills Brave Jr.", "Manderson", "SD", "57756", "1974-02-27", "3 White Horse Creek Rd", False, A_RES),
    ("RAP006", "Roberta", "", "Yellow Boy", "Bobbi", "", "Francis", "Yellow Boy", "Porcupine", "SD", "57772", "1969-07-30", "8 Porcupine Butte Rd", False, A_RES),
    ("RAP007", "Harlan", "", "Ostrander", "Hap", "", "Janelle", "Ostrander", "Custer", "SD", "57730", "1953-03-19", "25118 Flynn Creek Rd", False, A_HILLS),
    ("RAP008", "Janelle", "", "Ostrander", "", "Pfeifle", "Harlan", "Ostrander", "Custer", "SD", "57730", "1955-12-02", "25118 Flynn Creek Rd", False, A_HILLS),
    ("RAP009", "Curtis", "", "Lindahl", "Curt", "", "Deborah", "Lindahl", "Box Elder", "SD", "57719", "1958-05-11", "610 Tower Rd", False, A_RC),
    ("RAP010", "Deborah", "", "Lindahl", "Deb", "Schaefbauer", "Curtis", "Lindahl", "Box Elder", "SD", "57719", "1960-10-06", "610 Tower Rd", False, A_RC),
    ("RAP011", "Mary Beth", "", "Sazama", "", "Haugen", "", "", "Rapid City", "SD", "57702", "1966-01-15", "4120 Chapel Ln", False, A_RC),
    ("RAP012", "Patrick", "", "ODea", "Pat", "", "Colleen", "ODea", "Spearfish", "SD", "57783", "1951-08-24", "1507 N 5th St", False, A_HILLS),
    ("RAP013", "Colleen", "", "ODea", "", "Brunsting", "Patrick", "ODea", "Spearfish", "SD", "57783", "1953-04-04", "1507 N 5th St", False, A_HILLS),
    ("RAP014", "Leonard", "", "Bissonette", "Lenny", "", "", "", "Rapid City", "SD", "57701", "1964-06-18", "909 E Anamosa St", True, A_RC),
    ("RAP015", "Naomi", "R.", "Crow Feather", "", "", "", "", "Rapid City", "SD", "57701", "1979-09-02", "2415 N Maple Ave", False, A_RC),
    ("RAP016", "Dale", "", "Fischbach", "", "", "Karla", "Fischbach", "Sturgis", "SD", "57785", "1951-02-09", "20455 Alkali Rd", False, A_HILLS),
    ("RAP017", "Karla", "", "Fischbach", "", "Heupel", "Dale", "Fischbach", "Sturgis", "SD", "57785", "1954-07-21", "20455 Alkali Rd", False, A_HILLS),
    ("RAP018", "Ernest", "", "Swift Hawk", "Ernie", "", "Geraldine", "Swift Hawk", "Rapid City", "SD", "57703", "1944-12-12", "1730 Sitting Bull St", False, A_RC),
    ("RAP019", "Jolene", "", "Van Wyk", "", "Schmit", "", "", "Hot Springs", "SD", "57747", "1963-03-08", "331 N River St", False, A_RES),
    ("RAP020", "Travis", "", "Runs Close", "", "", "Shawna", "Runs Close", "Rapid City", "SD", "57702", "1984-10-17", "5218 Bendt Dr", False, A_RC),
    ("RAP021", "Bernice", "", "Mousseau", "Bunny", "Two Lance", "", "", "Rapid City", "SD", "57703", "1949-05-29", "2602 Cactus Dr", False, A_RC),
    ("RAP022", "Kyle", "", "Brandvold", "", "", "", "", "Hill City", "SD", "57745", "1990-06-25", "124 Main St", False, A_HILLS),
]

BLANK_COORDS = {"RAP015"}          # ZIP 57701 centroid is used
BLANK_FIPS = {"RAP006"}            # Porcupine: county derived from ZIP 57772 (Oglala Lakota, 46102)
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"RAP022"}
NO_PHONE = {"RAP019"}
