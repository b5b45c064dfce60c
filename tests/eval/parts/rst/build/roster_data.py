"""Hand-written roster for the rst part (Rochester, Minnesota and its neighbours). All people invented;
places, ZIP codes and county FIPS are real (ZIP centroids from `zipcodes`, FIPS from `addfips`)."""

ADV = {
    "north": "k.thorvaldsen@bluffcountrywealth.example",   # Rochester north/west, Byron, Kasson, Oronoco, Pine Island
    "south": "a.mensah@bluffcountrywealth.example",        # Rochester south/east, Stewartville, Eyota, Chatfield
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("RST001", "Arvid", "K.", "Lunnebjerg", "", "", "Marit", "Lunnebjerg", "Rochester", "55902", "1944-06-11", "1207 Damon Ct SW", False, "south"),
    ("RST002", "Marit", "", "Lunnebjerg", "", "Tollefsrud", "Arvid", "Lunnebjerg", "Rochester", "55902", "1947-02-02", "1207 Damon Ct SW", False, "south"),
    ("RST003", "Dagfinn", "", "Skjervheim", "Dag", "", "Rosalind", "Skjervheim", "Byron", "55920", "1958-09-03", "418 4th St NE", False, "north"),
    ("RST004", "Rosalind", "", "Skjervheim", "Roz", "Quarve", "Dagfinn", "Skjervheim", "Byron", "55920", "1960-12-19", "418 4th St NE", False, "north"),
    ("RST005", "Bartholomew", "", "Vandekamp Jr.", "Bart", "", "Lorna", "Vandekamp", "Stewartville", "55976", "1962-04-27", "905 2nd Ave SE", False, "south"),
    ("RST006", "Lorna", "", "Vandekamp", "", "Ristau", "Bartholomew", "Vandekamp Jr.", "Stewartville", "55976", "1964-08-08", "905 2nd Ave SE", False, "south"),
    ("RST007", "Ifeoma", "", "Okwuosa-Brandvold", "", "", "Erik", "Brandvold", "Rochester", "55902", "1979-05-30", "2314 Baihly Hills Dr SW", False, "south"),
    ("RST008", "Hodan", "Abdi", "Warsame", "", "", "", "", "Rochester", "55904", "1974-01-01", "1630 Marion Rd SE Apt 12", False, "south"),
    ("RST009", "Gunnar", "", "Thorsgaard", "", "", "Beverly", "Thorsgaard", "Oronoco", "55960", "1956-07-22", "6 Minnesota Ave S", False, "north"),
    ("RST010", "Philomena", "", "Kreuzberger", "Mena", "Schwoch", "", "", "Rochester", "55901", "1939-10-04", "816 7th St NW", False, "north"),
    ("RST011", "Lavern", "", "Oftedahl", "", "", "Joyce", "Oftedahl", "Pine Island", "55963", "1950-03-09", "310 Main St S", False, "north"),
    ("RST012", "Joyce", "", "Oftedahl", "", "Pahl", "Lavern", "Oftedahl", "Pine Island", "55963", "1953-05-15", "310 Main St S", False, "north"),
    ("RST013", "Desmond", "", "Achterhof", "Des", "", "Renata", "Achterhof", "Kasson", "55944", "1962-11-30", "17550 Hwy 57", False, "north"),
    ("RST014", "Mary Jo", "", "Hvinden", "", "", "", "", "Chatfield", "55923", "1947-08-18", "221 Winona St SE", False, "south"),
    ("RST015", "Ambrose", "", "Yetzer", "", "", "", "", "Eyota", "55934", "1952-01-21", "140 Washington Ave NW", True, "south"),
    ("RST016", "Thaddeus", "", "Wojtaszek", "Thad", "", "Carol", "Wojtaszek", "Rochester", "55901", "1958-02-14", "1120 5th Ave NW", False, "north"),
    ("RST017", "Carol", "", "Wojtaszek", "", "Ebnet", "Thaddeus", "Wojtaszek", "Rochester", "55901", "1960-06-01", "1120 5th Ave NW", False, "north"),
    ("RST018", "Declan", "", "ODwyer", "", "", "Aoife", "ODwyer", "Rochester", "55902", "1968-10-12", "5120 Bamber Valley Rd SW", False, "south"),
    ("RST019", "Harriet", "", "Sveigen", "", "", "Orrin", "Sveigen", "Rochester", "55904", "1951-11-25", "2540 Pinewood Rd SE", False, "south"),
    ("RST020", "Roderick", "", "Fjelstad", "Rod", "", "", "", "Rochester", "55901", "", "405 16th Ave NW", False, "north"),
    ("RST021", "Wilhelmina", "", "Gravdahl", "Billie", "Vandekamp", "Neil", "Gravdahl", "Stewartville", "55976", "1959-03-03", "512 6th St SW", False, "south"),
    ("RST022", "Tobias", "", "Ruesink", "Toby", "", "Kara", "Ruesink", "Byron", "55920", "1985-06-06", "1112 Frontier Rd NW", False, "north"),
]

# clients whose coordinates are left blank (derived from the ZIP)
BLANK_COORDS = {"RST014", "RST020"}
# clients whose county_fips only is left blank
BLANK_FIPS = {"RST011"}
# hand-set household coordinates (lat, lon) that differ clearly from the ZIP centroid
COORD_OVERRIDES = {
    "RST018": (43.9560, -92.4790),  # far south-west Rochester (Bamber Valley): outside the June polygon, though ZIP 55902's centroid is inside
}
NO_PHONE = {"RST019"}
