"""Hand-written roster for the cmx part: Michigan's Copper Country (all people invented; places, ZIPs, FIPS real)."""

ADV = "k.tamminen@portagelakewealth.example"
AREA = "906"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("CMX001", "Toivo", "A.", "Rautakoski", "Ted", "", "Aili", "Rautakoski", "Hancock", "MI", "49930", "1947-02-11", "412 Quincy St", False),
    ("CMX002", "Aili", "", "Rautakoski", "", "Heikkila", "Toivo", "Rautakoski", "Hancock", "MI", "49930", "1949-08-03", "412 Quincy St", False),
    ("CMX003", "Eino", "Kaarlo", "Pellinen", "", "", "Lempi", "Pellinen", "Chassell", "MI", "49916", "1939-05-14", "21 Hamar Rd", False),
    ("CMX004", "Lempi", "", "Pellinen", "", "Niemela", "Eino", "Pellinen", "Chassell", "MI", "49916", "1942-10-27", "21 Hamar Rd", False),
    ("CMX005", "Richard", "", "Trevarthen Jr.", "Dick", "", "Mary Jo", "Trevarthen", "Calumet", "MI", "49913", "1958-06-19", "318 Pine St", False),
    ("CMX006", "Mary Jo", "", "Trevarthen", "", "Vairo", "Richard", "Trevarthen Jr.", "Calumet", "MI", "49913", "1960-01-08", "318 Pine St", False),
    ("CMX007", "Helmi", "", "Kaukola", "", "Saari", "", "", "Lake Linden", "MI", "49945", "1936-12-02", "55 Calumet St", False),
    ("CMX008", "Kristiina", "", "Lahti-Ojala", "", "", "", "", "Houghton", "MI", "49931", "1975-04-22", "1107 College Ave", False),
    ("CMX009", "Gerald", "", "Bressette", "Gus", "", "Charlene", "Bressette", "L'Anse", "MI", "49946", "1952-09-30", "14 Broad St", False),
    ("CMX010", "Charlene", "", "Bressette", "", "Genereau", "Gerald", "Bressette", "L'Anse", "MI", "49946", "1955-03-17", "14 Broad St", False),
    ("CMX011", "Stanley", "", "Gregorich", "Stosh", "", "", "", "Calumet", "MI", "49913", "1949-11-05", "602 Oak St", True),
    ("CMX012", "Wilfred", "", "Penhale", "Willy", "", "", "", "Hubbell", "MI", "49934", "1944-07-07", "9 Duncan Ave", False),
    ("CMX013", "Brianna", "", "Tregembo", "", "", "Nathan", "Tregembo", "Houghton", "MI", "49931", "", "88 Shelden Ave", False),
    ("CMX014", "Arvo", "", "Hautamaki", "Arv", "", "Sandra", "Hautamaki", "Baraga", "MI", "49908", "1961-01-29", "230 Lyons St", False),
    ("CMX015", "Sandra", "", "Hautamaki", "Sandy", "LaFave", "Arvo", "Hautamaki", "Baraga", "MI", "49908", "1963-05-12", "230 Lyons St", False),
    ("CMX016", "Joseph", "", "Rastello", "Joe", "", "Theresa", "Rastello", "Laurium", "MI", "49913", "1970-02-14", "127 Hecla St", False),
    ("CMX017", "Theresa", "", "Rastello", "Terri", "Mattila", "Joseph", "Rastello", "Laurium", "MI", "49913", "1972-08-21", "127 Hecla St", False),
    ("CMX018", "Lorraine", "", "Aho", "", "Perala", "", "", "Houghton", "MI", "49931", "1940-03-09", "301 Sharon Ave", False),
    ("CMX019", "Paavo", "", "Lindroos", "", "", "", "", "Hancock", "MI", "49930", "1966-10-01", "1530 Birch St", False),
    ("CMX020", "Cheryl Ann", "", "Pietila", "", "Mattson", "", "", "Mohawk", "MI", "49950", "", "17 Stanton Ave", False),
    ("CMX021", "Wayne", "", "Heikkinen", "Red", "", "Judith", "Heikkinen", "Dollar Bay", "MI", "49922", "1955-12-15", "40 Lake Ave", False),
    ("CMX022", "Jolene", "", "Marttila", "", "", "Dustin", "Marttila", "Atlantic Mine", "MI", "49905", "1980-07-04", "", False),
]
NO_PHONE = {"CMX008", "CMX019"}
BLANK_COORDS = {"CMX021"}
