"""Hand-written roster for the lbe part: Latrobe and Greensburg, Pennsylvania (Westmoreland County) and nearby
towns, plus Blairsville (Indiana County) and Connellsville (Fayette County). All people invented; ZIPs real."""

ADV_A = "m.ferrante@chestnutridgeadvisors.example"   # Latrobe, Derry, Ligonier, Crabtree, Blairsville
ADV_B = "j.stoner@chestnutridgeadvisors.example"     # Greensburg, Youngwood, Jeannette, Mount Pleasant, Irwin, Connellsville

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("LBE001", "Anthony", "V.", "Brunazzi", "Tony", "", "Rosemary", "Brunazzi", "Latrobe", "15650", "1949-08-14", "412 Weldon St", False, ADV_A),
    ("LBE002", "Rosemary", "", "Brunazzi", "Ro", "Mastrorocco", "Anthony", "Brunazzi", "Latrobe", "15650", "1951-02-27", "412 Weldon St", False, ADV_A),
    ("LBE003", "Stephen", "P.", "Kostelnik", "Steve", "", "Marianne", "Kostelnik", "Greensburg", "15601", "1956-11-03", "27 Highland Ave", False, ADV_B),
    ("LBE004", "Mary Beth", "", "Pisarcik", "", "Zelenak", "Gregory", "Pisarcik", "Derry", "15627", "1968-05-19", "305 E 2nd Ave", False, ADV_A),
    ("LBE005", "Gregory", "A.", "Pisarcik", "Greg", "", "Mary Beth", "Pisarcik", "Derry", "15627", "1966-01-08", "305 E 2nd Ave", False, ADV_A),
    ("LBE006", "Walter", "J.", "Holtzapfel Jr.", "Walt", "", "Donna", "Holtzapfel", "Ligonier", "15658", "1958-06-30", "1140 Darlington Rd", False, ADV_A),
    ("LBE007", "Rafael", "", "Ocasio Villanueva", "", "", "Jennifer", "Ocasio", "Greensburg", "15601", "1975-09-12", "218 N Maple Ave", False, ADV_B),
    ("LBE008", "Patricia", "", "DAmbrosio", "Patty", "Sekerak", "", "", "Latrobe", "15650", "1961-04-02", "903 Fairmont St", False, ADV_A),
    ("LBE009", "Dolores", "A.", "Sekerak", "Dee", "Pavlik", "", "", "Youngwood", "15697", "1940-01-22", "14 Depot St", False, ADV_B),
    ("LBE010", "Jo Ann", "", "Trzcinski", "", "Pribanic", "Edward", "Trzcinski", "Jeannette", "15644", "1955-07-21", "602 Magee Ave", False, ADV_B),
    ("LBE011", "Edward", "", "Trzcinski", "Ed", "", "Jo Ann", "Trzcinski", "Jeannette", "15644", "1953-12-01", "602 Magee Ave", False, ADV_B),
    ("LBE012", "Dominic", "J.", "Scalzitti", "Dom", "", "Theresa", "Scalzitti", "Mount Pleasant", "15666", "1966-03-15", "77 Eagle St", False, ADV_B),
    ("LBE013", "Theresa", "", "Scalzitti", "Terri", "Ruffner", "Dominic", "Scalzitti", "Mount Pleasant", "15666", "1968-10-04", "77 Eagle St", False, ADV_B),
    ("LBE014", "Leonard", "", "Pribanic", "Len", "", "", "", "Latrobe", "15650", "1958-02-11", "230 Spring St", True, ADV_A),
    ("LBE015", "Elaine", "M.", "Dzurenda", "", "", "", "", "Greensburg", "15601", "1970-08-25", "9 Bierer Ln", False, ADV_B),
    ("LBE016", "Raymond", "", "Gesalman", "Ray", "", "Carol", "Gesalman", "Blairsville", "15717", "1952-04-17", "51 S Walnut St", False, ADV_A),
    ("LBE017", "Kathleen", "", "Harkcom", "Kit", "Sumey", "", "", "Connellsville", "15425", "1961-12-09", "318 E Crawford Ave", False, ADV_B),
    ("LBE018", "Michael", "", "Ciarimboli", "Mike", "", "Lisa", "Ciarimboli", "Latrobe", "15650", "1971-05-28", "917 Fairmont St", False, ADV_A),
    ("LBE019", "Louise", "", "Della Penna", "", "", "Carmen", "Della Penna", "Latrobe", "15650", "1946-09-30", "120 Cedar St", False, ADV_A),
    ("LBE020", "Eugene", "M.", "Wasilchak", "Gene", "", "Helen", "Wasilchak", "Crabtree", "15624", "1944-03-09", "88 Church Rd", False, ADV_A),
    ("LBE021", "Helen", "", "Wasilchak", "", "Hornyak", "Eugene", "Wasilchak", "Crabtree", "15624", "1947-06-16", "88 Church Rd", False, ADV_A),
    ("LBE022", "Brian", "", "Oberdick", "", "", "Kayla", "Oberdick", "Irwin", "15642", "1983-11-19", "14 Oak St", False, ADV_B),
]
