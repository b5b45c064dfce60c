"""Roster for the tol part (Toledo, Ohio and neighbours; Monroe County, Mich.). All people invented; places,
ZIPs and FIPS real."""

ADV = {
    "lucas": "k.sobczak@maumeeriverwealth.example",
    "wood": "d.farkas@maumeeriverwealth.example",
    "mi": "j.whitlock@maumeeriverwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # ---- Toledo: Lagrinka / North Toledo (Polish) ----
    ("TOL001", "Stanley", "J.", "Przybylski", "Stan", "", "Dorothy", "Przybylski", "Toledo", "OH", "43608", "1944-02-11", "1322 Mulberry St", False, "lucas"),
    ("TOL002", "Dorothy", "", "Przybylski", "Dottie", "Wojtowicz", "Stanley", "Przybylski", "Toledo", "OH", "43608", "1946-09-03", "1322 Mulberry St", False, "lucas"),
    # ---- Oregon / East Toledo ----
    ("TOL003", "Joseph", "", "Kolodziejczak Jr.", "Joe", "", "Linda", "Kolodziejczak", "Oregon", "OH", "43616", "1962-05-27", "3140 Pickle Rd", False, "lucas"),
    ("TOL004", "Linda", "", "Kolodziejczak", "", "Szalay", "Joseph", "Kolodziejczak Jr.", "Oregon", "OH", "43616", "1964-12-01", "3140 Pickle Rd", False, "lucas"),
    # ---- Birmingham neighbourhood, East Toledo (Hungarian) ----
    ("TOL005", "Erzsebet", "", "Szentgyorgyi", "Betty", "", "", "", "Toledo", "OH", "43605", "1939-04-18", "2012 Genesee St", False, "lucas"),
    ("TOL006", "Laszlo", "", "Bartfay", "Les", "", "", "", "Toledo", "OH", "43605", "1952-10-09", "1904 Consaul St", False, "lucas"),
    ("TOL015", "Ilona", "", "Bakonyi", "Ilonka", "Csizmadia", "Ferenc", "Bakonyi", "Toledo", "OH", "43605", "1955-03-14", "331 Paine Ave", False, "lucas"),
    ("TOL016", "Ferenc", "", "Bakonyi", "Frank", "", "Ilona", "Bakonyi", "Toledo", "OH", "43605", "1953-07-22", "331 Paine Ave", False, "lucas"),
    # ---- Sylvania ----
    ("TOL007", "Mary Ann", "", "Wierzbicki", "", "Bednarczyk", "Richard", "Wierzbicki", "Sylvania", "OH", "43560", "1966-08-15", "5721 Whiteford Rd", False, "lucas"),
    ("TOL008", "Richard", "", "Wierzbicki", "Rick", "", "Mary Ann", "Wierzbicki", "Sylvania", "OH", "43560", "1964-02-02", "5721 Whiteford Rd", False, "lucas"),
    ("TOL018", "Nadia", "", "Assaley", "", "Haddad", "", "", "Sylvania", "OH", "43560", "1971-06-30", "6810 Brint Rd", False, "lucas"),
    # ---- Perrysburg / Wood County ----
    ("TOL009", "Krisztina", "", "Halmagyi", "Kriszti", "Nemeth", "Gabor", "Halmagyi", "Perrysburg", "OH", "43551", "1974-11-05", "27 Indian Hills Dr", False, "wood"),
    ("TOL021", "Andrzej", "", "Chmielowiec", "Andy", "", "Renata", "Chmielowiec", "Bowling Green", "OH", "43402", "1972-01-19", "418 Haskins Rd", False, "wood"),
    ("TOL022", "Renata", "", "Chmielowiec", "", "Bielawski", "Andrzej", "Chmielowiec", "Bowling Green", "OH", "43402", "1975-09-08", "418 Haskins Rd", False, "wood"),
    # ---- Maumee / west Toledo ----
    ("TOL012", "Gerald", "A.", "Mroczkowski", "Jerry", "", "", "", "Maumee", "OH", "43537", "1955-04-04", "611 W Dudley St", False, "lucas"),
    ("TOL013", "Helen", "", "Zawierucha", "", "", "", "", "Toledo", "OH", "43613", "1941-01-27", "4420 Douglas Rd", False, "lucas"),
    ("TOL017", "Raymond", "", "Lisiecki", "Ray", "", "", "", "Toledo", "OH", "43613", "1961-03-03", "2250 Laskey Rd", False, "lucas"),
    ("TOL019", "Thomas", "", "Skrzypczak", "Tom", "", "", "", "Toledo", "OH", "43612", "1958-12-12", "5035 Lewis Ave", False, "lucas"),
    # ---- Monroe County, Mich. (Monroe, Bedford Township) ----
    ("TOL010", "Thaddeus", "", "Grzelak", "Ted", "", "Bernadette", "Grzelak", "Monroe", "MI", "48161", "1950-06-06", "715 E Elm Ave", False, "mi"),
    ("TOL011", "Bernadette", "", "Grzelak", "Bernie", "Sobieralski", "Thaddeus", "Grzelak", "Monroe", "MI", "48161", "1952-03-25", "715 E Elm Ave", False, "mi"),
    ("TOL014", "Walter", "", "Pietrzykowski", "Walt", "", "Karen", "Pietrzykowski", "Temperance", "MI", "48182", "1957-07-07", "8200 Jackman Rd", True, "mi"),
    ("TOL023", "Genevieve", "", "St. Onge", "", "LaBeau", "", "", "Lambertville", "MI", "48144", "1926-05-20", "3450 Summerfield Rd", False, "mi"),
]

BLANK_COORDS = {"TOL019"}
BLANK_FIPS: set[str] = set()
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"TOL017"}
NO_PHONE = {"TOL023"}
