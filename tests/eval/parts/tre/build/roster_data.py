"""Hand-written roster for the tre part (Trenton / Mercer and Burlington NJ / Bucks PA). All people invented;
places, ZIPs and FIPS real."""

ADV = {
    "A": "m.russo@delawarecrossingwealth.example",
    "B": "a.boateng@delawarecrossingwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # ---- Italian Chambersburg families ----
    ("TRE001", "Salvatore", "", "Cardinale Jr.", "Sal", "", "Rosemarie", "Cardinale", "Trenton", "NJ", "08611", "1956-03-14", "412 Hamilton Ave", False, "A"),
    ("TRE002", "Rosemarie", "", "Cardinale", "Ro", "Tomasello", "Salvatore", "Cardinale Jr.", "Trenton", "NJ", "08611", "1958-09-02", "412 Hamilton Ave", False, "A"),
    ("TRE003", "Dominic", "A.", "Pellegrino", "Dom", "", "Lucille", "Pellegrino", "Hamilton", "NJ", "08690", "1941-07-22", "27 Klockner Rd", False, "A"),
    ("TRE004", "Lucille", "", "Pellegrino", "", "Iacono", "Dominic", "Pellegrino", "Hamilton", "NJ", "08690", "1943-11-05", "27 Klockner Rd", False, "A"),
    ("TRE005", "Mary Jo", "", "DAddario", "", "", "", "", "Ewing", "NJ", "08618", "1962-05-19", "88 Olden Ave", False, "A"),
    # ---- Polish and Hungarian families ----
    ("TRE006", "Stanley", "", "Kowalczyk", "Stan", "", "Irene", "Kowalczyk", "Hamilton", "NJ", "08690", "1948-02-11", "15 Yardville Rd", False, "A"),
    ("TRE007", "Irene", "", "Kowalczyk", "", "Nagy", "Stanley", "Kowalczyk", "Hamilton", "NJ", "08690", "1950-06-27", "15 Yardville Rd", False, "A"),
    ("TRE008", "Teresa", "", "Wisniewski", "Terry", "", "", "", "Levittown", "PA", "19055", "1965-10-08", "31 Pinewood Dr", False, "A"),
    ("TRE009", "Joseph", "", "Horvath", "Joe", "", "Kathleen", "Horvath", "Lawrenceville", "NJ", "08648", "1971-01-30", "6 Carter Rd", False, "A"),
    ("TRE020", "Edward", "", "Zielinski Sr.", "Eddie", "", "Dolores", "Zielinski", "Bordentown", "NJ", "08505", "1946-04-17", "140 Farnsworth Ave", False, "A"),
    ("TRE022", "Eleanor", "", "Szabo", "Ellie", "", "", "", "Princeton", "NJ", "08540", "1938-12-03", "19 Wiggins St", False, "A"),
    ("TRE021", "Catherine", "", "Vitale", "Cathy", "Marino", "Thomas", "Vitale", "Morrisville", "PA", "19067", "1963-08-21", "402 W Bridge St", False, "A"),
    # ---- Guatemalan families (compound surnames) ----
    ("TRE010", "Jose Luis", "", "Chajon Gomez", "", "", "Maria Elena", "Tzul Batz", "Trenton", "NJ", "08611", "1978-04-04", "205 Roebling Ave", False, "B"),
    ("TRE011", "Maria Elena", "", "Tzul Batz", "Malena", "", "Jose Luis", "Chajon Gomez", "Trenton", "NJ", "08611", "1981-12-12", "205 Roebling Ave", False, "B"),
    ("TRE012", "Edgar", "", "Ramirez Cux", "", "", "", "", "Trenton", "NJ", "08611", "1985-07-07", "51 Elmer St", True, "B"),
    # ---- Black church families ----
    ("TRE013", "Wendell", "", "Pryor", "", "", "Gloria", "Pryor", "Ewing", "NJ", "08638", "1952-09-09", "1410 Parkside Ave", False, "B"),
    ("TRE014", "Gloria", "", "Pryor", "", "Council", "Wendell", "Pryor", "Ewing", "NJ", "08638", "1954-03-23", "1410 Parkside Ave", False, "B"),
    ("TRE015", "Loretta", "", "Gaines", "", "Spruill", "", "", "Willingboro", "NJ", "08046", "1944-10-15", "22 Pennypacker Dr", False, "B"),
    ("TRE016", "Marcus", "", "Spruill", "", "", "", "", "Burlington", "NJ", "08016", "1980-06-30", "310 High St", False, "B"),
    # ---- Ghanaian-American ----
    ("TRE017", "Kwabena", "", "Asante", "Kobby", "", "Abena", "Asante", "Ewing", "NJ", "08628", "1975-02-14", "9 Upper Ferry Rd", False, "B"),
    ("TRE018", "Abena", "", "Asante", "", "Owusu", "Kwabena", "Asante", "Ewing", "NJ", "08628", "1977-08-01", "9 Upper Ferry Rd", False, "B"),
    ("TRE019", "Efua", "", "Mensah", "", "", "", "", "Princeton", "NJ", "08540", "1969-11-19", "70 Mercer St", False, "B"),
]

# clients whose coordinates are left blank (derived from the ZIP by the engine)
BLANK_COORDS = {"TRE005", "TRE019"}
BLANK_FIPS = {"TRE021"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"TRE016", "TRE012"}
NO_PHONE = {"TRE005", "TRE015"}
NO_ADDRESS = {"TRE012", "TRE019"}
