"""Hand-written roster for part ozk (Arkansas Ozarks). People invented; ZIPs, FIPS real."""

ADV = "c.brashears@whiteriverwealth.example"
# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, phone_suffix, dnc
R = [
    ("OZK001", "Virgil", "Eugene", "Tennyson", "Gene", "", "Loretta", "Tennyson", "Harrison", "72601", "1946-04-12", "611 N Pine St", "01", False),
    ("OZK002", "Loretta", "", "Tennyson", "", "Bratcher", "Virgil", "Tennyson", "Harrison", "72601", "1948-09-30", "611 N Pine St", "01", False),
    ("OZK003", "Orval", "", "Hensley Jr.", "Junior", "", "Wanda", "Hensley", "Mountain Home", "72653", "1958-06-02", "1420 Hwy 5 N", "03", False),
    ("OZK004", "Wanda", "", "Hensley", "", "Cantrell", "Orval", "Hensley Jr.", "Mountain Home", "72653", "1960-11-17", "1420 Hwy 5 N", "03", False),
    ("OZK005", "Billie Jo", "", "Fancher", "", "Ledbetter", "", "", "Yellville", "72687", "1941-03-08", "218 Old Main St", "05", False),
    ("OZK006", "Dewayne", "", "Villines", "Dee", "", "Tammy", "Villines", "Jasper", "72641", "1971-01-22", "HC 31 Box 118", "06", False),
    ("OZK007", "Tammy", "", "Villines", "", "Shaddox", "Dewayne", "Villines", "Jasper", "72641", "1973-07-04", "HC 31 Box 118", "06", False),
    ("OZK008", "Clarence", "", "Whisenant", "Buck", "", "", "", "Berryville", "72616", "1939-12-01", "304 Freeman Ave", "08", False),
    ("OZK009", "Ora Mae", "", "Keeling", "Mae", "Dotson", "", "", "Harrison", "72601", "1935-05-19", "905 W Rush Ave", "09", False),
    ("OZK010", "Lonnie", "", "Stepp", "", "", "Darlene", "Stepp", "Flippin", "72634", "1965-02-25", "77 Stepp Hollow Rd", "10", False),
    ("OZK011", "Darlene", "", "Stepp", "", "Holt", "Lonnie", "Stepp", "Flippin", "72634", "1967-08-13", "77 Stepp Hollow Rd", "10", False),
    ("OZK012", "Marisol", "", "Quintero Ayala", "", "", "", "", "Berryville", "72616", "1985-10-06", "12 Church St", "12", False),
    ("OZK013", "Harlan", "", "Moudy", "", "", "", "", "Harrison", "72601", "1950-01-30", "1180 Industrial Park Rd", "13", True),
    ("OZK014", "Rayburn", "", "Carlile", "Ray", "", "Ingrid", "Carlile", "Mountain Home", "72653", "1944-08-21", "38 Lakeview Cir", "", False),
    ("OZK015", "Treva", "", "Sisco", "", "", "", "", "Yellville", "72687", "1962-04-27", "", "15", False),
    ("OZK016", "Dalton", "", "Keck", "", "", "Amber", "Keck", "Harrison", "72601", "1982-03-14", "2207 Skyline Dr", "16", False),
    ("OZK017", "Amber", "", "Keck", "", "Fowler", "Dalton", "Keck", "Harrison", "72601", "1984-12-09", "2207 Skyline Dr", "16", False),
    ("OZK018", "Wendell", "", "Hudspeth", "", "", "", "", "Jasper", "72641", "1955-05-05", "", "18", False),
    ("OZK019", "Nadine", "", "Eoff", "", "Pettit", "Gerald", "Eoff", "Berryville", "72616", "", "501 Eureka Ave", "19", False),
    ("OZK020", "Cletus", "", "Baughman", "Clete", "", "Opal", "Baughman", "Bull Shoals", "72619", "1940-02-11", "9 Shorecrest Dr", "20", False),
    ("OZK021", "Opal", "", "Baughman", "", "Rorie", "Cletus", "Baughman", "Bull Shoals", "72619", "1943-06-18", "9 Shorecrest Dr", "20", False),
    ("OZK022", "Shelby", "", "Tinsley", "", "", "Travis", "Tinsley", "Green Forest", "72638", "1990-09-23", "145 Main St", "", False),
]
