"""Hand-written roster for part hou (Greater Houston; all people invented; places, ZIPs, FIPS real)."""

A1 = "m.delarosa@gulfbendwealth.example"
A2 = "k.pham@gulfbendwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, adviser, dnc
R = [
    ("HOU001", "Oluwaseun", "", "Adeyemi", "Seun", "", "Folake", "Adeyemi", "Sugar Land", "77479", "1962-04-18", "4410 Sweetwater Blvd", A1, False),
    ("HOU002", "Folake", "", "Adeyemi", "", "Bello", "Oluwaseun", "Adeyemi", "Sugar Land", "77479", "1965-09-02", "4410 Sweetwater Blvd", A1, False),
    ("HOU003", "Minh", "Van", "Nguyen", "", "", "Lan", "Nguyen", "Houston", "77072", "1958-01-27", "12815 Bellaire Blvd", A2, False),
    ("HOU004", "Lan", "", "Nguyen", "", "Pham", "Minh", "Nguyen", "Houston", "77072", "1961-06-11", "12815 Bellaire Blvd", A2, False),
    ("HOU005", "Maria Guadalupe", "", "Garza Villarreal", "Lupe", "Villarreal", "Ramiro", "Garza", "Pasadena", "77502", "1955-12-12", "2307 Shaver St", A1, False),
    ("HOU006", "Juan Carlos", "", "Hernandez Solis", "", "", "Ana Lucia", "Hernandez", "Katy", "77449", "1964-08-05", "21622 Morton Ranch Rd", A1, False),
    ("HOU007", "Ana Lucia", "", "Hernandez", "", "Rangel", "Juan Carlos", "Hernandez Solis", "Katy", "77449", "1966-03-30", "21622 Morton Ranch Rd", A1, False),
    ("HOU008", "Otis", "Lee", "Wheeler Jr.", "", "", "Bernice", "Wheeler", "Houston", "77004", "1947-02-14", "3214 Rosedale St", A2, False),
    ("HOU009", "Bernice", "", "Wheeler", "", "Lockett", "Otis", "Wheeler Jr.", "Houston", "77004", "1950-07-23", "3214 Rosedale St", A2, False),
    ("HOU010", "Wilfred", "", "Fontenot", "Will", "", "Yvonne", "Fontenot", "Pearland", "77584", "1953-10-09", "2609 Country Place Dr", A2, False),
    ("HOU011", "Yvonne", "", "Fontenot", "", "Guillory", "Wilfred", "Fontenot", "Pearland", "77584", "1956-05-17", "2609 Country Place Dr", A2, False),
    ("HOU012", "Imran", "", "Qureshi", "", "", "Sadia", "Qureshi", "Sugar Land", "77478", "1971-11-21", "1207 Brightwater Dr", A1, False),
    ("HOU013", "Farah", "", "Siddiqui", "", "Chaudhry", "Kamran", "Siddiqui", "Katy", "77494", "1974-02-08", "", A1, False),
    ("HOU014", "Patrick", "", "OConnell", "Pat", "", "Sheila", "OConnell", "The Woodlands", "77380", "1960-03-17", "58 Wavy Oak Ct", A2, False),
    ("HOU015", "Rosalind", "Marie", "St. Julien", "", "", "", "", "Houston", "77021", "1938-10-02", "3719 Charleston St", A2, False),
    ("HOU016", "Emeka", "", "Nwosu", "", "", "Ngozi", "Nwosu", "Pearland", "77584", "1975-05-29", "3112 Shadow Creek Pkwy", A1, False),
    ("HOU017", "Ngozi", "", "Nwosu", "", "Eze", "Emeka", "Nwosu", "Pearland", "77584", "1977-12-03", "3112 Shadow Creek Pkwy", A1, False),
    ("HOU018", "Tuan", "", "Le", "Peter", "", "", "", "Pearland", "77581", "", "", A2, False),
    ("HOU019", "Rogelio", "", "Salinas Jr.", "Roy", "", "Diana", "Salinas", "Baytown", "77520", "1969-06-24", "611 W Texas Ave", A1, False),
    ("HOU020", "LaTonya", "", "Hollins", "", "", "", "", "Houston", "77004", "1972-09-15", "2520 Holman St", A2, True),
    ("HOU021", "Raymond", "", "Batiste", "Ray", "", "Gloria", "Batiste", "Baytown", "77521", "1951-01-30", "4402 Garth Rd", A2, False),
    ("HOU022", "Tariq", "", "Mahmood", "", "", "", "", "Sugar Land", "77478", "", "903 Eldridge Rd", A1, False),
]
BLANK_COORDS = {"HOU013", "HOU022"}
NO_PHONE = {"HOU018", "HOU015", "HOU022"}
