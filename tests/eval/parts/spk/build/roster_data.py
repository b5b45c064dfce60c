"""Hand-written roster for eval part spk (Spokane / Spokane Valley, Wash.; Coeur d'Alene / Post Falls / Plummer,
Idaho). All people invented; places, ZIPs and FIPS real."""

# adviser by client id range (three advisers at an invented firm)
ADV_WA = "a.haverkamp@kettlecrestwealth.example"
ADV_VALLEY = "m.tonnesen@kettlecrestwealth.example"
ADV_ID = "j.brannigan@kettlecrestwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # ---- Spokane, Wash. ----
    ("SPK001", "Arnold", "T.", "Skjonsberg", "Arnie", "", "Solveig", "Skjonsberg", "Spokane", "WA", "99203", "1944-02-11", "1418 E 29th Ave", False, ADV_WA),
    ("SPK002", "Solveig", "", "Skjonsberg", "", "Rudstrom", "Arnold", "Skjonsberg", "Spokane", "WA", "99203", "1946-08-30", "1418 E 29th Ave", False, ADV_WA),
    ("SPK003", "Terrence", "M.", "Brosnahan Jr.", "Terry", "", "Kathleen", "Brosnahan", "Spokane", "WA", "99205", "1949-03-17", "2207 W Dalton Ave", False, ADV_WA),
    ("SPK004", "Kathleen", "", "Brosnahan", "Kate", "Tiernan", "Terrence", "Brosnahan Jr.", "Spokane", "WA", "99205", "1951-11-02", "2207 W Dalton Ave", False, ADV_WA),
    ("SPK005", "Mary Clare", "", "Hanratty", "", "", "", "", "Spokane", "WA", "99223", "1960-06-24", "4312 S Freya Ln", False, ADV_WA),
    ("SPK016", "Thaddeus", "J.", "Wojtaszek", "Tad", "", "Renee", "Wojtaszek", "Spokane", "WA", "99208", "1967-09-05", "8807 N Wiscomb St", False, ADV_WA),
    ("SPK017", "Renee", "", "Wojtaszek", "", "LaPointe", "Thaddeus", "Wojtaszek", "Spokane", "WA", "99208", "1969-01-28", "8807 N Wiscomb St", False, ADV_WA),
    ("SPK020", "Karl-Heinz", "", "Mittelstaedt", "Charlie", "", "", "", "Spokane", "WA", "99212", "1952-04-19", "3610 E Frederick Ave", False, ADV_WA),
    ("SPK021", "Brian", "", "Halvorsrud", "", "", "Jill", "Halvorsrud", "Colbert", "WA", "99005", "1975-07-09", "19410 N Dunn Rd", False, ADV_WA),
    ("SPK022", "Jill", "M.", "Halvorsrud", "", "Brosnahan", "Brian", "Halvorsrud", "Colbert", "WA", "99005", "1977-12-13", "19410 N Dunn Rd", False, ADV_WA),
    # ---- Spokane Valley / Liberty Lake ----
    ("SPK006", "Wilhelm", "", "Rauschkolb", "Bill", "", "Erna", "Rauschkolb", "Spokane Valley", "WA", "99206", "1939-05-14", "11721 E Broadway Ave", False, ADV_VALLEY),
    ("SPK007", "Erna", "", "Rauschkolb", "", "Pflueger", "Wilhelm", "Rauschkolb", "Spokane Valley", "WA", "99206", "1942-10-03", "11721 E Broadway Ave", False, ADV_VALLEY),
    ("SPK008", "Birgit", "", "Oftedahl", "Bitsy", "Skjonsberg", "Erik", "Oftedahl", "Liberty Lake", "WA", "99019", "1971-04-06", "23114 E Mission Ave", False, ADV_VALLEY),
    ("SPK019", "Dorothea", "", "Sandvold", "Dottie", "", "", "", "Spokane Valley", "WA", "99206", "1936-12-20", "10305 E 4th Ave", False, ADV_VALLEY),
    # ---- Kootenai and Benewah counties, Idaho ----
    ("SPK009", "Leland", "", "Shilaskin", "Lee", "", "Rosalie", "Shilaskin", "Plummer", "ID", "83851", "1951-08-22", "412 C St", False, ADV_ID),
    ("SPK010", "Rosalie", "", "Shilaskin", "", "Curlyhorse", "Leland", "Shilaskin", "Plummer", "ID", "83851", "1954-02-14", "412 C St", False, ADV_ID),
    ("SPK011", "Cecilia", "", "Skanawa", "Cece", "", "", "", "Worley", "ID", "83876", "1970-10-11", "9 Nilkwa Loop", False, ADV_ID),
    ("SPK012", "Gerald", "", "Luedecke", "Jerry", "", "Sharon", "Luedecke", "Post Falls", "ID", "83854", "1953-06-30", "1120 N Compton St", False, ADV_ID),
    ("SPK013", "Sharon", "", "Luedecke", "", "Haaglund", "Gerald", "Luedecke", "Post Falls", "ID", "83854", "1955-03-08", "1120 N Compton St", False, ADV_ID),
    ("SPK014", "Kristoffer", "", "Brekkestad", "Kris", "", "", "", "Coeur d'Alene", "ID", "83814", "1984-05-27", "715 E Sherman Ave Apt 3", False, ADV_ID),
    ("SPK015", "Eileen", "", "ONeary", "Ellie", "Fallahee", "", "", "Hayden", "ID", "83835", "1948-09-19", "2290 W Miles Ave", False, ADV_ID),
    ("SPK018", "Orville", "", "Fjelstad", "", "", "", "", "Rathdrum", "ID", "83858", "1946-01-15", "15880 N Meyer Rd", True, ADV_ID),
]
