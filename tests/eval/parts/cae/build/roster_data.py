"""Hand-written roster for eval part cae (Midlands of South Carolina). All people invented; ZIPs/FIPS real."""

ADV = {"north": "r.bouknight@congareewealth.example", "south": "m.salazar@congareewealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("CAE001", "Willie James", "", "Pressley Jr.", "", "", "Loretta", "Pressley", "Columbia", "29203", "1958-02-11", "1412 Gervais Heights Dr", False, "north"),
    ("CAE002", "Loretta", "", "Pressley", "", "Govan", "Willie James", "Pressley Jr.", "Columbia", "29203", "1960-09-04", "1412 Gervais Heights Dr", False, "north"),
    ("CAE003", "Bernice", "", "Wannamaker", "", "Stukes", "Harold", "Wannamaker", "Orangeburg", "29115", "1941-06-22", "88 Magnolia St", False, "south"),
    ("CAE004", "Harold", "Eugene", "Lindler", "Gene", "", "Frances", "Lindler", "Irmo", "29063", "1950-03-15", "210 Dutch Fork Rd", False, "north"),
    ("CAE005", "Frances", "", "Lindler", "Fran", "Eargle", "Harold", "Lindler", "Irmo", "29063", "1952-11-30", "210 Dutch Fork Rd", False, "north"),
    ("CAE006", "Martha Ann", "", "Wessinger", "", "", "", "", "Chapin", "29036", "1947-03-02", "45 Amicks Ferry Rd", False, "south"),
    ("CAE007", "Kyle", "", "Amick", "", "", "Brittany", "Amick", "Lexington", "29072", "1984-07-19", "317 Barr Rd", False, "south"),
    ("CAE008", "Konstantinos", "", "Kanellos", "Dino", "", "Eleni", "Kanellos", "Columbia", "29205", "1962-05-21", "3010 Devine St", False, "north"),
    ("CAE009", "Eleni", "", "Kanellos", "Helen", "Pappas", "Konstantinos", "Kanellos", "Columbia", "29205", "1965-01-08", "3010 Devine St", False, "north"),
    ("CAE010", "Anastasia", "", "Dimitriou", "Tasia", "", "", "", "West Columbia", "29169", "1971-10-12", "", False, "south"),
    ("CAE011", "Marcus", "", "Odom", "", "", "Tiana", "Odom", "Columbia", "29206", "1979-04-27", "5 Forest Lake Pl", False, "north"),
    ("CAE012", "Tiana", "", "Odom", "", "Brisbane", "Marcus", "Odom", "Columbia", "29206", "1981-12-03", "5 Forest Lake Pl", False, "north"),
    ("CAE013", "Juan Carlos", "", "Hernandez Villalobos", "", "", "Maria Guadalupe", "Hernandez", "West Columbia", "29170", "1969-08-14", "1120 Platt Springs Rd", False, "south"),
    ("CAE014", "Maria Guadalupe", "", "Hernandez", "Lupita", "Rangel", "Juan Carlos", "Hernandez Villalobos", "West Columbia", "29170", "1972-12-12", "1120 Platt Springs Rd", False, "south"),
    ("CAE015", "Rosa Elena", "", "Tapia", "", "", "", "", "Cayce", "29033", "1990-05-05", "602 Knox Abbott Dr", False, "south"),
    ("CAE016", "Reginald", "", "ONeal", "Reggie", "", "Gwendolyn", "ONeal", "Camden", "29020", "1955-09-09", "704 Lyttleton St", False, "north"),
    ("CAE017", "DeShawn", "", "McCants", "", "", "", "", "Orangeburg", "29118", "1988-02-02", "1550 Russell St", False, "south"),
    ("CAE018", "Theodore", "", "La Borde", "Ted", "", "", "", "Columbia", "29209", "", "4 Heathwood Cir", False, "north"),
    ("CAE019", "Shirley Mae", "", "Goodwin", "", "", "", "", "Camden", "29020", "1950-07-17", "19 Church St", True, "north"),
    ("CAE020", "Bradley", "", "Koon", "Brad", "", "Carol", "Koon", "Lexington", "29072", "1956-04-01", "88 W Main St", False, "south"),
    ("CAE021", "Patricia", "", "Hiller", "Patti", "Sease", "Mark", "Hiller", "Chapin", "29036", "1963-06-25", "12 Lake Murray Blvd", False, "south"),
    ("CAE022", "Lamont", "", "Govan", "", "", "Denise", "Govan", "Orangeburg", "29115", "1966-03-08", "", False, "south"),
]

BLANK_COORDS = {"CAE010", "CAE022"}
NO_PHONE = {"CAE010", "CAE018", "CAE022"}
