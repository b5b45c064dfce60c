"""Sabine-Neches Business Record (business paper for the Golden Triangle): plain text. Hand-labelled."""

FEED = "snbr"
ITEMS = [
dict(guid="bmt_snbr_2026_0127", pub="2026-01-27T06:00:00-06:00", title="Truong's Seafood opens second processing plant as it turns 30",
body="""PORT ARTHUR - Truong's Seafood Co., the Port Arthur shrimp processor founded in 1996 by Thanh "Tony" Truong and his wife, Hoa Truong, opened a second processing plant on Pleasure Island on Monday, adding 45 jobs.

The company now buys from 60 Gulf shrimp boats and ships frozen Texas brown shrimp to grocers in eleven states. "My father built his own boat," Tony Truong said at the ribbon-cutting. "I only had to build a freezer." Hoa Truong, who runs the company's finances, said the new plant doubles its capacity.""",
gold=[("BMT005", "subject"), ("BMT006", "subject")]),

dict(guid="bmt_snbr_2026_0318", pub="2026-03-18T06:00:00-05:00", title="Refinery veteran Brimberry retires after 41 years",
body="""PORT ARTHUR - Hollis Brimberry, operations superintendent at the Gulf Coast Refining complex in Port Arthur, retired Friday after 41 years at the plant, where he started as a helper in 1985.

Brimberry, of Lumberton, led the refinery's restart after Hurricane Ike and oversaw the crude-unit expansion of 2012. Coworkers lined the main gate with hard hats as he drove out for the last time. He and his wife, Darla, plan to spend more time at their camp on Toledo Bend.""",
gold=[("BMT011", "subject")]),

dict(guid="bmt_snbr_2026_0422", pub="2026-04-22T06:00:00-05:00", title="Kibodeaux's Boudin & Cracklins marks 25 years in Nederland",
body="""NEDERLAND - Jolene Kibodeaux opened her boudin shop on Boston Avenue in 2001 with one smoker, a borrowed cash register and her grandmother's recipe. Twenty-five years later, Kibodeaux's Boudin & Cracklins sells 3,000 pounds of boudin a week and ships it to homesick Texans in 40 states.

The shop will celebrate its anniversary Saturday with free boudin balls and a zydeco band. "People ask me the secret," Kibodeaux said. "The secret is you don't tell." """,
gold=[("BMT014", "subject")]),

dict(guid="bmt_snbr_2026_0528", pub="2026-05-28T06:00:00-05:00", title="Medical center names Venkataraman physician of the year",
body="""BEAUMONT - Southeast Texas Medical Center has named cardiologist Dr. Priya Venkataraman its 2026 Physician of the Year.

Venkataraman, who came to Beaumont in 2012 after her fellowship at Baylor, started the hospital's heart-failure clinic and a free blood-pressure screening program at churches in the North End and in Port Arthur. The award was presented at the hospital foundation's gala Saturday.""",
gold=[("BMT019", "subject")]),

dict(guid="bmt_snbr_2026_0620", pub="2026-06-20T06:00:00-05:00", title="Port Arthur residents weigh in on LNG terminal expansion",
body="""PORT ARTHUR - More than 200 people packed the Robert A. "Bob" Bowers Civic Center on Thursday for a public hearing on the proposed expansion of the Sabine Pass LNG export terminal.

Supporters pointed to 1,200 construction jobs. Opponents, including the Rev. Elijah Granger of Beaumont, asked about air quality on the West Side. "We are not against jobs," Granger said. "We are against breathing what comes with them." The commission will vote in August.""",
gold=[]),

dict(guid="bmt_snbr_2026_0701", pub="2026-07-01T06:00:00-05:00", title="Lamar University campaign passes $50 million; donors honored",
body="""BEAUMONT - Lamar University's 'Cardinals Rising' campaign has passed $50 million, the university announced at a donor dinner Tuesday.

Donors recognized at the dinner included the Hollis and Darla Brimberry family, Truong's Seafood Co., Kibodeaux's Boudin & Cracklins and the Golden Triangle Pipe Trades. The largest gift, $8 million, came from the estate of the late oilman Wesley Kirby.""",
gold=[]),
]
