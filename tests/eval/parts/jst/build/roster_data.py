"""Hand-written roster for the jst part (Johnstown, Pennsylvania). All people invented; ZIPs, counties real."""

ADV = {
    "cambria": "r.dzurisin@laurelgapadvisors.example",
    "somerset": "m.hostetler@laurelgapadvisors.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("JST001", "Bernard", "J.", "Hritzko", "Bernie", "", "Dolores", "Hritzko", "Johnstown", "15905", "1948-03-11", "212 Luzerne St", False),
    ("JST002", "Dolores", "", "Hritzko", "", "Zahurak", "Bernard", "Hritzko", "Johnstown", "15905", "1950-07-02", "212 Luzerne St", False),
    ("JST003", "Mary Ann", "", "Kostelnik", "", "Dzurko", "", "", "Johnstown", "15904", "1943-05-20", "1410 Scalp Ave", False),
    ("JST004", "Gerald", "", "Pudliner Jr.", "Gerry", "", "Theresa", "Pudliner", "Windber", "15963", "1966-08-14", "1207 Somerset Ave", False),
    ("JST005", "Theresa", "", "Pudliner", "Terri", "Yanosky", "Gerald", "Pudliner Jr.", "Windber", "15963", "1968-02-03", "1207 Somerset Ave", False),
    ("JST006", "Vincent", "", "Abbruzzino", "Vince", "", "Angela", "Abbruzzino", "Johnstown", "15902", "1962-10-09", "640 Village St", False),
    ("JST007", "Catrin", "Elin", "Treharne-Bowen", "", "", "", "", "Ebensburg", "15931", "1975-04-18", "310 W High St", False),
    ("JST008", "Casimir", "", "Wnukowski", "Casey", "", "", "", "Portage", "15946", "1939-09-29", "844 Caldwell Ave", False),
    ("JST009", "Arlene", "", "Berkebile", "", "Weyand", "Loren", "Berkebile", "Hollsopple", "15935", "1955-11-07", "2231 Seanor Rd", False),
    ("JST010", "Loren", "", "Berkebile", "", "", "Arlene", "Berkebile", "Hollsopple", "15935", "1953-06-30", "2231 Seanor Rd", False),
    ("JST011", "Helen", "", "Gresko", "", "", "Michael", "Gresko", "Johnstown", "15906", "1947-01-15", "233 Chestnut St", False),
    ("JST012", "Stephen", "", "Hvozdovich", "Steve", "", "Carol", "Hvozdovich", "Johnstown", "15904", "1958-12-02", "115 Maplewood Ln", False),
    ("JST013", "Katherine", "", "Smolko", "Kay", "", "", "", "Johnstown", "15905", "1941-03-08", "1619 Menoher Blvd", False),
    ("JST014", "Dimitri", "", "Lazorchak", "", "", "", "", "Johnstown", "15906", "1969-12-19", "401 Fifth Ave", False),
    ("JST015", "Brandon", "", "Ferencak", "", "", "", "", "Johnstown", "15909", "1994-05-05", "77 Pleasant Hill Rd", False),
    ("JST016", "Walter", "", "Kuzmiak", "Wally", "", "", "", "Johnstown", "15902", "1952-04-22", "918 Bedford St", True),
    ("JST017", "Eugene", "", "Stofko", "Gene", "", "Rosemarie", "Stofko", "Johnstown", "15901", "1942-02-21", "418 Somerset St", False),
    ("JST018", "Rosemarie", "", "Stofko", "Rose", "Bucci", "Eugene", "Stofko", "Johnstown", "15901", "1945-09-12", "418 Somerset St", False),
    ("JST019", "Marissa", "", "Kocjancic", "", "", "", "", "Johnstown", "15904", "1991-07-27", "28 Theatre Dr", False),
    ("JST020", "Lamont", "", "Stallworth", "", "", "", "", "Johnstown", "15906", "1972-04-03", "512 Prospect Ave", False),
    ("JST021", "Bernadine", "", "Czajkowski", "", "Lipinski", "", "", "Carrolltown", "15722", "1944-10-10", "115 N Main St", False),
    ("JST022", "Edward", "", "Glessner", "Ed", "", "Janice", "Glessner", "Somerset", "15501", "1949-06-01", "406 W Patriot St", False),
    ("JST023", "Janice", "", "Glessner", "Jan", "Lichty", "Edward", "Glessner", "Somerset", "15501", "1951-01-26", "406 W Patriot St", False),
    ("JST024", "Pradeep", "", "Kollipara", "", "", "Sunita", "Kollipara", "Westmont", "15905", "1970-09-14", "150 Fayette St", False),
]

# rows that leave latitude/longitude blank (ZIP centroid derived), or the county FIPS blank, or birth_date blank
BLANK_COORDS = {"JST008", "JST021"}
BLANK_FIPS = {"JST022"}
NO_BIRTH = {"JST015", "JST020"}
NO_PHONE = {"JST007"}
# hand-set homes (lat, lon): Westmont is on the plateau above the valley; Kernville and Moxham on the river flats
COORD_OVERRIDES = {
    "JST017": (40.3208, -78.9163),   # Kernville, Somerset St, by the Stonycreek
    "JST018": (40.3208, -78.9163),
    "JST006": (40.3009, -78.9010),   # Moxham, Village St
    "JST016": (40.3112, -78.9048),   # Hornerstown, Bedford St
    "JST014": (40.3431, -78.9322),   # Cambria City, by the Conemaugh (covered by the Update's extension)
    "JST020": (40.3478, -78.9453),   # Prospect hill above Cambria City: outside both polygons
    "JST011": (40.3395, -78.9290),   # Cambria City, Chestnut St: covered by the Update's extension
}
