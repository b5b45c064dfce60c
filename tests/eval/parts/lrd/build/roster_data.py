"""Hand-written roster for the lrd part (Laredo, Texas and its neighbours). People invented; places, ZIPs, FIPS real."""

ADV = {
    "Laredo": "a.villasenor@puentewealth.example",
    "Rio Bravo": "a.villasenor@puentewealth.example",
    "Zapata": "d.kowalczyk@puentewealth.example",
    "San Ygnacio": "d.kowalczyk@puentewealth.example",
    "Hebbronville": "d.kowalczyk@puentewealth.example",
}
AREA = {"78361": "361"}  # Jim Hogg County; everything else is 956

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("LRD001", "Baudelio", "", "Arizpe Zuazua", "Lelo", "", "Herlinda", "Arizpe", "Laredo", "TX", "78041", "1949-02-11", "2918 Del Mar Blvd", False),
    ("LRD002", "Herlinda", "", "Arizpe", "", "Zamarripa", "Baudelio", "Arizpe Zuazua", "Laredo", "TX", "78041", "1951-07-30", "2918 Del Mar Blvd", False),
    ("LRD003", "Eleuterio", "", "Barrientos Jr.", "Lolo", "", "Maricela", "Barrientos", "Laredo", "TX", "78040", "1952-05-06", "1412 Zacatecas St", False),
    ("LRD004", "Maricela", "", "Barrientos", "", "Penaloza", "Eleuterio", "Barrientos Jr.", "Laredo", "TX", "78040", "1954-10-02", "1412 Zacatecas St", False),
    ("LRD005", "Xochitl", "", "Ybanez", "", "", "", "", "Laredo", "TX", "78041", "1980-08-11", "5120 McPherson Rd Apt 14", False),
    ("LRD006", "Teodoro", "", "Sciaraffa", "Teo", "", "Concepcion", "Sciaraffa", "Laredo", "TX", "78045", "1968-12-03", "9407 Shiloh Dr", False),
    ("LRD007", "Concepcion", "", "Sciaraffa", "Connie", "Dovalina", "Teodoro", "Sciaraffa", "Laredo", "TX", "78045", "1970-04-19", "9407 Shiloh Dr", False),
    ("LRD008", "Maria de Jesus", "", "Palomares", "Chuyita", "", "", "", "Zapata", "TX", "78076", "1941-06-24", "805 Hidalgo Blvd", False),
    ("LRD009", "Fidencio", "", "Ozuna", "Chencho", "", "", "", "Rio Bravo", "TX", "78046", "1958-11-15", "316 Orquidea St", False),
    ("LRD010", "Jamil", "", "Saadeh", "", "", "Leticia", "Saadeh", "Laredo", "TX", "78045", "1972-01-27", "120 Lago del Mar", False),
    ("LRD011", "Leticia", "", "Saadeh", "Lety", "Ugarte", "Jamil", "Saadeh", "Laredo", "TX", "78045", "1974-09-08", "120 Lago del Mar", False),
    ("LRD012", "Griselda", "", "Ledezma", "", "Sifuentes", "Ramiro", "Ledezma", "Laredo", "TX", "78046", "1966-03-14", "4417 Cielito Lindo Blvd", False),
    ("LRD013", "Ramon", "", "Ugarte", "Monchi", "", "Norma", "Ugarte", "Laredo", "TX", "78041", "1961-06-02", "1706 Calle del Norte", False),
    ("LRD014", "Cipriano", "", "Bazan", "Chano", "", "Amparo", "Bazan", "Laredo", "TX", "78040", "1950-02-20", "2203 San Bernardo Ave", False),
    ("LRD015", "Amparo", "", "Bazan", "", "Quijano", "Cipriano", "Bazan", "Laredo", "TX", "78040", "1952-08-16", "2203 San Bernardo Ave", False),
    ("LRD016", "Octavio", "", "Zertuche", "Tavo", "", "Elva", "Zertuche", "Zapata", "TX", "78076", "1946-10-09", "1502 Glenn St", False),
    ("LRD017", "Yolanda", "", "Pruneda", "Yoli", "", "", "", "Hebbronville", "TX", "78361", "1963-01-05", "402 N Smith Ave", False),
    ("LRD018", "Ignacio", "", "de la Pena", "Nacho", "", "Graciela", "de la Pena", "San Ygnacio", "TX", "78067", "1955-07-31", "11 Trevino St", False),
    ("LRD019", "Estanislao", "", "Quiroga", "Tanis", "", "", "", "Laredo", "TX", "78041", "1957-05-07", "3309 Springfield Ave", True),
    ("LRD020", "Wenceslao", "", "Mireles", "Wency", "", "Perla", "Mireles", "Laredo", "TX", "78043", "1938-09-28", "1019 Chihuahua St", False),
    ("LRD021", "Perla", "", "Mireles", "", "Anzaldua", "Wenceslao", "Mireles", "Laredo", "TX", "78043", "1942-03-21", "1019 Chihuahua St", False),
    ("LRD022", "Gumersindo", "", "Rendon", "Gumer", "", "Alma", "Rendon", "Laredo", "TX", "78043", "1947-12-12", "2610 Guadalupe St", False),
]

# LRD020-LRD022 live on Laredo's east side in ZIP 78043, whose centroid (from `zipcodes`) lies far out in rural
# east Webb County; the roster gives their real east-side coordinates instead of the centroid.
COORD_OVERRIDES = {
    "LRD020": (27.5161, -99.4832),
    "LRD021": (27.5161, -99.4832),
    "LRD022": (27.5204, -99.4755),
}
BLANK_COORDS = {"LRD016"}   # derived from the ZIP by the importer
NO_BIRTH = {"LRD019"}
NO_PHONE = {"LRD016"}
