"""Hand-written roster for part elk: Elko County, Nevada (all people invented; ZIPs, FIPS real)."""

ADV = "r.basterrechea@rubyridgewealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("ELK001", "Jean Pierre", "", "Etcheberry", "JP", "", "Maite", "Etcheberry", "Elko", "89801", "1951-08-14", "612 Court St", False),
    ("ELK002", "Maite", "", "Etcheberry", "", "Larralde", "Jean Pierre", "Etcheberry", "Elko", "89801", "1954-03-02", "612 Court St", False),
    ("ELK003", "Lowell", "", "Fenstermaker Jr.", "Buck", "", "Darla", "Fenstermaker", "Spring Creek", "89815", "1958-11-20", "387 Palomino Dr", False),
    ("ELK004", "Darla", "", "Fenstermaker", "", "Quilici", "Lowell", "Fenstermaker Jr.", "Spring Creek", "89815", "1961-05-09", "387 Palomino Dr", False),
    ("ELK005", "Winifred", "", "Ostrander", "Winnie", "Kimsey", "", "", "Wells", "89835", "1939-12-01", "415 Lake Ave", False),
    ("ELK006", "Teodoro", "", "Aldazabal", "Ted", "", "Consuelo", "Aldazabal", "Carlin", "89822", "1941-02-03", "208 Fir St", False),
    ("ELK007", "Consuelo", "", "Aldazabal", "", "Iribarne", "Teodoro", "Aldazabal", "Carlin", "89822", "1944-07-16", "208 Fir St", False),
    ("ELK008", "Merle", "", "Skidgel", "", "", "Opal", "Skidgel", "Wells", "89835", "1946-04-22", "1020 Humboldt Ave", False),
    ("ELK009", "Kasey", "", "Dunnagan", "", "Wharff", "Tyrel", "Dunnagan", "Elko", "89801", "1994-01-30", "1455 Sagecrest Dr", False),
    ("ELK010", "Tyrel", "", "Dunnagan", "", "", "Kasey", "Dunnagan", "Elko", "89801", "1992-09-12", "1455 Sagecrest Dr", False),
    ("ELK011", "Rosalind", "", "Pedroli", "Roz", "", "", "", "Spring Creek", "89815", "1972-06-18", "92 Licht Pkwy", True),
    ("ELK012", "Iñaki", "", "Gorostiza Ecenarro", "", "", "", "", "Elko", "89801", "1965-10-05", "2310 Ruby View Dr", False),
    ("ELK013", "Delbert", "", "Honeycutt", "Del", "", "Jolene", "Honeycutt", "Carlin", "89822", "1954-02-27", "530 Bush St", False),
    ("ELK014", "Jolene", "", "Honeycutt", "", "Prunty", "Delbert", "Honeycutt", "Carlin", "89822", "1957-08-08", "530 Bush St", False),
    ("ELK015", "Bernadine", "", "Hooper", "", "Sampson", "", "", "Elko", "89801", "1950-03-25", "17 Shoshone Cir", False),
    ("ELK016", "Cody", "", "Wardlaw", "", "", "Shaylee", "Wardlaw", "Wells", "89835", "1979-07-04", "77 Starr Valley Rd", False),
    ("ELK017", "Gwendolyn", "", "Marchbanks", "Gwen", "", "", "", "Wells", "89835", "1961-01-19", "", False),
    ("ELK018", "Ramón", "", "Villalpando", "", "", "Yesenia", "Villalpando", "Elko", "89801", "1970-12-12", "940 Idaho St", False),
    ("ELK019", "Yesenia", "", "Villalpando", "", "Garnica", "Ramón", "Villalpando", "Elko", "89801", "1973-04-03", "940 Idaho St", False),
    ("ELK020", "Thaddeus", "", "Kinnersley", "Tad", "", "", "", "Spring Creek", "89815", "", "219 Bullion Rd", False),
    ("ELK021", "Emmett", "", "Holtzclaw", "", "", "Nadine", "Holtzclaw", "Jackpot", "89825", "1944-09-28", "14 Poker Flat Rd", False),
    ("ELK022", "Lucille", "", "Rasmusson", "Lucy", "", "", "", "West Wendover", "89883", "1936-05-15", "1180 Pilot Rd", False),
]
NO_BIRTH = {"ELK020"}          # birth_date blank (also ELK016 below)
NO_BIRTH |= {"ELK016"}
NO_PHONE = {"ELK012", "ELK015"}
