"""WKVL 34 News Now Michiana: local TV station site, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="sbn_wkvl_20260624_flood", pub="2026-06-24T18:40:00-04:00",
title="Elkhart neighborhoods bail out after storms dump 3 inches of rain",
body="""Residents of Elkhart's Riverview neighborhood spent Wednesday pumping water out of basements after Tuesday night's severe thunderstorms dropped more than three inches of rain on parts of Elkhart and Goshen.

The Elkhart Fire Department said it answered 46 calls, mostly for flooded basements and downed limbs. No injuries were reported.

"I've lived on Greenleaf for thirty years and I've never seen the Christiana Creek come up that fast," said neighbor Lucius Trembath, who helped two families on his block carry furniture upstairs.

NIPSCO reported about 7,200 customers without power at the height of the storm.""",
gold=[]),   # Lucius Trembath (SBN010) quoted bystander: nothing (his weather row comes from the alert)

dict(guid="sbn_wkvl_20260312_bee", pub="2026-03-12T17:05:00-04:00",
title="Mishawaka sixth-grader spells his way to national bee",
body="""Maksym Hrynkiw, a sixth-grader at Schmucker Middle School, won the Michiana Regional Spelling Bee on Wednesday night by correctly spelling "ptarmigan" in the 14th round.

Maksym, 12, is the son of Bohdan and Katya Hrynkiw of Mishawaka. He will represent the region at the Scripps National Spelling Bee near Washington, D.C., in May.

"He reads the dictionary at breakfast," his mother said. "We are very proud."

The runner-up was Anaya Pillai of Granger.""",
gold=[("SBN012", "parent_of_subject"), ("SBN011", "parent_of_subject")]),

dict(guid="sbn_wkvl_20260701_judge", pub="2026-07-01T12:15:00-04:00",
title="Judge Szalontai steps down after 24 years on the bench",
body="""St. Joseph Superior Court Judge Philippa Szalontai heard her last case Tuesday, retiring after 24 years on the bench.

Szalontai, of Granger, founded the county's adult drug court in 2011 and presided over more than 900 graduations from the program. Colleagues and former drug-court participants filled the courtroom for a farewell ceremony.

"She treated every person who stood in front of her like someone worth saving," said Chief Public Defender Marcus Oyelaran.

Gov. Mike Braun's office said an appointment to fill the seat is expected by fall.""",
gold=[("SBN009", "subject")]),

dict(guid="sbn_wkvl_20261103_fire", pub="2026-11-03T07:50:00-05:00",
title="Granger couple escapes early-morning house fire",
body="""A Granger couple escaped without injury early Tuesday when fire broke out in the attached garage of their home on Anderson Road.

Clay Fire Territory crews were called at 3:12 a.m. Roz and Wendell Haverstock told firefighters they were woken by their smoke alarm and got out through the back door with their dog.

The garage and kitchen were destroyed and the rest of the house has heavy smoke damage. The American Red Cross is helping the couple, who are staying with family. Investigators believe the fire started in a freezer in the garage.""",
gold=[("SBN020", "subject")]),   # Wendell is not a client

dict(guid="sbn_wkvl_20260918_crash", pub="2026-09-18T16:30:00-04:00",
title="Two hurt in U.S. 6 crash west of Nappanee; driver cited",
body="""Two people were taken to Goshen Hospital with non-life-threatening injuries after a two-vehicle crash on U.S. 6 at County Road 3 west of Nappanee on Friday morning.

The Elkhart County Sheriff's Office said a pickup driven by Colby Stutsman, 65, of Nappanee, pulled out from County Road 3 into the path of an eastbound car driven by Samantha Ortiz, 28, of Bremen. Ortiz and a passenger were hurt. Stutsman was not injured and was cited for failure to yield.""",
gold=[]),   # crash with a citation: not an outreach occasion (crime/crash rule of independent5): nothing for SBN014
]
