"""Mid-Arkansas Christian Chronicle (churches of Christ brotherhood paper, Lonoke/Faulkner/White counties):
long plain-text obituaries ("obeyed the gospel", "faithful member of the ... church of Christ"). Hand-labelled."""

FEED = "mcc"
ITEMS = [
dict(guid="lit_mcc-obit-2026-033", pub="2026-05-20T08:00:00-05:00", title="Clifford Dale Cagle, 1942-2026",
body="""Clifford Dale Cagle, 84, of Cabot, passed from this life May 16, 2026, at his home on the farm he worked for sixty years. He was born February 9, 1942, near Mount Vernon in Faulkner County, and obeyed the gospel at the Mount Vernon church of Christ in the summer of 1956.

On August 30, 1962, he married Betty Sue Hollis, and together they were faithful members of the Cabot church of Christ, where Clifford served as an elder for twenty-two years and led singing on Wednesday nights until his voice gave out. He raised cattle and hay and never once missed a Lord's Day on account of the weather.

He is survived by his wife of 63 years, Betty Sue; a daughter, Rhonda Ledbetter and husband Dwayne of Cabot; a son, Larry Cagle and wife Pam of Ward; five grandchildren; and three great-grandchildren. He was preceded in death by his parents and a brother, Wendell.

Funeral services were held May 19 at the Cabot church of Christ with brother Hal Pruitt of Greenbrier, a lifelong friend, speaking. Burial in Mount Vernon Cemetery.""",
gold=[("LIT017", "survivor"), ("LIT016", "survivor"), ("LIT015", "survivor")]),

dict(guid="lit_mcc-obit-2026-041", pub="2026-07-01T08:00:00-05:00", title="Lorene Pruitt Cox, 90, Vilonia",
body="""Sister Lorene Pruitt Cox of Vilonia went home to her reward June 26, 2026, at the age of 90. She was born in the Pleasant Valley community to Ervin and Ora Pruitt, obeyed the gospel at fourteen, and taught the ladies' Bible class at the Vilonia church of Christ for more than forty years.

She was preceded in death by her husband of 61 years, Elvis Cox, and a sister, Opal. Survivors include two sons, Danny Cox of Vilonia and Mark Cox of Searcy; her brother, Hal Pruitt of Greenbrier; eight grandchildren; and a multitude of Bible class students who still write her verses on their refrigerators.

Services were June 29 at the Vilonia church of Christ. Interment Pleasant Valley Cemetery.""",
gold=[("LIT018", "survivor")]),

dict(guid="lit_mcc-obit-2026-052", pub="2026-09-09T08:00:00-05:00", title="Thurman Ray Bivens, 77, Searcy",
body="""Thurman Ray Bivens, 77, of Searcy, died September 4, 2026. He obeyed the gospel in 1961 and served the Downtown church of Christ in Searcy as a song leader and deacon. A retired pharmacist, he filled prescriptions at Bivens Drug for forty-one years and kept a bowl of peppermints on the counter for every child.

He is survived by his wife, Carolyn; daughters Amy Bivens Holt of Beebe and Laura Bivens of Searcy; and four grandchildren.

Services were September 7 at the Downtown church of Christ, with Harding University Bible professor Dr. Keith Barnett officiating. Pallbearers were Dwayne Ledbetter, Larry Cagle, Mike Holt, Jeremy Holt, Stan Reeves and Daniel Greer.""",
gold=[]),
]
