"""Hand-written roster for the avl part (Asheville, N.C., and nearby towns). All people invented; ZIPs and FIPS real."""

ADV_A = "r.cathey@laurelcovewealth.example"     # Asheville, Buncombe north and east, Madison, Haywood
ADV_B = "d.sorrells@laurelcovewealth.example"   # south Buncombe and Henderson County

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("AVL001", "Harlan", "Dale", "Stikeleather", "", "", "Opal", "Stikeleather", "Weaverville", "NC", "28787", "1941-06-14", "41 Reems Creek Rd", False, ADV_A),
    ("AVL002", "Opal", "", "Stikeleather", "", "Rathbone", "Harlan", "Stikeleather", "Weaverville", "NC", "28787", "1943-09-02", "41 Reems Creek Rd", False, ADV_A),
    ("AVL003", "Mary Beth", "", "Tweed", "", "Ballew", "Roscoe", "Tweed", "Leicester", "NC", "28748", "1952-03-11", "1180 New Stock Rd", False, ADV_A),
    ("AVL004", "Roscoe", "", "Tweed", "Ross", "", "Mary Beth", "Tweed", "Leicester", "NC", "28748", "1950-11-30", "1180 New Stock Rd", False, ADV_A),
    ("AVL005", "Lucinda", "", "Arrowood", "Cindy", "", "Gerald", "Arrowood", "Swannanoa", "NC", "28778", "1979-05-05", "22 Bee Tree Rd", False, ADV_A),
    ("AVL006", "Booker", "T.", "Wardlaw Jr.", "", "", "Lorene", "Wardlaw", "Asheville", "NC", "28801", "1958-02-20", "67 Hildebrand St", False, ADV_A),
    ("AVL007", "Lorene", "", "Wardlaw", "", "Gudger", "Booker", "Wardlaw Jr.", "Asheville", "NC", "28801", "1960-07-07", "67 Hildebrand St", False, ADV_A),
    ("AVL008", "Rigoberto", "", "Zamudio Ortega", "Rigo", "", "Maricela", "Zamudio", "Asheville", "NC", "28806", "1968-08-08", "915 Haywood Rd", False, ADV_A),
    ("AVL009", "Maricela", "", "Zamudio", "", "Tapia", "Rigoberto", "Zamudio Ortega", "Asheville", "NC", "28806", "1971-12-12", "915 Haywood Rd", False, ADV_A),
    ("AVL010", "Colleen", "", "OShields", "", "", "", "", "Black Mountain", "NC", "28711", "1950-04-22", "310 Montreat Rd", False, ADV_A),
    ("AVL011", "Jo Ann", "", "Frisby", "", "Revis", "Wendell", "Frisby", "Fairview", "NC", "28730", "1958-10-01", "2045 Charlotte Hwy", False, ADV_B),
    ("AVL012", "Darlene", "", "Climbingbear", "", "", "", "", "Asheville", "NC", "28804", "1966-01-15", "18 Beaverdam Rd", False, ADV_A),
    ("AVL013", "Lemuel", "", "Sluder", "Lem", "", "Ila", "Sluder", "Candler", "NC", "28715", "1950-09-09", "77 Pisgah Hwy", False, ADV_A),
    ("AVL014", "Wilhelmina", "", "Shuford", "Billie", "Medford", "Carl", "Shuford", "Hendersonville", "NC", "28739", "1944-02-27", "508 Blythe St", False, ADV_B),
    ("AVL015", "Ruthanne", "", "Gossage", "", "", "", "", "Arden", "NC", "28704", "1961-03-03", "12 Glenn Bridge Rd", False, ADV_B),
    ("AVL016", "Tobias", "", "Kerlee", "Toby", "", "", "", "Fletcher", "NC", "28732", "1975-06-19", "3300 Hendersonville Rd", False, ADV_B),
    ("AVL017", "Alton", "", "Medford", "", "", "", "", "Waynesville", "NC", "28786", "1947-05-05", "140 Love Ln", True, ADV_A),
    ("AVL018", "Beatrix", "", "Van Hook", "Trixie", "", "Dale", "Van Hook", "Mills River", "NC", "28759", "1962-08-21", "96 Boylston Hwy", False, ADV_B),
    ("AVL019", "Demetrios", "", "Karagounis", "Jimmy", "", "Eleni", "Karagounis", "Asheville", "NC", "28803", "1955-01-10", "25 Kenilworth Rd", False, ADV_A),
    ("AVL020", "Eleni", "", "Karagounis", "", "Stathakis", "Demetrios", "Karagounis", "Asheville", "NC", "28803", "1957-04-04", "25 Kenilworth Rd", False, ADV_A),
    ("AVL021", "Hollis", "", "Fender", "", "", "", "", "Marshall", "NC", "28753", "1938-12-01", "9 Walnut Creek Rd", False, ADV_A),
    ("AVL022", "Octavia", "", "Mapp", "Tavi", "", "", "", "Asheville", "NC", "28801", "1972-10-10", "30 Max St", False, ADV_A),
]
