"""Hand-written roster for the sgu part (St. George, Utah and nearby towns). All people invented; towns, ZIP
codes and county FIPS real (coordinates: the `zipcodes` centroid +/- 0.005 degree, see make_feeds.jitter)."""

FIRM = "sandstoneridge.example"
ADV_STG = f"t.nakashima@{FIRM}"      # St. George proper (84770, 84790)
ADV_OUT = f"b.ruesch@{FIRM}"         # the other towns

# (client_id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc)
R = [
    # Prisbrey household, St. George: couple linked both ways; Arlene's maiden name Staheli
    ("SGU001", "Reed", "Wendell", "Prisbrey", "", "", "Arlene", "Prisbrey", "St. George", "UT", "84770", "1941-05-12", "1482 N Dixie Downs Rd", False),
    ("SGU002", "Arlene", "", "Prisbrey", "", "Staheli", "Reed", "Prisbrey", "St. George", "UT", "84770", "1944-09-03", "1482 N Dixie Downs Rd", False),
    # Wittwer household, Santa Clara: Kimball dies in January (corroborated: birth date, wife LaDawn)
    ("SGU003", "Kimball", "Jay", "Wittwer", "Kim", "", "LaDawn", "Wittwer", "Santa Clara", "UT", "84765", "1948-07-08", "2875 Santa Clara Dr", False),
    ("SGU004", "LaDawn", "", "Wittwer", "", "Hafen", "Kimball", "Wittwer", "Santa Clara", "UT", "84765", "1950-02-14", "2875 Santa Clara Dr", False),
    # suffix inside the last name; roster spouse who is not a client
    ("SGU005", "DeWayne", "", "Stucki Jr.", "", "", "Colleen", "Stucki", "Hurricane", "UT", "84737", "1962-03-30", "455 W 200 S", False),
    # compound given name; maiden name Bleak; widow
    ("SGU006", "Mary Lou", "", "Cottam", "", "Bleak", "", "", "Washington", "UT", "84780", "1952-11-19", "318 E Telegraph St", False),
    # Hispanic couple, each with a compound surname (the CRM dropped the accents)
    ("SGU007", "Rogelio", "", "Zamudio Perez", "", "", "Ana Cristina", "Arreola Villegas", "St. George", "UT", "84790", "1969-06-21", "2160 E Riverside Dr", False),
    ("SGU008", "Ana Cristina", "", "Arreola Villegas", "Cristy", "", "Rogelio", "Zamudio Perez", "St. George", "UT", "84790", "1972-01-09", "2160 E Riverside Dr", False),
    # Dutch particle; roster spouse not a client
    ("SGU009", "Garth", "", "Van Wagoner", "", "", "Tamsen", "Van Wagoner", "Ivins", "UT", "84738", "1960-10-02", "97 N Main St", False),
    # apostrophe dropped by the CRM
    ("SGU010", "Maureen", "", "OBannon", "Mo", "", "", "", "St. George", "UT", "84790", "1958-04-25", "3040 S River Rd", False),
    # do_not_contact, appears in feeds and sits inside the flash-flood polygon
    ("SGU011", "Lorin", "", "Okelberry", "", "", "Janeal", "Okelberry", "Washington", "UT", "84780", "1955-08-08", "640 N 300 E", True),
    # Tollestrup household: a young namesake of Spencer dies in St. George (nothing); their daughter's state title
    ("SGU012", "Spencer", "Lynn", "Tollestrup", "", "", "Kristalyn", "Tollestrup", "St. George", "UT", "84790", "1966-12-03", "1775 E Horseman Park Dr", False),
    ("SGU013", "Kristalyn", "", "Tollestrup", "Kris", "Jepperson", "Spencer", "Tollestrup", "St. George", "UT", "84790", "1969-05-17", "1775 E Horseman Park Dr", False),
    # namesake of the same age dies in Idaho Falls (nothing)
    ("SGU014", "Ferron", "", "Ipsen", "", "", "", "", "La Verkin", "UT", "84745", "1950-03-11", "120 N State St", False),
    # Pulsipher household, Cedar City (Iron County): nicknames Jeanie / Al; Marjean's maiden name Truman
    ("SGU015", "Marjean", "", "Pulsipher", "Jeanie", "Truman", "Alvin", "Pulsipher", "Cedar City", "UT", "84720", "1947-07-22", "585 W 200 N", False),
    ("SGU016", "Alvin", "", "Pulsipher", "Al", "", "Marjean", "Pulsipher", "Cedar City", "UT", "84720", "1945-01-30", "585 W 200 N", False),
    # maiden name Frei; roster spouse Neil not a client; placed "of Santa Clara" in her mother's obituary
    ("SGU017", "Sharla", "Kay", "Beckstrand", "", "Frei", "Neil", "Beckstrand", "Ivins", "UT", "84738", "1964-09-09", "240 W 400 S", False),
    # survivor placed in the neighbouring town (La Verkin) in his brother's obituary
    ("SGU018", "Odell", "", "Mackelprang", "", "", "", "", "Toquerville", "UT", "84774", "1957-02-02", "25 S Toquer Blvd", False),
    # widow; a terse death notice with no age names her: possible_deceased_client
    ("SGU019", "Vonda", "Rae", "Schiess", "", "", "", "", "Hurricane", "UT", "84737", "1939-06-06", "88 N 100 W", False),
    # Tongan: roster without the glottal stop (text: Tu'ipulotu with an okina); husband Viliami not a client
    ("SGU020", "Losaline", "", "Tuipulotu", "Lose", "", "Viliami", "Tuipulotu", "St. George", "UT", "84770", "1976-08-30", "1255 W Sunset Blvd", False),
    # dies in Kanab in March (corroborated by birth date; no roster spouse)
    ("SGU021", "Gwendolyn", "", "Syphus", "Gwen", "", "", "", "Kanab", "UT", "84741", "1940-10-15", "74 E Center St", False),
    # young business owner; a namesake in Mesa, Ariz. is in the business news (nothing)
    ("SGU022", "Dallin", "", "Esplin", "", "", "", "", "St. George", "UT", "84790", "1988-08-14", "4410 S Desert Hills Dr", False),
]
