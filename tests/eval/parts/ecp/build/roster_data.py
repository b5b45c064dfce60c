"""Hand-written roster for the ecp part (Panama City, Florida, and nearby towns). All people invented; ZIPs and FIPS real."""

ADV = {
    "north": "m.whitcombe@emeraldcoastwealth.example",   # Lynn Haven, north Panama City, Youngstown, Gulf County
    "south": "d.fairley@emeraldcoastwealth.example",     # downtown / east Panama City, Callaway, the Beach
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("ECP001", "Thaddeus", "Ray", "Brackeen", "Tad", "", "Lorna", "Brackeen", "Lynn Haven", "FL", "32444", "1949-03-11", "1207 Georgia Ave", False, "north"),
    ("ECP002", "Lorna", "", "Brackeen", "", "Vickery", "Thaddeus", "Brackeen", "Lynn Haven", "FL", "32444", "1951-07-23", "1207 Georgia Ave", False, "north"),
    ("ECP003", "Cletus", "Wade", "Pridgeon Jr.", "C.J.", "", "Darlene", "Pridgeon", "Panama City", "FL", "32405", "1966-02-14", "2614 Bayview Ave", False, "north"),
    ("ECP004", "Mary Alice", "", "Sconiers", "", "Gainous", "", "", "Panama City", "FL", "32401", "1944-09-30", "911 E 11th St", False, "south"),
    ("ECP005", "Graciela", "", "Anaya Villafuerte", "Chela", "", "Rigoberto", "Villafuerte", "Callaway", "FL", "32404", "1971-05-08", "6120 Cherokee Heights Rd", False, "south"),
    ("ECP006", "Rigoberto", "", "Villafuerte", "Beto", "", "Graciela", "Anaya Villafuerte", "Callaway", "FL", "32404", "1969-11-02", "6120 Cherokee Heights Rd", False, "south"),
    ("ECP007", "Lyle", "Dean", "OQuinn", "", "", "Kathryn", "OQuinn", "Panama City Beach", "FL", "32408", "1958-06-17", "4410 Thomas Dr", False, "south"),
    ("ECP008", "Kathryn", "", "OQuinn", "Kaye", "Faircloth", "Lyle", "OQuinn", "Panama City Beach", "FL", "32408", "1960-01-29", "4410 Thomas Dr", False, "south"),
    ("ECP009", "Khiem", "Van", "Quach", "", "", "Hanh", "Quach", "Panama City", "FL", "32405", "1957-04-04", "3305 W 23rd St", False, "north"),
    ("ECP010", "Hanh", "Thi", "Quach", "Helen", "Doan", "Khiem", "Quach", "Panama City", "FL", "32405", "1961-12-01", "3305 W 23rd St", False, "north"),
    ("ECP011", "Bascom", "Eugene", "Corbitt", "Bass", "", "Wanda", "Corbitt", "Youngstown", "FL", "32466", "1952-08-19", "8840 Hwy 231", False, "north"),
    ("ECP012", "Sue Ellen", "", "Kinard", "", "", "", "", "Lynn Haven", "FL", "32444", "1963-10-10", "505 Ohio Ave", False, "north"),
    ("ECP013", "Adaeze", "", "Okonjo", "", "", "Chidubem", "Okonjo", "Panama City", "FL", "32405", "1978-03-22", "1819 Jenks Ave", False, "north"),
    ("ECP014", "Ozell", "", "Threatt", "", "", "Bernice", "Threatt", "Panama City", "FL", "32401", "1955-05-05", "720 E 9th Ct", False, "south"),
    ("ECP015", "Bernice", "", "Threatt", "", "Sconiers", "Ozell", "Threatt", "Panama City", "FL", "32401", "1958-02-02", "720 E 9th Ct", False, "south"),
    ("ECP016", "Virgil", "", "Pettaway", "", "", "", "", "Lynn Haven", "FL", "32444", "1947-10-21", "1710 Minnesota Ave", True, "north"),
    ("ECP017", "Carter", "", "Van Landingham", "", "", "Brooke", "Van Landingham", "Panama City Beach", "FL", "32413", "1983-07-07", "122 Dune Laurel Way", False, "south"),
    ("ECP018", "Genevieve", "", "Harbeson", "Gigi", "Alsobrook", "", "", "Panama City", "FL", "32408", "1940-12-12", "6900 Beach Dr Apt 402", False, "south"),
    ("ECP019", "Travis", "", "Whiddon", "", "", "Rhonda", "Whiddon", "Panama City", "FL", "32409", "1961-09-09", "7115 Bozeman Dr", False, "north"),
    ("ECP020", "Mildred", "", "Cawthon", "Millie", "Faircloth", "Roy", "Cawthon", "Panama City", "FL", "32401", "1936-04-18", "415 Massalina Dr", False, "south"),
    ("ECP021", "Roy", "Lamar", "Cawthon", "", "", "Mildred", "Cawthon", "Panama City", "FL", "32401", "1934-10-02", "415 Massalina Dr", False, "south"),
    ("ECP022", "Elbert", "", "Sowell", "", "", "Inez", "Sowell", "Panama City", "FL", "32401", "1944-01-15", "1302 Harrison Ave", False, "south"),
    ("ECP023", "Claudette", "", "Mashburn", "", "", "", "", "Port St. Joe", "FL", "32456", "1950-06-03", "214 Monument Ave", False, "north"),
]
