"""Hand-written roster for part pah: western Kentucky (Paducah, Mayfield, Murray, Benton, Calvert City).
All people invented; ZIPs, centroids (zipcodes) and county FIPS (addfips) real."""

ADV = "r.hollowell@purchasewealth.example"
ADV2 = "k.dunaway@purchasewealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, advisor
R = [
    ("PAH001", "Orville", "Lee", "Gattis", "Bud", "", "Wanda", "Gattis", "Paducah", "42001", "1941-07-22", "2715 Buckner Ln", False, ADV),
    ("PAH002", "Wanda", "", "Gattis", "", "Crittendon", "Orville", "Gattis", "Paducah", "42001", "1944-02-09", "2715 Buckner Ln", False, ADV),
    ("PAH003", "Rhetta Jo", "", "Hargrove", "", "Stovall", "", "", "Mayfield", "42066", "1949-05-14", "418 S 8th St", False, ADV2),
    ("PAH004", "Clinton", "Ray", "Tibbs", "Clint", "", "Darla", "Tibbs", "Murray", "42071", "1956-10-03", "1604 Oakhill Dr", False, ADV2),
    ("PAH005", "Darla", "", "Tibbs", "", "Outland", "Clinton", "Tibbs", "Murray", "42071", "1960-03-27", "1604 Oakhill Dr", False, ADV2),
    ("PAH006", "Lowell", "", "Puckett Jr.", "", "", "", "", "Benton", "42025", "1961-08-19", "906 Poplar St", False, ADV2),
    ("PAH007", "Jessamine", "", "Lassiter Boyd", "Jessie", "Lassiter", "", "", "Calvert City", "42029", "1952-12-01", "77 Oak St", False, ADV2),
    ("PAH008", "Verlin", "", "Rudolph", "", "", "Sherry", "Rudolph", "Calvert City", "42029", "1957-06-11", "1230 5th Ave", False, ADV2),
    ("PAH009", "Sherry", "", "Rudolph", "", "Hurt", "Verlin", "Rudolph", "Calvert City", "42029", "1959-01-30", "1230 5th Ave", False, ADV2),
    ("PAH010", "Tavia", "", "Quarles", "", "", "", "", "Paducah", "42003", "1986-04-04", "1409 Jefferson St", False, ADV),
    ("PAH011", "Amos", "", "Kimbro", "", "", "Lanelle", "Kimbro", "Murray", "42071", "1964-09-15", "512 Sycamore St", False, ADV2),
    ("PAH012", "Beverly", "Ann", "Shemwell", "Bev", "", "", "", "Mayfield", "42066", "", "", True, ADV2),
    ("PAH013", "Thurman", "", "Elkins", "Buddy", "", "Glenda", "Elkins", "Benton", "42025", "1953-02-17", "3450 US Hwy 641 N", False, ADV2),
    ("PAH014", "Glenda", "", "Elkins", "", "Colley", "Thurman", "Elkins", "Benton", "42025", "1955-07-08", "3450 US Hwy 641 N", False, ADV2),
    ("PAH015", "Kendrick", "", "Oakley", "", "", "Monique", "Oakley", "Paducah", "42003", "1977-11-21", "2120 Madison St", False, ADV),
    ("PAH016", "Monique", "", "Oakley", "", "", "Kendrick", "Oakley", "Paducah", "42003", "1979-05-02", "2120 Madison St", False, ADV),
    ("PAH017", "Hollis", "", "Burkeen", "", "", "", "", "Murray", "42071", "1939-12-12", "88 Dogwood Dr", False, ADV2),
    ("PAH018", "Ruby Nell", "", "Futrell", "", "", "", "", "Murray", "42071", "", "301 N 10th St", False, ADV2),
    ("PAH019", "Cornelius", "", "Bledsoe", "Neal", "", "", "", "Paducah", "42003", "", "1827 Harrison St", False, ADV),
    ("PAH020", "Patricia", "", "Wyatt", "Patsy", "", "Ronnie", "Wyatt", "Benton", "42025", "1950-08-25", "214 E 12th St", False, ADV2),
    ("PAH021", "Jerome", "", "Copeland", "", "", "", "", "Mayfield", "42066", "1962-03-16", "1001 Paris Rd", False, ADV2),
    ("PAH022", "Lorene", "", "Tucker", "", "", "", "", "Calvert City", "42029", "1960-10-10", "", False, ADV2),
    ("PAH023", "Gary", "Wayne", "Sledd", "", "", "", "", "Paducah", "42001", "1959-11-03", "5300 Blandville Rd", False, ADV),
]
NO_PHONE = {"PAH007", "PAH017", "PAH023"}
