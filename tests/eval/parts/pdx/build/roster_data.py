"""Hand-written roster for eval part pdx (Portland metro; all people invented; places, ZIPs, FIPS real)."""

ADV = {
    "A": "r.okamoto@columbiaridgewealth.example",
    "B": "l.petrenko@columbiaridgewealth.example",
}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, adviser
R = [
    # Russian Old Believers, Gresham
    ("PDX001", "Feodosiy", "", "Basargin", "Ted", "", "Ulyana", "Basargin", "Gresham", "OR", "97080", "1950-11-22", "2240 SE Hogan Rd", False, "B"),
    ("PDX002", "Ulyana", "", "Basargin", "", "Kalugin", "Feodosiy", "Basargin", "Gresham", "OR", "97080", "1953-08-14", "2240 SE Hogan Rd", False, "B"),
    # Ukrainian Pentecostals, Vancouver WA
    ("PDX003", "Vasyl", "", "Kravchuk Jr.", "Bill", "", "Nadiya", "Kravchuk", "Vancouver", "WA", "98682", "1968-03-09", "14012 NE 28th St", False, "B"),
    ("PDX004", "Nadiya", "", "Kravchuk", "Nadia", "Melnyk", "Vasyl", "Kravchuk Jr.", "Vancouver", "WA", "98682", "1970-11-30", "14012 NE 28th St", False, "B"),
    ("PDX005", "Oleksandr", "", "Tkachenko", "Sasha", "", "Iryna", "Tkachenko", "Vancouver", "WA", "98684", "1988-07-04", "1805 SE 164th Ave", False, "B"),
    ("PDX023", "Pavlo", "", "Savchuk", "Paul", "", "Svitlana", "Savchuk", "Vancouver", "WA", "98682", "1972-05-17", "3300 NE 137th Ave", False, "B"),
    # Vietnamese, outer SE Portland and Beaverton
    ("PDX006", "Minh", "Van", "Nguyen", "", "", "Hoa", "Nguyen", "Portland", "OR", "97266", "1960-02-02", "9120 SE Foster Rd", False, "A"),
    ("PDX007", "Hoa", "Thi", "Nguyen", "", "Pham", "Minh", "Nguyen", "Portland", "OR", "97266", "1963-06-21", "9120 SE Foster Rd", False, "A"),
    ("PDX008", "Thanh Huong", "", "Tran", "Tina", "", "", "", "Beaverton", "OR", "97006", "1985-12-01", "17650 NW Walker Rd", False, "A"),
    # Japanese-American, Gresham and Lake Oswego
    ("PDX009", "Harold", "Tadashi", "Matsukawa", "Hal", "", "Grace", "Matsukawa", "Gresham", "OR", "97030", "1941-06-03", "715 NE Division St", False, "A"),
    ("PDX010", "Grace", "", "Matsukawa", "", "Kaneshiro", "Harold", "Matsukawa", "Gresham", "OR", "97030", "1944-10-08", "715 NE Division St", False, "A"),
    ("PDX011", "Amy", "", "Shigemura", "", "", "", "", "Lake Oswego", "OR", "97034", "1976-04-15", "410 A Ave", False, "A"),
    # Mexican-American, Hillsboro and Beaverton
    ("PDX012", "Maria Guadalupe", "", "Ochoa Delgado", "Lupe", "", "Rafael", "Ibarra", "Hillsboro", "OR", "97123", "1961-12-12", "1440 SE Maple St", False, "A"),
    ("PDX013", "Jesus", "", "Villasenor", "Chuy", "", "Carmen", "Villasenor", "Hillsboro", "OR", "97124", "1971-09-25", "655 NE Jackson School Rd", False, "A"),
    ("PDX014", "Carmen", "", "Villasenor", "", "Rangel", "Jesus", "Villasenor", "Hillsboro", "OR", "97124", "1973-02-18", "655 NE Jackson School Rd", False, "A"),
    ("PDX022", "Tomas", "", "Aguilar", "", "", "", "", "Beaverton", "OR", "97005", "1979-05-20", "4300 SW Lombard Ave", False, "A"),
    # old Oregon Trail families, Oregon City and Lake Oswego
    ("PDX015", "Jedediah", "", "McAllister III", "Jed", "", "Sharon", "McAllister", "Oregon City", "OR", "97045", "1956-08-30", "802 John Adams St", False, "B"),
    ("PDX016", "Martha Ann", "", "Whitcomb", "", "Pringle", "Dale", "Whitcomb", "Oregon City", "OR", "97045", "1954-04-02", "19225 S Beavercreek Rd", False, "B"),
    ("PDX024", "Dale", "", "Whitcomb", "", "", "Martha Ann", "Whitcomb", "Oregon City", "OR", "97045", "1952-10-19", "19225 S Beavercreek Rd", False, "B"),
    ("PDX017", "Everett", "", "Thornbury", "", "", "Lois", "Thornbury", "Lake Oswego", "OR", "97034", "1938-02-11", "1250 Lakeview Blvd", False, "B"),
    # others
    ("PDX018", "Kathleen", "", "OShea", "Kate", "", "", "", "Beaverton", "OR", "97005", "1959-01-27", "12500 SW Broadway St", False, "A"),
    ("PDX019", "Annelies", "", "Van Hoose", "Anne", "De Groot", "", "", "Hillsboro", "OR", "97123", "1947-09-12", "1950 SE Tualatin Valley Hwy", False, "A"),
    ("PDX020", "Gennadiy", "", "Reutov", "", "", "", "", "Gresham", "OR", "97080", "1966-03-03", "3900 SE Powell Valley Rd", True, "B"),
    ("PDX021", "Rebecca", "", "Lindqvist", "Becky", "", "", "", "Portland", "OR", "97202", "1982-10-05", "7020 SE 13th Ave", False, "A"),
]

# clients whose coordinates are left blank (derived from the ZIP by the engine)
BLANK_COORDS = {"PDX011", "PDX017"}
# clients whose county_fips only is left blank
BLANK_FIPS = {"PDX021"}
# hand-set household coordinates (lat, lon)
COORD_OVERRIDES: dict[str, tuple[float, float]] = {}
# clients without a birth date or phone in the CRM
NO_BIRTH = {"PDX008", "PDX021"}
NO_PHONE = {"PDX005", "PDX018"}
