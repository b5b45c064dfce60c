"""Big Horn Valley Mortuary (Hardin, Mont.): funeral-home site serving Hardin, Crow Agency, Lodge Grass and Pryor.
Crow (Apsaalooke) family obituaries: clan and child-of clan, Indian names, wakes at the family home, clan relatives
among the survivors, pallbearers and honorary bearers. HTML in content:encoded. Hand-labelled."""

FEED = "bhv"
ITEMS = [
dict(guid="bil_bhv_2026_0114", pub="2026-01-14T10:15:00-07:00", title="Evangeline Gray Otter",
body="""Evangeline "Vangie" Gray Otter, whose Indian name was Sings Among The Lodges, passed away peacefully on Saturday, January 10, 2026, at her home in Crow Agency, surrounded by her family. She was 86.

Vangie was born February 9, 1939, at Crow Agency to Amos Gray Otter and Lucy Bright Wing. She was a member of the Whistling Water clan and a child of the Newly Made Lodge clan. Her Indian name was given to her by her grandfather, Old Man Bright Wing, when she was four years old. She attended the Crow Agency day school and St. Xavier Mission, and worked for 31 years as a cook at the Crow Agency hospital.

A proud Apsáalooke woman, she was known across the reservation for her elk-tooth dresses and her beadwork, which rode in the Crow Fair parade every August. She raised her grandchildren and many others besides, and no one ever left her kitchen hungry.

She is survived by her daughter, Loretta (Jerry) Rides Alone of Crow Agency; her sons, Franklin Gray Otter of Pryor and Wendell Gray Otter of Billings; her sister, Alma Bright Wing of Wyola; 14 grandchildren, 22 great-grandchildren, and numerous clan brothers, sisters, aunts and uncles.

She was preceded in death by her husband, Raymond Gray Otter Sr.; her son, Raymond Jr.; and her parents.

A wake will be held at the family home in Crow Agency beginning Tuesday evening. Funeral services will be held at 10 a.m. Thursday, January 15, at the Crow Agency Multi-Purpose Building, with Pastor Delbert Crane Bull officiating. Pallbearers will be her grandsons. Interment will follow at Custer National Cemetery. Big Horn Valley Mortuary is in charge of arrangements.""",
gold=[("BIL008", "survivor"), ("BIL007", "survivor")]),
# Delbert Crane Bull (BIL021) is the officiant: nothing.

dict(guid="bil_bhv_2026_0219", pub="2026-02-19T09:40:00-07:00", title="Wilbur Stands Over Hill",
body="""Wilbur James Stands Over Hill, Comes Back With Horses, 71, of Lodge Grass, began his journey home on Monday, February 16, 2026, at the Billings Clinic.

Wilbur was born May 2, 1954, in Crow Agency, the son of Moses Stands Over Hill and Irene Plain Shield. He was a member of the Big Lodge clan and a child of the Greasy Mouth clan. He was raised by his grandparents on the Lodge Grass Creek and was a proud graduate of Lodge Grass High School, where he played on the 1972 state basketball team.

He worked as a ranch hand and later as a road-maintenance foreman for the Crow Tribe. He was a sundancer, a traditional dancer, and an announcer at rodeos and powwows from Sheridan to Browning. His horses were his pride.

Survivors include his sister, Vivian Stands Over Hill of Lodge Grass; his brothers, Leroy Stands Over Hill of Garryowen and Peter Stands Over Hill of Hardin; his daughters, Tessa and Georgia, both of Lodge Grass; and many grandchildren, nieces, nephews and clan relatives.

He was preceded in death by his parents; his wife, Charlotte; and his uncle, Harlan Holds The Bow.

Wake services will begin Thursday evening at the Lodge Grass Multi-Purpose Building. Funeral services will be held at 11 a.m. Saturday, February 21, at the same location. Burial will be in the Lodge Grass Cemetery. Big Horn Valley Mortuary is in charge of arrangements.""",
gold=[("BIL009", "survivor")]),
# "his uncle, Harlan Holds The Bow" is preceded in death (and a generation older than BIL010, b. 1971): nothing.

dict(guid="bil_bhv_2026_0324", pub="2026-03-24T11:05:00-06:00", title="Rosalind Holds The Bow",
body="""Rosalind Holds The Bow, 88, of Hardin, died Friday, March 20, 2026, at Heritage Acres in Hardin.

Rosalind, whose Indian name was Good Medicine Woman, was born August 14, 1937, near Pryor to Edward Bends The Willow and Clara Takes The Shield. She was a member of the Big Lodge clan and a child of the Ties The Bundle clan. She married Lester Holds The Bow in 1958 and they ranched along the Little Bighorn River for forty years.

She served on the Crow Tribal Health Board and taught Crow language classes at Little Big Horn College into her eighties. She loved her church, her garden and the Hardin Bulldogs.

She is survived by her son, Harlan "Buster" Holds The Bow (Tamara) of Hardin; her daughters, Grace Holds The Bow of Billings and Naomi Old Coyote of Lame Deer; her clan sister, Vivian Stands Over Hill of Lodge Grass; 11 grandchildren and 19 great-grandchildren.

She was preceded in death by her husband, Lester; her son, Calvin; and all of her brothers and sisters.

Wake at the family home, 912 N. Cheyenne Ave., Hardin, Tuesday and Wednesday evenings. Funeral service at 10 a.m. Thursday, March 26, at the Hardin Baptist Church. Pallbearers: Jerry Rides Alone, Marvin Bends The Willow, Cole Holds The Bow, Tyson Holds The Bow, Darnell Old Coyote and Gilbert Takes The Shield. Interment at Custer National Cemetery.""",
gold=[("BIL010", "survivor"), ("BIL009", "survivor")]),
# Vivian as "clan sister" is listed among the survivors (a clan relative is family in Crow kinship): survivor.
# Jerry Rides Alone (BIL007) is a pallbearer: nothing.  Tamara is BIL010's roster spouse, not a client.
dict(guid="bil_bhv_2026_0930", pub="2026-09-30T10:20:00-06:00", title="Thaddeus Crane Bull",
body="""Thaddeus "Tad" Crane Bull, 73, of Lodge Grass, passed away Saturday, September 26, 2026, at the Crow/Northern Cheyenne Hospital in Crow Agency.

Tad was born April 19, 1953, at Crow Agency to Simon Crane Bull and Nora Sits Down Spotted. His Indian name, Walks With The Eagles, was given to him by his clan uncle at the 1960 Crow Fair. He belonged to the Piegan clan and was a child of the Whistling Water clan. He served with the U.S. Marine Corps in Vietnam, and afterward drove a school bus for Lodge Grass Public Schools for 35 years; three generations of Lodge Grass children knew him as "Bus Grandpa."

He was a lifelong member of the Lodge Grass Baptist Church and a veteran color guard at every Crow Fair and Memorial Day ceremony.

Tad is survived by his wife of 49 years, Delphine; his brother, Pastor Delbert Crane Bull of Wyola; his sons, Aaron and Micah Crane Bull of Lodge Grass; his daughter, Rochelle Crane Bull of Billings; 12 grandchildren; and his clan brothers and sisters.

He was preceded in death by his parents and his sister, Ida.

A wake will be held at the family home east of Lodge Grass. Funeral services will be held at 10 a.m. Thursday, October 1, at the Lodge Grass Multi-Purpose Building, with the Rev. Wesley Not Far Off officiating. Military honors by the Crow Nation Veterans Honor Guard. Interment at Custer National Cemetery.""",
gold=[("BIL021", "survivor")]),
# Pastor Delbert Crane Bull is listed "of Wyola" (about 20 km south of Lodge Grass, same valley); BIL021 is a
# Lodge Grass pastor: the same man, survivor.

dict(guid="bil_bhv_2026_1014", pub="2026-10-14T09:00:00-06:00", title="Marcella Little Nest",
body="""Marcella Dawn Little Nest, 23, of Pryor, died unexpectedly on Saturday, October 10, 2026, near Pryor.

Marcella was born March 3, 2003, in Billings to Travis Little Nest and Sharla Pretty Weasel. Her Indian name was Bird That Sings Early. She was a member of the Ties The Bundle clan and a child of the Sore Lip clan. She graduated from Plenty Coups High School in 2021, where she ran cross-country, and was in her third year of nursing at Little Big Horn College.

She loved her nieces and nephews, her horse Dakota and dancing jingle dress at every powwow she could get to.

She is survived by her parents, Travis and Sharla Little Nest of Pryor; her brothers, Keenan and Troy; her sister, Destiny; her grandmother and namesake, Marcella Little Nest of Hardin; her great-grandmother, Beatrice Pretty Weasel; and numerous aunts, uncles, cousins and clan relatives.

Wake at the Pryor Community Hall beginning Tuesday evening. Funeral services at 11 a.m. Thursday, October 15, at St. Charles Mission Church, Pryor. Burial in the Pryor Cemetery.""",
gold=[("BIL011", "survivor")]),
# The deceased is a 23-year-old namesake of BIL011 (b. 1947); BIL011 is the grandmother "of Hardin": survivor.
dict(guid="bil_bhv_2026_0611", pub="2026-06-11T10:30:00-06:00", title="Leonard \"Lenny\" Kicks The Fog",
body="""Leonard "Lenny" Kicks The Fog, 82, of Billings, formerly of Pryor, passed away Monday, June 8, 2026, at St. Vincent Regional Hospital.

Lenny was born in Pryor to Samuel Kicks The Fog and Agnes Shows The Way. His Indian name, Strikes The Enemy At Dawn, was given to him by his grandmother. He was a member of the Newly Made Lodge clan and a child of the Piegan clan. He served in the U.S. Army and then worked 33 years for the Montana Power Company in Billings, coming home to Pryor every summer for the Plenty Coups Day of Honor.

He is survived by his wife of 58 years, Geneva (Plain Feather) Kicks The Fog of Billings; his sons, Leonard Jr. of Billings and Francis of Pryor; his daughter, Bernadette Kicks The Fog of Crow Agency; 16 grandchildren; and many clan brothers and sisters.

He was preceded in death by his parents and his brothers, Ambrose and Lloyd.

A wake will be held at the family home in Pryor beginning Thursday evening. Funeral Mass at 10 a.m. Saturday, June 13, at St. Charles Mission Church, Pryor. Pallbearers: Franklin Gray Otter, Marvin Bends The Willow, Leonard Kicks The Fog III, Darrell Shows The Way, Aaron Crane Bull and Cole Holds The Bow. Interment at the Pryor Cemetery.""",
gold=[("BIL023", "deceased_client"), ("BIL024", "spouse_of_deceased_client")]),
# No birth date or exact-age check beyond "82" (roster b. March 5, 1944: 82 in June 2026); corroborated by the
# widow "Geneva (Plain Feather)" = roster spouse BIL024 with maiden name Plain Feather, and by Billings.
]
