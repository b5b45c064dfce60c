"""Hand-written roster for the mlu part: clients in and around Monroe, Louisiana (Ouachita Parish and the
neighbouring Lincoln, Union and Morehouse Parishes). Every person is invented; ZIP codes are real.

Columns: (id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc)
"""

ADV = "marguerite.delacroix@bayoucountrywealth.example"
ADV2 = "tobias.rachal@bayoucountrywealth.example"

R = [
    # Fontenberry household (Monroe): married 50 years in January; Cleo dies in July (deceased_client)
    ("MLU001", "Cleophas", "", "Fontenberry", "Cleo", "", "Bernadine", "Fontenberry", "Monroe", "LA", "71201", "1947-10-04", "2204 Renwick St", False),
    ("MLU002", "Bernadine", "", "Fontenberry", "", "Auzenne", "Cleophas", "Fontenberry", "Monroe", "LA", "71201", "1951-06-19", "2204 Renwick St", False),
    # Lebanese-American widow-to-be; her husband Fouad is not a client
    ("MLU003", "Georgette", "", "Ghattas", "", "Nassif", "Fouad", "Ghattas", "Monroe", "LA", "71201", "1950-12-08", "1409 N 4th St", False),
    # McGlothern household (West Monroe): suffix in the roster surname, nickname T-Ray
    ("MLU004", "Tullis", "Ray", "McGlothern Jr.", "T-Ray", "", "Darla", "McGlothern", "West Monroe", "LA", "71291", "1969-02-27", "310 Natchitoches St", False),
    ("MLU005", "Darla", "", "McGlothern", "", "Pennebaker", "Tullis", "McGlothern Jr.", "West Monroe", "LA", "71291", "1971-09-14", "310 Natchitoches St", False),
    # widow, compound given name, nickname Sissy
    ("MLU006", "Mary Alice", "", "Trichel", "Sissy", "Ledet", "", "", "Sterlington", "LA", "71280", "1944-05-30", "112 Keystone Rd", False),
    ("MLU007", "Ravindra", "", "Kotagiri", "Ravi", "", "Sunitha", "Kotagiri", "Monroe", "LA", "71203", "1972-03-16", "4700 Bayou DeSiard Dr", False),
    # Marchbanks household (south Monroe): restaurant owners
    ("MLU008", "Quintella", "", "Marchbanks", "", "", "Arvell", "Marchbanks", "Monroe", "LA", "71202", "1963-07-22", "1805 Jackson St", False),
    ("MLU009", "Arvell", "", "Marchbanks", "", "", "Quintella", "Marchbanks", "Monroe", "LA", "71202", "1960-01-11", "1805 Jackson St", False),
    # a namesake uncle dies in Jonesboro, La.; the client is his nephew and survivor
    ("MLU010", "Garland", "", "Pettus", "", "", "Jolene", "Pettus", "Calhoun", "LA", "71225", "1956-08-02", "185 Cheniere Drew Rd", False),
    # deceased client in March (birth date, maiden name)
    ("MLU011", "Evangeline", "", "Wyble", "Vangie", "Scarborough", "", "", "Monroe", "LA", "71201", "1939-03-02", "900 Island Dr", False),
    ("MLU012", "Harlow", "", "Wyble", "", "", "Kimberly", "Wyble", "West Monroe", "LA", "71292", "1965-11-20", "140 Bayou Oaks Dr", False),
    # possible deceased client (terse notice, no age, no survivors)
    ("MLU013", "Odessa", "", "Kinchen", "", "", "", "", "Monroe", "LA", "71202", "1950-04-09", "2611 Lee Ave", False),
    # Provenza household (Monroe): Italian-American, Iggy is on a bulletin's sick list
    ("MLU014", "Ignatius", "", "Provenza", "Iggy", "", "Loretta", "Provenza", "Monroe", "LA", "71203", "1958-10-31", "3001 Forsythe Ave", False),
    ("MLU015", "Loretta", "", "Provenza", "", "Cascio", "Ignatius", "Provenza", "Monroe", "LA", "71203", "1960-02-14", "3001 Forsythe Ave", False),
    ("MLU016", "Jeremiah", "", "Beddingfield", "Jere", "", "", "", "West Monroe", "LA", "71291", "1988-12-03", "515 Cypress St", False),
    # hyphenated compound surname; the text uses either part
    ("MLU017", "LaKeisha", "", "Hollins-Tarver", "", "Hollins", "Desmond", "Tarver", "Monroe", "LA", "71202", "1979-05-05", "3308 Wade St", False),
    ("MLU018", "Percival", "", "Lazenby", "Percy", "", "", "", "Ruston", "LA", "71270", "1946-01-25", "704 N Vienna St", True),
    # Cheatwood household (Bastrop): a young grandson namesake dies
    ("MLU019", "Winifred", "", "Cheatwood", "Winnie", "", "Lamar", "Cheatwood", "Bastrop", "LA", "71220", "1953-03-28", "609 E Madison Ave", False),
    ("MLU020", "Lamar", "", "Cheatwood", "", "", "Winifred", "Cheatwood", "Bastrop", "LA", "71220", "1951-07-07", "609 E Madison Ave", False),
    ("MLU021", "Rosalind", "", "Gainous", "", "", "", "", "Farmerville", "LA", "71241", "1967-10-15", "407 N Main St", False),
    ("MLU022", "Thaddeus", "", "Ouzts", "Tad", "", "Brandi", "Ouzts", "Sterlington", "LA", "71280", "1975-06-06", "260 Hwy 2 W", False),
    ("MLU023", "Beulah", "Mae", "Sistrunk", "", "", "", "", "Ruston", "LA", "71270", "1942-09-12", "1100 S Farmerville St", False),
]

ADVISER = {cid: (ADV2 if cid in {"MLU010", "MLU016", "MLU018", "MLU019", "MLU020", "MLU021", "MLU022", "MLU023", "MLU006"} else ADV)
           for cid, *_ in R}
# coordinates left blank (derived from the ZIP)
BLANK_COORDS = {"MLU021", "MLU009"}
BLANK_FIPS = {"MLU023"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"MLU017", "MLU022"}
NO_PHONE = {"MLU016"}
