"""Mohawk & Hudson Funeral Chapels (funeral-home site: HTML in content:encoded, one-sentence description).
Hand-labelled: `gold` beside each text."""

FEED = "mhfc"
ITEMS = [
dict(guid="alb_mhfc_2026_0114", pub="2026-04-14T10:20:00-04:00", title="Stanley J. \"Stan\" Wojcik",
body="""Stanley J. "Stan" Wojcik, 84, of Cohoes, died peacefully at home on Saturday, April 11, 2026, surrounded by his family.

Stan was born in Cohoes on June 12, 1941, the son of the late Jozef and Stefania (Kubiak) Wojcik. He graduated from Cohoes High School in 1959 and served two years in the U.S. Army in Germany. For 34 years he was a machinist at the Watervliet Arsenal, retiring in 1998, and for most of those years he also kept the books for the Polish Falcons Nest 121.

He was a lifelong communicant of St. Michael the Archangel Church, where he ushered at the 9:00 Mass, and he never missed a Pulaski Day parade. Stan made the best kielbasa on Vliet Boulevard and would tell you so.

He is survived by his wife of 61 years, Dorothy (Nowak) Wojcik; his sons, Mark (Jennifer) Wojcik of Latham and Paul Wojcik of Rochester; his grandchildren, Kayla, Tyler and Emma; his niece, Mary Jo Sokolowski of Waterford, who was like a daughter to him; and many cousins. He was predeceased by his sister, Irene Bartoszek.

Relatives and friends may call Thursday from 4 to 7 p.m. at the Mohawk & Hudson Funeral Chapel, 240 Remsen Street, Cohoes. A Mass of Christian Burial will be celebrated Friday at 10 a.m. at St. Michael the Archangel Church. Burial will be in St. Agnes Cemetery, Menands.""",
gold=[("ALB003", "deceased_client"), ("ALB004", "spouse_of_deceased_client"), ("ALB005", "survivor")]),

dict(guid="alb_mhfc_2026_0041", pub="2026-02-09T15:05:00-05:00", title="Rose Marie Mastrangelo (née DiNapoli)",
body="""SCHENECTADY - Rose Marie Mastrangelo, 91, went home to the Lord on February 6, 2026, at Ellis Hospital.

Born in Schenectady's Little Italy on Jay Street, she was the daughter of Italian immigrants Carmine and Filomena DiNapoli. She married Vincent Mastrangelo in 1956 at St. Anthony's Church, and together they ran Mastrangelo's Bakery on Albany Street for 31 years. Her pizza frite and sfogliatelle were known from Rotterdam to Glenville.

Rose was predeceased by her husband Vincent in 2009 and by her son, Carmine. She is survived by her daughter, Theresa (Anthony) Ciccone of Schenectady; her son, Vincent Jr. (Donna) Mastrangelo of Clifton Park; six grandchildren and nine great-grandchildren.

Calling hours will be held Tuesday from 4 to 7 p.m. at the Mohawk & Hudson Funeral Chapel, Schenectady. A Mass of Christian Burial will be celebrated Wednesday at St. Anthony's Church. In lieu of flowers, donations may be made to the Schenectady City Mission.""",
gold=[("ALB002", "survivor"), ("ALB001", "survivor")]),

dict(guid="alb_mhfc_2026_0077", pub="2026-03-10T09:40:00-04:00", title="Michael J. Flanagan Jr.",
body="""Michael J. Flanagan Jr., 52, of Troy, died unexpectedly on Saturday, March 7, 2026.

Mike grew up in South Troy, graduated from Catholic Central High School in 1991 and from Hudson Valley Community College. He worked for National Grid as a lineman for 27 years, and there was not an ice storm in the Capital District he did not climb a pole in. He coached CYO basketball at St. Joseph's for more than a decade.

He is survived by his father, Michael Flanagan Sr., and his stepmother, Eileen, of Troy; his children, Conor and Aoife; his sister, Bridget (Sean) Keane of Wynantskill; and his loyal dog, Murph. He was predeceased by his mother, Margaret (Quill) Flanagan.

Bearers will be Sean Keane, Conor Flanagan, Patrick Gilligan, Dennis Hoey, Kevin Mulcahy and Tom Brophy. Visitation Thursday 3 to 7 p.m. at the Mohawk & Hudson Funeral Chapel, Troy. Funeral Mass Friday at 10 a.m. at St. Joseph's Church, Third Street.""",
gold=[("ALB010", "survivor")]),

dict(guid="alb_mhfc_2026_0093", pub="2026-03-24T11:00:00-04:00", title="Pieter \"Pete\" Ostrander",
body="""Pieter "Pete" Ostrander, 88, of Clifton Park, died March 21, 2026, at the Glen at Hiland Meadows.

Pete was born on the family farm on Vischer Ferry Road, the ninth generation of Ostranders to work that ground since the patroon's day. He farmed dairy until 1979, then sold the herd and went to work for the Town of Clifton Park highway department. He was a deacon of the Reformed Dutch Church of Rensselaer Manor and a keeper of the family Bible, which he could read in the old Dutch.

He is survived by his daughter, Lynn (Peter) Schermerhorn of Clifton Park; his son, Hendrick Ostrander of Ballston Lake; five grandchildren; his cousin, Cornelia "Nell" Ten Eyck of Albany; and his nephew, James Van Wie of Phoenix, Ariz. His wife, Grietje (Vedder) Ostrander, died in 2018.

Services will be held Saturday at 11 a.m. at the Reformed Church, with the Rev. Anneke Bogardus officiating. Burial in the family plot, Vischer Ferry Cemetery.""",
gold=[("ALB012", "survivor"), ("ALB011", "survivor")]),

dict(guid="alb_mhfc_2026_0102", pub="2026-04-02T16:30:00-04:00", title="Gerald T. Fitzgerald",
body="""Gerald T. "Gerry" Fitzgerald, 80, of Troy, passed away on March 30, 2026, at Samaritan Hospital, after a short illness.

Gerry was born in Troy's Lansingburgh neighborhood, son of the late Thomas and Nora (Keating) Fitzgerald. He was a Troy firefighter for 30 years, retiring as a captain of Engine 4, and afterwards tended bar on Saturdays at Gilligan's Pub for the pleasure of the conversation. He was a member of the Ancient Order of Hibernians, Division 5.

Survivors include his son, Brian Fitzgerald of Troy; his daughter, Siobhan (Mark) Reilly of Saratoga Springs; his niece, Kathleen "Kitty" O'Neill of Troy, who cared for him in his last years; and five grandchildren. He was predeceased by his wife, Peggy, in 2015.

A Mass of Christian Burial will be celebrated Monday at 10 a.m. at St. Augustine's Church. Burial in St. Mary's Cemetery, Troy.""",
gold=[("ALB009", "survivor")]),

dict(guid="alb_mhfc_2026_0131", pub="2026-05-04T12:10:00-04:00", title="Ann Marie Kelleher",
body="""Ann Marie Kelleher, 77, of Watervliet, died May 1, 2026, at St. Peter's Hospital.

A graduate of Keveny Academy and the College of Saint Rose, Ann Marie taught third grade in the Watervliet City School District for 35 years. Her students remember the reading tent she built every spring in the corner of Room 12.

She is survived by her sisters, Maureen Tobin of Colonie and Frances Kelleher of Latham, and many nieces and nephews. Calling hours Wednesday 4 to 7 p.m. at the Mohawk & Hudson Funeral Chapel, Cohoes. A gathering will follow the Mass at Gilligan's Pub on Fourth Street in Troy.""",
gold=[]),
]
