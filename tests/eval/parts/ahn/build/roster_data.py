"""Hand-written roster for part ahn: northeast Georgia (Athens, Watkinsville, Commerce, Winder). People invented;
ZIPs and FIPS real."""

ADV = "m.sorrells@oconeeridgewealth.example"
# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("AHN001", "Thaddeus", "W.", "Pruitt", "Tad", "", "Loretta", "Pruitt", "Athens", "GA", "30606", "1950-07-19", "412 Milledge Heights", False),
    ("AHN002", "Loretta", "", "Pruitt", "", "Hembree", "Thaddeus", "Pruitt", "Athens", "GA", "30606", "1952-02-03", "412 Milledge Heights", False),
    ("AHN003", "Bobbie Nell", "", "Cagle", "", "Pittard", "", "", "Watkinsville", "GA", "30677", "1941-10-30", "1180 Colham Ferry Rd", False),
    ("AHN004", "Clement", "", "Hardigree Jr.", "Clem", "", "Vonda", "Hardigree", "Commerce", "GA", "30529", "1963-05-12", "88 Homer Rd", False),
    ("AHN005", "Vonda", "", "Hardigree", "", "Sewell", "Clement", "Hardigree Jr.", "Commerce", "GA", "30529", "1965-09-01", "88 Homer Rd", False),
    ("AHN006", "Ezekiel", "", "Thurmond", "Zeke", "", "Imogene", "Thurmond", "Winder", "GA", "30680", "1944-09-14", "305 Athens St", False),
    ("AHN007", "Imogene", "", "Thurmond", "", "Kilgore", "Ezekiel", "Thurmond", "Winder", "GA", "30680", "1946-12-22", "305 Athens St", False),
    ("AHN008", "Marguerite", "", "Dockery-Vance", "", "", "", "", "Athens", "GA", "30605", "1961-04-08", "240 Whitehall Rd", False),
    ("AHN009", "Rashad", "", "Bivins", "", "", "", "", "Athens", "GA", "30601", "", "155 Hull St", False),
    ("AHN010", "Delphine", "", "Strickland", "", "", "", "", "Winder", "GA", "30680", "1939-06-27", "61 Candler St", False),
    ("AHN011", "Harlan", "", "Mobley", "", "", "", "", "Commerce", "GA", "30529", "1948-03-15", "19 Cherry St", True),
    ("AHN012", "Winifred", "", "Scoggins", "Winnie", "", "", "", "Watkinsville", "GA", "30677", "1938-08-05", "22 Simonton Bridge Rd", False),
    ("AHN013", "Cornelius", "", "Aderhold", "Neil", "", "Sherrie", "Aderhold", "Bogart", "GA", "30622", "1970-01-17", "910 Mars Hill Rd", False),
    ("AHN014", "Sherrie", "", "Aderhold", "", "Bagwell", "Cornelius", "Aderhold", "Bogart", "GA", "30622", "1972-11-09", "910 Mars Hill Rd", False),
    ("AHN015", "Jubal", "", "Eberhart", "", "", "", "", "Winterville", "GA", "30683", "1972-04-21", "301 Main St", False),
    ("AHN016", "Precious", "", "Wimbish", "", "", "", "", "Athens", "GA", "30607", "1985-12-02", "740 Danielsville Rd", False),
    ("AHN017", "Augustus", "", "Kittle", "Gus", "", "", "", "Watkinsville", "GA", "30677", "1958-02-26", "50 Harden Hill Rd", False),
    ("AHN018", "Tomeka", "", "Heard", "", "", "Dwayne", "Heard", "Winder", "GA", "30680", "1990-06-14", "17 Horton St", False),
    ("AHN019", "Lamar", "", "Crowe", "", "", "", "", "Commerce", "GA", "30529", "1966-10-10", "404 Elm St", False),
    ("AHN020", "Ruby Jean", "", "Fortson", "", "Tate", "", "", "Athens", "GA", "30606", "1947-05-29", "1600 Oglethorpe Ave", False),
    ("AHN021", "Benjamin", "", "Tolbert", "Ben", "", "", "", "Athens", "GA", "30605", "1994-03-03", "", False),
    ("AHN022", "Aubrey", "", "Nash", "", "", "", "", "Winder", "GA", "30680", "1975-07-07", "90 N Broad St", False),
]
NO_PHONE = {"AHN015", "AHN019"}
