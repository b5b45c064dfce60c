"""Lake City Shoreline Weekly (invented lake-country weekly: Coeur d'Alene, Post Falls, Hayden, Rathdrum and the
Coeur d'Alene Reservation). Teaser description + HTML in content:encoded. Hand-labelled."""

FEED = "shoreline"
ITEMS = [
dict(guid="spk_shoreline_2026_0212", pub="2026-02-12T08:00:00-08:00",
title="Luedeckes mark 50 years together",
body="""Gerald "Jerry" and Sharon (Haaglund) Luedecke of Post Falls will celebrate their 50th wedding anniversary with an open house from 2 to 5 p.m. Saturday, Feb. 21, at St. John's Lutheran Church fellowship hall.

The couple were married Feb. 21, 1976, at Trinity Lutheran Church in Coeur d'Alene. Jerry retired from the Post Falls Highway District and Sharon from Kootenai Health, where she was a surgical nurse for 32 years. They have two children and four grandchildren.

The family requests no gifts; cards may be sent to 1120 N. Compton St., Post Falls.""",
gold=[("SPK012", "subject"), ("SPK013", "subject")]),

dict(guid="spk_shoreline_2026_0409", pub="2026-04-09T08:00:00-07:00",
title="Brekkestad named branch manager at Lakeshore Federal's Sherman Avenue office",
body="""Lakeshore Federal Credit Union has promoted Kris Brekkestad to manager of its downtown Coeur d'Alene branch on Sherman Avenue.

Brekkestad, a North Idaho College and University of Idaho graduate, joined the credit union as a teller in 2007 and most recently led its small-business lending team. He serves on the board of the Coeur d'Alene Downtown Association and coaches youth hockey at the Frontier Ice Arena.

"Kris knows half the business owners on Sherman by their first name," said Lakeshore President Ann Marie Tully.""",
gold=[("SPK014", "subject")]),

dict(guid="spk_shoreline_2026_0514", pub="2026-05-14T08:00:00-07:00",
title="Worley educator honored for Snchitsu'umshtsn language work",
body="""Cecilia "Cece" Skanawa of Worley, who has taught the Coeur d'Alene language to children at the tribal school for 22 years, received the Idaho Humanities Council's Outstanding Achievement Award at a ceremony in Boise last week.

Skanawa, who learned the language from her grandmother and from recordings made by tribal elders in the 1970s, co-wrote the first illustrated children's dictionary of Snchitsu'umshtsn and leads a summer immersion camp at Camp Larson.

She dedicated the award to her late father, Louis "Sonny" Skanawa, who died in March.""",
gold=[("SPK011", "subject")]),

dict(guid="spk_shoreline_2026_0528", pub="2026-05-28T08:00:00-07:00",
title="Hayden Library fundraiser tops $80,000",
body="""The Friends of the Hayden Library raised $81,400 at its spring gala on May 16, enough to complete the new children's reading room, organizers said.

Gala chair Eileen O'Neary thanked the evening's sponsors and donors, including Lakeshore Federal Credit Union, Hayden Lake Marina, Jerry and Sharon Luedecke, Dr. Anil Prakash, the Bergquist Family Foundation and Mountain West Roofing.

The reading room is expected to open in September.

Plummer Notes, the weekly column from the reservation by Lee Shilaskin, returns next week.""",
# Gala chair thanking donors; a donor list; a columnist's byline note: SPK015, SPK012, SPK013, SPK009 -> nothing.
gold=[]),
dict(guid="spk_shoreline_2026_0618", pub="2026-06-18T08:00:00-07:00",
title="Plummer's Rosalie Shilaskin named tribal Elder of the Year",
body="""The Coeur d'Alene Tribe honored Rosalie Shilaskin of Plummer as its Elder of the Year at the tribe's annual elders' luncheon at the Wellness Center on June 12.

Shilaskin, 72, retired after 28 years as a nurse at the Benewah Medical Center and has since led the tribe's grief support circle and its camas-digging trips to the prairie each spring. She and her husband, Lee, raised five children and have fostered more than twenty.

"She shows up with soup before you even know you are sick," one nominee letter said. Shilaskin will ride in the Julyamsh Powwow grand entry at the Kootenai County Fairgrounds in July.""",
# Subject: SPK010 only. Her husband Lee (SPK009) is mentioned in passing, not a subject -> nothing.
gold=[("SPK010", "subject")]),
]
