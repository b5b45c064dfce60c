"""Hand-written roster for eval part psc (Pasco, Kennewick, Richland WA). People invented; ZIPs and FIPS real."""

ADV = {
    "A": "r.castellanos@sagebrushwealth.example",
    "B": "d.whitacre@sagebrushwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, adviser, dnc
R = [
    ("PSC001", "Thaddeus", "J.", "Vanderzwaag", "Ted", "", "Loretta", "Vanderzwaag", "Richland", "99352", "1949-06-14", "1807 Hunt Ave", "A", False),
    ("PSC002", "Loretta", "", "Vanderzwaag", "", "Kowalczyk", "Thaddeus", "Vanderzwaag", "Richland", "99352", "1951-11-02", "1807 Hunt Ave", "A", False),
    ("PSC003", "Rigoberto", "", "Bautista Zamarripa", "Rigo", "", "Araceli", "Bautista", "Pasco", "99301", "1960-08-21", "2315 W Octave St", "B", False),
    ("PSC004", "Araceli", "", "Bautista", "", "Quintanilla", "Rigoberto", "Bautista Zamarripa", "Pasco", "99301", "1963-03-09", "2315 W Octave St", "B", False),
    ("PSC005", "Harlan", "E.", "Quisenberry Jr.", "Hal", "", "Darlene", "Quisenberry", "Kennewick", "99336", "1958-01-30", "611 S Olympia St", "A", False),
    ("PSC006", "Mary Beth", "", "Oberholtzer", "", "Strand", "", "", "Kennewick", "99337", "1956-07-19", "3904 S Morain St", "A", False),
    ("PSC007", "Cormac", "", "OShaughnessy", "", "", "Tamsin", "OShaughnessy", "Richland", "99354", "1972-04-05", "2250 Harris Ave", "A", False),
    ("PSC008", "Yevgenia", "", "Prokopchuk", "Jenny", "", "Vasyl", "Prokopchuk", "Pasco", "99301", "1966-12-11", "5107 Desert Plateau Dr", "B", False),
    ("PSC009", "Vasyl", "", "Prokopchuk", "", "", "Yevgenia", "Prokopchuk", "Pasco", "99301", "1964-05-27", "5107 Desert Plateau Dr", "B", False),
    ("PSC010", "Clement", "A.", "Van Tassel", "Clem", "", "Ruth Ann", "Van Tassel", "West Richland", "99353", "1944-02-03", "4012 Bombing Range Rd", "A", False),
    ("PSC011", "Sunita", "", "Raghunathan", "", "", "", "", "Richland", "99352", "1970-09-16", "120 Spengler St", "A", False),
    ("PSC012", "Jo Lynn", "", "Tenneson", "", "Van Tassel", "Merle", "Tenneson", "Prosser", "99350", "1968-10-08", "90112 E Wine Country Rd", "B", False),
    ("PSC013", "Merle", "", "Tenneson", "", "", "Jo Lynn", "Tenneson", "Prosser", "99350", "1965-02-22", "90112 E Wine Country Rd", "B", False),
    ("PSC014", "Fidencio", "", "Arreguín", "Chencho", "", "Graciela", "Arreguín", "Pasco", "99301", "1947-04-17", "418 N Wehe Ave", "B", False),
    ("PSC015", "Ramona", "", "Tillinghast", "", "", "", "", "Kennewick", "99338", "1961-08-03", "8021 W Clearwater Ave", "A", True),
    ("PSC016", "Lucius", "", "Wetherbee", "", "", "Coralee", "Wetherbee", "Kennewick", "99336", "1967-05-13", "305 W 10th Ave", "A", False),
    ("PSC017", "Annaliese", "", "Brandvold", "Liesl", "Hupp", "Torsten", "Brandvold", "Richland", "99354", "1983-01-25", "2711 Sunnyside Ave", "A", False),
    ("PSC018", "Torsten", "", "Brandvold", "", "", "Annaliese", "Brandvold", "Richland", "99354", "1981-07-07", "2711 Sunnyside Ave", "A", False),
    ("PSC019", "Garrick", "", "Mothershead", "", "", "", "", "Benton City", "99320", "1975-03-28", "46803 N Sunset Rd", "B", False),
    ("PSC020", "Philomena", "", "Castellucci", "Mena", "Ruggiero", "", "", "Pasco", "99301", "1939-09-24", "1114 N 18th Ave", "B", False),
    ("PSC021", "Dwight", "", "Esterbrook", "", "", "Glenda", "Esterbrook", "Kennewick", "99337", "1955-10-01", "2105 E 27th Ave", "A", False),
    ("PSC022", "Marisol", "", "Etxeberria", "", "", "", "", "Richland", "99352", "1988-06-30", "1602 Jadwin Ave Apt 4", "A", False),
    ("PSC023", "Lavern", "D.", "Hochstetler", "", "", "Edna", "Hochstetler", "Burbank", "99323", "1940-12-12", "211 Maple St", "B", False),
]
