"""Hand-written roster for the wdg part: northwest Oklahoma (Enid, Alva, Fairview, Kingfisher and nearby towns).
All people invented; ZIP codes and county FIPS real."""

ADV = {  # by city
    "Enid": "r.hodgden@redbudplains.example", "Alva": "r.hodgden@redbudplains.example",
    "Cherokee": "r.hodgden@redbudplains.example",
    "Fairview": "m.castellanos@redbudplains.example", "Kingfisher": "m.castellanos@redbudplains.example",
    "Hennessey": "m.castellanos@redbudplains.example",
}
AREA = {"Enid": "580", "Alva": "580", "Cherokee": "580", "Fairview": "580", "Kingfisher": "405", "Hennessey": "405"}

# id, first, middle, last, nickname, maiden, spouse_first, spouse_last, city, state, zip, birth, street, dnc
R = [
    ("WDG001", "Harlan", "Dean", "Ratzlaff", "", "", "Verna", "Ratzlaff", "Fairview", "OK", "73737", "1943-04-11", "Rt 1 Box 58", False),
    ("WDG002", "Verna", "", "Ratzlaff", "", "Unruh", "Harlan", "Ratzlaff", "Fairview", "OK", "73737", "1945-09-02", "Rt 1 Box 58", False),
    ("WDG003", "Kenton", "", "Baalman", "", "", "Jill", "Baalman", "Kingfisher", "OK", "73750", "1972-03-14", "1104 S 13th St", False),
    ("WDG004", "Lavonne", "", "Nightengale", "", "Friesen", "", "", "Fairview", "OK", "73737", "1941-06-20", "315 E Broadway", False),
    ("WDG005", "Raymond", "", "Pribil", "Ray", "", "Sharon", "Pribil", "Enid", "OK", "73703", "1950-02-08", "2417 W Randolph Ave", False),
    ("WDG006", "Sharon", "", "Pribil", "", "Hladik", "Raymond", "Pribil", "Enid", "OK", "73703", "1953-11-30", "2417 W Randolph Ave", False),
    ("WDG007", "Jelton", "", "Anjain", "", "", "", "", "Enid", "OK", "73701", "1978-07-04", "", False),
    ("WDG008", "Marisol", "", "Gallardo Reyes", "", "", "Tomas", "Reyes", "Hennessey", "OK", "73742", "1984-12-12", "212 N Main St", False),
    ("WDG009", "Claude", "", "Wedel Jr.", "", "", "Pamela", "Wedel", "Enid", "OK", "73703", "1961-05-19", "1830 Sequoyah Dr", False),
    ("WDG010", "Pamela", "", "Wedel", "Pam", "", "Claude", "Wedel Jr.", "Enid", "OK", "73703", "1963-08-27", "1830 Sequoyah Dr", False),
    ("WDG011", "Bobbie Jo", "", "Schroeder", "", "Kapfer", "", "", "Kingfisher", "OK", "73750", "1960-10-03", "507 W Sheridan Ave", False),
    ("WDG012", "Leland", "", "Voth", "Lee", "", "Darla", "Voth", "Alva", "OK", "73717", "1953-01-22", "1021 Maple St", False),
    ("WDG013", "Darla", "", "Voth", "", "Penner", "Leland", "Voth", "Alva", "OK", "73717", "1955-04-15", "1021 Maple St", False),
    ("WDG014", "Thaddeus", "", "Strecker", "Tad", "", "", "", "Alva", "OK", "73717", "1969-09-09", "620 Locust St", False),
    ("WDG015", "Gwendolyn", "", "Tallbird", "Gwen", "", "", "", "Kingfisher", "OK", "73750", "1964-02-29", "410 N Main St", False),
    ("WDG016", "Merle", "", "Hadwiger", "", "", "", "", "Enid", "OK", "73701", "1948-12-01", "1202 E Cherokee Ave", True),
    ("WDG017", "Jill", "", "Baalman", "", "Sternberger", "Kenton", "Baalman", "Kingfisher", "OK", "73750", "1974-06-06", "1104 S 13th St", False),
    ("WDG018", "Delbert", "", "Kroeker", "Del", "", "Ione", "Kroeker", "Enid", "OK", "73701", "1947-10-17", "914 N Adams St", False),
    ("WDG019", "Opal", "", "Pankratz", "", "Regier", "", "", "Fairview", "OK", "73737", "1936-01-03", "118 N 7th Ave", False),
    ("WDG020", "Garrett", "", "Leck", "", "", "", "", "Enid", "OK", "73703", "1985-03-25", "4010 Fox Dr", False),
    ("WDG021", "Wendell", "", "Ott", "", "", "Maxine", "Ott", "Cherokee", "OK", "73728", "1940-08-12", "Rt 2 Box 112", False),
    ("WDG022", "Maxine", "", "Ott", "", "", "Wendell", "Ott", "Cherokee", "OK", "73728", "1942-12-24", "Rt 2 Box 112", False),
    ("WDG023", "Rosalind", "", "Eitzen", "Roz", "", "", "", "Alva", "OK", "73717", "1966-05-05", "902 College Ave", False),
]

BLANK_COORDS = {"WDG011"}
NO_BIRTH = {"WDG016", "WDG023"}
NO_PHONE = {"WDG014", "WDG020"}
