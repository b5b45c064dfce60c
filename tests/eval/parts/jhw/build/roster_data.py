"""Hand-written roster for part jhw: Jamestown and Chautauqua County, N.Y. (plus one Warren, Pa. household).

All people are invented; places, ZIP codes and county FIPS are real.
"""

ADV = {
    "NY": "l.carlberg@chadakoinwealth.example",
    "PA": "r.dispenza@chadakoinwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, domain
R = [
    ("JHW001", "Gustav", "E.", "Wahlgren", "Gus", "", "Ingrid", "Wahlgren", "Lakewood", "NY", "14750", "1948-02-11", "27 Chautauqua Ave", False, "lakemail.example"),
    ("JHW002", "Ingrid", "", "Wahlgren", "", "Brodin", "Gustav", "Wahlgren", "Lakewood", "NY", "14750", "1950-09-30", "27 Chautauqua Ave", False, "lakemail.example"),
    ("JHW003", "Anthony", "J.", "Palmisano Jr.", "Tony", "", "Rosemary", "Palmisano", "Jamestown", "NY", "14701", "1960-04-17", "118 Pine St", False, "southerntier.example"),
    ("JHW004", "Rosemary", "", "Palmisano", "", "Scarpino", "Anthony", "Palmisano Jr.", "Jamestown", "NY", "14701", "1962-12-03", "118 Pine St", False, "southerntier.example"),
    ("JHW005", "Walter", "J.", "Szczepanski", "Walt", "", "Dorothy", "Szczepanski", "Dunkirk", "NY", "14048", "1941-08-14", "402 Deer St", False, "lakemail.example"),
    ("JHW006", "Dorothy", "", "Szczepanski", "Dottie", "Kowalczyk", "Walter", "Szczepanski", "Dunkirk", "NY", "14048", "1943-01-22", "402 Deer St", False, "lakemail.example"),
    ("JHW007", "Marguerite", "", "Lindahl", "Peggy", "Sjoberg", "", "", "Jamestown", "NY", "14701", "1936-06-09", "55 Lakeview Ave", False, "southerntier.example"),
    ("JHW008", "Kristofer", "", "Haglund", "Kris", "", "", "", "Jamestown", "NY", "14701", "1969-11-20", "310 Chandler St", False, "mail.example"),
    ("JHW009", "Maria Luisa", "", "Rosario Vega", "", "", "Ramon", "Vega", "Dunkirk", "NY", "14048", "1971-03-05", "67 Lake Shore Dr W", False, "mail.example"),
    ("JHW010", "Stanislaw", "", "Wojcik", "Stan", "", "", "", "Dunkirk", "NY", "14048", "1939-10-02", "219 Ruggles St", False, "lakemail.example"),
    ("JHW011", "Douglas", "", "Nordstrom", "Doug", "", "Karen", "Nordstrom", "Falconer", "NY", "14733", "1957-05-28", "14 W Everett St", False, "southerntier.example"),
    ("JHW012", "Karen", "L.", "Nordstrom", "", "Hedberg", "Douglas", "Nordstrom", "Falconer", "NY", "14733", "1959-08-08", "14 W Everett St", False, "southerntier.example"),
    ("JHW013", "Harold", "", "Whitcomb", "Hal", "", "", "", "Westfield", "NY", "14787", "1952-07-15", "8 S Portage St", True, "mail.example"),
    ("JHW014", "Beatrice", "", "Tranberg", "Bea", "", "", "", "Bemus Point", "NY", "14712", "1933-05-02", "4996 Lakeside Dr", False, "lakemail.example"),
    ("JHW015", "Jared", "", "Ostrowski", "", "", "", "", "Fredonia", "NY", "14063", "1991-01-19", "", False, "mail.example"),
    ("JHW016", "Theodore", "", "Quattrone", "Ted", "", "Lisa", "Quattrone", "Fredonia", "NY", "14063", "1970-09-12", "33 Central Ave", False, "southerntier.example"),
    ("JHW017", "Susan", "M.", "Carlson-Pike", "Sue", "Carlson", "", "", "Jamestown", "NY", "14701", "1974-02-26", "9 Falconer St", False, "mail.example"),
    ("JHW018", "Vincenzo", "", "Lo Bianco", "Vinnie", "", "", "", "Jamestown", "NY", "14701", "", "640 Foote Ave", False, "southerntier.example"),
    ("JHW019", "Mary Jo", "", "Ecklund", "", "Pierce", "", "", "Mayville", "NY", "14757", "1949-12-01", "21 Water St", False, "lakemail.example"),
    ("JHW020", "Leland", "R.", "Hovland", "Lee", "", "Janice", "Hovland", "Warren", "PA", "16365", "1958-06-21", "412 Conewango Ave", False, "mail.example"),
    ("JHW021", "Janice", "", "Hovland", "Jan", "Yost", "Leland", "Hovland", "Warren", "PA", "16365", "1960-10-14", "412 Conewango Ave", False, "mail.example"),
    ("JHW022", "Mackenzie", "", "Lundgren", "Kenzie", "", "Dylan", "Lundgren", "Celoron", "NY", "14720", "1996-07-07", "22 Dunham Ave", False, "lakemail.example"),
    ("JHW023", "Gerald", "", "Fancher", "Jerry", "", "", "", "Frewsburg", "NY", "14738", "", "5 Main St", False, "southerntier.example"),
]

NO_PHONE = {"JHW013", "JHW022"}      # blank phone cells
