"""Cahaba Ridge Memorial Chapels (invented; chapels in Hoover, Ensley and Vestavia Hills): funeral-home site, HTML in
content:encoded, one-sentence plain description. Hand-labelled."""

FEED = "crmc"
ITEMS = [
dict(guid="bhm_crmc_rosario-ross-cusimano", pub="2026-01-14T10:20:00-06:00", title="Rosario \"Ross\" Cusimano (1937 - 2026)",
body="""Rosario "Ross" Cusimano, 88, of Birmingham, went home to the Lord on Sunday, January 11, 2026, at Princeton Baptist Medical Center, surrounded by his family and, his grandchildren insist, a plate of his own fig cookies.

Ross was born in Ensley in 1937, the son of Sicilian immigrants Giuseppe and Concetta Cusimano, who ran a grocery on Avenue E within sight of the steel mill. He worked forty-one years for the railroad, sang bass in the choir at St. Joseph's for almost as long, and never once missed the St. Joseph's Day altar.

He is survived by his sisters, Carmela "Millie" D'Agostino of Ensley and Rosalie Bonura (Sal) of Hoover; his sons, Joseph Cusimano (Lynn) of Gardendale and Frank Cusimano of Mobile; six grandchildren; and a great-granddaughter. He was preceded in death by his wife of 54 years, Josephine, and by his brother, Vincent.

A Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. Joseph Catholic Church, Ensley. Burial will follow at Elmwood. In lieu of flowers, the family asks for gifts to the church's St. Vincent de Paul pantry.""",
gold=[("BHM013", "survivor"), ("BHM012", "survivor"), ("BHM011", "survivor")]),

dict(guid="bhm_crmc_jong-su-lee", pub="2026-02-03T09:45:00-06:00", title="Deacon Jong Su Lee (1946 - 2026)",
body="""Deacon Jong Su Lee, 79, of Hoover, died peacefully on Friday, January 30, 2026, at Grandview Medical Center.

Born in Daegu, Korea, Deacon Lee came to Alabama in 2004 to help open a stamping plant for an automotive supplier and stayed after he retired, to be near his grandchildren. He was a founding member of Hanbit Korean United Methodist Church in Hoover, where he kept the church garden and taught the children to write their names in Hangul.

He is survived by his wife of 52 years, Soon Ja Kim Lee; his daughter, Hyun Joo "Julie" Cho and her husband, Steve, of Pelham; his son, Daniel Lee (Grace) of Duluth, Georgia; and four grandchildren.

A funeral service will be held at 11 a.m. Wednesday at Hanbit Korean United Methodist Church, with the Rev. Sang Woo Park officiating. Interment at Southern Heritage Cemetery, Pelham.""",
gold=[("BHM020", "survivor"), ("BHM019", "survivor")]),

dict(guid="bhm_crmc_cedric-marquis-oglesby", pub="2026-03-10T14:05:00-05:00", title="Cedric Marquis Oglesby (1998 - 2026)",
body="""Cedric Marquis Oglesby, 27, of Birmingham, was called home unexpectedly on Thursday, March 5, 2026.

Cedric graduated from Jackson-Olin High School and from Lawson State Community College, where he studied HVAC. He worked for a heating and air company in Fairfield and was saving to open his own shop. He loved the Crimson Tide, his daughter, Kennedi, and his grandmother's Sunday dinners, not in that order.

He leaves to cherish his memory his daughter, Kennedi Oglesby; his parents, Marvin and Denise Oglesby of Birmingham; his brother, Terrence Oglesby; his grandmother, Mrs. Ola Oglesby of Brighton; and a host of aunts, uncles, cousins and friends.

Homegoing services will be held at 1 p.m. Saturday at Miles Chapel CME Church, 2100 Avenue I, Ensley, with the Rev. Lionel Bolden delivering the eulogy. Interment at Shadow Grove Cemetery.""",
gold=[]),  # young namesake of BHM004 (b. 1966, wife Renita): nothing; BHM007 is the officiant: nothing

dict(guid="bhm_crmc_salvatore-bonura-sr", pub="2026-04-21T11:30:00-05:00", title="Salvatore Joseph \"Sal\" Bonura Sr. (1944 - 2026)",
body="""Salvatore Joseph "Sal" Bonura Sr., 81, of Hoover, passed away on Saturday, April 18, 2026, at his home in Bluff Park.

Sal was born on October 12, 1944, in Ensley, the youngest of six children of Salvatore and Maria Bonura. He grew up behind his father's produce stand, graduated from Ensley High School and spent thirty-five years selling restaurant supplies to half the kitchens in Birmingham, most of whose owners he counted as friends. He was a Knight of Columbus, a fierce bocce player and a terrible loser at it.

He is survived by his wife of 58 years, Rosalie (Cusimano) Bonura; his son, Salvatore "Sonny" Bonura Jr. (Dana) of Helena; his daughter, Gina Bonura Ward (Kevin) of Nashville; five grandchildren; and his sister-in-law, Millie D'Agostino of Ensley. He was preceded in death by his brothers-in-law, Ross and Vincent Cusimano.

Mass of Christian Burial will be celebrated at 11 a.m. Thursday at St. Joseph Catholic Church, Ensley. Pallbearers will be Joey LoCicero, Mike Bonura, Nick Bonura, Kevin Ward, Paul Tortorici and Tony Scalici.""",
gold=[("BHM011", "deceased_client"), ("BHM012", "spouse_of_deceased_client"), ("BHM013", "survivor")]),
# BHM014 Joey Lo Cicero is a pallbearer: nothing

dict(guid="bhm_crmc_konstantinos-gus-papadakis", pub="2026-05-06T10:10:00-05:00", title="Konstantinos \"Gus\" Papadakis (1955 - 2026)",
body="""Konstantinos "Gus" Papadakis, 71, of Tarpon Springs, Florida, fell asleep in the Lord on May 2, 2026, at Florida Hospital North Pinellas.

Born in Kalymnos, Greece, Gus followed his uncles to Tarpon Springs at sixteen and worked the sponge boats before opening a bakery on Dodecanese Boulevard that he ran for forty years. Cousins from Alabama were always welcome at his table and never allowed to pay.

He is survived by his wife, Despina; his sons, Michael and Nikitas Papadakis, both of Tarpon Springs; and seven grandchildren.

Funeral service Saturday at St. Nicholas Greek Orthodox Cathedral, Tarpon Springs. Arrangements are shared here at the request of the family's Birmingham relatives.""",
gold=[]),  # namesake far away, same age as BHM008 (Vestavia Hills): nothing

dict(guid="bhm_crmc_georgia-stathakis-manolis", pub="2026-06-02T09:00:00-05:00", title="Georgia Stathakis Manolis (1952 - 2026)",
body="""Georgia Stathakis Manolis, 73, of Mountain Brook, fell asleep in the Lord on Friday, May 29, 2026.

Georgia was born in Birmingham to Nikolaos and Irene Stathakis, whose hot-dog stand on Second Avenue North fed downtown for two generations. She taught Greek school at the cathedral for thirty years and rolled more koulourakia for its festival than anyone could count.

She is survived by her husband of 50 years, Peter Manolis; her daughters, Irene Manolis Harper (Todd) and Christina Manolis; her sister, Eleni Papadakis and her husband, Gus, of Vestavia Hills; her brother, Nick Stathakis of Tarpon Springs, Florida; and five grandchildren.

Trisagion prayers will be offered Monday evening at Cahaba Ridge Memorial Chapels, Vestavia Hills. The funeral will be held Tuesday at 11 a.m. at Annunciation Greek Orthodox Church, Birmingham.""",
gold=[("BHM009", "survivor"), ("BHM008", "survivor")]),
]
