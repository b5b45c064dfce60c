"""Roster of the cvg part: Northern Kentucky (Kenton, Boone and Campbell Counties). Every person is invented.

Columns: (client_id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip,
birth_date, address_line, do_not_contact). Advisers by client id (two advisers)."""

ADV_A = "anna.brueggen@lickingriverwealth.example"
ADV_B = "cal.mayhugh@lickingriverwealth.example"

R = [
    ("CVG001", "Gerald", "Francis", "Kloentrup", "Jerry", "", "Ruth Ann", "Kloentrup", "Fort Wright", "KY", "41011", "1944-05-12", "1712 Kyles Ln", False),
    ("CVG002", "Ruth Ann", "Marie", "Kloentrup", "", "Wessendarp", "Gerald", "Kloentrup", "Fort Wright", "KY", "41011", "1947-08-30", "1712 Kyles Ln", False),
    ("CVG003", "Bernard", "Joseph", "Schwietermann", "Bernie", "", "Dolores", "Schwietermann", "Covington", "KY", "41015", "1939-03-09", "3417 Decoursey Ave", False),
    ("CVG004", "Mary Catherine", "", "Tewes", "", "Huelsbeck", "Dale", "Tewes", "Florence", "KY", "41042", "1958-11-02", "26 Banklick St", False),
    ("CVG005", "Dale", "Robert", "Tewes", "", "", "Mary Catherine", "Tewes", "Florence", "KY", "41042", "1956-04-17", "26 Banklick St", False),
    ("CVG006", "Walter", "James", "Pfefferle Jr.", "Walt", "", "Janice", "Pfefferle", "Erlanger", "KY", "41018", "1961-09-23", "512 Graves Ave", False),
    ("CVG007", "Ana Lucía", "", "Ochaeta Barrientos", "", "", "Edgar", "Saquic", "Florence", "KY", "41042", "1979-06-14", "7440 Turfway Rd Apt 12", False),
    ("CVG008", "Dennis", "Michael", "OHearn", "Denny", "", "", "", "Newport", "KY", "41071", "1955-02-08", "822 Monroe St", False),
    ("CVG009", "Theresa", "Lynn", "Rabenstein", "Terri", "Vogelpohl", "Keith", "Rabenstein", "Union", "KY", "41091", "1966-12-05", "10221 Old Union Rd", False),
    ("CVG010", "Keith", "Anthony", "Rabenstein", "", "", "Theresa", "Rabenstein", "Union", "KY", "41091", "1964-07-19", "10221 Old Union Rd", False),
    ("CVG011", "Loretta", "Mae", "Sloas", "", "Gayheart", "", "", "Independence", "KY", "41051", "1950-10-10", "2118 Bristow Rd", False),
    ("CVG012", "Clifford", "Dean", "Hatmaker", "Cliff", "", "Brenda", "Hatmaker", "Walton", "KY", "41094", "1948-01-27", "15 Stephenson Mill Rd", False),
    ("CVG013", "Joseph", "Paul", "Brinkmoeller", "Joe", "", "Kristen", "Brinkmoeller", "Burlington", "KY", "41005", "1974-03-03", "2650 Longbranch Rd", False),
    ("CVG014", "Kristen", "Elise", "Brinkmoeller", "", "Ruschman", "Joseph", "Brinkmoeller", "Burlington", "KY", "41005", "1975-09-15", "2650 Longbranch Rd", False),
    ("CVG015", "Anjali", "", "Thirumalai", "", "", "", "", "Hebron", "KY", "41048", "1980-02-21", "2015 North Bend Rd", False),
    ("CVG016", "Roberta", "Ann", "Lueckenhoff", "Bobbie", "Enzweiler", "", "", "Fort Thomas", "KY", "41075", "1947-05-05", "30 N Fort Thomas Ave", True),
    ("CVG017", "Vincent", "Thomas", "Sandfoss", "Vince", "", "", "", "Villa Hills", "KY", "41017", "1969-08-08", "741 Amsterdam Rd", False),
    ("CVG018", "Leonard", "John", "Fangman", "Lenny", "", "", "", "Covington", "KY", "41011", "1986-01-30", "1120 Holman Ave", False),
    ("CVG019", "Harold", "Eugene", "Vennemann", "Hal", "", "Joan", "Vennemann", "Fort Mitchell", "KY", "41017", "1941-10-04", "55 Orphanage Rd", False),
    ("CVG020", "Marlene", "Rose", "Bricking", "", "Enzweiler", "Ronald", "Bricking", "Alexandria", "KY", "41001", "1953-06-21", "8 Poplar Ridge Rd", False),
    ("CVG021", "Ronald", "William", "Bricking", "Ron", "", "Marlene", "Bricking", "Alexandria", "KY", "41001", "1951-11-11", "8 Poplar Ridge Rd", False),
    ("CVG022", "Tamika", "Shanice", "Fullilove", "", "", "", "", "Covington", "KY", "41011", "1983-04-09", "415 Greenup St", False),
    ("CVG023", "Jo Ann", "", "Ostertag", "", "Beiting", "", "", "Cold Spring", "KY", "41076", "1945-12-19", "4 Dodsworth Ln", False),
]

# Kenton County clients with adviser A, Boone and Campbell with adviser B (the firm splits by county).
ADVISER = {r[0]: (ADV_A if r[10] in ("41011", "41015", "41017", "41018", "41051") else ADV_B) for r in R}
