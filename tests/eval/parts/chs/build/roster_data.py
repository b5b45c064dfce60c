"""Hand-written roster for eval part chs (all people invented; places, ZIPs, FIPS real).

Charleston, Mount Pleasant, North Charleston, Summerville, James Island, Johns Island, Moncks Corner, S.C."""

ADV_A = "l.bennett@palmettoharborwealth.example"   # Charleston peninsula, James/Johns Island, Mount Pleasant
ADV_B = "r.alston@palmettoharborwealth.example"    # North Charleston, Summerville, Moncks Corner

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc, adviser
R = [
    ("CHS001", "Thomas", "Prioleau", "Gaillard III", "Tommy", "", "Elizabeth", "Gaillard", "Charleston", "29401", "1951-03-09", "21 Legare St", False, ADV_A),
    ("CHS002", "Elizabeth", "", "Gaillard", "Libba", "Huger", "Thomas", "Gaillard III", "Charleston", "29401", "1954-07-22", "21 Legare St", False, ADV_A),
    ("CHS003", "Odessa", "", "Ladson", "", "Jenkins", "", "", "Johns Island", "29455", "1941-02-11", "3140 River Rd", False, ADV_A),
    ("CHS004", "Jeremiah", "", "Brisbane", "Jerry", "", "Lula Mae", "Brisbane", "Moncks Corner", "29461", "1938-05-17", "118 Rembert C Dennis Blvd", False, ADV_B),
    ("CHS005", "Lula Mae", "", "Brisbane", "", "Fludd", "Jeremiah", "Brisbane", "Moncks Corner", "29461", "1942-12-01", "118 Rembert C Dennis Blvd", False, ADV_B),
    ("CHS006", "Konstantinos", "", "Stamatelos", "Gus", "", "Eleni", "Stamatelos", "Mount Pleasant", "29464", "1958-08-15", "740 Coleman Blvd", False, ADV_A),
    ("CHS007", "Eleni", "", "Stamatelos", "Helen", "Kouris", "Konstantinos", "Stamatelos", "Mount Pleasant", "29464", "1961-04-30", "740 Coleman Blvd", False, ADV_A),
    ("CHS008", "Rachel", "", "Solomons", "", "Levy", "Daniel", "Solomons", "Charleston", "29407", "1962-10-05", "14 Wappoo Dr", False, ADV_A),
    ("CHS009", "Benjamin", "", "Mordecai", "Ben", "", "Sarah", "Mordecai", "Mount Pleasant", "29466", "1972-01-18", "2205 Park West Blvd", False, ADV_A),
    ("CHS010", "Sarah", "", "Mordecai", "", "Pinto", "Benjamin", "Mordecai", "Mount Pleasant", "29466", "1974-06-02", "2205 Park West Blvd", False, ADV_A),
    ("CHS011", "Maria Jose", "", "Ocampo Restrepo", "Majo", "", "", "", "Summerville", "29485", "1979-11-23", "402 Central Ave", False, ADV_B),
    ("CHS012", "Henry", "Laurens", "de Saussure", "Hal", "", "", "", "Charleston", "29403", "1946-09-14", "9 Ashley Ave", False, ADV_A),
    ("CHS013", "Patrick", "", "ONeill", "", "", "Colleen", "ONeill", "North Charleston", "29420", "1966-03-03", "7650 Dorchester Rd", False, ADV_B),
    ("CHS014", "Edward", "Peronneau", "Porcher Jr.", "Ned", "", "Anne", "Porcher", "Summerville", "29483", "1961-12-12", "105 W 2nd North St", False, ADV_B),
    ("CHS015", "Wilhelmina", "", "Legare", "Billie", "Porcher", "", "", "Charleston", "29412", "1958-05-25", "1020 Fort Johnson Rd", True, ADV_A),
    ("CHS016", "Marcus", "", "Aiken", "", "", "Denise", "Aiken", "North Charleston", "29405", "1960-02-14", "4815 Spruill Ave", False, ADV_B),
    ("CHS017", "Frances", "", "Simons", "Frankie", "", "", "", "Mount Pleasant", "29464", "1947-06-19", "1 Bennett St", False, ADV_A),
    ("CHS018", "Isaiah", "", "Gadsden", "", "", "", "", "North Charleston", "29405", "", "2610 Meeting Street Rd", False, ADV_B),
    ("CHS019", "Robert", "", "Kinloch", "Bobby", "", "", "", "Charleston", "29401", "1955-08-08", "55 Church St", False, ADV_A),
    ("CHS020", "Panagiota", "", "Vlahos", "Penny", "", "", "", "North Charleston", "29420", "1936-09-21", "8810 University Blvd", False, ADV_B),
    ("CHS021", "Nicholas", "", "Vlahos", "Nick", "", "Christina", "Vlahos", "Summerville", "29485", "1964-01-27", "200 Old Trolley Rd", False, ADV_B),
    ("CHS022", "Dorothy Jean", "", "Singleton", "Dot", "Wigfall", "", "", "Moncks Corner", "29461", "1949-04-04", "311 Main St", False, ADV_B),
    ("CHS023", "Thaddeus", "", "Rivers", "Tad", "", "Monique", "Rivers", "Johns Island", "29455", "1970-07-07", "2877 Bohicket Rd", False, ADV_A),
    ("CHS024", "Monique", "", "Rivers", "", "", "Thaddeus", "Rivers", "Johns Island", "29455", "1973-09-30", "2877 Bohicket Rd", False, ADV_A),
]

# clients whose coordinates are left blank (derived from the ZIP by the engine)
BLANK_COORDS = {"CHS017", "CHS021"}
# clients whose county_fips only is left blank
BLANK_FIPS = {"CHS022"}
# hand-set coordinates (lat, lon): real house spots differ from ZIP centroids
COORD_OVERRIDES = {
    "CHS001": (32.7700, -79.9340),   # south of Broad, the Battery
    "CHS002": (32.7700, -79.9340),
    "CHS019": (32.7758, -79.9299),   # Church St, lower peninsula
    "CHS012": (32.7850, -79.9470),   # Ashley Ave near the Medical District
    "CHS015": (32.7270, -79.9120),   # Fort Johnson Rd, James Island
    "CHS003": (32.6990, -80.0520),   # River Rd, Johns Island (outside the flood polygon)
    "CHS023": (32.6400, -80.1500),   # Bohicket Rd, Johns Island
    "CHS024": (32.6400, -80.1500),
}
# clients without a birth date or phone in the CRM
NO_BIRTH = {"CHS018"}
NO_PHONE = {"CHS017", "CHS018", "CHS012"}
NO_ADDRESS = {"CHS019"}
