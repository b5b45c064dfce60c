"""Hand-written roster for the bgm part (Binghamton / Johnson City / Endicott, N.Y.). All people invented;
places, ZIPs and county FIPS real."""

ADV = {"Broome": "r.kowalczyk@susquehannaridge.example", "Tioga": "d.abernethy@susquehannaridge.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser-key
R = [
    ("BGM001", "Stanislaus", "J.", "Hrabovsky", "Stan", "", "Lorraine", "Hrabovsky", "Endicott", "13760", "1944-03-09", "212 Odell Ave", False, "Broome"),
    ("BGM002", "Gerald", "", "Yurchak", "Gerry", "", "Bernadette", "Yurchak", "Johnson City", "13790", "1950-11-02", "47 Harrison St", False, "Broome"),
    ("BGM003", "Bernadette", "", "Yurchak", "", "Kostelnik", "Gerald", "Yurchak", "Johnson City", "13790", "1952-05-17", "47 Harrison St", False, "Broome"),
    ("BGM004", "Mary Beth", "", "Santangelo", "", "Cordasco", "Dominic", "Santangelo", "Vestal", "13850", "1961-08-24", "19 Meeker Rd", False, "Broome"),
    ("BGM005", "Anthony", "", "Pastorella Jr.", "Tony", "", "Denise", "Pastorella", "Kirkwood", "13795", "1962-01-14", "88 Industrial Park Dr", False, "Broome"),
    ("BGM006", "Rukmini", "", "Venkataraman", "", "", "Srinath", "Venkataraman", "Vestal", "13850", "1976-09-30", "6 Twin Orchard Dr", False, "Broome"),
    ("BGM007", "Srinath", "", "Venkataraman", "", "", "Rukmini", "Venkataraman", "Vestal", "13850", "1973-02-11", "6 Twin Orchard Dr", False, "Broome"),
    ("BGM008", "Marisol", "", "Ocasio Villanueva", "", "", "", "", "Binghamton", "13905", "1979-04-21", "133 Clinton St", False, "Broome"),
    ("BGM009", "Dermot", "", "OHalloran", "", "", "Patrice", "OHalloran", "Johnson City", "13790", "1968-07-07", "310 Grand Ave", False, "Broome"),
    ("BGM010", "Jacoba", "", "Vander Meulen", "Coby", "Bosch", "", "", "Apalachin", "13732", "1941-12-03", "25 Pennsylvania Ave", False, "Tioga"),
    ("BGM011", "Rosalind", "", "Pettengill", "", "Szczepanski", "Warren", "Pettengill", "Binghamton", "13903", "1951-03-28", "54 Vestal Ave", False, "Broome"),
    ("BGM012", "Lucjan", "", "Wieczorek", "Lucky", "", "", "", "Endwell", "13760", "1956-10-19", "2810 Watson Blvd", True, "Broome"),
    ("BGM013", "Everett", "", "Quackenbush", "", "", "Sharon", "Quackenbush", "Chenango Forks", "13746", "1958-06-05", "1120 Chenango St", False, "Broome"),
    ("BGM014", "Kenneth", "", "Zabawski", "Kenny", "", "Gail", "Zabawski", "Vestal", "13850", "1963-12-01", "402 Pierce Hill Rd", False, "Broome"),
    ("BGM015", "Ignatius", "", "Pelczarski", "Iggy", "", "", "", "Johnson City", "13790", "1939-08-15", "16 Baldwin St", False, "Broome"),
    ("BGM016", "Thaddeus", "", "Kulyk", "", "", "Oksana", "Kulyk", "Binghamton", "13905", "1957-01-22", "35 Clinton St", False, "Broome"),
    ("BGM017", "Marguerite", "A.", "Obuchowski", "", "", "", "", "Vestal", "13850", "1970-05-09", "14 Fairfield Dr", False, "Broome"),
    ("BGM018", "Lamont", "", "Fairweather", "", "", "Renee", "Fairweather", "Binghamton", "13901", "1963-10-12", "60 Chestnut St", False, "Broome"),
    ("BGM019", "Augustin", "", "Baranyk", "Gus", "", "Irene", "Baranyk", "Conklin", "13748", "1949-04-04", "1340 Conklin Rd", False, "Broome"),
    ("BGM020", "Walenty", "", "Krupansky", "Walt", "", "Henrietta", "Krupansky", "Port Crane", "13833", "1942-09-18", "77 Maple St", False, "Broome"),
    ("BGM021", "Henrietta", "", "Krupansky", "Etta", "Hnatyshyn", "Walenty", "Krupansky", "Port Crane", "13833", "1945-02-26", "77 Maple St", False, "Broome"),
    ("BGM022", "Yolanda", "", "Estremera", "Yoli", "Rivera", "Hector", "Estremera", "Owego", "13827", "1974-11-08", "140 Front St", False, "Tioga"),
]
