"""Hand-written roster for eval part dtw (Dearborn / Dearborn Heights / Hamtramck / Detroit, Wayne County, Mich.).
All people invented; places, ZIPs and FIPS real."""

ADV = {
    "ARAB": "n.saroki@rougeriverwealth.example",
    "HAM": "j.malinowski@rougeriverwealth.example",
    "DET": "d.whitlow@rougeriverwealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # ---- Dearborn / Dearborn Heights: Lebanese, Yemeni, Chaldean ----
    ("DTW001", "Mohamad Ali", "", "Harfoush", "Abu Hassan", "", "Zeinab", "Harfoush", "Dearborn", "MI", "48126", "1952-03-14", "6921 Chase Rd", False, "ARAB"),
    ("DTW002", "Zeinab", "", "Harfoush", "", "Berjaoui", "Mohamad Ali", "Harfoush", "Dearborn", "MI", "48126", "1956-08-02", "6921 Chase Rd", False, "ARAB"),
    ("DTW003", "Hussein", "", "Hojeij", "Sam", "", "Mariam", "Hojeij", "Dearborn Heights", "MI", "48127", "1968-11-20", "25410 Powers Ave", False, "ARAB"),
    ("DTW004", "Mariam", "", "Hojeij", "", "Srour", "Hussein", "Hojeij", "Dearborn Heights", "MI", "48127", "1971-05-09", "25410 Powers Ave", False, "ARAB"),
    ("DTW005", "Abdulkarim", "", "Alsubaihi", "Karim", "", "Fatima", "Almaflahi", "Hamtramck", "MI", "48212", "1963-01-01", "2814 Caniff St", False, "ARAB"),
    ("DTW006", "Fatima", "", "Almaflahi", "", "", "Abdulkarim", "Alsubaihi", "Hamtramck", "MI", "48212", "1967-07-15", "2814 Caniff St", False, "ARAB"),
    ("DTW007", "Najib", "", "Shamami", "", "", "Warda", "Shamami", "Dearborn Heights", "MI", "48125", "1949-04-30", "5220 Beech Daly Rd", False, "ARAB"),
    ("DTW008", "Warda", "", "Shamami", "Rose", "Kattoula", "Najib", "Shamami", "Dearborn Heights", "MI", "48125", "1953-12-24", "5220 Beech Daly Rd", False, "ARAB"),
    ("DTW009", "Rami", "", "Abou Zeid", "", "", "", "", "Dearborn", "MI", "48124", "1981-06-06", "22130 Cherry Hill St", False, "ARAB"),
    # ---- Hamtramck: Polish-American ----
    ("DTW010", "Stanley", "J.", "Przybylowicz", "Stash", "", "Halina", "Przybylowicz", "Hamtramck", "MI", "48212", "1941-02-09", "11930 Dequindre St", False, "HAM"),
    ("DTW011", "Halina", "", "Przybylowicz", "", "Zaremba", "Stanley", "Przybylowicz", "Hamtramck", "MI", "48212", "1945-10-17", "11930 Dequindre St", False, "HAM"),
    ("DTW012", "Dorota", "", "Grzeskowiak", "Dottie", "Wnuk", "", "", "Hamtramck", "MI", "48212", "1950-05-28", "3107 Holbrook Ave", False, "HAM"),
    ("DTW013", "Kazimierz", "", "Pawlikowski", "Kaz", "", "Irene", "Pawlikowski", "Dearborn Heights", "MI", "48127", "1958-09-03", "7701 Kinloch St", False, "HAM"),
    ("DTW014", "Gerald", "", "Koscielniak", "Jerry", "", "", "", "Hamtramck", "MI", "48212", "1955-03-19", "2249 Evaline St", True, "HAM"),
    # ---- Detroit: African American ----
    ("DTW015", "Odell", "", "Dismukes Jr.", "", "", "Bernice", "Dismukes", "Detroit", "MI", "48221", "1948-08-11", "19340 Pennington Dr", False, "DET"),
    ("DTW016", "Bernice", "", "Dismukes", "Niecy", "Fountain", "Odell", "Dismukes Jr.", "Detroit", "MI", "48221", "1951-01-27", "19340 Pennington Dr", False, "DET"),
    ("DTW017", "LaVerne", "", "Threadgill", "Vernie", "", "", "", "Detroit", "MI", "48235", "1957-02-14", "16580 Ardmore St", False, "DET"),
    ("DTW018", "Tamika", "", "Banks", "", "Threadgill", "Andre", "Banks", "Detroit", "MI", "48224", "1982-09-30", "4615 Courville St", False, "DET"),
    ("DTW019", "Cornelius", "", "Hollowell", "Neil", "", "Gloria", "Hollowell", "Detroit", "MI", "48219", "1954-06-21", "18010 Westmoreland Rd", False, "DET"),
    ("DTW020", "Marcus", "", "Pettaway", "", "", "Kendra", "Pettaway", "Detroit", "MI", "48221", "1974-12-02", "17220 Wildemere St", False, "DET"),
    ("DTW021", "Kendra", "", "Pettaway", "", "Oglesby", "Marcus", "Pettaway", "Detroit", "MI", "48221", "1976-03-08", "17220 Wildemere St", False, "DET"),
]

COORD_OVERRIDES: dict = {}
BLANK_COORDS = {"DTW013"}
BLANK_FIPS: set = set()
NO_BIRTH = {"DTW009"}
NO_PHONE: set = set()
