"""Roster of the bmt part: the Golden Triangle of Texas (Beaumont, Port Arthur, Orange; Jefferson, Orange and Hardin
Counties). Every person is invented. Fields: (client_id, first, middle, last, nickname, maiden, spouse_first,
spouse_last, city, state, zip, birth_date, address_line, do_not_contact)."""

ADV = {"48245": "celeste.arnaud@sabinewealth.example",   # Jefferson County
       "48361": "marcus.bellard@sabinewealth.example",   # Orange County
       "48199": "marcus.bellard@sabinewealth.example"}   # Hardin County

R = [
    ("BMT001", "Alcide", "Joseph", "Thibodeaux Jr.", "Tee-Al", "", "Marie Rose", "Thibodeaux", "Port Neches", "TX", "77651", "1951-05-12", "2214 Merriman St", False),
    ("BMT002", "Marie Rose", "", "Thibodeaux", "", "Guidry", "Alcide", "Thibodeaux Jr.", "Port Neches", "TX", "77651", "1953-09-02", "2214 Merriman St", False),
    ("BMT003", "Lucius", "Earl", "Batiste", "Buddy", "", "Odessa", "Batiste", "Beaumont", "TX", "77701", "1944-02-17", "1347 Ewing St", False),
    ("BMT004", "Odessa", "Mae", "Batiste", "", "Fontenette", "Lucius", "Batiste", "Beaumont", "TX", "77701", "1947-06-21", "1347 Ewing St", False),
    ("BMT005", "Thanh", "Van", "Truong", "Tony", "", "Hoa", "Truong", "Port Arthur", "TX", "77642", "1962-11-30", "3840 Lake Arthur Dr", False),
    ("BMT006", "Hoa", "Thi", "Truong", "", "Dinh", "Thanh", "Truong", "Port Arthur", "TX", "77642", "1965-04-09", "3840 Lake Arthur Dr", False),
    ("BMT007", "Evangeline", "Marie", "LaFleur", "Vangie", "Sonnier", "", "", "Orange", "TX", "77630", "1938-07-04", "607 W Park Ave", False),
    ("BMT008", "Wendell", "Ray", "Dugas", "", "", "", "", "Vidor", "TX", "77662", "1966-01-15", "1190 N Main St", True),
    ("BMT009", "Darnell", "Lee", "Chenier", "", "", "Keisha", "Chenier", "Beaumont", "TX", "77705", "1979-08-03", "4520 Bigner Rd", False),
    ("BMT010", "Maria Guadalupe", "", "Zamora", "Lupe", "Rangel", "", "", "Port Arthur", "TX", "77640", "1949-12-12", "2630 Thomas Blvd", False),
    ("BMT011", "Hollis", "Wayne", "Brimberry", "", "", "Darla", "Brimberry", "Lumberton", "TX", "77657", "1957-10-28", "148 Cypress Bend Dr", False),
    ("BMT012", "Darla", "Jean", "Brimberry", "", "Pouncey", "Hollis", "Brimberry", "Lumberton", "TX", "77657", "1959-02-14", "148 Cypress Bend Dr", False),
    ("BMT013", "Ulysses", "Paul", "Boudreaux", "Coach", "", "", "", "Bridge City", "TX", "77611", "1947-03-22", "", False),
    ("BMT014", "Jolene", "", "Kibodeaux", "Jo", "", "", "", "Nederland", "TX", "77627", "1972-06-30", "1419 Boston Ave", False),
    ("BMT015", "Reginald", "", "Fusilier", "Reggie", "", "Cheryl", "Fusilier", "Orange", "TX", "77632", "1960-09-19", "4102 Meeks Dr", False),
    ("BMT016", "Cheryl", "Ann", "Fusilier", "", "Stelly", "Reginald", "Fusilier", "Orange", "TX", "77632", "1962-12-01", "4102 Meeks Dr", False),
    ("BMT017", "Antoinette", "", "LeDoux", "Toni", "", "", "", "Groves", "TX", "77619", "1983-05-25", "5320 Monroe Blvd", False),
    ("BMT018", "Elijah", "", "Granger", "", "", "Bernice", "Granger", "Beaumont", "TX", "77703", "1955-03-10", "2880 Pine St", False),
    ("BMT019", "Priya", "", "Venkataraman", "", "", "", "", "Beaumont", "TX", "77706", "1980-01-22", "6155 Calder Ave", False),
    ("BMT020", "Mildred", "Faye", "Schexnayder", "Millie", "Trahan", "", "", "Vidor", "TX", "77662", "1934-10-08", "455 Lakeview St", False),
    ("BMT021", "Byron", "Keith", "Delahoussaye", "", "", "", "", "Beaumont", "TX", "77707", "1969-04-03", "3275 Dowlen Rd", False),
    ("BMT022", "Tucker", "Lee", "Primeaux", "", "", "", "", "Nederland", "TX", "77627", "1991-08-16", "212 S 27th St", False),
]
NO_BIRTH = {"BMT018", "BMT014"}      # birth_date left blank
NO_PHONE = {"BMT019", "BMT022"}      # phone left blank
# address_line blank for BMT013 (in R)
