"""Local news for the esc part, hand-labelled. feed: tv = North Country 9 (WNCU) web stories (HTML
descriptions); wk = Bay de Noc Beacon (community weekly: teaser description + HTML content:encoded)."""

ITEMS = [
dict(feed="tv", guid="esc_wncu_20260211_halvorsen_cmo", pub="2026-02-11T17:40:00-05:00",
title="Escanaba hospital names new chief medical officer",
body="""ESCANABA, Mich. (WNCU) - Bay de Noc Regional Medical Center has a new chief medical officer, and she is no stranger to the halls.

Dr. Ingrid Halvorsen, a family physician who has practiced in Escanaba for 24 years, was named to the post by the hospital board Tuesday. Halvorsen grew up in Ishpeming and trained at Michigan State before coming to Delta County in 2002.

"Rural medicine is a team sport," Halvorsen said. "I intend to keep seeing patients one day a week." """,
gold=[("ESC013", "subject")]),

dict(feed="wk", guid="esc_beacon_20260225_vandenhouten_50th", pub="2026-02-25T08:00:00-05:00",
title="Vandenhoutens celebrate 50 years",
body="""Len and Darlene Vandenhouten of Escanaba will celebrate their 50th wedding anniversary with an open house from 2 to 5 p.m. Sunday, March 1, at the Bark River Sportsmen's Club.

Leonard Vandenhouten and the former Darlene Kositzky were married Feb. 28, 1976, at St. George Catholic Church in Bark River. Len retired from the Escanaba paper mill in 2010; Darlene taught kindergarten at Lemmer Elementary for 31 years.

Their children are Brett (Shelby) Vandenhouten of Escanaba and Nicole (Josh) Kleiman of Green Bay. They have five grandchildren. The couple asks that guests bring a memory rather than a gift.""",
gold=[("ESC001", "subject"), ("ESC002", "subject")]),   # their son Brett (ESC022) is only listed: nothing

dict(feed="tv", guid="esc_wncu_20260318_carney_house_fire", pub="2026-03-18T06:25:00-04:00",
title="Carney couple escapes early-morning house fire",
body="""CARNEY, Mich. (WNCU) - A Carney couple is safe after fire destroyed their farmhouse early Wednesday.

Harlan and Lorraine Peshek woke to smoke shortly after 3 a.m. and got out with their two dogs before flames broke through the roof, Nadeau Township Fire Chief Dan Lesperance said. Crews from Carney, Daggett and Stephenson fought the fire in single-digit temperatures.

The home, on the Peshek family farm since 1911, is a total loss. The cause appears to be a wood stove chimney. Neighbors have set up a fund at the Carney branch of the First National Bank.""",
gold=[("ESC016", "subject"), ("ESC017", "subject")]),

dict(feed="wk", guid="esc_beacon_20260401_bergeron_all_state", pub="2026-04-01T08:00:00-04:00",
title="Rapid River senior named to Academic All-State team",
body="""Rapid River High School senior Mackenzie Bergeron has been named to the Michigan High School Athletic Association's Academic All-State girls basketball team.

Bergeron, a four-year starter at guard, carries a 3.98 grade-point average and plans to study nursing at Northern Michigan University in the fall. She is the daughter of Dale and Jolene Bergeron of Rapid River.

"She's the first one in the gym and the last one out of the library," Rockets coach Tom Sundquist said.""",
gold=[("ESC015", "parent_of_subject")]),

dict(feed="wk", guid="esc_beacon_20260415_groleau_75_years", pub="2026-04-15T08:00:00-04:00",
title="Groleau Funeral Home marks 75 years in Gladstone",
body="""Groleau Funeral Home is marking 75 years of serving Gladstone families this month with an open house and a gift to the Gladstone Area Public Library.

Third-generation owner Peter Groleau, who took over from his father, Dennis, in 2004, said the firm has cared for more than 9,000 families since his grandfather, Armand Groleau, opened it in a converted house on Delta Avenue in 1951.

"My grandfather used to say that we're not in the funeral business, we're in the neighbor business," Groleau said. The open house is Saturday from 1 to 4 p.m.""",
gold=[("ESC014", "subject")]),

dict(feed="tv", guid="esc_wncu_20260428_tatrow_retires", pub="2026-04-28T18:10:00-04:00",
title="After 38 years, Menominee mill's longest-serving electrician clocks out",
body="""MENOMINEE, Mich. (WNCU) - When Marvin Tatrow started at the Menominee paper mill in 1988, the machines were run by relays and a lot of shouting.

On Friday, Tatrow retired as the mill's longest-serving electrician, and his co-workers lined the loading dock to send him off. He and his wife, Gail, plan to spend more time at their camp on the Menominee River.

"Marv knew every wire in this place," plant manager Keith Brunette said.""",
gold=[("ESC020", "subject")]),

dict(feed="tv", guid="esc_wncu_20260201_ice_fishing_derby", pub="2026-02-01T19:05:00-05:00",
title="Gladstone angler lands record walleye at Bay de Noc derby",
body="""ESCANABA, Mich. (WNCU) - A 13-pound, 4-ounce walleye pulled through the ice off Kipling on Saturday won the annual Bays de Noc Walleye Derby and set a derby record.

Kurt Lindahl of Gladstone landed the fish about 9 a.m. after, he said, "four hours of nothing and ten minutes of chaos."

"We had people running across the ice to see it," said Sandy Rousseau, who has run the derby weigh station for twelve years. Proceeds from the derby benefit the Delta County Search and Rescue dive team.""",
gold=[]),   # ESC019 is quoted only: nothing

dict(feed="wk", guid="esc_beacon_20260506_brett_vandenhouten_promoted", pub="2026-05-06T08:00:00-04:00",
title="Vandenhouten promoted to plant manager at Escanaba mill",
body="""Brett Vandenhouten of Escanaba has been promoted to plant manager of the Lake Shore Paperboard mill in Escanaba, the company announced last week.

Vandenhouten, a Holy Name High School and Michigan Tech graduate, joined the mill as a process engineer in 2003, following his father, Len, who worked there for 34 years. He will oversee 460 employees.""",
gold=[("ESC022", "subject"), ("ESC001", "parent_of_subject")]),   # "his father, Len": a client named as the subject's parent (Darlene is not named)

dict(feed="wk", guid="esc_beacon_20260520_foundation_donors", pub="2026-05-20T08:00:00-04:00",
title="Community Foundation thanks donors to riverfront trail campaign",
body="""The Bay de Noc Community Foundation has raised $1.2 million for the Escanaba River trail extension, the foundation announced this week.

Leading donors include the Lake Shore Paperboard Foundation, Len and Darlene Vandenhouten, Dr. Ingrid Halvorsen, Ray and Colette LaFave, the Gladstone Lions Club and Groleau Funeral Home. Construction is to begin in August.""",
gold=[]),   # donor list: nothing

dict(feed="tv", guid="esc_wncu_20260310_lafave_wrestling", pub="2026-03-10T22:15:00-04:00",
title="Cheboygan junior Raymond LaFave wins state wrestling title",
body="""DETROIT (WNCU) - Cheboygan junior Raymond LaFave won the Division 3 state championship at 157 pounds Saturday at Ford Field, pinning his opponent from Dundee in the third period.

LaFave, the son of Troy and Amber LaFave, finished the season 48-2. He is the first Cheboygan wrestler to win a state title since 1994.""",
gold=[]),   # young namesake in the Lower Peninsula: nothing for ESC005

dict(feed="wk", guid="esc_beacon_20260812_fair_pies", pub="2026-08-12T08:00:00-04:00",
title="Pie judges crown a Gladstone grandmother at the U.P. State Fair",
body="""Evelyn Sundin of Gladstone took the blue ribbon for her thimbleberry pie at the U.P. State Fair on Monday, beating 61 entries.

Judges Jolene Bergeron of Rapid River, Chef Anthony Marra of the House of Ludington and Delta County 4-H leader Pat Olmsted praised the crust. "Flaky enough to shatter, strong enough to hold a thimbleberry," Bergeron said.""",
gold=[]),   # ESC015 is a judge: nothing

dict(feed="tv", guid="esc_wncu_20260602_wojciechowski_firefighter", pub="2026-06-02T18:30:00-04:00",
title="Menominee firefighter honored for 40 years on the department",
body="""MENOMINEE, Mich. (WNCU) - The Menominee Fire Department honored one of its own Monday night.

Ted Wojciechowski, 70, joined the department as a paid-on-call firefighter in 1986 and never left. The city council presented him with a plaque and the department retired his helmet number, 14.

"He's missed maybe three calls in forty years, and two of those he was on his honeymoon," joked Chief Randy Baumler. His wife, Irene, sat in the front row.""",
gold=[("ESC008", "subject")]),   # Irene is present but the honour is his: nothing for ESC009 (judgement call)

dict(feed="wk", guid="esc_beacon_20260701_nordeen_birth", pub="2026-07-01T08:00:00-04:00",
title="Gladstone couple welcomes son, named for his great-grandfather",
body="""Gus and Kelsey Nordeen of Gladstone are the parents of a son, Augustus Carl Nordeen, born June 22 at OSF St. Francis Hospital in Escanaba. He weighed 8 pounds, 2 ounces.

The baby is named for his great-grandfather, the late Gus Nordeen of Nordeen Marine. Grandparents are Carl and Debbie Nordeen of Escanaba.""",
gold=[("ESC010", "subject")]),   # birth announcement: the parents' own life event (judgement call: subject)

dict(feed="tv", guid="esc_wncu_20260714_rousseau_library_award", pub="2026-07-14T17:55:00-04:00",
title="Escanaba librarian wins statewide award",
body="""ESCANABA, Mich. (WNCU) - The Michigan Library Association has named Escanaba Public Library's Sandra "Sandy" Rousseau its Librarian of the Year.

Rousseau, the library's youth services coordinator, started the Books on the Bay summer reading program, which now reaches more than 1,100 children in Delta County each year. She will receive the award in October in Lansing.""",
gold=[("ESC019", "subject")]),

dict(feed="wk", guid="esc_beacon_20260722_renees_pasty_shop", pub="2026-07-22T08:00:00-04:00",
title="Renee's Pasty Shop marks tenth year with new Marinette store",
body="""Renee's Pasty Shop, a Menominee fixture since 2016, is celebrating its tenth anniversary by opening a second location across the bridge in Marinette.

Owner Renee Marchand-Olson started the shop with her late mother's recipe and a rented oven. The business now employs 14 people and ships pasties to all 50 states. The Marinette store opens Aug. 1.""",
gold=[("ESC011", "subject")]),
]
