"""Hand-written roster for part `ack`: Nantucket and Cape Cod, Massachusetts (people invented; places, ZIPs real)."""

ADV = "h.mayhew@sandbarwealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, zip, birth, street, dnc
R = [
    # ---- Nantucket (Nantucket County 25019) ----
    ("ACK001", "Zenas", "Macy", "Wyer", "Zee", "", "Harriet", "Wyer", "Nantucket", "02554", "1948-02-11", "14 Union St", False),
    ("ACK002", "Harriet", "", "Wyer", "", "Pinkham", "Zenas", "Wyer", "Nantucket", "02554", "1950-07-23", "14 Union St", False),
    ("ACK003", "Araminta", "", "Gardner-Swain", "Minty", "", "", "", "Siasconset", "02564", "1956-10-02", "7 Broadway", False),
    ("ACK004", "Desmond", "", "Ebanks", "", "", "Marcia", "Ebanks", "Nantucket", "02554", "1977-05-14", "22 Bartlett Rd", False),
    ("ACK005", "Marcia", "", "Ebanks", "", "Grizzle", "Desmond", "Ebanks", "Nantucket", "02554", "1979-12-01", "22 Bartlett Rd", False),
    ("ACK006", "Stoyan", "", "Valchanov", "", "", "", "", "Nantucket", "02554", "1975-03-30", "9 Amelia Dr", False),
    # ---- Cape Cod (Barnstable County 25001) ----
    ("ACK007", "Ebenezer", "", "Cahoon Jr.", "Eben", "", "Lorna", "Cahoon", "Chatham", "02633", "1955-08-19", "31 Old Queen Anne Rd", False),
    ("ACK008", "Lorna", "", "Cahoon", "", "Eldredge", "Ebenezer", "Cahoon Jr.", "Chatham", "02633", "1957-04-06", "31 Old Queen Anne Rd", False),
    ("ACK009", "Manuel", "", "Avelar", "Manny", "", "Maria de Lurdes", "Avelar", "Provincetown", "02657", "1944-11-11", "12 Conant St", False),
    ("ACK010", "Maria de Lurdes", "", "Avelar", "Lurdes", "Souza", "Manuel", "Avelar", "Provincetown", "02657", "1946-01-20", "12 Conant St", False),
    ("ACK011", "Philippa", "", "Tobey", "Pippa", "Hinckley", "Gideon", "Tobey", "Brewster", "02631", "1952-06-09", "40 Satucket Rd", False),
    ("ACK012", "Evangelina", "", "Rezendes", "Vangie", "", "", "", "East Falmouth", "02536", "1940-03-15", "118 Davisville Rd", False),
    ("ACK013", "Ezra", "", "Attaquin", "", "", "Dawn", "Attaquin", "Mashpee", "02649", "1971-09-27", "5 Great Neck Rd S", False),
    ("ACK014", "Rosalind", "", "Sparrow", "Roz", "", "Clement", "Sparrow", "Orleans", "02653", "1966-02-17", "60 Tonset Rd", False),
    ("ACK015", "Clement", "", "Sparrow", "Clem", "", "Rosalind", "Sparrow", "Orleans", "02653", "1963-10-30", "60 Tonset Rd", False),
    ("ACK016", "Bartholomew", "", "Wixon", "Bart", "", "", "", "Dennis", "02638", "1982-04-25", "15 Sesuit Neck Rd", False),
    ("ACK017", "Temperance", "", "Crocker", "Tempie", "Doane", "", "", "Yarmouth Port", "02675", "1938-09-04", "201 Main St", False),
    ("ACK018", "Lysander", "", "Paine", "", "", "", "", "Wellfleet", "02667", "1958-12-12", "3 Chequessett Neck Rd", True),
    ("ACK019", "Ifeoma", "", "Nwachukwu-Crowell", "", "", "Tobias", "Crowell", "Sandwich", "02563", "1977-08-08", "19 Tupper Rd", False),
    ("ACK020", "Rosangela", "", "Bittencourt", "Rosi", "", "Anderson", "Bittencourt", "Hyannis", "02601", "1972-05-05", "45 Ridgewood Ave", False),
    ("ACK021", "Anderson", "", "Bittencourt", "", "", "Rosangela", "Bittencourt", "Hyannis", "02601", "1970-02-02", "45 Ridgewood Ave", False),
    ("ACK022", "Prudence", "", "Hallett", "Prue", "", "", "", "Falmouth", "02540", "1985-06-21", "88 Palmer Ave", False),
]

# clients whose roster has no phone (a CRM gap)
NO_PHONE = {"ACK006", "ACK016"}
# clients whose roster has no birth date
NO_BIRTH = {"ACK012"}
