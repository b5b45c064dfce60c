"""Nanticoke Bay Funeral Home (chapels in Fruitland and Snow Hill): funeral-home site, HTML in content:encoded,
one-sentence plain description. Hand-labelled."""

FEED = "fh"
BASE = "sby_nbfh_"   # guid prefix; the permalink is https://www.nanticokebayfh.example/obituaries/<slug>
ITEMS = [
dict(guid=BASE + "ruby-mae-disharoon", pub="2026-01-09T11:00:00-05:00", title="Ruby Mae Disharoon (1929 - 2026)",
body="""Ruby Mae Disharoon, 96, of Delmar, passed away peacefully on Wednesday, January 7, 2026, at the Delmar Nursing and Rehabilitation Center.

Ruby was born on a farm outside Hebron and worked for twenty-six years on the line at the Perdue plant in Salisbury. She made chicken and slippery dumplings every Sunday for anyone who came by, and most of Delmar did.

She is survived by her son, Alton "Sonny" Disharoon (Peggy) of Delmar; her daughter, Jean Messick of Laurel, Del.; seven grandchildren; and twelve great-grandchildren. She was preceded in death by her husband, Walter Disharoon, in 1998.

Funeral services will be held at 1 p.m. Tuesday at the Fruitland chapel. Burial will follow in St. Stephen's Cemetery, Delmar.""",
gold=[("SBY023", "survivor")]),

dict(guid=BASE + "raymond-bradshaw", pub="2026-02-05T10:15:00-05:00", title="Raymond Earl Bradshaw (1935 - 2026)",
body="""Raymond Earl Bradshaw, 90, of Fruitland, died Monday, February 2, 2026, at his home.

Raymond retired from the Maryland State Highway Administration after 31 years and then sold sweet corn and cantaloupes from a stand on U.S. 13 every summer until he was 88. He was a charter member of the Fruitland Volunteer Fire Company.

He is survived by his sister, Doris Evans of Fruitland; his brother-in-law, Harold "Hal" Laird of Salisbury; his daughter, Linda Bradshaw Ewell of Georgetown, Del.; and three grandchildren. He was preceded in death by his wife, Nancy Laird Bradshaw, and his brother, Calvin Bradshaw.

A service will be held at 11 a.m. Saturday at the Fruitland chapel. Pallbearers will be Travis Webster, Jason Ewell, Cody Ewell, Mike Hearn, Dale Parker and Bobby Insley.""",
gold=[("SBY010", "survivor")]),

dict(guid=BASE + "clarence-buck-hastings", pub="2026-03-19T14:40:00-04:00", title="Clarence Edward \"Buck\" Hastings (1932 - 2026)",
body="""Clarence Edward "Buck" Hastings, 93, of Snow Hill, died Monday, March 16, 2026, at Atlantic General Hospital.

Buck worked the timber woods of Worcester County for forty years and was a familiar sight on the Pocomoke River in his jon boat. He was a member of Snow Hill Christian Church and of the Snow Hill Volunteer Fire Company for 62 years.

He is survived by his daughter, Betty Hastings Pruitt of Snow Hill; his grandson, Clay Hastings and his wife, Brittany, of Berlin, who carries his name; two other grandchildren; and three great-grandchildren. He was preceded in death by his wife of 61 years, Mildred, and by his son, Clarence E. Hastings Jr.

Services will be held at 2 p.m. Saturday at the Snow Hill chapel. Burial at Whatcoat Cemetery.""",
gold=[("SBY019", "survivor")]),

dict(guid=BASE + "lillian-collins-ward", pub="2026-04-23T09:30:00-04:00", title="Lillian Collins Ward (1945 - 2026)",
body="""Lillian Collins Ward, 80, of Pocomoke City, entered into rest on Monday, April 20, 2026, at McCready Memorial Hospital in Crisfield.

Lillian was born in Stockton, the eldest of the six children of the late Rev. James and Ora Collins. She taught home economics at Pocomoke High School for 34 years and sang in the Bethel AME Church choir for longer than that.

She is survived by her sisters, Bernice (Wendell) Purnell of Snow Hill and Alberta Collins of Wilmington, Del.; her son, Dr. Keith Ward of Richmond, Va.; and two grandchildren. She was preceded in death by her husband, Lester Ward, and her brothers, James Jr. and Otis Collins.

A homegoing service will be held at noon Saturday at Bethel AME Church, Pocomoke City.""",
gold=[("SBY022", "survivor"), ("SBY021", "survivor")]),

dict(guid=BASE + "norma-jean-parsons", pub="2026-05-26T10:00:00-04:00", title="Norma Jean Parsons (1957 - 2026)",
body="""Norma Jean Parsons, 68, of Salisbury, passed away Saturday, May 23, 2026, at TidePoint Hospice House.

Norma worked for 30 years in the business office of Salisbury University and was a devoted member of Trinity United Methodist Church, where she ran the Thursday clothes closet.

She is survived by her son, Brandon Parsons of Salisbury; her cousins, Gerri Insley of Salisbury and Faye Mitchell of Quantico; and her beloved cat, Biscuit. She was preceded in death by her parents, Leon and Edna Parsons.

A memorial service will be held at 11 a.m. Friday at Trinity United Methodist Church, Salisbury.""",
gold=[("SBY020", "survivor")]),
]
