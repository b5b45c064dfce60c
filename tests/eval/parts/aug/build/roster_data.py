"""Hand-written roster for the aug part (central Maine: Augusta, Waterville, Gardiner, Hallowell and
neighbours). All people invented; places, ZIPs and FIPS real."""

ADV = {"ME": "m.lessard@kennebecridge.example"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("AUG001", "Normand", "J.", "Veilleux", "Norm", "", "Jeannine", "Veilleux", "Waterville", "ME", "04901", "1947-02-14", "18 Sherwin St", False),
    ("AUG002", "Jeannine", "", "Veilleux", "", "Rancourt", "Normand", "Veilleux", "Waterville", "ME", "04901", "1949-07-30", "18 Sherwin St", False),
    ("AUG003", "Doris", "", "Lachapelle", "", "Turcotte", "", "", "Gardiner", "ME", "04345", "1938-11-05", "7 Highland Ave", False),
    ("AUG004", "Gerard", "", "Thibodeau Jr.", "Gerry", "", "Pauline", "Thibodeau", "Augusta", "ME", "04330", "1958-03-22", "44 Boothby St", False),
    ("AUG005", "Pauline", "", "Thibodeau", "", "Cloutier", "Gerard", "Thibodeau Jr.", "Augusta", "ME", "04330", "1960-09-09", "44 Boothby St", False),
    ("AUG006", "Wendell", "A.", "Hatch", "", "", "Charlotte", "Hatch", "Hallowell", "ME", "04347", "1944-09-12", "112 Second St", False),
    ("AUG007", "Charlotte", "", "Hatch", "", "Pease", "Wendell", "Hatch", "Hallowell", "ME", "04347", "1946-04-03", "112 Second St", False),
    ("AUG008", "Marie Claire", "", "Fecteau", "", "", "", "", "Winslow", "ME", "04901", "1962-12-01", "9 Clinton Ave", False),
    ("AUG009", "Elias", "", "Karam", "Lee", "", "Nadia", "Karam", "Waterville", "ME", "04901", "1955-06-18", "30 Front St", False),
    ("AUG010", "Nadia", "", "Karam", "", "Nassar", "Elias", "Karam", "Waterville", "ME", "04901", "1957-01-27", "30 Front St", False),
    ("AUG011", "Danielle", "", "Ouellette-Drouin", "Dani", "", "", "", "Augusta", "ME", "04330", "1981-08-15", "5 Crosby St", False),
    ("AUG012", "Tobias", "", "Merrithew", "Toby", "", "Kayla", "Merrithew", "Gardiner", "ME", "04345", "1976-10-10", "261 Brunswick Ave", False),
    ("AUG013", "Kayla", "", "Merrithew", "", "Spofford", "Tobias", "Merrithew", "Gardiner", "ME", "04345", "1979-05-21", "261 Brunswick Ave", False),
    ("AUG014", "Reginald", "", "Bickford", "Reggie", "", "", "", "Manchester", "ME", "04351", "1950-02-02", "16 Pond Rd", True),
    ("AUG015", "Hollis", "", "Crommett", "", "", "Arlene", "Crommett", "Vassalboro", "ME", "04989", "", "882 Main St", False),
    ("AUG016", "Bernadette", "", "Lapointe", "Bernie", "", "Roland", "Lapointe", "Augusta", "ME", "04330", "1966-04-11", "71 Sewall St", False),
    ("AUG017", "Lucien", "", "Fortier", "", "", "", "", "Farmingdale", "ME", "04344", "1952-08-08", "3 Maple St", False),
    ("AUG018", "Ashlynn", "", "Dunton", "", "Pomelow", "Cody", "Dunton", "Oakland", "ME", "04963", "1990-03-03", "40 Fairfield St", False),
    ("AUG019", "Cody", "", "Dunton", "", "", "Ashlynn", "Dunton", "Oakland", "ME", "04963", "1988-11-19", "40 Fairfield St", False),
    ("AUG020", "Priscilla", "", "Varney", "", "Whitcomb", "", "", "Fairfield", "ME", "04937", "1957-06-06", "12 Western Ave", False),
    ("AUG021", "Theophile", "", "Marquis", "Ted", "", "Jeanette", "Marquis", "Skowhegan", "ME", "04976", "1949-12-24", "", False),
    ("AUG022", "Ramona", "", "Goodhue", "", "", "", "", "Hallowell", "ME", "04347", "1972-01-09", "150 Water St", False),
]

NO_PHONE = {"AUG022", "AUG017"}
BLANK_COORDS = {"AUG015"}   # ZIP centroid used
BLANK_FIPS = {"AUG021"}     # derived from the ZIP
