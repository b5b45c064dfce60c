"""Hand-written roster for part hnf: Kings and Tulare Counties, California. People invented; ZIPs/FIPS real."""

ADV = "r.dacunha@sequoiaoakwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("HNF001", "Manuel", "Jose", "Silveira", "Manny", "", "Fatima", "Silveira", "Hanford", "93230", "1941-05-14", "1180 N Douty St", False),
    ("HNF002", "Fatima", "", "Silveira", "", "Machado", "Manuel", "Silveira", "Hanford", "93230", "1944-02-02", "1180 N Douty St", False),
    ("HNF003", "Gerrit", "", "Van Beek", "Gary", "", "Geertruida", "Van Beek", "Hanford", "93230", "1955-09-30", "10215 Hanford Armona Rd", False),
    ("HNF004", "Geertruida", "", "Van Beek", "Trudy", "Boersma", "Gerrit", "Van Beek", "Hanford", "93230", "1957-03-12", "10215 Hanford Armona Rd", False),
    ("HNF005", "Rosalinda", "", "Arreola Cisneros", "Linda", "", "", "", "Corcoran", "93212", "1975-06-08", "1402 Letts Ave", False),
    ("HNF006", "Vartan", "", "Kazarian", "", "", "Anahid", "Kazarian", "Visalia", "93291", "1952-11-21", "2130 W Ferguson Ave", False),
    ("HNF007", "Anahid", "", "Kazarian", "", "Bedrosian", "Vartan", "Kazarian", "Visalia", "93291", "1954-04-04", "2130 W Ferguson Ave", False),
    ("HNF008", "Rodolfo", "", "Ybarra Jr.", "Rudy", "", "Cristina", "Ybarra", "Lemoore", "93245", "1968-01-17", "455 W Cinnamon Dr", False),
    ("HNF009", "Cristina", "", "Ybarra", "", "Medina", "Rodolfo", "Ybarra Jr.", "Lemoore", "93245", "1970-08-25", "455 W Cinnamon Dr", False),
    ("HNF010", "Jo Anne", "", "Pedrozo", "", "", "", "", "Visalia", "93277", "1939-12-01", "3300 S Mooney Blvd", False),
    ("HNF011", "Teodoro", "", "Mangubat", "Teddy", "", "Lorna", "Mangubat", "Lemoore", "93245", "1951-10-10", "870 Hill St", False),
    ("HNF012", "Lorna", "", "Mangubat", "", "Dizon", "Teodoro", "Mangubat", "Lemoore", "93245", "", "870 Hill St", False),
    ("HNF013", "Cody", "", "Brasil", "", "", "", "", "Hanford", "93230", "1988-07-19", "", False),
    ("HNF014", "Loretta", "", "Quaresma", "", "Silveira", "", "", "Hanford", "93230", "1946-05-30", "612 W Malone St", True),
    ("HNF015", "Darnell", "", "Pettaway", "", "", "", "", "Corcoran", "93212", "1979-02-14", "1015 Dairy Ave", False),
    ("HNF016", "Kimberly", "", "Nishimoto", "Kim", "", "", "", "Visalia", "93292", "1983-05-05", "4120 E Noble Ave", False),
    ("HNF017", "Everett", "", "Lemos", "", "", "Janice", "Lemos", "Lemoore", "93245", "1958-12-03", "210 E Bush St", False),
    ("HNF018", "Bernadette", "", "Azevedo", "Bernie", "Furtado", "", "", "Tulare", "93274", "1947-01-26", "1640 E Tulare Ave", False),
    ("HNF019", "Guadalupe", "", "Renteria", "Lupe", "", "", "", "Corcoran", "93212", "", "840 Hale Ave", False),
    ("HNF020", "Arnold", "", "Boersma", "Arnie", "", "", "", "Hanford", "93230", "1953-08-08", "8877 12th Ave", False),
    ("HNF021", "Yesenia", "", "Galaviz", "", "Ochoa", "Omar", "Galaviz", "Visalia", "93291", "1993-03-09", "1621 N Demaree St", False),
    ("HNF022", "Omar", "", "Galaviz", "", "", "Yesenia", "Galaviz", "Visalia", "93291", "1991-11-28", "1621 N Demaree St", False),
]
NO_PHONE = {"HNF013", "HNF019"}
