"""Hand-written roster for the lbb part: Lubbock, Wolfforth, Shallowater and Levelland, Texas.
All people invented; places, ZIPs and FIPS real (ZIP centroids from `zipcodes`)."""

ADV_LUBBOCK = "m.harkey@yellowhouseadvisors.example"
ADV_WEST = "d.ocampo@yellowhouseadvisors.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("LBB001", "Dewitt", "Lane", "Brazzell", "Dee", "", "Loretta", "Brazzell", "Lubbock", "TX", "79413", "1948-09-02", "3411 41st St", False),
    ("LBB002", "Loretta", "", "Brazzell", "", "Tidmore", "Dewitt", "Brazzell", "Lubbock", "TX", "79413", "1950-03-27", "3411 41st St", False),
    ("LBB003", "Juan Pablo", "", "Tafolla Zertuche", "", "", "Graciela", "Tafolla", "Wolfforth", "TX", "79382", "1975-06-12", "508 Dunagan St", False),
    ("LBB004", "Graciela", "", "Tafolla", "Chela", "Carrasco", "Juan Pablo", "Tafolla Zertuche", "Wolfforth", "TX", "79382", "1977-10-30", "508 Dunagan St", False),
    ("LBB005", "Beauford", "", "Tankersley Jr.", "Buddy", "", "Vonda", "Tankersley", "Levelland", "TX", "79336", "1960-01-18", "1207 Houston St", False),
    ("LBB006", "Wanda Sue", "", "Pirtle", "", "Gann", "Lamar", "Pirtle", "Lubbock", "TX", "79416", "1941-08-14", "5602 4th St", False),
    ("LBB007", "Royce", "", "Pevehouse", "", "", "", "", "Levelland", "TX", "79336", "1949-02-03", "611 Ave J", False),
    ("LBB008", "Colton", "Wade", "Strebeck", "", "", "Renae", "Strebeck", "Lubbock", "TX", "79424", "1961-05-19", "6409 98th St", False),
    ("LBB009", "Marvella", "", "Gattis", "", "", "", "", "Wolfforth", "TX", "79382", "1958-12-04", "212 Donald Preston Dr", False),
    ("LBB010", "Dwayne", "", "Klattenhoff", "", "", "", "", "Lubbock", "TX", "79424", "1966-07-21", "10204 Ave U", True),
    ("LBB011", "Emmitt", "", "Brasfield", "", "", "Claudette", "Brasfield", "Lubbock", "TX", "79403", "1955-04-09", "1802 E 26th St", False),
    ("LBB012", "Trent", "", "Ohlenbusch", "", "", "Amber", "Ohlenbusch", "Wolfforth", "TX", "79382", "1978-11-15", "119 Oak Ridge Ave", False),
    ("LBB013", "Marguerite", "", "DAmbrosio", "Margie", "", "", "", "Lubbock", "TX", "79410", "1952-02-22", "2614 32nd St", False),
    ("LBB014", "Eliseo", "", "De Hoyos", "Cheo", "", "", "", "Lubbock", "TX", "79403", "1963-08-08", "2315 E Broadway", False),
    ("LBB015", "Garland", "", "Ruckman", "", "", "Priscilla", "Ruckman", "Lubbock", "TX", "79424", "1943-05-30", "5810 104th St", False),
    ("LBB016", "Priscilla", "", "Ruckman", "", "Yancey", "Garland", "Ruckman", "Lubbock", "TX", "79424", "1945-12-11", "5810 104th St", False),
    ("LBB017", "Ravindra", "", "Kothapalli", "Ravi", "", "", "", "Lubbock", "TX", "79407", "1970-03-03", "4719 Kemper Ave", False),
    ("LBB018", "Virgil", "", "Stagner", "", "", "", "", "Wolfforth", "TX", "79382", "1947-10-06", "304 Fairway Dr", False),
    ("LBB019", "Ila Mae", "", "Brockhaus", "", "Nettles", "Gene", "Brockhaus", "Levelland", "TX", "79336", "1949-06-17", "903 Cactus Dr", False),
    ("LBB020", "Brantley", "", "Gerlach", "", "", "Kassidy", "Gerlach", "Lubbock", "TX", "79414", "1990-04-25", "4501 50th St", False),
    ("LBB021", "Theodora", "", "Kubacak", "Teddie", "", "", "", "Shallowater", "TX", "79363", "1964-09-09", "1005 8th St", False),
    ("LBB022", "Wyatt", "", "Hufstedler", "", "", "", "", "Levelland", "TX", "79336", "1994-08-28", "320 Ave P", False),
]

BLANK_COORDS = {"LBB013"}          # derived from the ZIP
BLANK_FIPS = {"LBB021"}
COORD_OVERRIDES = {}
NO_BIRTH = {"LBB017"}
NO_PHONE = {"LBB009"}
