"""Gaspard & Sons Funeral Home (chapels in Port Arthur, Beaumont and Orange): funeral-home site, HTML in
content:encoded, a one-sentence plain description, permalink guids. Hand-labelled."""

FEED = "gs"
BASE = "bmt_gaspard_"
ITEMS = [
dict(guid=BASE + "dudley-joseph-stelly", pub="2026-01-22T11:15:00-06:00", title="Dudley Joseph Stelly (1937 - 2026)",
body="""Dudley Joseph Stelly, 88, of Orange, passed away on Monday, January 19, 2026, at Baptist Hospital Orange.

Dudley was born in Church Point, Louisiana, and moved to Orange in 1958 to work at the DuPont Sabine River Works, where he spent 36 years as an instrument technician. He was a member of St. Mary Catholic Church, a fourth-degree Knight of Columbus, and a fixture at the Orange boat ramp every Saturday at dawn.

He is survived by his daughter, Cheryl Fusilier and her husband, Reggie, of Orange; his son, Dudley "Bubba" Stelly Jr. of Vidor; his sister-in-law, Vangie LaFleur of Orange; five grandchildren; and three great-grandchildren. He was preceded in death by his wife of 54 years, Lorraine Sonnier Stelly.

Visitation will be held Thursday from 5 to 8 p.m. at the Gaspard & Sons Orange chapel, with a rosary at 7 p.m. The funeral Mass will be Friday at 10 a.m. at St. Mary Catholic Church, Orange.""",
gold=[("BMT016", "survivor"), ("BMT015", "survivor"), ("BMT007", "survivor")]),

dict(guid=BASE + "lucius-earl-buddy-batiste", pub="2026-02-05T16:40:00-06:00", title="Lucius Earl \"Buddy\" Batiste (1944 - 2026)",
body="""BEAUMONT - Lucius Earl "Buddy" Batiste, 81, of Beaumont, entered into eternal rest on Saturday, January 31, 2026, at Christus St. Elizabeth Hospital.

Buddy was born February 17, 1944, in Beaumont, to the late Ernest and Viola Batiste, and grew up in the Charlton-Pollard neighborhood. He graduated from Hebert High School in 1962, served two years in the U.S. Army, and worked 34 years as a longshoreman at the Port of Beaumont with ILA Local 1224. He played zydeco rubboard on Saturday nights at the Pine Street Lounge well into his seventies and never met a stranger.

He leaves to cherish his memory his devoted wife of 58 years, Odessa Fontenette Batiste; his daughters, Carla Batiste-Moore (Vernon) of Houston and Denise Batiste of Beaumont; his son, Lucius Batiste II of Dallas; eleven grandchildren; and a host of nieces, nephews, cousins and friends. He was preceded in death by his parents and his brothers, Ernest Jr. and Clifford.

The family extends special thanks to Dr. Priya Venkataraman and the nurses of the fourth-floor cardiac unit for their kindness.

Homegoing services will be held at 11 a.m. Saturday, February 7, at Greater Mount Olive Baptist Church, 2880 Pine Street, with the Rev. Elijah Granger officiating. Interment will follow at Magnolia Cemetery. Pallbearers will be Darnell Chenier, Kendrick Moore, Andre Batiste, Lionel Fontenette, Calvin Sias and Terrence Batiste.""",
gold=[]),   # duplicate (later) copy of bmt_nc_obit_2026_0203: labelled on the earlier copy only

dict(guid=BASE + "mildred-faye-millie-schexnayder", pub="2026-03-03T10:05:00-06:00", title="Mildred Faye \"Millie\" Schexnayder (1934 - 2026)",
body="""Mildred Faye "Millie" Trahan Schexnayder, 91, of Vidor, passed away peacefully on Saturday, February 28, 2026, at her home on Lakeview Street.

Millie was born October 8, 1934, in Kaplan, Louisiana, to Elias and Ida Trahan. She and her late husband, Elmo, moved to Vidor in 1961, where she worked as a cashier at the Market Basket for 25 years and taught Sunday school at First Baptist Church of Vidor. Her fig preserves took the blue ribbon at the Orange County fair eleven times.

She is survived by her sons, Ronald Schexnayder of Vidor and Gary Schexnayder of Kountze; her nephew, Wendell Dugas of Vidor; six grandchildren; and nine great-grandchildren. She was preceded in death by her husband of 52 years, Elmo Schexnayder, and her sister, Noelie Dugas.

Services will be held at 2 p.m. Wednesday at First Baptist Church of Vidor, with burial at Restlawn Memorial Park.""",
gold=[("BMT020", "deceased_client")]),

dict(guid=BASE + "minh-van-truong", pub="2026-03-27T09:30:00-05:00", title="Minh Van Truong (Truong Van Minh) (1937 - 2026)",
body="""Mr. Minh Van Truong (Truong Van Minh), 88, of Port Arthur, passed away on March 24, 2026, surrounded by his family.

Mr. Truong was born in Phan Thiet, Vietnam. He left Vietnam by boat in 1979 with his wife and four children, and after a year in a refugee camp in Malaysia the family was sponsored by Queen of Vietnam Catholic Church in Port Arthur. He shrimped out of Sabine Pass for thirty years and built the family's first boat with his own hands.

He is survived by his wife, Nguyen Thi Tam; his sons, Thanh "Tony" Truong (Hoa) of Port Arthur and Phuc Truong (Lien) of Houston; his daughters, Mai Tran of Port Arthur and Linh Truong of San Jose, California; 14 grandchildren; and 5 great-grandchildren.

A vigil and rosary will be held Sunday at 7 p.m. at the Gaspard & Sons Port Arthur chapel. The funeral Mass will be celebrated Monday at 9 a.m. at Queen of Vietnam Catholic Church, followed by burial at Greenlawn Memorial Park.""",
gold=[("BMT005", "survivor"), ("BMT006", "survivor")]),

dict(guid=BASE + "leontine-tee-tine-broussard", pub="2026-04-20T13:20:00-05:00", title="Leontine \"Tee-Tine\" Boudreaux Broussard (1941 - 2026)",
body="""Leontine "Tee-Tine" Boudreaux Broussard, 84, of Bridge City, passed away April 17, 2026, at Baptist Hospital Orange.

Tee-Tine was born in Bridge City when it was still called Prairie View, the youngest of nine children of Onezime and Celestine Boudreaux. She worked at the Bridge City bank for thirty years and never forgot a customer's name or birthday.

She is survived by her daughter, Michelle Broussard Hebert of Orangefield; her brother, Ulysses "Coach" Boudreaux of Bridge City; four grandchildren; and many nieces and nephews. She was preceded in death by her husband, Curtis Broussard, and by seven brothers and sisters.

The funeral Mass will be celebrated at 10 a.m. Wednesday at St. Henry Catholic Church, Bridge City.""",
gold=[("BMT013", "survivor")]),

dict(guid=BASE + "ernestine-pouncey", pub="2026-06-02T08:50:00-05:00", title="Ernestine Pouncey (1932 - 2026)",
body="""Ernestine Pouncey, 93, of Silsbee, went to be with her Lord on May 30, 2026, at the Silsbee nursing center.

Ernestine was born in the Village Creek community of Hardin County and taught first grade in Silsbee for 34 years. Half the town learned to read in her classroom.

She is survived by her daughter, Darla (Hollis) Brimberry of Lumberton; her son, Ray Pouncey of Silsbee; five grandchildren; and eight great-grandchildren. She was preceded in death by her husband, J.W. Pouncey.

Services will be held at 11 a.m. Thursday at First Baptist Church of Silsbee.""",
gold=[("BMT012", "survivor"), ("BMT011", "survivor")]),
]
