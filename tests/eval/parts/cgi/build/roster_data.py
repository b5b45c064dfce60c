"""Hand-written roster for the cgi part (southeast Missouri). All people invented; places, ZIPs, FIPS real."""

ADV = {"MO": "d.hecht@riverbendwealth.example"}
ADV_PERRY = "k.layne@riverbendwealth.example"   # Perry County clients have their own adviser

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("CGI001", "Harold", "Dean", "Brockmeier", "Hal", "", "Lorene", "Brockmeier", "Jackson", "MO", "63755", "1941-02-11", "418 W Jefferson St", False),
    ("CGI002", "Lorene", "", "Brockmeier", "", "Vollink", "Harold", "Brockmeier", "Jackson", "MO", "63755", "1943-09-27", "418 W Jefferson St", False),
    ("CGI003", "Mary Beth", "", "Unverferth", "", "Brockmeier", "Glenn", "Unverferth", "Perryville", "MO", "63775", "1966-05-14", "1207 Edgemont Blvd", False),
    ("CGI004", "Glenn", "A.", "Unverferth", "", "", "Mary Beth", "Unverferth", "Perryville", "MO", "63775", "1963-11-02", "1207 Edgemont Blvd", False),
    ("CGI005", "Eugene", "", "Kasselbrock Jr.", "Gene", "", "Patricia", "Kasselbrock", "Cape Girardeau", "MO", "63701", "1960-03-08", "2215 Bloomfield Rd", False),
    ("CGI006", "Patricia", "", "Kasselbrock", "Patsy", "Oberle", "Eugene", "Kasselbrock Jr.", "Cape Girardeau", "MO", "63701", "1962-07-19", "2215 Bloomfield Rd", False),
    ("CGI007", "Wanda", "", "Hinkebein", "", "", "", "", "Oak Ridge", "MO", "63769", "1938-12-01", "State Hwy E", False),
    ("CGI008", "Roscoe", "", "Tillery", "", "", "Bernice", "Tillery", "Sikeston", "MO", "63801", "1949-06-30", "604 Kathleen Ave", False),
    ("CGI009", "LaDonna", "", "Pruett", "", "Essner", "", "", "Sikeston", "MO", "63801", "1950-01-22", "311 N Kingshighway", False),
    ("CGI010", "Clement", "", "Rauh", "Clem", "", "Agnes", "Rauh", "Perryville", "MO", "63775", "1944-08-15", "30 Sycamore St", False),
    ("CGI011", "Agnes", "", "Rauh", "", "Buchheit", "Clement", "Rauh", "Perryville", "MO", "63775", "1946-04-04", "30 Sycamore St", False),
    ("CGI012", "Renata", "", "Schaefer Ligon", "", "", "", "", "Cape Girardeau", "MO", "63703", "1971-10-10", "1530 Broadway", False),
    ("CGI013", "Terrence", "", "Fronabarger", "Terry", "", "", "", "Jackson", "MO", "63755", "1958-02-17", "2045 Old Orchard Rd", True),
    ("CGI014", "Nadine", "", "Fritsche", "", "Saxton", "Orville", "Fritsche", "Altenburg", "MO", "63732", "1952-09-09", "Main St", False),
    ("CGI015", "Anil", "", "Ramaswamy", "", "", "Meera", "Ramaswamy", "Cape Girardeau", "MO", "63701", "1978-01-05", "88 Kingsway Dr", False),
    ("CGI016", "Bettye Jo", "", "Sutterer", "", "Layton", "", "", "Perryville", "MO", "63775", "1942-06-06", "612 N Main St", False),
    ("CGI017", "Marcus", "", "Whitlock", "", "", "Keisha", "Whitlock", "Sikeston", "MO", "63801", "1980-04-21", "219 Ables Rd", False),
    ("CGI018", "Keisha", "", "Whitlock", "", "Bostic", "Marcus", "Whitlock", "Sikeston", "MO", "63801", "1982-12-03", "219 Ables Rd", False),
    ("CGI019", "Alvin", "", "Seabaugh", "", "", "Carolyn", "Seabaugh", "Jackson", "MO", "63755", "1955-05-25", "907 S Hope St", False),
    ("CGI020", "Rosalind", "", "Kiefner", "Roz", "", "", "", "Cape Girardeau", "MO", "63701", "", "400 N Spanish St", False),
    ("CGI021", "Walter", "", "Moranville", "Walt", "", "Diane", "Moranville", "Perryville", "MO", "63775", "1988-03-12", "15 W St Joseph St", False),
    ("CGI022", "Cheyenne", "", "Duckworth", "", "", "", "", "Chaffee", "MO", "63740", "1995-07-07", "", False),
]

BLANK_COORDS = {"CGI009", "CGI016"}
BLANK_FIPS = {"CGI014"}
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
NO_BIRTH = {"CGI020"}
NO_PHONE = {"CGI007", "CGI022"}
