"""The Pamlico-Tar Courier (daily newspaper, Greenville and Washington): obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="pgv_ptc_obit_20260212_harrell", pub="2026-02-12T05:30:00-05:00", title="Ruby Tyson Harrell",
body="""FARMVILLE - Ruby Tyson Harrell, 88, of Farmville, went home to be with her Lord on Monday, February 9, 2026, at Tar River Regional Medical Center.

A native of the Fountain community, Ruby was the daughter of the late Jesse and Ila Tyson. She retired after 31 years with the Pitt County Schools cafeteria program and never once, her family says, let a child leave her line hungry. She was a faithful member of Farmville Free Will Baptist Church.

She was preceded in death by her husband of 55 years, Carlton Harrell, and a brother, Jesse Tyson Jr.

She is survived by her son, Dwayne Harrell and wife Tammy of Farmville; her sister, Lorene Whichard (Thad) of Greenville; four grandchildren; and a host of nieces and nephews.

A funeral service will be held at 2 p.m. Thursday at Farmville Free Will Baptist Church, officiated by the Rev. Alphonso Tripp. Burial will follow in Forest Hills Cemetery. Pallbearers will be Tim Corbitt, Kyle Harrell, Brent Tyson and Joey Sauls.""",
gold=[("PGV002", "survivor"), ("PGV001", "survivor")]),

dict(guid="pgv_ptc_obit_20260305_pittman", pub="2026-03-05T05:30:00-05:00", title="Bertha Pittman Corey",
body="""FARMVILLE - Bertha Pittman Corey, 91, died Tuesday, March 3, 2026, at her home in Farmville.

Mrs. Corey was born in Pitt County to the late Hardy and Nannie Pittman. She and her late husband, Ralph Corey, farmed tobacco and sweet potatoes on the Marlboro Road for more than fifty years, and her pound cake was a fixture at every homecoming at Marlboro Original Free Will Baptist.

In addition to her husband, she was preceded in death by her brothers, Ernest Pittman and Junius Pittman.

Left to cherish her memory are her daughter, Carolyn Corey Lang of Raleigh; her sister, Mary Frances Joyner of Farmville; and five grandchildren.

The family will receive friends Friday from 6 until 8 p.m. at Contentnea Memorial Chapel in Farmville.""",
gold=[("PGV005", "survivor")]),

dict(guid="pgv_ptc_obit_20260409_dail", pub="2026-04-09T05:30:00-04:00", title="Cleveland \"Trey\" Dail III",
body="""AYDEN - Cleveland "Trey" Dail III, 29, of Ayden, died unexpectedly Sunday, April 5, 2026.

Trey graduated from Ayden-Grifton High School in 2015, where he pitched for the Chargers, and went on to work as a lineman for Pitt & Greene Electric. He loved his truck, his dog Boone, and the Ayden Collard Festival, which he had not missed since he was in a stroller.

He is survived by his parents, Cleve and Bettie (Hardee) Dail of Ayden; his sister, Ashley Dail Rouse of Winterville; his grandmother, Inez Hardee of Grifton; and his beloved dog.

A celebration of Trey's life will be held at 3 p.m. Saturday at Ayden Christian Church.""",
gold=[("PGV003", "survivor"), ("PGV004", "survivor")]),

dict(guid="pgv_ptc_obit_20260521_barnhill", pub="2026-05-21T05:30:00-04:00", title="Thelma Stancill Barnhill",
body="""FARMVILLE - Thelma Stancill Barnhill, 85, passed away peacefully Tuesday, May 19, 2026, surrounded by her family.

Thelma was born and raised near Walstonburg and taught piano to two generations of Farmville children from the front room of her house on Wilson Street.

She was predeceased by her husband, James Barnhill, and by her son, Ricky Barnhill.

Survivors include her daughters, Audrey (Roy) Smallwood of Farmville and Denise Barnhill of Wilson; a brother, Harold Stancill of Walstonburg; six grandchildren and three great-grandchildren.

Services will be held at 11 a.m. Saturday at Farmville Presbyterian Church.""",
gold=[("PGV019", "survivor")]),

dict(guid="pgv_ptc_obit_20260616_worthington", pub="2026-06-16T05:30:00-04:00", title="Latoya Denise Worthington",
body="""ROCKY MOUNT - Latoya Denise Worthington, 37, of Rocky Mount, departed this life Friday, June 12, 2026, at Nash General Hospital.

A graduate of Rocky Mount High School and N.C. Wesleyan, she worked as a pharmacy technician and sang in the choir of Mount Zion Missionary Baptist Church.

She leaves to cherish her memory her mother, Gloria Worthington of Rocky Mount; her son, Jaylen; two brothers, Marcus and Andre Worthington; and a host of relatives and friends.

Homegoing services will be held at noon Saturday at Mount Zion Missionary Baptist Church, Rocky Mount.""",
gold=[]),

dict(guid="pgv_ptc_obit_20260806_gaskins", pub="2026-08-06T05:30:00-04:00", title="Linwood Earl Gaskins",
body="""WASHINGTON - Linwood Earl Gaskins, 82, of Washington, died Monday, August 3, 2026, at Vidant Beaufort Hospital after a brief illness.

Born March 9, 1944, in Beaufort County, Linwood was the son of the late Earl and Ruth Gaskins. He served in the U.S. Coast Guard, then spent 34 years at the Texasgulf phosphate works in Aurora. He could be found most mornings on the Washington waterfront with a cup of coffee and an opinion about the river.

He is survived by his wife of 58 years, Peggy Respess Gaskins; his son, Earl Gaskins and wife Renee of Chocowinity; his daughter, Kim Gaskins Woolard of Greenville; and four grandchildren.

A funeral service will be held at 2 p.m. Friday at First Christian Church, Washington, with burial in Oakdale Cemetery.""",
gold=[("PGV006", "deceased_client"), ("PGV007", "spouse_of_deceased_client")]),

dict(guid="pgv_ptc_obit_20260903_stox", pub="2026-09-03T05:30:00-04:00", title="Pauline Alligood Stox",
body="""WASHINGTON - Pauline Alligood Stox, 93, of Washington, died Monday, August 31, 2026, at Ridgewood Manor.

Mrs. Stox kept the books at the family marine supply store on Stewart Parkway from 1962 until she was well past 80 and, her son says, never once balanced them wrong.

She was preceded in death by her husband, Carroll Stox.

She is survived by her son, Braxton Stox and wife Gail of Washington; three grandchildren; and her sister, Lottie Alligood of Pantego.

A graveside service will be held at 11 a.m. Saturday at Oakdale Cemetery.""",
gold=[("PGV012", "survivor")]),
]
