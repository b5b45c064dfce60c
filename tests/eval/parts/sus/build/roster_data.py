"""Hand-written roster for the sus part (Sussex County, Delaware; all people invented; places, ZIPs, FIPS real)."""

ADV = {
    "DE": "m.hudson@capehenlopenwealth.example",
    "MD": "r.tunnell@capehenlopenwealth.example",
}
# Laurel, Seaford, Greenwood and Harrington clients go to the Seaford office adviser
ADV_BY_ID = {"SUS011": "r.tunnell@capehenlopenwealth.example", "SUS012": "r.tunnell@capehenlopenwealth.example",
             "SUS015": "r.tunnell@capehenlopenwealth.example", "SUS019": "r.tunnell@capehenlopenwealth.example",
             "SUS023": "r.tunnell@capehenlopenwealth.example", "SUS024": "r.tunnell@capehenlopenwealth.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("SUS001", "Elwood", "C.", "Truitt", "Woody", "", "Loretta", "Truitt", "Millsboro", "DE", "19966", "1941-08-12", "212 W State St", False),
    ("SUS002", "Loretta", "", "Truitt", "", "Hitchens", "Elwood", "Truitt", "Millsboro", "DE", "19966", "1944-02-03", "212 W State St", False),
    ("SUS003", "Norma Jean", "", "Norwood", "", "Harmon", "", "", "Millsboro", "DE", "19966", "1950-05-17", "30418 Oak Orchard Rd", False),
    ("SUS004", "Dorsey", "", "Hitchens", "", "", "Faye", "Hitchens", "Delmar", "MD", "21875", "1947-11-09", "9 E Grove St", False),
    ("SUS005", "Jerome", "", "Marvel Jr.", "Jerry", "", "Denise", "Marvel", "Georgetown", "DE", "19947", "1968-04-22", "115 N Bedford St", False),
    ("SUS006", "Denise", "", "Marvel", "", "Pusey", "Jerome", "Marvel Jr.", "Georgetown", "DE", "19947", "1970-09-30", "115 N Bedford St", False),
    ("SUS007", "Wilhelmina", "S.", "Argoe", "Billie", "Shockley", "", "", "Rehoboth Beach", "DE", "19971", "1939-12-01", "41 Lake Ave", False),
    ("SUS008", "Jean-Robert", "", "Desrosiers", "", "", "Marie-Carmel", "Desrosiers", "Georgetown", "DE", "19947", "1975-03-14", "402 S Race St", False),
    ("SUS009", "Marie-Carmel", "", "Desrosiers", "", "Jean-Louis", "Jean-Robert", "Desrosiers", "Georgetown", "DE", "19947", "1978-07-08", "402 S Race St", False),
    ("SUS010", "Ana Lucia", "", "Tzul Velasquez", "", "", "", "", "Georgetown", "DE", "19947", "", "20 E Market St", False),
    ("SUS011", "Lavern", "", "Beachy", "", "", "Edna", "Beachy", "Greenwood", "DE", "19950", "1958-01-19", "12907 Shawnee Rd", False),
    ("SUS012", "Edna", "", "Beachy", "", "Schlabach", "Lavern", "Beachy", "Greenwood", "DE", "19950", "1960-06-25", "12907 Shawnee Rd", False),
    ("SUS013", "Thaddeus", "", "Wiltbank", "Tad", "", "Corinne", "Wiltbank", "Lewes", "DE", "19958", "1961-02-11", "118 Pilottown Rd", False),
    ("SUS014", "Rosalind", "", "Wainwright-Bunting", "Roz", "Wainwright", "", "", "Selbyville", "DE", "19975", "1949-08-28", "7 Church St", False),
    ("SUS015", "Harlan", "", "Vickers", "", "", "", "", "Harrington", "DE", "19952", "1955-03-03", "16 Clark St", True),
    ("SUS016", "Deirdre", "", "Fennimore", "Dee", "", "", "", "Ocean View", "DE", "19970", "", "33 Central Ave", False),
    ("SUS017", "Gilbert", "", "Quillen", "Gil", "", "Paulette", "Quillen", "Bethany Beach", "DE", "19930", "1952-05-05", "6 Hollywood St", False),
    ("SUS018", "Paulette", "", "Quillen", "", "Dukes", "Gilbert", "Quillen", "Bethany Beach", "DE", "19930", "1954-10-10", "6 Hollywood St", False),
    ("SUS019", "Otis", "", "Pinkett", "", "", "Vernice", "Pinkett", "Seaford", "DE", "19973", "1946-06-06", "509 Market St", False),
    ("SUS020", "Cordelia", "", "Baynard", "Delia", "", "", "", "Milton", "DE", "19968", "1963-09-09", "", False),
    ("SUS021", "Brantley", "", "Short", "", "", "Kayleigh", "Short", "Harbeson", "DE", "19951", "", "24510 Harbeson Rd", False),
    ("SUS022", "Marguerite", "", "Donovan", "Peggy", "Lynch", "", "", "Rehoboth Beach", "DE", "19971", "1944-01-15", "12 Norfolk St", False),
    ("SUS023", "Clifton", "", "Ellingsworth", "Cliff", "", "Ramona", "Ellingsworth", "Laurel", "DE", "19956", "1959-07-21", "301 Poplar St", False),
    ("SUS024", "Ramona", "", "Ellingsworth", "", "Records", "Clifton", "Ellingsworth", "Laurel", "DE", "19956", "1961-12-30", "301 Poplar St", False),
]
NO_PHONE = {"SUS007", "SUS015"}
