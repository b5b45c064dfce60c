"""Hand-written roster for the `wor` part (all people invented; places, ZIPs, FIPS real).

Region: Worcester, Shrewsbury, Auburn, Webster (adviser C. O'Connell) and Leominster, Fitchburg, Framingham
(adviser J. Lindberg), Massachusetts.
"""

ADV_A = "c.oconnell@blackstonevalleywealth.example"
ADV_B = "j.lindberg@blackstonevalleywealth.example"
ADV = {"Worcester": ADV_A, "Shrewsbury": ADV_A, "Auburn": ADV_A, "Webster": ADV_A,
       "Leominster": ADV_B, "Fitchburg": ADV_B, "Framingham": ADV_B}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("WOR001", "Thomas", "", "Fitzgerald", "Tom", "", "Susan", "Fitzgerald", "Worcester", "MA", "01602", "1950-03-14", "18 Institute Rd", False),
    ("WOR002", "Susan", "", "Fitzgerald", "", "Halloran", "Thomas", "Fitzgerald", "Worcester", "MA", "01602", "1952-11-02", "18 Institute Rd", False),
    ("WOR003", "Patrick", "J.", "Callahan Jr.", "Pat", "", "Maureen", "Callahan", "Shrewsbury", "MA", "01545", "1958-07-21", "44 Prospect St", False),
    ("WOR004", "Marie Claire", "", "Boucher", "", "Gagne", "Roland", "Boucher", "Leominster", "MA", "01453", "1947-05-09", "27 Pleasant St", False),
    ("WOR005", "Roland", "J.", "Boucher", "", "", "Marie Claire", "Boucher", "Leominster", "MA", "01453", "1944-10-12", "27 Pleasant St", False),
    ("WOR006", "Gjergj", "", "Kola", "George", "", "Drita", "Kola", "Worcester", "MA", "01604", "1961-04-18", "9 Hamilton St", False),
    ("WOR007", "Drita", "", "Kola", "", "Prifti", "Gjergj", "Kola", "Worcester", "MA", "01604", "1964-09-03", "9 Hamilton St", False),
    ("WOR008", "Kwabena", "", "Mensah", "Kobby", "", "Akosua", "Mensah", "Worcester", "MA", "01603", "1972-02-27", "120 Webster St", False),
    ("WOR009", "Ama", "", "Asante", "", "", "", "", "Worcester", "MA", "01606", "", "31 Burncoat St", False),
    ("WOR010", "Minh", "Van", "Nguyen", "", "", "Lan", "Nguyen", "Worcester", "MA", "01604", "1966-01-30", "56 Plantation St", False),
    ("WOR011", "Lan", "Thi", "Nguyen", "", "Pham", "Minh", "Nguyen", "Worcester", "MA", "01604", "1969-06-15", "56 Plantation St", False),
    ("WOR012", "Ingrid", "", "Sjoberg", "", "Lindahl", "", "", "Shrewsbury", "MA", "01545", "1941-08-22", "3 Oak St", False),
    ("WOR013", "Erik", "", "Lundgren", "", "", "Carol", "Lundgren", "Auburn", "MA", "01501", "1949-03-03", "75 Auburn St", False),
    ("WOR014", "Ana Paula", "", "Ferreira da Silva", "", "", "Rogerio", "da Silva", "Framingham", "MA", "01702", "1978-10-10", "210 Waverly St", False),
    ("WOR015", "Marcos", "", "Oliveira Santos", "", "", "", "", "Framingham", "MA", "01701", "", "", False),
    ("WOR016", "Kathleen", "", "OBrien", "Kay", "Dudek", "", "", "Webster", "MA", "01570", "1955-02-14", "12 Lake St", False),
    ("WOR017", "Denis", "", "Thibault", "", "", "", "", "Fitchburg", "MA", "01420", "1952-06-06", "88 Blossom St", True),
    ("WOR018", "Mary Beth", "", "Donnelly", "", "", "", "", "Auburn", "MA", "01501", "1968-09-29", "6 Rochdale St", False),
    ("WOR019", "Raymond", "", "Gauthier", "Ray", "", "Jeannette", "Gauthier", "Webster", "MA", "01570", "1946-12-01", "140 Thompson Rd", False),
    ("WOR020", "James", "", "McNamara", "Jim", "", "", "", "Fitchburg", "MA", "01420", "1955-04-04", "", False),
    ("WOR021", "Mark", "", "Desrosiers", "", "", "Nicole", "Desrosiers", "Leominster", "MA", "01453", "1971-03-19", "400 Lancaster St", False),
    ("WOR022", "Nicole", "", "Desrosiers", "", "Lavoie", "Mark", "Desrosiers", "Leominster", "MA", "01453", "1973-08-08", "400 Lancaster St", False),
]

# clients whose coordinates are left blank (the ZIP centroid is used)
BLANK_COORDS = {"WOR009", "WOR020"}
# clients without a phone in the CRM
NO_PHONE = {"WOR012", "WOR018"}
