"""Longleaf Pines Funeral Home & Cremation (chapels in Oak Grove/Hattiesburg, Petal, Purvis and Laurel): a funeral
home's own site, HTML in content:encoded, one-sentence plain description, guid not a permalink. Hand-labelled."""

FEED = "llf"
BASE = "https://www.longleafpinesfh.example/obituaries/"
ITEMS = [
dict(guid="pib_llf_quattlebaum_cornelius", slug="cornelius-neal-quattlebaum", pub="2026-02-10T16:45:00-06:00",
title="Cornelius Wade \"Neal\" Quattlebaum",
body="""Cornelius Wade "Neal" Quattlebaum, age 86, of Hattiesburg, passed from this life on Monday, February 9, 2026, at Forrest General Hospital, surrounded by his family.

Neal was born June 4, 1939, in Sumrall, Mississippi, the youngest of seven children of the late Wade and Essie Quattlebaum. He graduated from Sumrall High School and from Mississippi Southern College, as he always called it, and taught vocational agriculture at Lamar County schools for thirty-four years. Generations of FFA students learned from him how to judge a heifer, how to back a trailer and how to shake a man's hand.

He was a deacon and Sunday school teacher at Main Street Baptist Church for more than fifty years and grew the best tomatoes in Canebrake, which he gave away by the sackful.

Neal is survived by his wife of 61 years, Ardith Tullos Quattlebaum; his son, Dr. Wade Quattlebaum (Melanie) of Oxford; his daughter, Lisa Quattlebaum Rayner (Brent) of Brandon; five grandchildren; and two great-grandchildren. He was preceded in death by his parents and by all six of his brothers and sisters.

Visitation will be held Thursday, February 12, from 5 until 7 p.m. at the Oak Grove chapel of Longleaf Pines Funeral Home. The funeral service will be at 11 a.m. Friday at Main Street Baptist Church with Dr. Ben Hollowell officiating. Burial will follow in Roseland Park Cemetery.

Pallbearers will be his grandsons and Stace Mozingo, Dewayne Rayner and Keith Tullos. The family wishes to thank the nurses of the Forrest General cardiac unit.""",
# the client himself: born June 4, 1939 = roster; wife Ardith = roster spouse (PIB004)
gold=[("PIB003", "deceased_client"), ("PIB004", "spouse_of_deceased_client")]),

dict(guid="pib_llf_threadgill_beauregard_sr", slug="beauregard-threadgill-sr", pub="2026-03-03T11:20:00-06:00",
title="Beauregard Lamar Threadgill Sr.",
body="""Beauregard Lamar Threadgill Sr., 89, of Laurel, passed away peacefully on Sunday, March 1, 2026, at the home he built with his own hands on Sawmill Road.

Mr. Threadgill was born January 6, 1937, in Ellisville. He served in the U.S. Army in Germany, then came home to Laurel and worked forty years at the Masonite plant. He coached Little League for two decades and never stopped telling anyone who would listen that the 1971 Laurel All-Stars were robbed.

He is survived by his son, Beauregard "Bo" Threadgill Jr. and wife Charlene of Laurel; his daughter, Patsy Threadgill Herrington of Soso; six grandchildren; and nine great-grandchildren. He was preceded in death by his wife of 62 years, Mavis Threadgill, and his parents.

A funeral service will be held at 2 p.m. Wednesday at the Laurel chapel of Longleaf Pines Funeral Home with Bro. Keith Pryor officiating. Burial will follow in Lakeview Cemetery with military honors.""",
# the deceased is the Sr.; the client PIB008 is the Jr. (roster "Threadgill Jr.", nickname Bo): survivor
gold=[("PIB008", "survivor")]),

dict(guid="pib_llf_hatten_imogene", slug="imogene-pruitt-hatten", pub="2026-05-27T09:10:00-05:00",
title="Imogene Pruitt Hatten",
body="""Imogene Pruitt Hatten, 88, of Purvis, passed away on Monday, May 25, 2026, at Lamar Healthcare and Rehabilitation.

Mrs. Hatten was born in Purvis to the late Oscar and Della Pruitt. She kept books for Hatten Feed & Seed for forty-five years and taught herself to quilt at seventy; her quilts hang in the homes of most of her church family at Purvis First Baptist.

She is survived by her son, Ronald Hatten of Purvis; her nieces, Jo Lynn Pruitt Varnado of Purvis and Karen Pruitt Seal of Lumberton; and a nephew, Danny Pruitt of Baxterville. She was preceded in death by her husband, Elbert Hatten, and her brothers, Otis and Leon Pruitt.

Services will be held at 10 a.m. Friday at the Purvis chapel of Longleaf Pines Funeral Home. Burial will be in Purvis Cemetery.""",
# Jo Lynn Varnado (PIB014), maiden Pruitt, Purvis: survivor. Her husband Hollis is not named.
gold=[("PIB014", "survivor")]),

dict(guid="pib_llf_varnado_hollis_dwayne", slug="hollis-dwayne-varnado", pub="2026-07-14T14:30:00-05:00",
title="Hollis Dwayne \"Trey\" Varnado",
body="""Hollis Dwayne "Trey" Varnado, 27, of Tylertown, was called home unexpectedly on Friday, July 10, 2026, as the result of a logging accident in Walthall County.

Trey was born April 2, 1999, in Hattiesburg and grew up in Purvis, where he graduated from Purvis High School in 2017 and played third base for the Tornadoes. He drove a log truck for Magee Timber and was happiest in a deer stand or on the Bogue Chitto with a cane pole.

He is survived by his parents, Dwayne and Tammy Varnado of Tylertown; his sister, Kaylee Varnado; his grandparents, Hollis and JoLynn Varnado of Purvis, whose first grandson carried his grandfather's name; and his maternal grandmother, Bettye Magee of Tylertown.

Visitation will be held Monday from 5 until 8 p.m. at the Purvis chapel of Longleaf Pines Funeral Home. The funeral will be at 11 a.m. Tuesday at Purvis First Baptist Church, with burial in Purvis Cemetery.""",
# a 27-year-old namesake of PIB013 (born 1953); the client and his wife are the grieving grandparents
gold=[("PIB013", "survivor"), ("PIB014", "survivor")]),

dict(guid="pib_llf_holifield_vernon", slug="vernon-odell-holifield", pub="2026-09-02T10:05:00-05:00",
title="Vernon Odell Holifield",
body="""Vernon Odell Holifield, 79, of Sumrall, passed away on Monday, August 31, 2026, at his home.

Vernon was born in Collins and spent his working life as a pipefitter at the Chevron refinery in Pascagoula, driving home to Lamar County every weekend for thirty years. He raised beagles, grew peanuts and boiled them for every ballgame at Sumrall High.

He is survived by his wife of 55 years, Barbara Holifield of Sumrall; his sons, Keith Holifield and Gary Holifield, both of Sumrall; his sister, Marguerite "Peggy" Hollimon of Collins; and five grandchildren.

Services will be at 2 p.m. Thursday at Sumrall Methodist Church. Honorary pallbearers will be his hunting buddies Stace Mozingo, Pete Sumrall and Bud Grantham.""",
# Peggy Hollimon (PIB021, maiden Holifield) is do_not_contact: nothing. Stace Mozingo is an honorary pallbearer: nothing.
gold=[]),
]
