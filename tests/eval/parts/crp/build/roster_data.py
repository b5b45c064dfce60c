"""Hand-written roster for part crp (Corpus Christi, Texas and the Coastal Bend). All people invented;
places, ZIP codes and county FIPS are real."""

FIRM = "baywaterwealth.example"
# Corpus Christi proper (and Calallen, Flour Bluff) -> Escobedo; the towns around the bay and inland -> Haverkamp
ADV_CITY = "m.escobedo@baywaterwealth.example"
ADV_TOWNS = "t.haverkamp@baywaterwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    ("CRP001", "Arnulfo", "", "Zertuche", "Nuno", "", "Dolores", "Zertuche", "Corpus Christi", "78412", "1948-03-14", "4117 Carroll Ln", False),
    ("CRP002", "Dolores", "", "Zertuche", "Lola", "Quintanilla", "Arnulfo", "Zertuche", "Corpus Christi", "78412", "1951-09-02", "4117 Carroll Ln", False),
    ("CRP003", "Reginald", "", "Bluitt Jr.", "Reggie", "", "Yvonne", "Bluitt", "Corpus Christi", "78416", "1966-07-21", "3302 Horne Rd", False),
    ("CRP004", "Mary Beth", "", "Kallenbach", "", "Schrimsher", "Dwayne", "Kallenbach", "Portland", "78374", "1963-11-05", "118 Wildcat Dr", False),
    ("CRP005", "Dwayne", "R.", "Kallenbach", "", "", "Mary Beth", "Kallenbach", "Portland", "78374", "1961-02-27", "118 Wildcat Dr", False),
    ("CRP006", "Phuoc", "Van", "Diep", "Peter", "", "Kim Loan", "Diep", "Aransas Pass", "78336", "1956-04-30", "702 S Commercial St", False),
    ("CRP007", "Kim Loan", "", "Diep", "", "Luong", "Phuoc", "Diep", "Aransas Pass", "78336", "1960-01-18", "702 S Commercial St", False),
    ("CRP008", "Rosalinda", "", "Villafranca Olguin", "Linda", "", "", "", "Robstown", "78380", "1959-08-12", "215 E Main Ave", False),
    ("CRP009", "Evaristo", "", "DelBosque", "Eddie", "", "Norma", "DelBosque", "Corpus Christi", "78418", "1964-05-09", "1409 Waldron Rd", False),
    ("CRP010", "Norma", "", "DelBosque", "", "Ybarbo", "Evaristo", "DelBosque", "Corpus Christi", "78418", "1966-10-23", "1409 Waldron Rd", False),
    ("CRP011", "Margaret", "", "OShaughnessy", "Peggy", "Heffernan", "", "", "Sinton", "78387", "1940-03-17", "410 W Sinton St", False),
    ("CRP012", "Billie Jo", "", "Heinsohn", "", "", "Curtis", "Heinsohn", "Ingleside", "78362", "1963-06-14", "2614 Main St", False),
    ("CRP013", "Leopoldo", "", "Ozuna", "Polo", "", "Araceli", "Ozuna", "Kingsville", "78363", "1970-01-06", "925 W Yoakum Ave", False),
    ("CRP014", "Araceli", "", "Ozuna", "", "Escamilla", "Leopoldo", "Ozuna", "Kingsville", "78363", "1972-12-12", "925 W Yoakum Ave", False),
    ("CRP015", "Cordelia", "Ann", "Pettijohn", "", "", "", "", "Corpus Christi", "78411", "1944-05-02", "5034 Cain Dr", False),
    ("CRP016", "Wendell", "", "Ambrister", "", "", "Gay", "Ambrister", "Port Aransas", "78373", "1958-09-30", "311 Cotter Ave", False),
    ("CRP017", "Gilberto", "", "Ximenez", "Gil", "", "", "", "Corpus Christi", "78415", "1957-04-04", "3921 Gollihar Rd", True),
    ("CRP018", "Yolanda", "", "Pruneda", "Yoli", "Cuellar", "Ruben", "Pruneda", "Corpus Christi", "78413", "1972-02-19", "6402 Weber Rd", False),
    ("CRP019", "Clementine", "", "Haverstock", "Tina", "", "", "", "Alice", "78332", "1941-12-01", "608 E Third St", False),
    ("CRP020", "LaDonna", "", "Merriweather", "", "", "Cedric", "Merriweather", "Corpus Christi", "78404", "1961-08-08", "1227 Rossiter St", False),
    ("CRP021", "Cedric", "", "Merriweather", "", "", "LaDonna", "Merriweather", "Corpus Christi", "78404", "1959-03-30", "1227 Rossiter St", False),
    ("CRP022", "Ysidro", "", "Barrientos", "", "", "Paula", "Barrientos", "Corpus Christi", "78410", "1980-10-15", "4502 Wildcat Dr", False),
]
CITY = {"Corpus Christi"}
