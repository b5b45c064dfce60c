"""The North Central Florida Courier (Gainesville daily): newspaper obituaries, legacy-style titles
("Name Obituary (1931 - 2026) - Town, FL - The Courier"), plain-text descriptions. Hand-labelled."""

FEED = "courier"
ITEMS = [
dict(guid="gnv_courier_obit_260211_0418", pub="2026-02-11T05:30:00-05:00",
title="Helen Kowalczyk Obituary (1935 - 2026) - Ocala, FL - The Courier",
body="""OCALA - Helen Theresa Kowalczyk, 90, of Ocala, passed away on February 8, 2026, at the Hospice of Marion County's Legacy House, holding the rosary her mother carried from Poland.

Helen was born August 21, 1935, in Hamtramck, Michigan, to Stanley and Sophie Wrobel. She married Edward Kowalczyk in 1956 and worked thirty-one years on the line at Dodge Main, then as a school secretary in Warren. In 1998 she and Ed followed her sister south to the On Top of the World community in Ocala, where she ran the Tuesday pinochle table with an iron hand and baked paczki for the whole street every Fat Tuesday.

She is survived by her sister, Dolores "Dee" Szymanski of Ocala; her son, Gary Kowalczyk (Linda) of Sterling Heights, Michigan; her daughter, Karen Bielski of Toledo, Ohio; five grandchildren; and three great-grandchildren. She was preceded in death by her husband of 52 years, Edward, and by her brother, Walter Wrobel.

A Mass of Christian Burial will be celebrated at 10 a.m. on February 14 at Our Lady of the Springs Catholic Church, Ocala. Burial will be at Mount Olivet Cemetery in Detroit at a later date. Arrangements by Roberts & Hammond Funeral Home, Ocala.""",
gold=[("GNV016", "survivor")]),

dict(guid="gnv_courier_obit_260304_0522", pub="2026-03-04T05:30:00-05:00",
title="Anand Venkataraman Obituary (1946 - 2026) - Gainesville, FL - The Courier",
body="""GAINESVILLE - Anand Subramanian Venkataraman, 79, a retired structural engineer who spent his last six years in Gainesville near his daughter and the University of Florida football team he adopted with a convert's zeal, died peacefully on March 1, 2026, at North Florida Hospital.

Born in Madurai, Tamil Nadu, India, he earned his engineering degree at the College of Engineering, Guindy, and a master's degree at Purdue. He designed bridges and parking structures in Chicago for more than thirty years. He read two newspapers a day, corrected the grammar in both, and never missed a Gators home game after his move south.

He is survived by his daughter, Dr. Priya Venkataraman of Gainesville; his son, Arjun Venkataraman (Meera) of Naperville, Illinois; his brother, Ramesh Venkataraman of Chennai; and three grandchildren. He was preceded in death by his wife of 44 years, Lalitha.

Prayers will be held at 4 p.m. on March 5 at the Hindu Temple of Gainesville, followed by cremation. In lieu of flowers, the family asks for gifts to the UF Health Shands Children's Hospital.""",
gold=[("GNV010", "survivor")]),

dict(guid="gnv_courier_obit_260327_0611", pub="2026-03-27T05:30:00-04:00",
title="Wyatt Thrasher Obituary (1935 - 2026) - Alachua, FL - The Courier",
body="""ALACHUA - Wyatt Eugene Thrasher, 90, who farmed peanuts and watermelons on the same quarter-section north of Alachua for sixty-two years, died March 24, 2026, at his home, in the bedroom where he was born.

Mr. Thrasher was born February 3, 1935, to Eugene and Lila (Mobley) Thrasher. He served in the U.S. Army in Korea, came home, married Irene Sapp, and never left Alachua County again if he could help it. He was a deacon at Bethlehem Baptist Church, a forty-year member of the Alachua County Farm Bureau, and the only man in town who would still plow a neighbor's garden with a mule.

He is survived by his son, Dale Thrasher (Jeannie) of Alachua; his daughter, Brenda Tyner of Lake Butler; six grandchildren, including his grandson and namesake, Wyatt Thrasher of Alachua, who farmed beside him every harvest; and eleven great-grandchildren. He was preceded in death by his wife of 61 years, Irene, and by his brothers, Lonnie and J.W.

Funeral services will be held at 11 a.m. on March 28 at Bethlehem Baptist Church with Bro. Terry Sapp officiating. Interment will follow in Alachua Cemetery. Pallbearers will be his grandsons.""",
gold=[("GNV021", "survivor")]),

dict(guid="gnv_courier_obit_260414_0702", pub="2026-04-14T05:30:00-04:00",
title="Thaddeus \"Tad\" Wainwright Obituary (1949 - 2026) - Gainesville, FL - The Courier",
body="""GAINESVILLE - Thaddeus Carroll "Tad" Wainwright, 76, professor emeritus of soil and water sciences at the University of Florida, died April 11, 2026, at Haven Hospice in Gainesville after a long illness borne with patience and bad puns.

Tad was born June 2, 1949, in Valdosta, Georgia, the son of Carroll and Edith Wainwright. He studied at the University of Georgia and Cornell and came to Gainesville in 1978 for what he told his wife would be "three years, tops." He spent thirty-four of them teaching, measuring the groundwater of the Santa Fe and Ichetucknee basins, and taking graduate students to the springs on Fridays "to check the data." He was a founding board member of the Alachua Conservation Trust.

He is survived by his wife of 51 years, Rosalind "Roz" (Oakes) Wainwright; his daughter, Claire Wainwright-Moss (Derek) of Asheville, North Carolina; his son, Benjamin Wainwright of Tallahassee; and four grandchildren.

A celebration of his life will be held at 2 p.m. on April 25 at the Thomas Center, 302 NE 6th Ave., Gainesville. In lieu of flowers, gifts may be made to the Alachua Conservation Trust. Arrangements by Milbrook Cremation Society of Gainesville.""",
gold=[("GNV006", "deceased_client"), ("GNV007", "spouse_of_deceased_client")]),

dict(guid="gnv_courier_obit_260508_0815", pub="2026-05-08T05:30:00-04:00",
title="Elwood Tuten Obituary (1937 - 2026) - Fort White, FL - The Courier",
body="""FORT WHITE - Elwood Lamar Tuten, 88, of Fort White, passed from this life on May 5, 2026, at the Lake City VA Medical Center.

Elwood was born in Columbia County on October 12, 1937, and lived within sight of the Santa Fe River all his life except for two years in the Navy. He ran cattle, cut timber, and for twenty years drove a school bus on the Fort White route, where he was famous for stopping to let turtles cross. He was a member of Fort White First Baptist Church.

He is survived by his daughter, Darlene Tuten Strickland (Hollis) of High Springs; his son, Ricky Tuten of Fort White; his sister, Ola Mae Brannen of Branford; five grandchildren; and seven great-grandchildren. He was preceded in death by his wife, Vera, and by a grandson, Cody.

Visitation will be from 6 to 8 p.m. on May 8 at Gateway-Forest Lawn Funeral Home, Lake City. Funeral services will be held at 11 a.m. on May 9 at Fort White First Baptist Church, with burial in Ichetucknee Cemetery.""",
gold=[("GNV009", "survivor"), ("GNV008", "survivor")]),

dict(guid="gnv_courier_obit_260612_0901", pub="2026-06-12T05:30:00-04:00",
title="Bartow Yearty Obituary (1941 - 2026) - Micanopy, FL - The Courier",
body="""MICANOPY - Bartow Ellis Yearty, 84, who sold honey, boiled peanuts and opinions from the same roadside stand on U.S. 441 for forty-five years, died June 9, 2026, at his home in Micanopy.

Bartow was born in Micanopy, attended Micanopy School and the University of Florida for one semester ("enough"), and kept bees in every corner of southern Alachua County. He was a member of the Micanopy Historical Society and the volunteer fire department.

He is survived by his wife of 60 years, Nettie; his sons, Bart Yearty Jr. of Micanopy and Wade Yearty of Ocala; and four grandchildren. He was preceded in death by his sister, June.

A graveside service will be held at 10 a.m. on June 13 at Micanopy Historic Cemetery, with the Rev. Lonnie Dukes officiating. Pallbearers will be Lige Barineau, Bart Yearty Jr., Wade Yearty, Terry Howell, Dorsey Futch and Earl Priest. The family thanks the nurses of Haven Hospice.""",
gold=[]),
]
