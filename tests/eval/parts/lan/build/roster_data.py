"""Roster for the lan part (Lancaster County, Pa.). All people invented; places, ZIPs and FIPS are real."""

ADV = {
    "plain": "m.brubacher@conestogaridge.example",
    "town": "l.hartranft@conestogaridge.example",
    "city": "r.santiago@conestogaridge.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("LAN001", "Amos", "K.", "Petersheim", "", "", "Sadie", "Petersheim", "Gordonville", "PA", "17529", "1950-06-14", "218 Old Philadelphia Pike", False, "plain"),
    ("LAN002", "Sadie", "", "Petersheim", "", "Ebersol", "Amos", "Petersheim", "Gordonville", "PA", "17529", "1952-09-03", "218 Old Philadelphia Pike", False, "plain"),
    ("LAN003", "Levi", "S.", "Riehl", "", "", "Katie", "Riehl", "Ronks", "PA", "17572", "1947-08-02", "40 Paradise Ln", False, "plain"),
    ("LAN004", "Katie", "", "Riehl", "", "Esh", "Levi", "Riehl", "Ronks", "PA", "17572", "1949-03-21", "40 Paradise Ln", False, "plain"),
    ("LAN005", "Elvin", "M.", "Sensenig", "", "", "Lorraine", "Sensenig", "Ephrata", "PA", "17522", "1958-11-09", "715 Hahnstown Rd", False, "plain"),
    ("LAN006", "Lorraine", "", "Sensenig", "", "Nolt", "Elvin", "Sensenig", "Ephrata", "PA", "17522", "1960-04-27", "715 Hahnstown Rd", False, "plain"),
    ("LAN007", "Gerald", "", "Wolgemuth", "Jerry", "", "Darlene", "Wolgemuth", "Lititz", "PA", "17543", "1953-02-11", "62 E Orange St", False, "town"),
    ("LAN008", "Darlene", "", "Wolgemuth", "", "Habecker", "Gerald", "Wolgemuth", "Lititz", "PA", "17543", "1955-07-30", "62 E Orange St", False, "town"),
    ("LAN009", "Richard", "L.", "Longenecker Jr.", "Dick", "", "Patricia", "Longenecker", "Lancaster", "PA", "17601", "1961-05-18", "1420 Marietta Ave", False, "city"),
    ("LAN010", "Mary Ellen", "", "Gehman", "", "Bucher", "", "", "Lititz", "PA", "17543", "1940-01-22", "300 Moravian Manor Way", False, "town"),
    ("LAN011", "Carmen Delia", "", "Quinones Rivera", "", "", "Hector", "Olmeda", "Lancaster", "PA", "17602", "1970-10-05", "512 S Duke St", False, "city"),
    ("LAN012", "Hector", "", "Olmeda", "", "", "Carmen Delia", "Quinones Rivera", "Lancaster", "PA", "17602", "1968-12-15", "512 S Duke St", False, "city"),
    ("LAN013", "Kenneth", "", "Horning", "Ken", "", "Sharon", "Horning", "Strasburg", "PA", "17579", "1964-08-08", "19 Miller St", False, "town"),
    ("LAN014", "Sharon", "", "Horning", "", "Kreider", "Kenneth", "Horning", "Strasburg", "PA", "17579", "1966-01-14", "19 Miller St", False, "town"),
    ("LAN015", "Anna Mae", "", "Buckwalter", "", "", "", "", "Strasburg", "PA", "17579", "1944-05-29", "8 W Main St", False, "town"),
    ("LAN016", "Jonathan", "", "Habecker", "Jon", "", "Kelsey", "Habecker", "Lancaster", "PA", "17603", "1987-03-04", "233 W James St", False, "city"),
    ("LAN017", "Wilmer", "", "Stauffer", "", "", "Susie", "Stauffer", "Ephrata", "PA", "17522", "1939-09-19", "1040 Stevens Rd", True, "plain"),
    ("LAN018", "Dale", "", "Kreider", "", "", "Jennifer", "Kreider", "Lititz", "PA", "17543", "1969-06-25", "15 Kissel Hill Rd", False, "town"),
    ("LAN019", "Benuel", "", "Ebersol", "Ben", "", "Rachel", "Ebersol", "Leola", "PA", "17540", "1976-02-17", "94 Hillcrest Rd", False, "plain"),
    ("LAN020", "Ivan", "Z.", "Nolt", "", "", "", "", "New Holland", "PA", "17557", "1951-12-01", "360 Linden Grove Rd", False, "plain"),
    ("LAN021", "Barbara", "", "Shirk", "Barb", "", "", "", "Ephrata", "PA", "17522", "1960-10-30", "45 Cocalico St", False, "town"),
]

BLANK_COORDS = {"LAN020"}
BLANK_FIPS = {"LAN015"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"LAN019"}
NO_PHONE = {"LAN020"}
