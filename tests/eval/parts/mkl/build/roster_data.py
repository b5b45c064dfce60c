"""Hand-written roster for the mkl part: west Tennessee (Jackson, Humboldt, Milan, Lexington, Medina, Trenton).
All people invented; ZIPs and FIPS real."""

# advisers by county: Madison + Henderson, Gibson
ADV = {"Madison County": "h.bratton@forkeddeerwealth.example", "Henderson County": "h.bratton@forkeddeerwealth.example",
       "Gibson County": "l.cates@forkeddeerwealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("MKL001", "Thaddeus", "Lee", "Pruett", "Tad", "", "Glenda", "Pruett", "Jackson", "TN", "38305", "1952-04-18", "118 Oak Grove Rd", False),
    ("MKL002", "Glenda", "", "Pruett", "", "Cranford", "Thaddeus", "Pruett", "Jackson", "TN", "38305", "1955-09-02", "118 Oak Grove Rd", False),
    ("MKL003", "Wilma Jean", "", "Hollingsworth", "", "Tidwell", "", "", "Trenton", "TN", "38382", "1940-06-11", "402 W Eaton St", False),
    ("MKL004", "Odell", "", "Spellings Jr.", "", "", "Bernice", "Spellings", "Milan", "TN", "38358", "1961-02-27", "2190 Front St", False),
    ("MKL005", "Bernice", "", "Spellings", "", "Lovelace", "Odell", "Spellings Jr.", "Milan", "TN", "38358", "1963-05-19", "2190 Front St", False),
    ("MKL006", "Lavonia", "", "Bledsoe", "Vonnie", "Currie", "", "", "Jackson", "TN", "38301", "1948-12-03", "55 Berry St", False),
    ("MKL007", "Cletus", "Ray", "Varnell", "Clete", "", "Imogene", "Varnell", "Jackson", "TN", "38301", "1944-08-21", "730 Hatton Rd", False),
    ("MKL008", "Imogene", "", "Varnell", "", "Rushing", "Cletus", "Varnell", "Jackson", "TN", "38301", "1946-01-09", "730 Hatton Rd", False),
    ("MKL009", "Shelby Ann", "", "Kizer", "", "Stanfill", "Royce", "Kizer", "Lexington", "TN", "38351", "1971-03-14", "61 Natchez Trace Dr", False),
    ("MKL010", "Marcus", "Dewayne", "Tharpe", "", "", "Keisha", "Tharpe", "Jackson", "TN", "38305", "1979-10-09", "24 Carriage House Dr", False),
    ("MKL011", "Keisha", "", "Tharpe", "", "Boyd", "Marcus", "Tharpe", "Jackson", "TN", "38305", "1981-06-25", "24 Carriage House Dr", False),
    ("MKL012", "Harlan", "", "Moody", "", "", "", "", "Humboldt", "TN", "38343", "1958-05-30", "1510 N 22nd Ave", True),
    ("MKL013", "Reba Faye", "", "McNatt", "", "", "", "", "Medina", "TN", "38355", "1962-08-08", "", False),
    ("MKL014", "Rosa Elena", "", "Cardenas Ruiz", "", "", "Efrain", "Cardenas", "Jackson", "TN", "38301", "", "311 Hollywood Dr", False),
    ("MKL015", "Wendell", "Ray", "Outlaw", "Buddy", "", "Peggy", "Outlaw", "Milan", "TN", "38358", "1950-01-15", "8 Van Hook St", False),
    ("MKL016", "Peggy", "", "Outlaw", "", "Jernigan", "Wendell", "Outlaw", "Milan", "TN", "38358", "1962-03-03", "8 Van Hook St", False),
    ("MKL017", "Jimmie Lou", "", "Fesmire", "", "Powers", "", "", "Lexington", "TN", "38351", "1936-11-30", "95 Monroe St", False),
    ("MKL018", "Bartholomew", "", "Yarbro", "Bart", "", "", "", "Jackson", "TN", "38305", "1966-09-12", "7 Windy City Rd", False),
    ("MKL019", "Anita", "", "Sorrells", "", "", "Grady", "Sorrells", "Jackson", "TN", "38305", "1969-04-04", "40 Country Club Ln", False),
    ("MKL020", "Grady", "", "Sorrells", "", "", "Anita", "Sorrells", "Jackson", "TN", "38305", "1967-12-01", "40 Country Club Ln", False),
    ("MKL021", "Lonnie", "", "Whitsitt Sr.", "", "", "", "", "Humboldt", "TN", "38343", "1947-07-07", "606 Osborne St", False),
    ("MKL022", "Kaylee", "", "Hooper", "", "Brashear", "Colton", "Hooper", "Milan", "TN", "38358", "1994-02-20", "1220 S Main St", False),
    ("MKL023", "Aubrey", "", "Coffman", "", "", "", "", "Lexington", "TN", "38351", "", "22 E Church St", False),
    ("MKL024", "Elijah", "", "Mosby", "", "", "Loretta", "Mosby", "Jackson", "TN", "38301", "1955-10-30", "416 Lane Ave", False),
]

NO_PHONE = {"MKL018", "MKL024"}
