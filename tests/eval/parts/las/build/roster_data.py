"""Hand-written roster for part `las` (Las Vegas, Henderson, North Las Vegas; one Pahrump retiree).
All people invented; ZIPs and FIPS real (zipcodes / addfips)."""

ADV = {
    "henderson": "r.manalo@desertsagewealth.example",
    "lasvegas": "c.whitlock@desertsagewealth.example",
    "north": "a.ocampo@desertsagewealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    ("LAS001", "Rogelio", "M.", "Bautista", "Roy", "", "Corazon", "Bautista", "Henderson", "NV", "89014", "1952-06-21", "2231 Wigwam Pkwy", False, "henderson"),
    ("LAS002", "Corazon", "", "Bautista", "Cora", "Dimaculangan", "Rogelio", "Bautista", "Henderson", "NV", "89014", "1955-01-09", "2231 Wigwam Pkwy", False, "henderson"),
    ("LAS003", "Maria Luzviminda", "", "Tolentino", "Luz", "Galang", "Ernesto", "Tolentino", "North Las Vegas", "NV", "89031", "1960-12-02", "5418 Camino Al Norte", False, "north"),
    ("LAS004", "LaVar", "D.", "Thygerson Jr.", "", "", "Marilyn", "Thygerson", "Las Vegas", "NV", "89117", "1949-03-14", "8120 W Sahara Ave", False, "lasvegas"),
    ("LAS005", "Marilyn", "", "Thygerson", "", "Openshaw", "LaVar", "Thygerson Jr.", "Las Vegas", "NV", "89117", "1951-08-30", "8120 W Sahara Ave", False, "lasvegas"),
    ("LAS006", "Guadalupe", "", "Arredondo Salcido", "Lupe", "Salcido", "Refugio", "Arredondo", "Las Vegas", "NV", "89110", "1958-11-12", "4702 E Bonanza Rd", False, "lasvegas"),
    ("LAS007", "Refugio", "", "Arredondo", "Cuco", "", "Guadalupe", "Arredondo Salcido", "Las Vegas", "NV", "89110", "1955-04-04", "4702 E Bonanza Rd", False, "lasvegas"),
    ("LAS008", "Bernard", "J.", "Wasielewski", "Bernie", "", "Dolores", "Wasielewski", "Henderson", "NV", "89052", "1944-10-03", "2655 Evening Sky Dr", False, "henderson"),
    ("LAS009", "Dolores", "", "Wasielewski", "", "Kowalczyk", "Bernard", "Wasielewski", "Henderson", "NV", "89052", "1946-05-17", "2655 Evening Sky Dr", False, "henderson"),
    ("LAS010", "Terrence", "", "ODell", "Terry", "", "", "", "Las Vegas", "NV", "89123", "1968-07-25", "9855 S Maryland Pkwy", False, "lasvegas"),
    ("LAS011", "Jocelyn", "", "Macaraeg", "", "Sarmiento", "Arnel", "Macaraeg", "Las Vegas", "NV", "89129", "1985-02-19", "7340 N Durango Dr", False, "lasvegas"),
    ("LAS012", "Kaylene", "", "Hafen", "", "Leavitt", "Brody", "Hafen", "Henderson", "NV", "89074", "1978-09-05", "1470 Paseo Verde Pkwy", False, "henderson"),
    ("LAS013", "Brody", "", "Hafen", "", "", "Kaylene", "Hafen", "Henderson", "NV", "89074", "1976-04-28", "1470 Paseo Verde Pkwy", False, "henderson"),
    ("LAS014", "Ignacio", "", "Delatorre", "Nacho", "", "", "", "North Las Vegas", "NV", "89081", "1971-10-10", "3921 Lone Mountain Rd", False, "north"),
    ("LAS015", "Evangeline", "", "Pascual", "Vangie", "Sarmiento", "", "", "Las Vegas", "NV", "89108", "1950-12-25", "5105 W Lake Mead Blvd", False, "lasvegas"),
    ("LAS016", "Harold", "", "Feeney", "Hal", "", "", "", "Las Vegas", "NV", "89128", "1947-02-11", "2900 N Buffalo Dr", True, "lasvegas"),
    ("LAS017", "Dwayne", "", "Pettigrew", "", "", "Loretta", "Pettigrew", "Pahrump", "NV", "89048", "1950-06-06", "1880 E Basin Ave", False, "north"),
    ("LAS018", "Ofelia", "", "Zamudio", "", "", "", "", "North Las Vegas", "NV", "89032", "1963-03-03", "2614 W Cheyenne Ave", False, "north"),
    ("LAS019", "Wendell", "", "Bybee", "", "", "Ruth", "Bybee", "Las Vegas", "NV", "89134", "1940-07-19", "10402 Sun City Blvd", False, "lasvegas"),
    ("LAS020", "Anthony", "", "Lucchesi Sr.", "Tony", "", "Gloria", "Lucchesi", "Henderson", "NV", "89012", "1945-01-30", "68 Via Mantova", False, "henderson"),
]

# coordinates left blank (ZIP centroid used); county_fips left blank (ZIP county used)
BLANK_COORDS = {"LAS014", "LAS019"}
BLANK_FIPS = {"LAS017"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"LAS014"}
NO_PHONE = {"LAS016"}
