"""Hand-written roster for the sbn part (South Bend, Mishawaka, Elkhart; all people invented; ZIPs/FIPS real)."""

ADV_A = "h.wierzbicki@stjoevalleywealth.example"   # South Bend, Granger, Osceola, Niles
ADV_B = "t.ambrose-kline@stjoevalleywealth.example"  # Mishawaka, Elkhart County

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, adviser, dnc
R = [
    ("SBN001", "Thaddeus", "J.", "Przybylinski Jr.", "Ted", "", "Dolores", "Przybylinski", "South Bend", "IN", "46628", "1949-08-14", "2214 N Kessler Blvd", ADV_A, False),
    ("SBN002", "Dolores", "", "Przybylinski", "Dolly", "Kaczmarek", "Thaddeus", "Przybylinski Jr.", "South Bend", "IN", "46628", "1951-02-09", "2214 N Kessler Blvd", ADV_A, False),
    ("SBN003", "Marguerite", "", "DeVleeschouwer", "Margo", "Van Damme", "Remi", "DeVleeschouwer", "Mishawaka", "IN", "46544", "1944-03-22", "618 E Broadway St", ADV_B, False),
    ("SBN004", "Reinaldo", "", "Cuevas Mondragon", "", "", "Yesenia", "Cuevas", "Goshen", "IN", "46526", "1971-06-12", "1107 S 8th St", ADV_B, False),
    ("SBN005", "Yesenia", "", "Cuevas", "", "Ontiveros", "Reinaldo", "Cuevas Mondragon", "Goshen", "IN", "46526", "1974-09-30", "1107 S 8th St", ADV_B, False),
    ("SBN006", "Menno", "J.", "Schrock", "", "", "Ruth Ann", "Schrock", "Middlebury", "IN", "46540", "1956-11-02", "11482 County Road 16", ADV_B, False),
    ("SBN007", "Ruth Ann", "", "Schrock", "", "Hochstedler", "Menno", "Schrock", "Middlebury", "IN", "46540", "1958-04-17", "11482 County Road 16", ADV_B, False),
    ("SBN008", "Odell", "L.", "Pettaway", "", "", "Bernice", "Pettaway", "South Bend", "IN", "46619", "1958-01-26", "1530 W Washington St", ADV_A, False),
    ("SBN009", "Philippa", "A.", "Szalontai", "", "", "", "", "Granger", "IN", "46530", "1963-07-08", "51770 Hawthorne Meadow Dr", ADV_A, False),
    ("SBN010", "Lucius", "", "Trembath", "", "", "Marlene", "Trembath", "Elkhart", "IN", "46514", "1952-12-01", "2309 Greenleaf Blvd", ADV_B, False),
    ("SBN011", "Kateryna", "", "Hrynkiw", "Katya", "", "Bohdan", "Hrynkiw", "Mishawaka", "IN", "46545", "1982-05-05", "1843 Ironwood Cir", ADV_B, False),
    ("SBN012", "Bohdan", "", "Hrynkiw", "", "", "Kateryna", "Hrynkiw", "Mishawaka", "IN", "46545", "1979-10-10", "1843 Ironwood Cir", ADV_B, False),
    ("SBN013", "Cletus", "", "Vanderheyden", "", "", "Irma", "Vanderheyden", "South Bend", "IN", "46615", "1940-02-14", "1122 E Calvert St", ADV_A, False),
    ("SBN014", "Colby", "", "Stutsman", "", "", "Debra", "Stutsman", "Nappanee", "IN", "46550", "1961-03-19", "304 E Walnut St", ADV_B, False),
    ("SBN015", "Genevieve", "M.", "Rzepecki", "Genny", "", "", "", "South Bend", "IN", "46617", "1950-06-24", "809 E Colfax Ave", ADV_A, False),
    ("SBN016", "Horace", "", "Blankenbaker", "", "", "", "", "Osceola", "IN", "46561", "1948-09-09", "10950 Lincolnway E", ADV_A, True),
    ("SBN017", "Augustin", "", "Lemmens", "Gus", "", "Colette", "Lemmens", "Mishawaka", "IN", "46544", "1966-08-08", "402 Lincolnway W", ADV_B, False),
    ("SBN018", "Imogen", "", "Sadowsky", "", "", "", "", "Granger", "IN", "46530", "1975-01-15", "14622 Brick Rd", ADV_A, False),
    ("SBN019", "Lorenzo", "", "Bassanelli", "Larry", "", "Vivian", "Bassanelli", "Elkhart", "IN", "46516", "1939-05-30", "1408 Strong Ave", ADV_B, False),
    ("SBN020", "Rosalind", "", "Haverstock", "Roz", "Dunleavy", "Wendell", "Haverstock", "Granger", "IN", "46530", "1946-10-03", "13105 Anderson Rd", ADV_A, False),
    ("SBN021", "Tobias", "", "Kleinschmidt", "Toby", "", "Jeanne", "Kleinschmidt", "Niles", "MI", "49120", "1960-12-12", "1715 Oak St", ADV_A, False),
    ("SBN022", "Lorcan", "", "ODwyer", "", "", "", "", "South Bend", "IN", "46617", "1968-04-04", "1021 E Wayne St", ADV_A, False),
]
