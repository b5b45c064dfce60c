"""Hand-written roster for the lwb part: Lewisburg and Greenbrier County, West Virginia (with neighbouring
Pocahontas and Monroe Counties). All people are invented; towns, ZIP codes and county FIPS are real."""

ADV = "h.arbogast@seneca-trail-advisors.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("LWB001", "Thaddeus", "", "Wickline", "Tad", "", "Loretta", "Wickline", "Lewisburg", "24901", "1949-08-14", "218 E Foster St", False),
    ("LWB002", "Loretta", "", "Wickline", "", "Burdette", "Thaddeus", "Wickline", "Lewisburg", "24901", "1952-03-03", "218 E Foster St", False),
    ("LWB003", "Cletus", "", "Hanshaw Jr.", "", "", "Marvella", "Hanshaw", "Ronceverte", "24970", "1958-11-20", "307 Walnut St", False),
    ("LWB004", "Imogene", "", "Tuckwiller", "", "Hefner", "", "", "White Sulphur Springs", "24986", "1941-05-27", "41 Big Draft Rd", False),
    ("LWB005", "Roscoe", "", "Honaker", "", "", "Darlene", "Honaker", "Caldwell", "24925", "1955-07-02", "62 Stone House Rd", False),
    ("LWB006", "Darlene", "", "Honaker", "", "McClung", "Roscoe", "Honaker", "Caldwell", "24925", "1957-12-09", "62 Stone House Rd", False),
    ("LWB007", "Mary Beth", "", "Lemasters", "", "", "Dwight", "Lemasters", "Lewisburg", "24901", "1970-04-18", "905 S Jefferson St", False),
    ("LWB008", "Ezekiel", "", "Fleshman", "Zeke", "", "Nora", "Fleshman", "Renick", "24966", "1962-09-30", "4471 Brushy Flat Rd", False),
    ("LWB009", "Nora", "", "Fleshman", "", "Boggess", "Ezekiel", "Fleshman", "Renick", "24966", "1964-01-15", "4471 Brushy Flat Rd", False),
    ("LWB010", "Marguerite", "", "Ocheltree", "Maggie", "", "", "", "Alderson", "24910", "1946-06-02", "112 Railroad Ave", False),
    ("LWB011", "Harlow", "Eugene", "Gwinn", "", "", "Beulah", "Gwinn", "Frankford", "24938", "1938-02-09", "8870 Seneca Trl N", False),
    ("LWB012", "Beulah", "", "Gwinn", "", "Spinks", "Harlow", "Gwinn", "Frankford", "24938", "1941-10-04", "8870 Seneca Trl N", False),
    ("LWB013", "Jo Ann", "", "Cavendish", "", "", "Nathaniel", "Cavendish", "Lewisburg", "24901", "1960-02-22", "16 Lafayette St", False),
    ("LWB014", "Nathaniel", "", "Cavendish", "Nate", "", "Jo Ann", "Cavendish", "Lewisburg", "24901", "1958-06-11", "16 Lafayette St", False),
    ("LWB015", "Delbert", "Ray", "Yoakum", "Del", "", "Treva", "Yoakum", "Marlinton", "24954", "1951-10-28", "1020 Third Ave", False),
    ("LWB016", "Treva", "", "Yoakum", "", "Galford", "Delbert", "Yoakum", "Marlinton", "24954", "1953-04-07", "1020 Third Ave", False),
    ("LWB017", "Garnet", "", "ODell", "", "", "", "", "Williamsburg", "24991", "", "290 Anthony Creek Rd", False),
    ("LWB018", "Lucinda", "", "Vanhoose", "Cindy", "", "Travis", "Vanhoose", "Union", "24983", "1972-05-05", "77 Pump Spring Rd", False),
    ("LWB019", "Ambrose", "", "Kittle III", "Brose", "", "", "", "Lewisburg", "24901", "1980-01-12", "133 W Washington St", False),
    ("LWB020", "Rosalind", "", "Tincher", "", "", "", "", "White Sulphur Springs", "24986", "1955-03-30", "510 E Main St", True),
    ("LWB021", "Ravindra", "", "Venkatraman", "Ravi", "", "Lakshmi", "Venkatraman", "Lewisburg", "24901", "1968-09-09", "27 Greenbrier Hills Dr", False),
    ("LWB022", "Letitia", "", "Callison", "Tish", "Hively", "", "", "Maxwelton", "24957", "1950-12-01", "5122 Davis Stuart Rd", False),
    ("LWB023", "Thurman", "", "Snedegar", "", "", "", "", "Hillsboro", "24946", "1944-02-14", "31 Locust Creek Rd", False),
]

BLANK_COORDS = {"LWB017", "LWB023"}   # the ZIP centroid is used
BLANK_FIPS = {"LWB013"}               # derived from the ZIP
NO_PHONE = {"LWB017"}
