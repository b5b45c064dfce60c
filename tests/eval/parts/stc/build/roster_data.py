"""Hand-written roster for the stc part (St. Cloud, Minnesota; all people invented; places, ZIPs, FIPS real)."""

# two advisers of the (invented) firm Granite City Advisors
METRO = "k.osterholt@granitecityadvisors.example"     # St. Cloud, Sartell, Sauk Rapids, Waite Park, Benton Co.
WEST = "p.vandermolen@granitecityadvisors.example"    # the Stearns County towns west and south of the city

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, adviser, dnc
R = [
    # Schwinghammer household, St. Joseph (couple linked both ways; suffix stored inside the surname)
    ("STC001", "Leonard", "J.", "Schwinghammer Jr.", "Len", "", "Marlys", "Schwinghammer", "St. Joseph", "MN", "56374",
     "1952-04-18", "412 Minnesota St W", WEST, False),
    ("STC002", "Marlys", "A.", "Schwinghammer", "", "Gertken", "Leonard", "Schwinghammer Jr.", "St. Joseph", "MN", "56374",
     "1954-09-02", "412 Minnesota St W", WEST, False),
    # widow, Cold Spring: the deceased client of the part (birth date and maiden name corroborate)
    ("STC003", "Bernadine", "M.", "Zenzen", "Bernie", "Rausch", "", "", "Cold Spring", "MN", "56320",
     "1939-11-30", "305 Red River Ave S", WEST, False),
    # Pflueger household, Sauk Rapids: Jerry dies (spouse named as widow corroborates)
    ("STC004", "Gerald", "", "Pflueger", "Jerry", "", "Rita", "Pflueger", "Sauk Rapids", "MN", "56379",
     "1947-06-12", "1120 2nd Ave N", METRO, False),
    ("STC005", "Rita", "", "Pflueger", "", "Beuning", "Gerald", "Pflueger", "Sauk Rapids", "MN", "56379",
     "1949-02-20", "1120 2nd Ave N", METRO, False),
    # compound given name; roster spouse Thomas is not a client
    ("STC006", "Mary Beth", "", "Leyendecker", "", "", "Thomas", "Leyendecker", "St. Cloud", "MN", "56303",
     "1968-05-07", "1815 9th Ave N", METRO, False),
    # compound given name stored as one word (text writes "Jo Ann"); widow; maiden Stalboerger
    ("STC007", "JoAnn", "", "Kociemba", "", "Stalboerger", "", "", "Rice", "MN", "56367",
     "1958-08-23", "205 Main St E", METRO, False),
    # Somali-American client: the CRM stores her grandfather's name as last name; roster spouse not a client
    ("STC008", "Sagal", "Abdiwali", "Dhuhulow", "", "", "Mahad", "Igal", "St. Cloud", "MN", "56304",
     "1986-03-14", "1530 Michigan Ave SE", METRO, False),
    # Zamarripa household, Waite Park (Hispanic compound surname on Rogelio; Lupe uses the married name)
    ("STC009", "Maria Guadalupe", "", "Zamarripa", "Lupe", "Ibarra", "Rogelio", "Zamarripa Olvera", "Waite Park", "MN",
     "56387", "1973-10-02", "27 7th Ave S", METRO, False),
    ("STC010", "Rogelio", "", "Zamarripa Olvera", "Roy", "", "Maria Guadalupe", "Zamarripa", "Waite Park", "MN",
     "56387", "1970-01-27", "27 7th Ave S", METRO, False),
    # D'Aoust household, Sartell: the CRM dropped the apostrophe
    ("STC011", "Dennis", "", "DAoust", "Denny", "", "Colette", "DAoust", "Sartell", "MN", "56377",
     "1961-07-09", "633 Riverside Ave N", METRO, False),
    ("STC012", "Colette", "", "DAoust", "", "Imdieke", "Dennis", "DAoust", "Sartell", "MN", "56377",
     "1963-02-11", "633 Riverside Ave N", METRO, False),
    # single, Clearwater (Wright County); a same-age namesake dies in Fergus Falls
    ("STC013", "Kenneth", "", "Haugrud", "Ken", "", "", "", "Clearwater", "MN", "55320",
     "1955-05-30", "14 Bluff St", METRO, False),
    # widow, Albany; Bernie Zenzen's sister (maiden Rausch)
    ("STC014", "Dolores", "", "Wirtzfeld", "Dee", "Rausch", "", "", "Albany", "MN", "56307",
     "1944-01-15", "520 Railroad Ave", WEST, False),
    # Klaphake household, St. Cloud (a 19-year-old namesake of Matt dies in St. Cloud)
    ("STC015", "Matthew", "", "Klaphake", "Matt", "", "Jenna", "Klaphake", "St. Cloud", "MN", "56301",
     "1979-09-19", "1008 13th Ave S", METRO, False),
    ("STC016", "Jenna", "", "Klaphake", "", "Ebnet", "Matthew", "Klaphake", "St. Cloud", "MN", "56301",
     "1981-04-04", "1008 13th Ave S", METRO, False),
    # Lutheran farmer, Foley; roster spouse Ingrid is not a client
    ("STC017", "Arvid", "", "Thorsgaard", "", "", "Ingrid", "Thorsgaard", "Foley", "MN", "56329",
     "1940-10-10", "9870 County Road 51", METRO, False),
    # do_not_contact, appears in two feeds
    ("STC018", "Roxanne", "", "Hemmesch", "Roxy", "", "", "", "Richmond", "MN", "56368",
     "1966-12-01", "88 Main St E", WEST, True),
    # Duane Stalboerger, Avon: JoAnn Kociemba's brother
    ("STC019", "Duane", "", "Stalboerger", "", "", "Carol", "Stalboerger", "Avon", "MN", "56310",
     "1955-03-03", "310 Avon Ave N", WEST, False),
    # Kimball implement dealer; a bare death notice with no age -> possible_deceased_client
    ("STC020", "Francis", "", "Notsch", "Fritz", "", "Loretta", "Notsch", "Kimball", "MN", "55353",
     "1949-05-25", "61 Main St N", WEST, False),
    # young single client, Rockville
    ("STC021", "Theresa", "", "Lommel", "Tess", "", "", "", "Rockville", "MN", "56369",
     "1990-06-08", "115 Broadway St E", WEST, False),
    # St. Cloud client named as a survivor "of Waite Park" (adjacent town, carries the family name)
    ("STC022", "Curtis", "", "Dockendorf", "Curt", "", "Renee", "Dockendorf", "St. Cloud", "MN", "56301",
     "1964-11-17", "2215 Clearwater Rd", METRO, False),
]

NO_BIRTH: set[str] = {"STC022"}     # the CRM has no birth date for Curt
NO_PHONE: set[str] = {"STC013"}
