"""Hand-written roster for the lnk part (Lincoln, Nebraska and nearby towns). All people invented; places, ZIP
codes and county FIPS are real. Two advisers: Lincoln city clients and the surrounding towns."""

ADV_CITY = "a.kreutzer@saltcreekwealth.example"
ADV_TOWNS = "d.amundsen@saltcreekwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("LNK001", "Delbert", "Ray", "Hergenrader", "Del", "", "Loretta", "Hergenrader", "Lincoln", "NE", "68521", "1946-08-12", "4711 N 11th St", False, ADV_CITY),
    ("LNK002", "Loretta", "", "Hergenrader", "", "Lebsack", "Delbert", "Hergenrader", "Lincoln", "NE", "68521", "1948-02-03", "4711 N 11th St", False, ADV_CITY),
    ("LNK003", "Mary Beth", "", "Zajicek", "", "Sobotka", "Leonard", "Zajicek", "Crete", "NE", "68333", "1956-11-20", "1120 Ivy Ave", False, ADV_TOWNS),
    ("LNK004", "Rosalinda", "", "Arreola Tzintzun", "Rosie", "", "Efrain", "Tzintzun", "Lincoln", "NE", "68505", "1975-09-14", "6230 Fremont St", False, ADV_CITY),
    ("LNK005", "Efrain", "", "Tzintzun", "", "", "Rosalinda", "Arreola Tzintzun", "Lincoln", "NE", "68505", "1972-04-02", "6230 Fremont St", False, ADV_CITY),
    ("LNK006", "Kenneth", "", "Brockhoff Jr.", "Kenny", "", "Trudy", "Brockhoff", "Waverly", "NE", "68462", "1969-03-27", "10415 N 141st St", False, ADV_TOWNS),
    ("LNK007", "Jo Ann", "", "Pflugradt", "", "Ostdiek", "", "", "Seward", "NE", "68434", "1941-07-30", "538 N 5th St", False, ADV_TOWNS),
    ("LNK008", "Virgil", "Dean", "Rathjen", "", "", "Bernice", "Rathjen", "Hickman", "NE", "68372", "1938-05-04", "18250 S 68th St", False, ADV_TOWNS),
    ("LNK009", "Bernice", "", "Rathjen", "", "Ehlers", "Virgil", "Rathjen", "Hickman", "NE", "68372", "1940-10-11", "18250 S 68th St", False, ADV_TOWNS),
    ("LNK010", "Dilshad", "", "Rasho", "", "", "Layla", "Rasho", "Lincoln", "NE", "68502", "1984-01-01", "2145 S 11th St", False, ADV_CITY),
    ("LNK011", "Wilhelmina", "", "Feyerherm", "Billie", "Brehm", "", "", "Lincoln", "NE", "68506", "1950-06-05", "5540 Van Dorn St", False, ADV_CITY),
    ("LNK012", "Arlo", "", "Schaffert", "", "", "Pam", "Schaffert", "Lincoln", "NE", "68521", "1958-12-02", "1209 Fletcher Ave", True, ADV_CITY),
    ("LNK013", "Siobhan", "", "ODwyer", "", "", "", "", "Lincoln", "NE", "68510", "1972-03-17", "2830 Sheridan Blvd", False, ADV_CITY),
    ("LNK014", "Gerrit", "", "Vander Wiel", "", "", "Anneke", "Vander Wiel", "Firth", "NE", "68358", "1961-05-09", "2950 Panama Rd", False, ADV_TOWNS),
    ("LNK015", "Anneke", "", "Vander Wiel", "", "Bosma", "Gerrit", "Vander Wiel", "Firth", "NE", "68358", "1963-08-21", "2950 Panama Rd", False, ADV_TOWNS),
    ("LNK016", "Trent", "", "Wiebelhaus", "", "", "Kristen", "Wiebelhaus", "Lincoln", "NE", "68516", "1975-10-30", "7721 Pioneer Woods Dr", False, ADV_CITY),
    ("LNK017", "Kristen", "", "Wiebelhaus", "", "Sobotka", "Trent", "Wiebelhaus", "Lincoln", "NE", "68516", "1977-01-15", "7721 Pioneer Woods Dr", False, ADV_CITY),
    ("LNK018", "Harlan", "", "Meierhenry", "", "", "", "", "Ashland", "NE", "68003", "1955-02-19", "1606 Silver St", False, ADV_TOWNS),
    ("LNK019", "Bradley", "Allen", "Stuhmer", "Brad", "", "Renee", "Stuhmer", "Lincoln", "NE", "68506", "1964-09-09", "4818 Bancroft Ave", False, ADV_CITY),
    ("LNK020", "Lorraine", "", "Vosicky", "", "", "", "", "Crete", "NE", "68333", "1947-04-22", "815 Hawthorne Ave", False, ADV_TOWNS),
    ("LNK021", "Marvin", "", "Grosshans", "", "", "", "", "Lincoln", "NE", "68524", "1960-11-02", "5301 NW 48th St", False, ADV_CITY),
    ("LNK022", "Eldon", "", "Wiechert", "", "", "Marva", "Wiechert", "Malcolm", "NE", "68402", "1944-01-25", "14020 W Agnew Rd", False, ADV_TOWNS),
    ("LNK023", "Kim Loan", "", "Truong", "", "", "", "", "Lincoln", "NE", "68503", "1966-05-15", "3345 Holdrege St", False, ADV_CITY),
]
