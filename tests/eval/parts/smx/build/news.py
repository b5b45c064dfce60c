"""Local news for part smx, three sources. Every person and business is invented. Hand labels in gold=[...]."""

# 1. Central Coast 7 (KCVT-TV) web site: HTML descriptions.
TV = [
dict(guid="smx_kcvt_20260121_fire", pub="2026-01-21T18:40:00-08:00",
title="Fire guts garage, damages Orcutt home; couple escapes unhurt",
body="""An early-morning fire destroyed the garage and damaged much of a home on Pinal Avenue in Old Orcutt on Wednesday.

Santa Barbara County firefighters were called shortly after 4 a.m. Homeowners Tino and Amparo Baca were woken by a smoke alarm and got out safely with their dog, Chispa.

"The smoke alarm saved their lives, plain and simple," said county fire Battalion Chief Rick Olmeda. The cause is under investigation; damage is estimated at $250,000. Neighbors have started a fund to help the couple, who have lived in the home since 1979.""",
gold=[("SMX018", "subject"), ("SMX019", "subject")]),

dict(guid="smx_kcvt_20260203_rain", pub="2026-02-03T17:15:00-08:00",
title="Guadalupe growers race to harvest ahead of atmospheric river",
body="""Crews worked into the night in the fields around Guadalupe on Tuesday, cutting broccoli and cauliflower ahead of a storm expected to drop up to four inches of rain on the Santa Maria Valley.

"If it sits in the water three days, it's gone," said Ignacio Zepeda, who manages 200 acres off West Main Street. "We'd rather pick it small than lose it."

The Santa Maria River levee is expected to hold, county officials said.""",
gold=[]),

dict(guid="smx_kcvt_20260302_wrestling", pub="2026-03-02T21:05:00-08:00",
title="Righetti's Mateo Figueroa wins CIF state wrestling title",
body="""Santa Maria's Mateo Figueroa is a state champion.

The Righetti High School senior pinned his opponent in the second period of the 157-pound final at the CIF State Wrestling Championships in Bakersfield on Saturday, the first state title for a Warriors wrestler in 22 years.

"He's been getting up at five to run since he was twelve," said his father, Lorenzo Figueroa, who wrestled for Santa Maria High. Mateo, the son of Lorenzo and Marisol Figueroa, will wrestle at Cal Poly next fall.""",
gold=[("SMX013", "parent_of_subject"), ("SMX014", "parent_of_subject")]),

dict(guid="smx_kcvt_20260102_baby", pub="2026-01-02T09:30:00-08:00",
title="Valley's first baby of 2026 arrives at 12:07 a.m.",
body="""The Santa Maria Valley's first baby of the new year didn't wait long.

Aurora Rose Tavares was born at 12:07 a.m. on New Year's Day at Marian Regional Medical Center to Desmond and Kaylee Tavares of Santa Maria. She weighed 7 pounds, 3 ounces.

"We were supposed to be at a party," Kaylee Tavares laughed. The hospital's auxiliary presented the family with a basket of gifts.""",
gold=[("SMX021", "subject")]),

dict(guid="smx_kcvt_20260415_calpoly", pub="2026-04-15T16:20:00-07:00",
title="Atascadero student wins national engineering prize",
body="""Cal Poly mechanical engineering student Dante Brambilla, 22, of Atascadero, has won first place in a national design competition for a low-cost irrigation sensor.

Brambilla, a 2022 graduate of Atascadero High School, built the prototype in his parents' garage. He will present it in Washington, D.C., in May.""",
gold=[]),
]

# 2. The Valley Ledger (weekly, Nipomo and Guadalupe): teaser description, HTML content:encoded.
LEDGER = [
dict(guid="smx_vl_2026_0129_anniv", pub="2026-01-29T07:00:00-08:00",
title="Fifty years on the Mesa: Weatherbys mark golden anniversary",
body="""Harlan and Jo Ann Weatherby of Nipomo celebrated their 50th wedding anniversary on Jan. 24 with a dinner for 120 friends and family at the Dana Adobe.

The couple married at the Nipomo Methodist Church in 1976. Harlan farmed avocados on the Mesa for forty years; Jo Ann kept the books for the Nipomo Chamber of Commerce. They have three children and seven grandchildren.""",
gold=[("SMX009", "subject"), ("SMX010", "subject")]),

dict(guid="smx_vl_2026_0226_citizen", pub="2026-02-26T07:00:00-08:00",
title="Guadalupe names its Citizen of the Year",
body="""The Guadalupe Chamber of Commerce has named María Guadalupe "Lupe" Ochoa Ramírez its 2026 Citizen of the Year.

Ochoa Ramírez, 76, has run the free Saturday breakfast at the Guadalupe Veterans Hall since 1998 and taught catechism at Our Lady of Guadalupe Church for four decades. She will be honored at the chamber's dinner on March 21.""",
gold=[("SMX003", "subject")]),

dict(guid="smx_vl_2026_0409_teacher", pub="2026-04-09T07:00:00-07:00",
title="Guadalupe teacher is county's Teacher of the Year",
body="""Mary Buren Elementary fourth-grade teacher Gwendolyn Frausto has been named Santa Barbara County Teacher of the Year.

Frausto, who grew up in Guadalupe and returned to teach in 2012, started the school's bilingual poetry club, whose members have now published three books. She will represent the county in the state program this fall.""",
gold=[("SMX017", "subject")]),

dict(guid="smx_vl_2026_0507_cookoff", pub="2026-05-07T07:00:00-07:00",
title="Nipomo chili cook-off raises $18,000 for the food pantry",
body="""The 14th Nipomo Chili Cook-off drew 900 people to Nipomo Regional Park on Saturday and raised $18,000 for the Nipomo Food Pantry.

First place went to the Nipomo Volunteer Fire team. Judges were Reggie Ashworth, Chef Lupita Garnica and Supervisor Tom Ybarra. Sponsors and donors included Etcheverry Nursery, Harlan Weatherby, Mesa Oak Advisors, Priscilla Etcheverry and the Nipomo Lions Club.""",
gold=[]),

dict(guid="smx_vl_2026_0618_eagle", pub="2026-06-18T07:00:00-07:00",
title="Orcutt Scout earns Eagle rank with trail project",
body="""Julian Maldonado of Orcutt Troop 90 has earned the rank of Eagle Scout.

For his project, Julian led 34 volunteers in rebuilding a half-mile of trail and two footbridges in the Orcutt Community Park. He is the son of Roy and Teresa Maldonado of Orcutt and a junior at St. Joseph High School.""",
gold=[("SMX006", "parent_of_subject"), ("SMX007", "parent_of_subject")]),
]

# 3. Central Coast Business Times: plain text.
BIZ = [
dict(guid="smx_ccbt_2026_0210_brambilla", pub="2026-02-10T06:30:00-08:00",
title="Brambilla's Barbecue marks 25 years of Santa Maria-style tri-tip",
body="""Brambilla's Barbecue, the red-oak pit on South Broadway, turns 25 this month.

Owner Dante Brambilla opened the restaurant in 2001 with a single pit and a recipe from his Swiss-Italian grandfather, who cooked for the Santa Maria Club's Saturday barbecues. It now employs 40 people and caters 300 events a year. Brambilla plans to open a second location in Orcutt in the fall.""",
gold=[("SMX011", "subject")]),

dict(guid="smx_ccbt_2026_0324_marian", pub="2026-03-24T06:30:00-07:00",
title="Marian Regional names new chief nursing officer",
body="""Marian Regional Medical Center has promoted Evangeline Dela Cruz to chief nursing officer.

Dela Cruz, a registered nurse who joined Marian in 1991, has directed its emergency department since 2014. She succeeds Janet Pruett, who retired.""",
gold=[("SMX008", "subject")]),

dict(guid="smx_ccbt_2026_0512_nursery", pub="2026-05-12T06:30:00-07:00",
title="Etcheverry Nursery doubles its Nipomo growing grounds",
body="""Etcheverry Nursery, the Nipomo wholesale grower of drought-tolerant plants, has bought 18 acres next to its Tefft Street site, owner Priscilla Etcheverry said.

The expansion will add 15 jobs. "Every landscaper on the Central Coast is asking for native plants now," said Desmond Tavares, a Santa Maria landscape contractor and one of the nursery's largest customers.""",
gold=[("SMX020", "subject")]),

dict(guid="smx_ccbt_2026_0616_csd", pub="2026-06-16T06:30:00-07:00",
title="Nipomo CSD general manager retires after 30 years",
body="""Concepción "Connie" Villaseñor, general manager of the Nipomo Community Services District, will retire June 30 after 30 years with the district.

Villaseñor oversaw the supplemental water project that brought Santa Maria water to the Mesa. The board has named deputy manager Kyle Rodenbeck as interim general manager.""",
gold=[]),  # do_not_contact client: nothing
]

FEEDS = {"tv": TV, "ledger": LEDGER, "biz": BIZ}
ITEMS = TV + LEDGER + BIZ
