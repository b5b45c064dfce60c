"""Hand-written roster for eval part ewn (New Bern, North Carolina). All people invented; places, ZIPs, FIPS real."""

ADV_CRAVEN = "h.bissette@neusebanks.example"      # New Bern, Bridgeton, Cove City, Vanceboro, Dover
ADV_OUTLYING = "m.tripp@neusebanks.example"       # Havelock, Oriental (Pamlico), Trenton/Pollocksville (Jones)

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("EWN001", "Thaddeus", "Wilbur", "Ipock", "Tad", "", "Loretta", "Ipock", "New Bern", "NC", "28562", "1948-03-09", "1207 Chelsea Rd", False, ADV_CRAVEN),
    ("EWN002", "Loretta", "", "Ipock", "", "Gaskill", "Thaddeus", "Ipock", "New Bern", "NC", "28562", "1950-07-22", "1207 Chelsea Rd", False, ADV_CRAVEN),
    ("EWN003", "Clarence", "Edward", "Wetherington Jr.", "Buddy", "", "Mary Beth", "Wetherington", "New Bern", "NC", "28562", "1957-11-04", "3410 Country Club Rd", False, ADV_CRAVEN),
    ("EWN004", "Mary Beth", "", "Wetherington", "", "Tilghman", "Clarence", "Wetherington Jr.", "New Bern", "NC", "28562", "1959-05-30", "3410 Country Club Rd", False, ADV_CRAVEN),
    ("EWN005", "Rosalinda", "", "Bocanegra Zamudio", "Linda", "", "Efraín", "Medina", "Havelock", "NC", "28532", "1976-12-12", "412 Miller Blvd", False, ADV_OUTLYING),
    ("EWN006", "Marvella", "", "OQuinn", "", "", "", "", "Bridgeton", "NC", "28519", "1955-02-14", "118 Wilcox Ave", False, ADV_CRAVEN),
    ("EWN007", "Eleanor", "Bryan", "de Graffenried", "Nell", "", "", "", "New Bern", "NC", "28560", "1958-06-01", "215 Johnson St", False, ADV_CRAVEN),
    ("EWN008", "Roosevelt", "", "Hargett", "", "", "Earlene", "Hargett", "New Bern", "NC", "28560", "1944-10-03", "907 Cedar St", False, ADV_CRAVEN),
    ("EWN009", "Earlene", "", "Hargett", "", "Fonville", "Roosevelt", "Hargett", "New Bern", "NC", "28560", "1947-01-19", "907 Cedar St", False, ADV_CRAVEN),
    ("EWN010", "Annie Ruth", "", "Becton", "", "", "", "", "New Bern", "NC", "28560", "1938-04-27", "611 Roundtree St", False, ADV_CRAVEN),
    ("EWN011", "Dewayne", "", "Stancill", "Dee", "", "Tonya", "Stancill", "Havelock", "NC", "28532", "1967-08-15", "106 Shepard St", False, ADV_OUTLYING),
    ("EWN012", "Rowena", "", "Dimaculangan", "", "Sagun", "Arnel", "Dimaculangan", "Havelock", "NC", "28532", "1972-03-03", "221 Belltown Rd", False, ADV_OUTLYING),
    ("EWN013", "Truett", "", "Mewborn", "", "", "Carolyn", "Mewborn", "Oriental", "NC", "28571", "1952-09-09", "604 Whittaker Point Rd", False, ADV_OUTLYING),
    ("EWN014", "Carolyn", "", "Mewborn", "", "Lupton", "Truett", "Mewborn", "Oriental", "NC", "28571", "1954-04-18", "604 Whittaker Point Rd", False, ADV_OUTLYING),
    ("EWN015", "Hubert", "", "Cayton", "", "", "", "", "Vanceboro", "NC", "28586", "1961-01-05", "3305 Streets Ferry Rd", True, ADV_CRAVEN),
    ("EWN016", "Kendrick", "", "Lavender", "", "", "", "", "New Bern", "NC", "28562", "1990-10-10", "2105 Trent Blvd", False, ADV_CRAVEN),
    ("EWN017", "Winfred", "", "Sermons", "Win", "", "Dolores", "Sermons", "Bridgeton", "NC", "28519", "1958-02-20", "1402 Bridgeton Blvd", False, ADV_CRAVEN),
    ("EWN018", "Dolores", "", "Sermons", "", "Tyndall", "Winfred", "Sermons", "Bridgeton", "NC", "28519", "1960-09-01", "1402 Bridgeton Blvd", False, ADV_CRAVEN),
    ("EWN019", "Marlon", "", "Koonce", "", "", "Yvette", "Koonce", "Trenton", "NC", "28585", "1974-05-05", "215 Jones St", False, ADV_OUTLYING),
    ("EWN020", "Priscilla", "", "Gooding", "", "", "", "", "Cove City", "NC", "28523", "1949-12-01", "140 Main St", False, ADV_CRAVEN),
    ("EWN021", "Jo Ann", "", "Quidley", "", "", "", "", "Pollocksville", "NC", "28573", "1963-08-27", "305 Main St", False, ADV_OUTLYING),
    ("EWN022", "Reginald", "", "Fonville", "Reggie", "", "", "", "Dover", "NC", "28526", "1951-06-11", "88 Hwy 70", False, ADV_CRAVEN),
]
