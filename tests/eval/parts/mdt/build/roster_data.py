"""Hand-written roster for the mdt part (Harrisburg and the Susquehanna Valley, Pennsylvania).

All people invented; places, ZIP codes and county FIPS real."""

ADV = "r.hartranft@keystonewealth.example"
ADV2 = "l.oberholtzer@keystonewealth.example"

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc, advisor
R = [
    ("MDT001", "Clarence", "E.", "Hollinger", "Butch", "", "Arlene", "Hollinger", "Hummelstown", "PA", "17036", "1946-08-14", "212 W Main St", False, ADV),
    ("MDT002", "Arlene", "M.", "Hollinger", "", "Brubaker", "Clarence", "Hollinger", "Hummelstown", "PA", "17036", "1948-03-22", "212 W Main St", False, ADV),
    ("MDT003", "Dolores", "", "Vukovich", "Dee", "Kostelac", "", "", "Steelton", "PA", "17113", "1941-11-02", "418 S 3rd St", False, ADV),
    ("MDT004", "Wendell", "R.", "Gingrich Jr.", "", "", "Patricia", "Gingrich", "Palmyra", "PA", "17078", "1955-04-09", "35 N Railroad St", False, ADV2),
    ("MDT005", "Patricia", "", "Gingrich", "Patty", "Deimler", "Wendell", "Gingrich Jr.", "Palmyra", "PA", "17078", "1957-12-01", "35 N Railroad St", False, ADV2),
    ("MDT006", "Mary Lou", "K.", "Stauffer", "", "", "Glenn", "Stauffer", "Mechanicsburg", "PA", "17055", "1944-06-18", "604 W Simpson St", False, ADV2),
    ("MDT007", "Maritza", "", "Colon Rivera", "", "", "", "", "Harrisburg", "PA", "17104", "1968-07-25", "1410 Derry St", False, ADV),
    ("MDT008", "Darnell", "", "Pettaway", "", "", "Yvette", "Pettaway", "Harrisburg", "PA", "17110", "1963-02-11", "2231 N 2nd St", False, ADV),
    ("MDT009", "Kenneth", "", "Eshleman", "Kenny", "", "Lorraine", "Eshleman", "Elizabethtown", "PA", "17022", "1958-09-30", "1180 Bainbridge Rd", False, ADV2),
    ("MDT010", "Lorraine", "", "Eshleman", "", "Heisey", "Kenneth", "Eshleman", "Elizabethtown", "PA", "17022", "1960-01-17", "1180 Bainbridge Rd", False, ADV2),
    ("MDT011", "Bishnu", "Prasad", "Adhikari", "", "", "", "", "Harrisburg", "PA", "17111", "", "4620 Derry St", False, ADV),
    ("MDT012", "Gretchen", "", "Longenecker", "", "", "", "", "Camp Hill", "PA", "17011", "1986-10-12", "2107 Market St", False, ADV2),
    ("MDT013", "Harold", "", "Kunkel", "Hal", "", "", "", "Linglestown", "PA", "17112", "1960-03-03", "", True, ADV),
    ("MDT014", "Theodore", "", "Bomberger", "Ted", "", "Joanne", "Bomberger", "Lebanon", "PA", "17042", "1943-05-20", "820 Chestnut St", False, ADV2),
    ("MDT015", "Joanne", "", "Bomberger", "", "Shirk", "Theodore", "Bomberger", "Lebanon", "PA", "17042", "1945-08-08", "820 Chestnut St", False, ADV2),
    ("MDT016", "Ruth Ann", "", "Shenk", "", "Hostetter", "", "", "Annville", "PA", "17003", "1937-05-03", "47 E Queen St", False, ADV2),
    ("MDT017", "Curtis", "", "Deimler", "Curt", "", "", "", "Millersburg", "PA", "17061", "1947-01-28", "301 Market St", False, ADV),
    ("MDT018", "Anthony", "", "DiSanto", "Tony", "", "Rosemarie", "DiSanto", "Enola", "PA", "17025", "1949-07-07", "15 Summit Dr", False, ADV2),
    ("MDT019", "Jeanette", "", "Musselman", "", "", "Douglas", "Musselman", "New Cumberland", "PA", "17070", "1979-04-14", "522 Bridge St", False, ADV2),
    ("MDT020", "Douglas", "", "Musselman", "Doug", "", "Jeanette", "Musselman", "New Cumberland", "PA", "17070", "1977-11-30", "522 Bridge St", False, ADV2),
    ("MDT021", "Franklin", "", "Kreider", "Frank", "", "", "", "Carlisle", "PA", "17013", "1940-02-26", "140 W Louther St", False, ADV2),
    ("MDT022", "Beverly", "", "Snavely", "Bev", "", "", "", "Middletown", "PA", "17057", "1961-06-09", "27 N Union St", False, ADV),
    ("MDT023", "Trevor", "", "Hoffer", "", "", "Megan", "Hoffer", "Lemoyne", "PA", "17043", "", "360 Herman Ave", False, ADV2),
]

# clients without a phone in the CRM (the others: one number per household)
NO_PHONE = {"MDT006", "MDT021"}
