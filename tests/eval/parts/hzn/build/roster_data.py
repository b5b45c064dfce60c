"""Hand-written roster for the hzn part: the Hudson Valley of New York (all people invented; places, ZIPs, FIPS real)."""

ADV = {"NY": "c.hasbrouck@esopuswealth.example"}
ADV_BY_ID = {  # a second adviser for the Dutchess County side of the river
    cid: "r.delacruz@esopuswealth.example" for cid in ("HZN004", "HZN009", "HZN010", "HZN011", "HZN014", "HZN016",
                                                        "HZN017", "HZN023")
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("HZN001", "Cornelia", "", "Osterhoudt", "Nell", "Terpening", "Abram", "Osterhoudt", "Kingston", "NY", "12401", "1948-09-14", "41 Pearl St", False),
    ("HZN002", "Abram", "", "Osterhoudt", "Abe", "", "Cornelia", "Osterhoudt", "Kingston", "NY", "12401", "1946-02-27", "41 Pearl St", False),
    ("HZN003", "Margaretha", "K.", "Van Wagenen", "Greta", "Kiersted", "", "", "Saugerties", "NY", "12477", "1937-12-01", "118 Washington Ave", False),
    ("HZN004", "Marisol", "", "Rivera Santiago", "", "", "", "", "Poughkeepsie", "NY", "12601", "1969-05-22", "27 Academy St", False),
    ("HZN005", "Dominic", "", "Terpening Jr.", "Dom", "", "Kathleen", "Terpening", "Saugerties", "NY", "12477", "1966-07-08", "9 Partition St", False),
    ("HZN006", "Kathleen", "", "Terpening", "Kathy", "Mullaney", "Dominic", "Terpening Jr.", "Saugerties", "NY", "12477", "1967-12-19", "9 Partition St", False),
    ("HZN007", "Mary Beth", "", "Schoonmaker", "", "Terpening", "Gideon", "Schoonmaker", "New Paltz", "NY", "12561", "1963-03-30", "212 Huguenot St", False),
    ("HZN008", "Gideon", "", "Schoonmaker", "", "", "Mary Beth", "Schoonmaker", "New Paltz", "NY", "12561", "1962-11-05", "212 Huguenot St", False),
    ("HZN009", "Theodore", "R.", "Kniffen", "Ted", "", "Lorraine", "Kniffen", "Rhinebeck", "NY", "12572", "1941-04-02", "16 Livingston St", False),
    ("HZN010", "Lorraine", "", "Kniffen", "", "Hommel", "Theodore", "Kniffen", "Rhinebeck", "NY", "12572", "1943-10-19", "16 Livingston St", False),
    ("HZN011", "Anneliese", "", "Brodhead", "", "", "", "", "Poughkeepsie", "NY", "12603", "1940-01-11", "88 Spackenkill Rd", False),
    ("HZN012", "Wendell", "", "Pitcavage", "", "", "Frances", "Pitcavage", "Saugerties", "NY", "12477", "1947-06-03", "300 Main St", True),
    ("HZN013", "Siobhan", "", "Keator", "", "", "", "", "Kingston", "NY", "12401", "1990-08-17", "75 Wall St", False),
    ("HZN014", "Desmond", "", "Ackerly", "", "", "", "", "Poughkeepsie", "NY", "12601", "1958-12-12", "5 Cannon St", False),
    ("HZN015", "Jo Ann", "", "Relyea", "", "Elting", "Joseph", "Relyea", "Saugerties", "NY", "12477", "1957-04-25", "14 Market St", False),
    ("HZN016", "Rafael", "", "Quinones", "", "", "Yesenia", "Quinones", "Poughkeepsie", "NY", "12601", "1979-02-09", "142 Fulton Ave", False),
    ("HZN017", "Hollis", "", "Van Steenburgh", "", "", "Patrice", "Van Steenburgh", "Rhinebeck", "NY", "12572", "1952-06-30", "52 Mill St", False),
    ("HZN018", "Imogen", "", "Deyo", "", "", "Carl", "Deyo", "New Paltz", "NY", "12561", "1971-01-16", "7 Plattekill Ave", False),
    ("HZN019", "Bartholomew", "", "Elting", "Bart", "", "Judith", "Elting", "New Paltz", "NY", "12561", "1960-10-03", "33 N Chestnut St", False),
    ("HZN020", "Leland", "", "Lounsbury", "Lee", "", "Philippa", "Lounsbury", "Kingston", "NY", "12401", "1942-03-21", "190 Albany Ave", False),
    ("HZN021", "Philippa", "", "Lounsbury", "Pippa", "Dederick", "Leland", "Lounsbury", "Kingston", "NY", "12401", "1944-07-07", "190 Albany Ave", False),
    ("HZN022", "Tomasz", "", "Wierzbicki", "Tom", "", "Beata", "Wierzbicki", "Kingston", "NY", "12401", "1975-11-28", "60 Delaware Ave", False),
    ("HZN023", "Evangeline", "", "Schantz", "Vangie", "", "", "", "Poughkeepsie", "NY", "12601", "1944-05-05", "150 Fulton Ave", False),
]

BLANK_COORDS = {"HZN014"}          # coordinates left blank (the ZIP centroid is used)
BLANK_FIPS = {"HZN018"}            # county_fips only left blank
NO_BIRTH = {"HZN013", "HZN022"}
NO_PHONE = {"HZN004", "HZN023"}
NO_ADDRESS = {"HZN014"}
