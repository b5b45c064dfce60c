"""Hand-written roster for the mhk part (Manhattan and the Flint Hills, Kansas). People invented; places, ZIPs, FIPS real."""

ADV = {
    "north": "m.tiemeyer@konzaridgewealth.example",   # Riley, Pottawatomie, Geary
    "south": "s.lundquist@konzaridgewealth.example",  # Morris, Wabaunsee, Lyon, Chase
}
SOUTH_ZIPS = {"66846", "66401", "66423", "66801", "66845"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("MHK001", "Leland", "Ernest", "Oberhelman", "Lee", "", "Doris", "Oberhelman", "Manhattan", "KS", "66502", "1941-04-17", "1820 Fairchild Ave", False),
    ("MHK002", "Doris", "", "Oberhelman", "", "Schurle", "Leland", "Oberhelman", "Manhattan", "KS", "66502", "1944-09-02", "1820 Fairchild Ave", False),
    ("MHK003", "Rosemary", "", "Pfannenstiel", "Rosie", "Oberhelman", "", "", "Saint George", "KS", "66535", "1936-11-08", "205 First St", False),
    ("MHK004", "Kurt", "", "Stuewe", "", "", "Janelle", "Stuewe", "Wamego", "KS", "66547", "1968-03-14", "1104 Poplar St", False),
    ("MHK005", "Janelle", "", "Stuewe", "", "Brunkow", "Kurt", "Stuewe", "Wamego", "KS", "66547", "1970-07-22", "1104 Poplar St", False),
    ("MHK006", "Graciela", "", "Ochoa Villarreal", "Chela", "", "", "", "Junction City", "KS", "66441", "1972-12-12", "618 W 8th St", False),
    ("MHK007", "Mary Beth", "", "Kaufman", "", "", "", "", "Council Grove", "KS", "66846", "1949-05-30", "311 W Main St", False),
    ("MHK008", "Dwight", "", "Hoelting Jr.", "Butch", "", "Carla", "Hoelting", "Alma", "KS", "66401", "1958-08-19", "402 Missouri Ave", False),
    ("MHK009", "Wendell", "", "Strahm", "", "", "Lois", "Strahm", "Manhattan", "KS", "66503", "1952-01-09", "3712 Everett Dr", False),
    ("MHK010", "Evangeline", "", "Kufahl", "Vangie", "Pishny", "Arlo", "Kufahl", "Leonardville", "KS", "66449", "1954-02-11", "110 N Erpelding Ave", False),
    ("MHK011", "Arlo", "", "Kufahl", "", "", "Evangeline", "Kufahl", "Leonardville", "KS", "66449", "1952-10-03", "110 N Erpelding Ave", False),
    ("MHK012", "Tobias", "", "Zeferjahn", "Toby", "", "Amber", "Zeferjahn", "Riley", "KS", "66531", "1991-06-05", "208 S Broadway", False),
    ("MHK013", "Marjorie", "", "Umscheid", "Margie", "", "", "", "Wamego", "KS", "66547", "1940-01-27", "515 Lincoln Ave", True),
    ("MHK014", "Priya", "", "Venkataraman", "", "", "", "", "Manhattan", "KS", "66506", "1978-10-15", "1600 Denison Ave", False),
    ("MHK015", "Clayton", "", "Weixelman", "Clay", "", "Renee", "Weixelman", "Westmoreland", "KS", "66549", "1975-04-02", "24150 Military Trail Rd", False),
    ("MHK016", "Renee", "", "Weixelman", "", "Gfeller", "Clayton", "Weixelman", "Westmoreland", "KS", "66549", "1977-09-19", "24150 Military Trail Rd", False),
    ("MHK017", "Roy Dean", "", "Gilliland", "", "", "Peggy", "Gilliland", "Cottonwood Falls", "KS", "66845", "1947-06-21", "1450 Rd 130", False),
    ("MHK018", "Lorena", "M.", "Heptig", "", "", "", "", "Ogden", "KS", "66517", "", "122 Riley Ave", False),
    ("MHK019", "Beau", "", "Rezac", "", "", "Kendra", "Rezac", "Emporia", "KS", "66801", "1980-11-30", "", False),
    ("MHK020", "Annaliese", "", "Vinduska", "Annie", "", "", "", "Eskridge", "KS", "66423", "1962-08-08", "107 S Main St", False),
    ("MHK021", "Gerald", "", "Wurtz", "Jerry", "", "Bernadette", "Wurtz", "Saint Marys", "KS", "66536", "", "601 W Bertrand Ave", False),
    ("MHK022", "Kathleen", "", "Roggenkamp", "Kathy", "Heinen", "", "", "Manhattan", "KS", "66503", "1950-03-03", "4100 Dwight Dr", False),
]

NO_PHONE = {"MHK007", "MHK021"}
