"""Hand-written roster for the `dec` part: Decatur and central Illinois (all people invented; places, ZIPs, FIPS real)."""

ADV = {  # by home county area
    "macon": "k.brandenburg@prairiecrestwealth.example",
    "other": "t.oyelowo@prairiecrestwealth.example",
}
MACON_ZIPS = {"62521", "62522", "62526", "62549", "62535", "61756"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("DEC001", "Gerald", "L.", "Wetzel", "Jerry", "", "Darlene", "Wetzel", "Decatur", "IL", "62526", "1946-04-12", "1187 W Grand Ave", False),
    ("DEC002", "Darlene", "", "Wetzel", "", "Kuhle", "Gerald", "Wetzel", "Decatur", "IL", "62526", "1948-09-03", "1187 W Grand Ave", False),
    ("DEC003", "Lorraine", "", "Sefton", "", "Brummett", "", "", "Mount Zion", "IL", "62549", "1938-11-20", "415 Elm St", False),
    ("DEC004", "Marvin", "", "Schroeder Jr.", "Butch", "", "Patricia", "Schroeder", "Forsyth", "IL", "62535", "1958-02-07", "260 W Weakley St", False),
    ("DEC005", "Patricia", "", "Schroeder", "Patty", "Gebhardt", "Marvin", "Schroeder Jr.", "Forsyth", "IL", "62535", "1960-07-19", "260 W Weakley St", False),
    ("DEC006", "Mary Jo", "", "Fancher", "", "Ridenour", "", "", "Decatur", "IL", "62521", "1961-05-30", "2045 E Wood St", False),
    ("DEC007", "Tyrone", "", "Buckner", "Ty", "", "LaDonna", "Buckner", "Decatur", "IL", "62522", "1955-12-01", "1320 W Macon St", False),
    ("DEC008", "LaDonna", "", "Buckner", "", "Mosby", "Tyrone", "Buckner", "Decatur", "IL", "62522", "1957-03-14", "1320 W Macon St", False),
    ("DEC009", "Alfonso", "", "Pettiford", "", "", "Gloria", "Pettiford", "Decatur", "IL", "62521", "", "930 S Fairview Ave", False),
    ("DEC010", "Guadalupe", "", "Anaya Villegas", "Lupe", "", "", "", "Champaign", "IL", "61820", "", "", False),
    ("DEC011", "Dwight", "R.", "Eberhardt", "", "", "Carol", "Eberhardt", "Monticello", "IL", "61856", "1951-08-26", "602 N State St", False),
    ("DEC012", "Kenneth", "", "Hoots", "Kenny", "", "", "", "Taylorville", "IL", "62568", "1949-03-02", "118 W Franklin St", True),
    ("DEC013", "Wilma", "", "Stutzman", "", "Herschberger", "Levi", "Stutzman", "Arthur", "IL", "61911", "1959-10-14", "284 E County Road 200N", False),
    ("DEC014", "Andrew", "", "Kappes", "Drew", "", "", "", "Decatur", "IL", "62521", "1990-08-08", "1702 S Taylor Ave", False),
    ("DEC015", "Nathaniel", "", "Greenleaf", "Nate", "", "Keisha", "Greenleaf", "Bloomington", "IL", "61704", "1985-10-22", "2711 Hershey Rd", False),
    ("DEC016", "Keisha", "", "Greenleaf", "", "Odom", "Nathaniel", "Greenleaf", "Bloomington", "IL", "61704", "1987-01-05", "2711 Hershey Rd", False),
    ("DEC017", "Opal", "Mae", "Drennan", "", "", "", "", "Sullivan", "IL", "61951", "1931-05-02", "14 W Harrison St", False),
    ("DEC018", "Roy", "", "Ashworth", "", "", "Phyllis", "Ashworth", "Clinton", "IL", "61727", "1944-06-15", "507 N Center St", False),
    ("DEC019", "Phyllis", "", "Ashworth", "", "Dunham", "Roy", "Ashworth", "Clinton", "IL", "61727", "1946-01-09", "507 N Center St", False),
    ("DEC020", "Bernadine", "", "Klitzing", "Bernie", "Wojcik", "", "", "Decatur", "IL", "62521", "1943-10-10", "1455 E Whitmer St", False),
    ("DEC021", "Jamal", "", "Whitfield", "", "", "Renita", "Whitfield", "Springfield", "IL", "62704", "1979-04-04", "2219 S Glenwood Ave", False),
    ("DEC022", "Courtney", "", "Ruhl", "", "", "", "", "Decatur", "IL", "62526", "", "2380 N Jasper St", False),
]
NO_PHONE = {"DEC011", "DEC021"}
