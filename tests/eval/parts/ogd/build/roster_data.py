"""Hand-written roster for the ogd part (Ogden, Utah and nearby towns). All people invented; places, ZIPs, FIPS real."""

ADV_WEBER = "m.skanchy@bonnevillecounsel.example"       # Weber County clients
ADV_DAVIS = "r.tanoa@bonnevillecounsel.example"         # Davis and Box Elder County clients

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # LaVell and Nedra Brimhall, Ogden (couple, both clients); LaVell dies in May (deceased_client)
    ("OGD001", "LaVell", "Kent", "Brimhall", "", "", "Nedra", "Brimhall", "Ogden", "UT", "84403", "1946-08-12", "1874 E Gramercy Ave", False, ADV_WEBER),
    ("OGD002", "Nedra", "", "Brimhall", "", "Pehrson", "LaVell", "Brimhall", "Ogden", "UT", "84403", "1948-02-03", "1874 E Gramercy Ave", False, ADV_WEBER),
    # Wendell Tingey Jr. (suffix in the surname) and Charlene (nee Rasband), North Ogden
    ("OGD003", "Wendell", "Ray", "Tingey Jr.", "", "", "Charlene", "Tingey", "North Ogden", "UT", "84414", "1958-05-21", "2378 N 575 E", False, ADV_WEBER),
    ("OGD004", "Charlene", "", "Tingey", "", "Rasband", "Wendell", "Tingey Jr.", "North Ogden", "UT", "84414", "1960-11-02", "2378 N 575 E", False, ADV_WEBER),
    # Mary Lou Crookston, Roy: compound given name, widow
    ("OGD005", "Mary Lou", "", "Crookston", "", "Pettingill", "", "", "Roy", "UT", "84067", "1952-07-30", "5286 S 2350 W", False, ADV_WEBER),
    # Ana Cristina Zubiate Loera ("Cristy") and Rogelio Zubiate, Ogden: Hispanic compound surname
    ("OGD006", "Ana Cristina", "", "Zubiate Loera", "Cristy", "", "Rogelio", "Zubiate", "Ogden", "UT", "84401", "1971-04-14", "2641 Quincy Ave", False, ADV_WEBER),
    ("OGD007", "Rogelio", "", "Zubiate", "", "", "Ana Cristina", "Zubiate Loera", "Ogden", "UT", "84401", "1969-09-09", "2641 Quincy Ave", False, ADV_WEBER),
    # Demetrios "Jim" Stamoulis, Ogden: Greek-American nickname; roster spouse Georgia is not a client
    ("OGD008", "Demetrios", "", "Stamoulis", "Jim", "", "Georgia", "Stamoulis", "Ogden", "UT", "84403", "1949-01-19", "3195 Fowler Ave", False, ADV_WEBER),
    # Verl Van Wagoner, Huntsville: particle surname; roster spouse Afton (late; not a client); dies in February
    ("OGD009", "Verl", "Dean", "Van Wagoner", "", "", "Afton", "Van Wagoner", "Huntsville", "UT", "84317", "1938-06-04", "7412 E 200 S", False, ADV_WEBER),
    # Bridget OBannon, Layton: apostrophe dropped by the CRM, maiden Kjar; roster spouse Terry is not a client
    ("OGD010", "Bridget", "", "OBannon", "", "Kjar", "Terrence", "OBannon", "Layton", "UT", "84041", "1968-03-17", "1433 W Gentile St", False, ADV_DAVIS),
    # Alan and Joyce (nee Ushio) Hirasuna, Clearfield
    ("OGD011", "Alan", "Kazuo", "Hirasuna", "", "", "Joyce", "Hirasuna", "Clearfield", "UT", "84015", "1963-10-05", "862 S 1000 E", False, ADV_DAVIS),
    ("OGD012", "Joyce", "", "Hirasuna", "", "Ushio", "Alan", "Hirasuna", "Clearfield", "UT", "84015", "1965-12-28", "862 S 1000 E", False, ADV_DAVIS),
    # Arlo and Ila (nee Rindlisbacher) Zundel, Brigham City
    ("OGD013", "Arlo", "", "Zundel", "", "", "Ila", "Zundel", "Brigham City", "UT", "84302", "1944-02-26", "455 N 300 E", False, ADV_DAVIS),
    ("OGD014", "Ila", "", "Zundel", "", "Rindlisbacher", "Arlo", "Zundel", "Brigham City", "UT", "84302", "1946-09-15", "455 N 300 E", False, ADV_DAVIS),
    # Jo Ann Fackrell, Kaysville: compound given name ("JoAnn" in the text), divorced
    ("OGD015", "Jo Ann", "", "Fackrell", "", "", "", "", "Kaysville", "UT", "84037", "1960-06-06", "218 E Center St", False, ADV_DAVIS),
    # Thayne Oberhansley, Roy; roster spouse Kristi is not a client
    ("OGD016", "Thayne", "", "Oberhansley", "", "", "Kristi", "Oberhansley", "Roy", "UT", "84067", "1975-01-11", "4871 S 3100 W", False, ADV_WEBER),
    # Elwood "Woody" Pettingill, Hooper: do_not_contact, appears in feeds, inside the Roy storm polygon
    ("OGD017", "Elwood", "", "Pettingill", "Woody", "", "", "", "Hooper", "UT", "84315", "1950-04-04", "5910 S 5900 W", True, ADV_WEBER),
    # Dr. Preston Tolboe, Ogden, single
    ("OGD018", "Preston", "", "Tolboe", "", "", "", "", "Ogden", "UT", "84404", "1981-08-08", "905 Jefferson Ave", False, ADV_WEBER),
    # Brock and Camille (nee Dahle) Wangsgard, South Ogden
    ("OGD019", "Camille", "", "Wangsgard", "", "Dahle", "Brock", "Wangsgard", "South Ogden", "UT", "84405", "1985-05-05", "5722 S Crestwood Dr", False, ADV_WEBER),
    ("OGD020", "Brock", "", "Wangsgard", "", "", "Camille", "Wangsgard", "South Ogden", "UT", "84405", "1983-02-14", "5722 S Crestwood Dr", False, ADV_WEBER),
    # Norma Jean Heslop (nee Quayle), Eden, widow: compound given name
    ("OGD021", "Norma Jean", "", "Heslop", "", "Quayle", "", "", "Eden", "UT", "84310", "1943-10-10", "4110 N Wolf Creek Dr", False, ADV_WEBER),
    # Losaline "Lose" Vaipulu, Layton (Tongan); roster spouse Tevita is not a client
    ("OGD022", "Losaline", "", "Vaipulu", "Lose", "", "Tevita", "Vaipulu", "Layton", "UT", "84040", "1966-12-01", "2155 E Oak Forest Dr", False, ADV_DAVIS),
]
