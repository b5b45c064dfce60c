"""Hand-written roster for eval part "fre" (Fresno/Clovis and Visalia/Tulare, Calif.).

All people are invented; places, ZIP codes and county FIPS are real (FIPS derived with addfips)."""

A_ARAK = "n.arakelian@kingsriverfiduciary.example"   # Fresno, Kingsburg, Sanger
A_YANG = "p.yang@kingsriverfiduciary.example"        # Hmong clients and Clovis
A_MEND = "r.mendonca@kingsriverfiduciary.example"    # Tulare and Kings Counties

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # ---- Armenian-American families, Fresno / Clovis / Kingsburg ----
    ("FRE001", "Haig", "", "Keshishian", "", "", "Sona", "Keshishian", "Fresno", "CA", "93711", "1949-06-03", "4521 W Fig Garden Dr", False, A_ARAK),
    ("FRE002", "Sona", "", "Keshishian", "", "Tcholakian", "Haig", "Keshishian", "Fresno", "CA", "93711", "1952-01-17", "4521 W Fig Garden Dr", False, A_ARAK),
    ("FRE003", "Krikor", "H.", "Der Avedisian", "Greg", "", "Anahid", "Der Avedisian", "Fresno", "CA", "93704", "1939-11-14", "1710 W San Madele Ave", False, A_ARAK),
    ("FRE004", "Anahid", "", "Der Avedisian", "", "Kasparian", "Krikor", "Der Avedisian", "Fresno", "CA", "93704", "1942-02-08", "1710 W San Madele Ave", False, A_ARAK),
    ("FRE005", "Lucine", "", "Minasalian", "", "", "", "", "Clovis", "CA", "93611", "1958-04-24", "1388 N Sunnyside Ave", False, A_YANG),
    ("FRE018", "Sarkis", "", "Tcholakian", "", "", "Silva", "Tcholakian", "Kingsburg", "CA", "93631", "1954-10-11", "2207 Stroud Ave", True, A_ARAK),
    # ---- Hmong families, Fresno / Clovis ----
    ("FRE006", "Pao", "", "Khang", "", "", "Mai Nhia", "Khang", "Fresno", "CA", "93727", "1965-09-10", "5312 E Huntington Ave", False, A_YANG),
    ("FRE007", "Mai Nhia", "", "Khang", "", "Xiong", "Pao", "Khang", "Fresno", "CA", "93727", "1968-03-02", "5312 E Huntington Ave", False, A_YANG),
    ("FRE008", "Tou Yeng", "", "Lor", "Tony", "", "", "", "Clovis", "CA", "93612", "1979-07-15", "935 W Gettysburg Ave", False, A_YANG),
    ("FRE009", "Nhia Blong", "", "Xiong", "", "", "", "", "Fresno", "CA", "93722", "1972-10-30", "3466 W Ashlan Ave", False, A_YANG),
    # ---- Portuguese-Azorean dairy families, Tulare / Hanford ----
    ("FRE010", "Manuel", "J.", "Quaresma Jr.", "Manny", "", "Fatima", "Quaresma", "Tulare", "CA", "93274", "1955-08-19", "19855 Road 96", False, A_MEND),
    ("FRE011", "Fatima", "", "Quaresma", "", "Picanco", "Manuel", "Quaresma Jr.", "Tulare", "CA", "93274", "1958-05-13", "19855 Road 96", False, A_MEND),
    ("FRE012", "Jose Mario", "", "Sarmento", "Joe", "", "", "", "Hanford", "CA", "93230", "1961-02-26", "11490 Grangeville Blvd", False, A_MEND),
    ("FRE021", "Antonio", "", "Da Rosa", "Tony", "", "Lurdes", "Da Rosa", "Hanford", "CA", "93230", "1957-06-14", "8730 Flint Ave", False, A_MEND),
    ("FRE013", "Conceicao", "", "Borba", "Connie", "Avila", "", "", "Visalia", "CA", "93291", "1940-07-22", "2816 W Hillsdale Ave", False, A_MEND),
    # ---- Mexican-American families, Visalia / Tulare / Sanger ----
    ("FRE014", "Rosa Elena", "", "Zamudio", "", "Arreola", "Rigoberto", "Zamudio", "Visalia", "CA", "93277", "1962-11-05", "3105 S Linwood St", False, A_MEND),
    ("FRE015", "Rigoberto", "", "Zamudio", "Rigo", "", "Rosa Elena", "Zamudio", "Visalia", "CA", "93277", "1960-01-09", "3105 S Linwood St", False, A_MEND),
    ("FRE016", "Ignacio", "", "Barragan Ruelas", "Nacho", "", "", "", "Sanger", "CA", "93657", "1964-07-31", "1422 Jensen Ave", False, A_ARAK),
    ("FRE017", "Esperanza", "", "Villalpando", "", "", "", "", "Tulare", "CA", "93274", "1937-12-12", "655 E Kern Ave", False, A_MEND),
    # ---- Clovis ----
    ("FRE019", "Jeffrey", "R.", "Toste", "Jeff", "", "Kristen", "Toste", "Clovis", "CA", "93619", "1976-03-28", "2965 N Locan Ave", False, A_YANG),
    ("FRE020", "Kristen", "", "Toste", "", "Wendt", "Jeffrey", "Toste", "Clovis", "CA", "93619", "1978-12-04", "2965 N Locan Ave", False, A_YANG),
]
R.sort(key=lambda r: r[0])

BLANK_COORDS = {"FRE013"}   # ZIP centroid used
NO_BIRTH: set[str] = set()
NO_PHONE = {"FRE009"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
