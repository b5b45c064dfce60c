"""Hand-written roster for the tlh part (Tallahassee, Florida and the Big Bend). All people invented; places, ZIPs
and county FIPS real (coordinates: ZIP centroid from `zipcodes` +/- 0.005 degree, see make_feeds.jitter)."""

ADV_LEON = "harriet.bozeman@redhillswealth.example"      # Leon County (Tallahassee, Woodville)
ADV_RURAL = "julian.abernathy@redhillswealth.example"    # Gadsden, Wakulla, Jefferson Counties

# (client_id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth_date,
#  address_line, do_not_contact)
R = [
    ("TLH001", "Lucius", "Vernon", "Quarterman Jr.", "", "", "Geneva", "Quarterman", "Tallahassee", "FL", "32304",
     "1951-06-12", "1418 Dewey St", False),
    ("TLH002", "Geneva", "Louise", "Quarterman", "", "Fludd", "Lucius", "Quarterman Jr.", "Tallahassee", "FL",
     "32304", "1954-02-03", "1418 Dewey St", False),
    ("TLH003", "Ora Lee", "", "Tullis", "", "Yawn", "Cleveland", "Tullis", "Havana", "FL", "32333",
     "1947-09-22", "311 Shady Rest Rd", False),
    ("TLH004", "Wendell", "", "Raulerson", "Dell", "", "Patricia", "Raulerson", "Crawfordville", "FL", "32327",
     "1958-11-04", "78 Mullet Creek Ln", False),
    ("TLH005", "Patricia", "", "Raulerson", "Patsy", "Shiver", "Wendell", "Raulerson", "Crawfordville", "FL",
     "32327", "1960-08-15", "78 Mullet Creek Ln", False),
    ("TLH006", "Armando", "José", "Echevarría Lugones", "", "", "Maribel", "Echevarría", "Tallahassee", "FL",
     "32312", "1965-03-28", "5120 Velda Dairy Rd", False),
    ("TLH007", "Maribel", "", "Echevarría", "", "Cordero", "Armando", "Echevarría Lugones", "Tallahassee", "FL",
     "32312", "1967-10-09", "5120 Velda Dairy Rd", False),
    ("TLH008", "Desmond", "", "OQuinn", "", "", "Renee", "OQuinn", "Monticello", "FL", "32344",
     "1972-01-17", "940 Waukeenah Hwy", False),
    ("TLH009", "Mary Beth", "", "Cauthen", "", "", "Graham", "Cauthen", "Tallahassee", "FL", "32308",
     "1970-05-30", "2704 Kilkenny Ct", False),
    ("TLH010", "Graham", "", "Cauthen", "", "", "Mary Beth", "Cauthen", "Tallahassee", "FL", "32308",
     "1968-12-02", "2704 Kilkenny Ct", False),
    ("TLH011", "Cleophus", "", "Gainous", "", "", "Bernice", "Gainous", "Tallahassee", "FL", "32305",
     "1957-07-07", "3315 Crawfordville Rd", False),
    ("TLH012", "Bernice", "", "Gainous", "", "Bivins", "Cleophus", "Gainous", "Tallahassee", "FL", "32305",
     "1959-04-18", "3315 Crawfordville Rd", False),
    ("TLH013", "Hollis", "Eugene", "Yawn", "", "", "", "", "Woodville", "FL", "32362",
     "1949-04-02", "1650 Natural Bridge Rd", False),
    ("TLH014", "Claudette", "", "Revell", "", "", "Amos", "Revell", "Quincy", "FL", "32351",
     "1944-10-21", "207 N Love St", False),
    ("TLH015", "Earnestine", "", "Blitch", "Teenie", "", "", "", "Tallahassee", "FL", "32303",
     "1961-02-27", "2219 Old Bainbridge Rd", False),
    ("TLH016", "Bartholomew", "", "Vickery", "Bart", "", "", "", "Tallahassee", "FL", "32309",
     "1975-08-08", "8810 Roberts Rd", False),
    ("TLH017", "Jo Ann", "", "Pridgeon", "", "Lasseter", "Curtis", "Pridgeon", "Monticello", "FL", "32344",
     "1961-12-01", "1432 Boston Hwy", False),
    ("TLH018", "Curtis", "", "Pridgeon", "Curt", "", "Jo Ann", "Pridgeon", "Monticello", "FL", "32344",
     "1960-06-19", "1432 Boston Hwy", False),
    ("TLH019", "Lamar", "", "Nettles", "", "", "", "", "Tallahassee", "FL", "32308",
     "1956-03-03", "1905 Miccosukee Rd", True),
    ("TLH020", "Kendrick", "", "Tharpe", "", "", "Simone", "Tharpe", "Tallahassee", "FL", "32317",
     "1979-09-14", "6412 Buck Lake Rd", False),
    ("TLH021", "Simone", "", "Tharpe", "", "Bynum", "Kendrick", "Tharpe", "Tallahassee", "FL", "32317",
     "1981-01-23", "6412 Buck Lake Rd", False),
    ("TLH022", "Ansel", "", "Mashburn", "", "", "Darlene", "Mashburn", "Crawfordville", "FL", "32327",
     "1966-10-30", "2290 Bloxham Cutoff Rd", False),
]


def adviser(city: str) -> str:
    return ADV_LEON if city in ("Tallahassee", "Woodville") else ADV_RURAL
