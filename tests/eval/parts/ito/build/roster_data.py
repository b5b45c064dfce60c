"""Hand-written roster for the `ito` part (Hilo and East Hawaii). Every person is invented; towns, ZIP codes,
county FIPS (Hawaii County 15001) and ZIP centroids are real (`zipcodes`, `addfips`)."""

ADV = {
    "east": "k.ishikawa@waiakeaadvisors.example",     # Hilo, Papaikou, Pepeekeo, Honomu
    "puna": "l.medeiros@waiakeaadvisors.example",     # Keaau, Kurtistown, Pahoa, Volcano
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("ITO001", "Shigeru", "", "Hanzawa", "Shig", "", "Haruko", "Hanzawa", "Hilo", "96720", "1941-06-12", "148 Kaumana Dr", False, "east"),
    ("ITO002", "Haruko", "", "Hanzawa", "", "Okinaka", "Shigeru", "Hanzawa", "Hilo", "96720", "1944-02-09", "148 Kaumana Dr", False, "east"),
    ("ITO003", "Pualani", "", "Kamakea-Vierra", "Pua", "", "Dwayne", "Vierra", "Keaau", "96749", "1968-09-30", "15-1720 9th Ave", False, "puna"),
    ("ITO004", "Florencio", "", "Tabangcura Jr.", "Boy", "", "Erlinda", "Tabangcura", "Hilo", "96720", "1960-03-14", "1290 Kilauea Ave", False, "east"),
    ("ITO005", "Erlinda", "", "Tabangcura", "Linda", "Ramiscal", "Florencio", "Tabangcura Jr.", "Hilo", "96720", "1962-11-02", "1290 Kilauea Ave", False, "east"),
    ("ITO006", "David", "", "Kaaihue", "Kawika", "", "", "", "Papaikou", "96781", "1975-04-21", "27-2130 Mamalahoa Hwy", False, "east"),
    ("ITO007", "Corazon", "", "Ilagan", "Cora", "Pascua", "Teodoro", "Ilagan", "Hilo", "96720", "1956-07-08", "455 Waianuenue Ave", False, "east"),
    ("ITO008", "Teodoro", "", "Ilagan", "Teddy", "", "Corazon", "Ilagan", "Hilo", "96720", "1953-01-19", "455 Waianuenue Ave", False, "east"),
    ("ITO009", "Genevieve", "", "Furtado", "Gigi", "Rapozo", "", "", "Honomu", "96728", "1949-05-27", "28-1688 Old Mamalahoa Hwy", False, "east"),
    ("ITO010", "Norman", "Tadashi", "Kuwaye", "", "", "Jean", "Kuwaye", "Hilo", "96720", "1950-10-03", "72 Kaiulani St", False, "east"),
    ("ITO011", "Jean", "", "Kuwaye", "", "Hirayama", "Norman", "Kuwaye", "Hilo", "96720", "1952-08-15", "72 Kaiulani St", False, "east"),
    ("ITO012", "Bernard", "", "Kekumu", "Bernie", "", "", "", "Hilo", "96720", "1947-12-01", "1155 Ainaola Dr", False, "east"),
    ("ITO013", "Lorraine", "", "Sakoda", "", "", "", "", "Hilo", "96720", "1958-02-23", "88 Puueo St", False, "east"),
    ("ITO014", "Ikaika", "", "Pelekai", "", "", "Noelani", "Pelekai", "Hilo", "96720", "1974-06-06", "1045 Kumukoa St", False, "east"),
    ("ITO015", "Noelani", "", "Pelekai", "", "Kauwe", "Ikaika", "Pelekai", "Hilo", "96720", "1976-12-12", "1045 Kumukoa St", False, "east"),
    ("ITO016", "Hideo", "", "Matsunami", "", "", "Carol", "Matsunami", "Hilo", "96720", "1955-09-09", "630 Kinoole St", False, "east"),
    ("ITO017", "Wendell", "", "Akiona", "", "", "Rochelle", "Akiona", "Kurtistown", "96760", "1963-04-04", "17-330 Ahuahu Pl", False, "puna"),
    ("ITO018", "Rochelle", "", "Akiona", "Shelly", "Domingo", "Wendell", "Akiona", "Kurtistown", "96760", "1965-10-20", "17-330 Ahuahu Pl", False, "puna"),
    ("ITO019", "Yvonne", "", "Tsukiyama", "", "", "", "", "Hilo", "96720", "1966-01-30", "55 Halaulani Pl", False, "east"),
    ("ITO020", "Alfred", "", "Kahikina", "Sonny", "", "", "", "Pahoa", "96778", "1947-03-03", "15-2760 Pahoa Village Rd", True, "puna"),
    ("ITO021", "Lei Ann", "", "Kaneakua", "", "Ching", "Russell", "Kaneakua", "Hilo", "96720", "1972-07-17", "2150 Kilauea Ave", False, "east"),
    ("ITO022", "Gilbert", "", "Kuboyama", "Gil", "", "", "", "Volcano", "96785", "1939-08-22", "11-3875 Old Volcano Rd", False, "puna"),
    ("ITO023", "Kehaulani", "", "Naone", "", "", "", "", "Pepeekeo", "96783", "1981-03-11", "28-2914 Kulaimano Rd", False, "east"),
]

# hand-set household coordinates (lat, lon) that differ clearly from the ZIP centroid
COORD_OVERRIDES = {
    "ITO001": (19.6905, -155.1365),   # Kaumana, mauka of town: outside the Hilo flash-flood polygon
    "ITO002": (19.6905, -155.1365),
    "ITO014": (19.6560, -155.1105),   # Waiakea Uka: outside the Hilo flash-flood polygon
    "ITO015": (19.6560, -155.1105),
}
# clients whose coordinates are left blank (derived from the ZIP)
BLANK_COORDS = {"ITO013", "ITO023"}
# clients whose county_fips is left blank
BLANK_FIPS = {"ITO009"}
# clients without a birth date or phone in the CRM
NO_BIRTH = {"ITO019"}
NO_PHONE = {"ITO022"}
