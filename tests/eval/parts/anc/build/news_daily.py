"""Anchorage Daily Ledger: metro daily local news, plain text, with bylines. Hand-labelled."""

ITEMS = [
dict(guid="anc_adl_news_2026_0305_nanugak", pub="2026-03-05T06:00:00-09:00", title="Anchorage skin sewer Evie Nanugak wins Governor's Award for Alaska Native arts",
body="""By Lorraine Amiqtuk, Daily Ledger staff

Evelyn "Evie" Nanugak learned to sew from her mother in a sod-roofed house in Kwigillingok. On Wednesday the Anchorage grandmother received the Governor's Award for Alaska Native Arts for fifty years of parkas, mukluks and qaspeqs, and for the Saturday sewing circle she has run at the Mountain View library since 2004.

"My mom sewed until she was ninety," Nanugak said, holding the medal in hands that still had a thimble on them. "This is for her."

Her husband, Walter, a retired Alaska Railroad conductor, sat in the front row. The award comes two months after the death of her mother, Martha Kassaiuli, whose parkas once won ribbons at the state fair.""",
gold=[("ANC001", "subject")]),

dict(guid="anc_adl_news_2026_0611_muldoon", pub="2026-06-11T06:00:00-09:00", title="Three charged in Muldoon catalytic-converter thefts",
body="""By Daily Ledger staff

Anchorage police have charged three men in a string of catalytic-converter thefts from driveways in Muldoon and Mountain View, court records show.

The men, ages 19 to 27, were arrested Monday after a resident on North Klevin Street, Iosefa Faavesi, 55, called police when he heard a saw under his neighbor's truck at 3 a.m. "I went out in my slippers and they took off," Faavesi told officers, according to the charging documents.

Police say the ring took more than 60 converters since March. The three are being held at the Anchorage Correctional Complex.""",
gold=[]),

dict(guid="anc_adl_news_2026_1008_bagaoisan", pub="2026-10-08T06:00:00-09:00", title="Providence names longtime ICU nurse Dory Bagaoisan chief nursing officer",
body="""By Daily Ledger staff

Teodora "Dory" Bagaoisan, who started at Providence Alaska Medical Center as a night-shift ICU nurse in 1991, has been named the hospital's chief nursing officer, Providence announced Tuesday.

Bagaoisan, a graduate of the University of Alaska Anchorage nursing program, led the hospital's intensive care units through the pandemic and founded its program that recruits nurses from the Philippines and the Pacific Islands. She succeeds Janet Oyler, who is retiring.

"My mother was a nurse in Kodiak canneries," Bagaoisan said. "I think she would say it's about time."  """,
gold=[("ANC013", "subject")]),

dict(guid="anc_adl_news_2026_1115_foodbank", pub="2026-11-15T06:00:00-09:00", title="Mountain View food pantry opens new warehouse before the holidays",
body="""By Daily Ledger staff

The Mountain View Community Pantry cut the ribbon Saturday on a 6,000-square-foot warehouse on Bragaw Street, tripling the frozen-food space it can offer families before Thanksgiving.

"We used to turn away fish donations because we had nowhere to put them," said the Rev. Faamatala Tauanu'u, pastor of the Samoan Congregational Christian Church and chair of the pantry board.

The warehouse was paid for by the Rasmuson-style Cook Inlet Giving Circle and more than 400 individual donors, including Rudy and Tina Dimaculangan, Walter and Evie Nanugak, the Filipino Community of Anchorage and the Alaska Samoan Chamber.""",
gold=[]),

dict(guid="anc_adl_news_2026_0508_pinning", pub="2026-05-08T06:00:00-09:00", title="UAA pins 112 new nurses, a record class",
body="""By Daily Ledger staff

The University of Alaska Anchorage pinned a record 112 nursing graduates Thursday at the Alaska Airlines Center, as hospitals across the state scramble to fill vacancies.

Class speaker Joy Dimaculangan, a Service High School graduate and the daughter of Rudy and Tina Dimaculangan of East Anchorage, told classmates that she learned nursing from her late grandmother, who cooked for every sick neighbor on the block. Dimaculangan will start in Providence's neonatal ICU in June.

"We need every one of them," said Providence ICU director Dory Bagaoisan, who helped pin the class.""",
gold=[("ANC003", "parent_of_subject"), ("ANC004", "parent_of_subject")]),

dict(guid="anc_adl_news_2026_1122_milestones", pub="2026-11-22T06:00:00-09:00", title="Milestones: Nanugaks mark 50 years of marriage",
body="""By Daily Ledger staff

Walter and Evelyn "Evie" Nanugak of Anchorage celebrated their 50th wedding anniversary on November 20 with a dinner for 140 relatives at the Alaska Native Heritage Center.

The couple were married at the Moravian church in Bethel on November 20, 1976. Walter retired from the Alaska Railroad in 2011 after 34 years as a conductor; Evie is a skin sewer and this year's winner of the Governor's Award for Alaska Native Arts. They have four children, eleven grandchildren and, Walter says, "one very spoiled husky." """,
gold=[("ANC002", "subject"), ("ANC001", "subject")]),
]
