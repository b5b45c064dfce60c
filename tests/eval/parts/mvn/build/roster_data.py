"""Hand-written roster for the mvn part: deep southern Illinois (Mount Vernon, Carbondale, Marion, Harrisburg,
Cairo and neighbours). All people invented; places, ZIPs and county FIPS real."""

ADV = {
    "north": "r.halloran@shawneeridgewealth.example",   # Jefferson, Franklin, Saline, Williamson
    "south": "t.okonkwo@shawneeridgewealth.example",    # Jackson, Union, Alexander
}
SOUTH_ZIPS = {"62901", "62903", "62966", "62906", "62914"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("MVN001", "Roscoe", "Eugene", "Threlkeld", "Gene", "", "Wanda", "Threlkeld", "Mount Vernon", "IL", "62864", "1948-03-14", "1407 Oakland Ave", False),
    ("MVN002", "Wanda", "Sue", "Threlkeld", "", "Karraker", "Roscoe", "Threlkeld", "Mount Vernon", "IL", "62864", "1950-11-02", "1407 Oakland Ave", False),
    ("MVN003", "Orville", "Lee", "Pankey", "", "", "Imogene", "Pankey", "Marion", "IL", "62959", "1936-09-02", "811 N Court St", False),
    ("MVN004", "Imogene", "", "Pankey", "Genie", "Sirles", "Orville", "Pankey", "Marion", "IL", "62959", "1938-01-19", "811 N Court St", False),
    ("MVN005", "Bobbie Sue", "", "Eubanks", "", "Gholson", "", "", "Harrisburg", "IL", "62946", "1941-05-27", "22 S Webster St", False),
    ("MVN006", "Curtis", "Lee", "Hargrave Jr.", "Curt", "", "Loretta", "Hargrave", "Cairo", "IL", "62914", "1958-08-09", "2614 Sycamore St", False),
    ("MVN007", "Loretta", "", "Hargrave", "", "Dismukes", "Curtis", "Hargrave Jr.", "Cairo", "IL", "62914", "1960-02-21", "2614 Sycamore St", False),
    ("MVN008", "Deshawn", "", "Mabry", "", "", "", "", "Carbondale", "IL", "62901", "1987-10-15", "604 W Mill St", False),
    ("MVN009", "Priya", "", "Venkataraman", "", "", "", "", "Carbondale", "IL", "62903", "", "19 Chautauqua Rd", False),
    ("MVN010", "Marisol", "", "Ortega-Bledsoe", "", "Ortega", "Travis", "Bledsoe", "Herrin", "IL", "62948", "1984-04-30", "1120 S 16th St", False),
    ("MVN011", "Travis", "Wade", "Bledsoe", "", "", "Marisol", "Ortega-Bledsoe", "Herrin", "IL", "62948", "1982-12-03", "1120 S 16th St", False),
    ("MVN012", "Leona", "Mae", "Whitesides", "", "Brush", "", "", "Murphysboro", "IL", "62966", "1939-06-04", "1510 Walnut St", False),
    ("MVN013", "Virgil", "", "Lipe", "Sonny", "", "Norma", "Lipe", "West Frankfort", "IL", "62896", "1944-07-22", "305 E Oak St", False),
    ("MVN014", "Jolene", "", "Rushing", "", "", "", "", "Benton", "IL", "62812", "1969-09-13", "408 N Main St", True),
    ("MVN015", "Harold", "", "Ozment", "Hap", "", "Carolyn", "Ozment", "Eldorado", "IL", "62930", "1950-01-08", "1009 Locust St", False),
    ("MVN016", "Carolyn", "", "Ozment", "", "Mings", "Harold", "Ozment", "Eldorado", "IL", "62930", "1952-06-17", "1009 Locust St", False),
    ("MVN017", "Ansel", "", "Tippy", "", "", "Marcia", "Tippy", "Carterville", "IL", "62918", "1956-03-29", "211 W Illinois Ave", False),
    ("MVN018", "Geraldine", "", "Stonecipher", "Gerri", "Karraker", "", "", "Anna", "IL", "62906", "1952-02-11", "115 Lafayette St", False),
    ("MVN019", "Dwayne", "", "Sitton", "", "", "Kristy", "Sitton", "Mount Vernon", "IL", "62864", "1971-05-05", "2208 Perkins Ave", False),
    ("MVN020", "Kristy", "", "Sitton", "", "Hails", "Dwayne", "Sitton", "Mount Vernon", "IL", "62864", "1974-10-24", "2208 Perkins Ave", False),
    ("MVN021", "Ernestine", "", "Bivens", "", "Hargrave", "", "", "Cairo", "IL", "62914", "1945-12-12", "417 21st St", False),
    ("MVN022", "Wilburn", "", "Crain", "Webb", "", "Opal", "Crain", "Marion", "IL", "62959", "1940-04-18", "1606 W Main St", False),
    ("MVN023", "Natalie", "", "Pruett", "", "", "Cody", "Pruett", "Carbondale", "IL", "62901", "", "", False),
]
NO_PHONE = {"MVN017", "MVN021"}
