"""Hand-written roster for the enw part (southeast Wisconsin; all people invented; places, ZIPs, FIPS real)."""

ADV = "k.lindqvist@harborlightwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("ENW001", "Eugene", "Joseph", "Pacetti", "Gene", "", "Dolores", "Pacetti", "Kenosha", "WI", "53143", "1946-05-14", "2214 63rd St", False),
    ("ENW002", "Dolores", "", "Pacetti", "", "Wojtowicz", "Eugene", "Pacetti", "Kenosha", "WI", "53143", "1948-09-02", "2214 63rd St", False),
    ("ENW003", "Lars", "", "Christensen", "", "", "Karen", "Christensen", "Racine", "WI", "53402", "1961-03-08", "4410 N Main St", False),
    ("ENW004", "Karen", "", "Christensen", "", "Jorgensen", "Lars", "Christensen", "Racine", "WI", "53402", "1963-11-21", "4410 N Main St", False),
    ("ENW005", "Stanley", "", "Wojcik Jr.", "Stan", "", "Barbara", "Wojcik", "Kenosha", "WI", "53144", "1958-07-30", "7517 39th Ave", False),
    ("ENW006", "Barbara", "", "Wojcik", "Barb", "", "Stanley", "Wojcik Jr.", "Kenosha", "WI", "53144", "1960-02-11", "7517 39th Ave", False),
    ("ENW007", "Mary Jo", "", "Kaminski", "", "Ruffolo", "", "", "Pleasant Prairie", "WI", "53158", "1949-04-19", "9120 Lakeshore Dr", False),
    ("ENW008", "Teresa", "", "DeBartolo", "Terri", "", "", "", "Kenosha", "WI", "53140", "1952-12-03", "1806 Washington Rd", False),
    ("ENW009", "Harold", "", "Voss", "Hal", "", "Arlene", "Voss", "Burlington", "WI", "53105", "1950-06-06", "31020 Bieneman Rd", False),
    ("ENW010", "Arlene", "", "Voss", "", "Runkel", "Harold", "Voss", "Burlington", "WI", "53105", "1952-08-25", "31020 Bieneman Rd", False),
    ("ENW011", "Rosalinda", "", "Villarreal Ortiz", "Rosie", "", "Miguel", "Ortiz", "Racine", "WI", "53404", "1978-10-14", "1627 Douglas Ave", False),
    ("ENW012", "Nathaniel", "", "Okonkwo", "Nate", "", "Chioma", "Okonkwo", "Pleasant Prairie", "WI", "53158", "1990-01-22", "3905 104th St", False),
    ("ENW013", "Gerald", "", "Lesniewski", "Jerry", "", "", "", "Racine", "WI", "53405", "1957-05-05", "2500 Taylor Ave", True),
    ("ENW014", "Bernice", "", "Zirbel", "", "", "", "", "Burlington", "WI", "53105", "1938-12-01", "611 N Pine St", False),
    ("ENW015", "Paul", "", "Ambrosini", "", "", "Gina", "Ambrosini", "Kenosha", "WI", "53142", "1975-04-04", "8711 32nd Ave", False),
    ("ENW016", "Gina", "Marie", "Ambrosini", "", "Tenuta", "Paul", "Ambrosini", "Kenosha", "WI", "53142", "1977-09-29", "8711 32nd Ave", False),
    ("ENW017", "Raymond", "", "Schoenfeld", "Ray", "", "", "", "Mount Pleasant", "WI", "53406", "1955-08-17", "5311 Spring St", False),
    ("ENW018", "Denise", "", "Whitfield-Banks", "", "", "Curtis", "Banks", "Racine", "WI", "53403", "1969-02-14", "", False),
    ("ENW019", "Thomas", "", "Kreuser", "Tom", "", "Linda", "Kreuser", "Pleasant Prairie", "WI", "53158", "1954-10-09", "11820 Springbrook Rd", False),
    ("ENW020", "Linda", "", "Kreuser", "", "Gallo", "Thomas", "Kreuser", "Pleasant Prairie", "WI", "53158", "1955-03-30", "11820 Springbrook Rd", False),
    ("ENW021", "Marguerite", "", "Haubrich", "Peg", "", "", "", "Kenosha", "WI", "53140", "1961-01-17", "5004 7th Ave", False),
    ("ENW022", "Casimir", "", "Jankowski", "Casey", "", "", "", "Racine", "WI", "53405", "1947-11-11", "1433 West Blvd", False),
]

BLANK_COORDS = {"ENW008"}           # latitude/longitude left blank (ZIP centroid)
NO_BIRTH = {"ENW012", "ENW021"}
NO_PHONE = {"ENW014", "ENW022"}
