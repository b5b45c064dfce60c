"""Hand-written roster for part bkw (Beckley and Raleigh County, W.Va.). People invented; ZIPs and FIPS real."""

ADV = ["j.surratt@newriverwealth.example", "k.bolling@newriverwealth.example"]

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("BKW001", "Orville", "Dean", "Pettry", "Dean", "", "Wanda", "Pettry", "Beckley", "25801", "1941-03-11", "212 Woodlawn Ave", False, 0),
    ("BKW002", "Wanda", "", "Pettry", "", "Bolen", "Orville", "Pettry", "Beckley", "25801", "1944-07-30", "212 Woodlawn Ave", False, 0),
    ("BKW003", "Clarence", "", "Meadows Jr.", "Buck", "", "Lorna", "Meadows", "Shady Spring", "25918", "1956-10-04", "118 Flat Top Rd", False, 0),
    ("BKW004", "Lorna", "", "Meadows", "", "Redden", "Clarence", "Meadows Jr.", "Shady Spring", "25918", "1958-02-21", "118 Flat Top Rd", False, 0),
    ("BKW005", "Sharon Kay", "", "Farley", "", "Bragg", "", "", "Daniels", "25832", "1949-05-05", "41 Ritter Dr", False, 0),
    ("BKW006", "Okey", "Lester", "Hatcher", "", "", "Thelma", "Hatcher", "Sophia", "25921", "1938-06-02", "9 Hatcher Hollow Rd", False, 0),
    ("BKW007", "Rhonda", "", "Lively-Shrewsbury", "", "", "", "", "Mac Arthur", "25873", "1970-12-12", "305 Pinewood Dr", False, 1),
    ("BKW008", "Anand", "", "Kolluri", "", "", "Sunitha", "Kolluri", "Beckley", "25801", "1966-01-17", "1400 Harper Rd", False, 1),
    ("BKW009", "Sunitha", "", "Kolluri", "", "", "Anand", "Kolluri", "Beckley", "25801", "1970-09-08", "1400 Harper Rd", False, 1),
    ("BKW010", "Harless", "", "Stover", "Hob", "", "", "", "Lester", "25865", "1952-04-19", "77 Main St", True, 1),
    ("BKW011", "Gary", "Wayne", "Ellison", "", "", "Tina", "Ellison", "Crab Orchard", "25827", "1961-08-14", "63 Bolt Rd", False, 1),
    ("BKW012", "Tina", "", "Ellison", "", "Garten", "Gary", "Ellison", "Crab Orchard", "25827", "1963-03-03", "63 Bolt Rd", False, 1),
    ("BKW013", "Mary Beth", "", "Acord", "", "", "", "", "Prosperity", "25909", "1975-06-25", "18 Prosperity Rd", False, 0),
    ("BKW014", "Travis", "", "Gwinn", "", "", "Kasey", "Gwinn", "Beckley", "25801", "1983-11-29", "500 S Kanawha St", False, 0),
    ("BKW015", "Opal", "", "Wriston", "", "Jarrell", "", "", "Glen White", "25849", "1932-02-16", "4 Church St", False, 1),
    ("BKW016", "Dwayne", "", "Toler", "", "", "Brenda", "Toler", "Lester", "25865", "1968-05-27", "210 Clear Fork Rd", False, 1),
    ("BKW017", "Brenda", "", "Toler", "", "Sarver", "Dwayne", "Toler", "Lester", "25865", "1970-10-10", "210 Clear Fork Rd", False, 1),
    ("BKW018", "Edith", "", "Quesenberry", "Edie", "", "", "", "Beckley", "25801", "1947-12-01", "88 Johnstown Rd", False, 0),
    ("BKW019", "Lonnie Ray", "", "Pack", "", "", "Donna", "Pack", "Fairdale", "25839", "1959-01-22", "15 Marsh Fork Rd", False, 1),
    ("BKW020", "Marcella", "", "Cadle", "Sally", "", "", "", "Beckley", "25801", "1953-09-09", "61 Ewart Ave", False, 0),
    ("BKW021", "Zachary", "", "Shumate", "Zack", "", "Haley", "Shumate", "Daniels", "25832", "1988-04-04", "7 Glade Springs Ct", False, 0),
    ("BKW022", "Imogene", "", "Bolt", "", "Keatley", "", "", "Mabscott", "25871", "1940-01-09", "102 Bolt Ave", False, 0),
    ("BKW023", "Luther", "", "Basham", "", "", "Faye", "Basham", "Beckley", "25801", "1955-08-20", "330 Beaver Ave", False, 0),
]

NO_BIRTH = {"BKW013", "BKW020"}
NO_PHONE = {"BKW015", "BKW023"}
NO_ADDRESS = {"BKW021"}
BLANK_COORDS = {"BKW019"}
