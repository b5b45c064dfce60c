"""Hand-written roster for the fsm part (all people invented; places, ZIPs, FIPS real)."""

ADV = {
    "AR": "r.kincannon@garrisonavenuewealth.example",
    "OK": "d.walkingstick@garrisonavenuewealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("FSM001", "Dewayne", "Lee", "Tackett", "Dub", "", "Loretta", "Tackett", "Fort Smith", "AR", "72903", "1948-05-14", "2417 S Albert Pike Ave", False),
    ("FSM002", "Loretta", "Faye", "Tackett", "", "Pruitt", "Dewayne", "Tackett", "Fort Smith", "AR", "72903", "1951-11-02", "2417 S Albert Pike Ave", False),
    ("FSM003", "Billie Jo", "", "Castleberry", "", "Hembree", "", "", "Van Buren", "AR", "72956", "1941-08-27", "611 Jefferson St", False),
    ("FSM004", "Harlan", "", "Wofford Jr.", "", "", "Tammy", "Wofford", "Alma", "AR", "72921", "1963-02-09", "18 Collum Ln", False),
    ("FSM005", "Tammy", "", "Wofford", "", "Dunagan", "Harlan", "Wofford Jr.", "Alma", "AR", "72921", "1965-07-30", "18 Collum Ln", False),
    ("FSM006", "Lavonne", "", "Sixkiller", "Vonnie", "Christie", "Jimmie", "Sixkiller", "Sallisaw", "OK", "74955", "1958-04-03", "904 E Cherokee Ave", False),
    ("FSM007", "Jimmie", "Dale", "Sixkiller", "", "", "Lavonne", "Sixkiller", "Sallisaw", "OK", "74955", "1956-10-19", "904 E Cherokee Ave", False),
    ("FSM008", "Ernestine", "", "Faulkenberry", "Teenie", "Ledbetter", "", "", "Poteau", "OK", "74953", "1936-03-02", "307 N Witte St", False),
    ("FSM009", "Rayburn", "Lee", "Pettijohn", "", "", "Glenda", "Pettijohn", "Poteau", "OK", "74953", "1948-12-11", "1120 Reynolds Ave", False),
    ("FSM010", "Glenda", "", "Pettijohn", "", "Ainsworth", "Rayburn", "Pettijohn", "Poteau", "OK", "74953", "1950-06-25", "1120 Reynolds Ave", False),
    ("FSM011", "Huong", "", "Tran", "", "Pham", "Minh", "Tran", "Fort Smith", "AR", "72908", "1972-09-15", "8815 Massard Rd", False),
    ("FSM012", "Mary Alice", "", "Yandell", "", "Teague", "Curtis", "Yandell", "Greenwood", "AR", "72936", "1960-01-21", "44 Bell Rd", False),
    ("FSM013", "Curtis", "", "Yandell", "Curt", "", "Mary Alice", "Yandell", "Greenwood", "AR", "72936", "1958-03-08", "44 Bell Rd", False),
    ("FSM014", "Kenneth", "", "Hembree", "Buck", "", "", "", "Muldrow", "OK", "74948", "1949-12-01", "Rt 2 Box 118", True),
    ("FSM015", "Wanda Sue", "", "Goforth", "", "Sixkiller", "Lonnie", "Goforth", "Spiro", "OK", "74959", "1961-05-16", "212 S Main St", False),
    ("FSM016", "Tyler", "", "Brashears", "", "", "Kayla", "Brashears", "Van Buren", "AR", "72956", "1986-09-04", "3306 Pointer Trl", False),
    ("FSM017", "Kayla", "", "Brashears", "", "Lockhart", "Tyler", "Brashears", "Van Buren", "AR", "72956", "1988-02-12", "3306 Pointer Trl", False),
    ("FSM018", "Anand", "", "Kulkarni", "", "", "", "", "Fort Smith", "AR", "72916", "", "7301 Rogers Ave", False),
    ("FSM019", "Cody", "", "Stufflebean", "", "", "", "", "Barling", "AR", "72923", "1965-10-10", "1702 Fort St", False),
    ("FSM020", "Marisol", "", "Ortiz Villanueva", "", "", "", "", "Fort Smith", "AR", "72904", "1983-07-07", "", False),
    ("FSM021", "Odell", "", "Hixson", "", "", "", "", "Sallisaw", "OK", "74955", "1952-08-19", "1415 W Ruth Ave", False),
    ("FSM022", "Lorene", "", "Birdsong", "", "Ledbetter", "", "", "Poteau", "OK", "74953", "1944-04-30", "15 Clayton Ave", False),
]

NO_PHONE = {"FSM014", "FSM020"}
NO_BIRTH = {"FSM018"}
