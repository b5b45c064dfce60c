"""Hand-written roster for the gnv part (Gainesville and north-central Florida). All people invented; places,
ZIP codes and county FIPS are real (ZIP centroids from `zipcodes`, FIPS from `addfips`)."""

ADV_GNV = "m.bellamy@sweetgumwealth.example"      # Gainesville and Alachua County
ADV_RURAL = "t.acosta@sweetgumwealth.example"     # Ocala, the Suwannee Valley and the Nature Coast

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("GNV001", "Bobbie Jean", "", "Tillinghast", "", "Cuyler", "", "", "Gainesville", "FL", "32641", "1942-09-14", "2217 SE 21st Ter", False, ADV_GNV),
    ("GNV002", "Otis", "Lamar", "Pickens Jr.", "Junior", "", "Carolyn", "Pickens", "Gainesville", "FL", "32609", "1958-02-11", "1905 NE 15th St", False, ADV_GNV),
    ("GNV003", "Carolyn", "", "Pickens", "", "Ashwood", "Otis", "Pickens Jr.", "Gainesville", "FL", "32609", "1960-07-04", "1905 NE 15th St", False, ADV_GNV),
    ("GNV004", "Maritza", "", "Rivera Colón", "Mari", "", "Edwin", "Rivera Ortiz", "Gainesville", "FL", "32606", "1968-05-21", "4410 NW 53rd Ave", False, ADV_GNV),
    ("GNV005", "Edwin", "", "Rivera Ortiz", "", "", "Maritza", "Rivera Colón", "Gainesville", "FL", "32606", "1966-11-30", "4410 NW 53rd Ave", False, ADV_GNV),
    ("GNV006", "Thaddeus", "Carroll", "Wainwright", "Tad", "", "Rosalind", "Wainwright", "Gainesville", "FL", "32605", "1949-06-02", "3021 NW 21st St", False, ADV_GNV),
    ("GNV007", "Rosalind", "", "Wainwright", "Roz", "Oakes", "Thaddeus", "Wainwright", "Gainesville", "FL", "32605", "1951-03-15", "3021 NW 21st St", False, ADV_GNV),
    ("GNV008", "Hollis", "", "Strickland", "", "", "Darlene", "Strickland", "High Springs", "FL", "32643", "1955-10-08", "18620 NW US Hwy 441", False, ADV_RURAL),
    ("GNV009", "Darlene", "", "Strickland", "", "Tuten", "Hollis", "Strickland", "High Springs", "FL", "32643", "1957-01-22", "18620 NW US Hwy 441", False, ADV_RURAL),
    ("GNV010", "Priya", "", "Venkataraman", "", "", "", "", "Gainesville", "FL", "32608", "", "3800 SW 34th St Apt 1207", False, ADV_GNV),
    ("GNV011", "Clarence", "", "Odom", "", "", "Geraldine", "Odom", "Gainesville", "FL", "32641", "1952-04-27", "1120 SE 15th St", False, ADV_GNV),
    ("GNV012", "Geneva", "", "Moultrie", "", "Fagan", "", "", "Hawthorne", "FL", "32640", "1940-12-01", "6705 SE 221st St", False, ADV_GNV),
    ("GNV013", "Jamal", "", "Ransom", "", "", "Keisha", "Ransom", "Gainesville", "FL", "32609", "1984-03-09", "2612 NE 11th Ter", False, ADV_GNV),
    ("GNV014", "Keisha", "", "Ransom", "", "Dupree", "Jamal", "Ransom", "Gainesville", "FL", "32609", "1985-06-17", "2612 NE 11th Ter", False, ADV_GNV),
    ("GNV015", "Elijah", "", "Barineau", "Lige", "", "", "", "Gainesville", "FL", "32641", "1947-02-02", "", True, ADV_GNV),
    ("GNV016", "Dolores", "", "Szymanski", "Dee", "Wrobel", "", "", "Ocala", "FL", "34482", "1938-05-09", "8412 SW 96th Ln", False, ADV_RURAL),
    ("GNV017", "Lyle", "", "Cannington", "", "", "Susan", "Cannington", "Ocala", "FL", "34475", "1961-09-30", "11250 NW Gainesville Rd", False, ADV_RURAL),
    ("GNV018", "Soo Jin", "", "Park", "", "", "", "", "Gainesville", "FL", "32607", "", "5 SW 34th St", False, ADV_GNV),
    ("GNV019", "Dorsey", "", "Futch", "", "", "Mary Alice", "Futch", "Newberry", "FL", "32669", "1950-12-12", "24110 W Newberry Rd", False, ADV_RURAL),
    ("GNV020", "Mary Alice", "", "Futch", "", "Dampier", "Dorsey", "Futch", "Newberry", "FL", "32669", "1953-03-03", "24110 W Newberry Rd", False, ADV_RURAL),
    ("GNV021", "Wyatt", "", "Thrasher", "", "", "Kaylee", "Thrasher", "Alachua", "FL", "32615", "1991-07-25", "14907 NW 142nd Ter", False, ADV_GNV),
    ("GNV022", "Harriet", "", "Lofton-Greene", "Hattie", "Lofton", "", "", "Gainesville", "FL", "32601", "1958-10-10", "512 NW 5th Ave", False, ADV_GNV),
    ("GNV023", "Calvin", "", "Register", "", "", "Nell", "Register", "Trenton", "FL", "32693", "1945-04-18", "3310 SE 70th Ave", False, ADV_RURAL),
    ("GNV024", "Rufus", "", "Hodges", "Sonny", "", "Tina", "Hodges", "Cedar Key", "FL", "32625", "1962-06-06", "611 2nd St", False, ADV_RURAL),
]

NO_PHONE = {"GNV018", "GNV024"}
