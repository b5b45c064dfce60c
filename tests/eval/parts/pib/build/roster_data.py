"""Hand-written roster for the pib part (Hattiesburg / Pine Belt, Mississippi). Every person is invented;
towns, ZIP codes and counties are real. Coordinates are hand-set within ~0.5-10 km of the ZIP centroid
(checked against `zipcodes`), except where left blank on purpose."""

ADV = {
    "forrest_lamar": "m.ravenscroft@pineywoodscapital.example",
    "jones_covington": "t.oyelaran@pineywoodscapital.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, lat, lon, dnc
R = [
    ("PIB001", "Obadiah", "Lane", "Dearman", "Obie", "", "Lavonne", "Dearman", "Petal", "39465", "1948-02-11",
     "118 Carterville Rd", "31.3488", "-89.2195", False),
    ("PIB002", "Lavonne", "", "Dearman", "", "Shoemake", "Obadiah", "Dearman", "Petal", "39465", "1951-09-23",
     "118 Carterville Rd", "31.3488", "-89.2195", False),
    ("PIB003", "Cornelius", "Wade", "Quattlebaum", "Neal", "", "Ardith", "Quattlebaum", "Hattiesburg", "39402",
     "1939-06-04", "46 Canebrake Blvd", "31.2925", "-89.4080", False),
    ("PIB004", "Ardith", "", "Quattlebaum", "", "Tullos", "Cornelius", "Quattlebaum", "Hattiesburg", "39402",
     "1942-01-17", "46 Canebrake Blvd", "31.2925", "-89.4080", False),
    ("PIB005", "Rosalind", "Mae", "Tisdale", "", "Pickering", "", "", "Hattiesburg", "39401", "1944-07-30",
     "512 Dabbs St", "31.3105", "-89.2870", False),
    ("PIB006", "Marcellus", "", "Fairley", "", "", "Simone", "Fairley", "Hattiesburg", "39401", "1970-03-14",
     "3 Bellewood Dr", "31.3420", "-89.3190", False),
    ("PIB007", "Simone", "", "Fairley", "", "Batiste", "Marcellus", "Fairley", "Hattiesburg", "39401", "1973-11-02",
     "3 Bellewood Dr", "31.3420", "-89.3190", False),
    ("PIB008", "Beauregard", "Lamar", "Threadgill Jr.", "Bo", "", "Charlene", "Threadgill", "Laurel", "39440",
     "1958-05-19", "1407 Sawmill Rd", "31.6950", "-89.1350", False),
    ("PIB009", "Graciela", "", "Barrientos Ochoa", "Chela", "", "Ernesto", "Salgado", "Hattiesburg", "39402",
     "1975-12-08", "27 Lincoln Rd", "31.3215", "-89.3610", False),
    ("PIB010", "Eustace", "", "Mozingo", "Stace", "", "Delphine", "Mozingo", "Sumrall", "39482", "1962-04-27",
     "88 Old Hwy 42", "31.4150", "-89.5420", False),
    ("PIB011", "Delphine", "", "Mozingo", "", "Rawls", "Eustace", "Mozingo", "Sumrall", "39482", "1965-08-15",
     "88 Old Hwy 42", "31.4150", "-89.5420", False),
    ("PIB012", "Philomena", "Louise", "Guidroz", "Mena", "Lambert", "", "", "Hattiesburg", "39401", "1938-10-05",
     "209 Bay St", "31.3240", "-89.3000", False),
    ("PIB013", "Hollis", "", "Varnado", "", "", "Jo Lynn", "Varnado", "Purvis", "39475", "1953-03-09",
     "61 Shelby Speights Dr", "31.1430", "-89.4110", False),
    ("PIB014", "Jo Lynn", "", "Varnado", "", "Pruitt", "Hollis", "Varnado", "Purvis", "39475", "1955-06-21",
     "61 Shelby Speights Dr", "31.1430", "-89.4110", False),
    ("PIB015", "Zenobia", "", "Gaines", "Nobie", "Granderson", "Reginald", "Gaines", "Hattiesburg", "39401",
     "1966-02-02", "1204 Ruby Ave", "31.3010", "-89.2935", False),
    ("PIB016", "Ezekiel", "", "Ladner", "Zeke", "", "Marisol", "Ladner", "Lumberton", "39455", "1981-10-30",
     "14 Pine Burr Ln", "31.0010", "-89.4490", False),
    ("PIB017", "Marisol", "", "Ladner", "", "Cuevas", "Ezekiel", "Ladner", "Lumberton", "39455", "1983-01-12",
     "14 Pine Burr Ln", "31.0010", "-89.4490", False),
    ("PIB018", "Cordelia", "", "Bounds", "Delia", "Ainsworth", "Wendell", "Bounds", "Ellisville", "39437",
     "1957-12-01", "302 Anderson St", "31.6040", "-89.1960", False),
    ("PIB019", "Josiah", "", "Pettaway", "", "", "Claudette", "Pettaway", "Hattiesburg", "39401", "1961-09-17",
     "715 Mobile St", "31.3330", "-89.3120", False),
    ("PIB020", "Demetrios", "", "Kouvaris", "Jimmy", "", "", "", "Hattiesburg", "39402", "1972-07-04",
     "5901 W 4th St", "", "", False),
    ("PIB021", "Marguerite", "", "Hollimon", "Peggy", "Holifield", "", "", "Collins", "39428", "1949-04-14",
     "220 S Fir Ave", "31.6450", "-89.5550", True),
    ("PIB022", "Jerrell", "", "Bustin", "", "", "", "", "Moselle", "39459", "1985-06-06",
     "9 Ovett-Moselle Rd", "31.5010", "-89.3160", False),
]

BLANK_FIPS = {"PIB021"}          # county derived from the ZIP
NO_PHONE = {"PIB020"}
NO_BIRTH = {"PIB022"}
JONES_COVINGTON = {"39440", "39437", "39459", "39428"}
