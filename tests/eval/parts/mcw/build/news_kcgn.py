"""KCGN North Iowa 9 (Mason City TV station) web stories: HTML descriptions, dateline style. Hand-labelled."""

FEED = "kcgn"
ITEMS = [
dict(guid="mcw_kcgn_20260118_blizzard_i35", pub="2026-01-18T21:10:00-06:00",
title="Blizzard closes I-35 north of Clear Lake; dozens spend night at Northwood shelter",
body="""NORTHWOOD, Iowa (KCGN) - The Iowa Department of Transportation closed Interstate 35 from Clear Lake to the Minnesota line Saturday afternoon as blowing snow cut visibility to zero across Worth and Hancock counties.

About 60 stranded travelers spent the night at the Northwood-Kensett school gym, where the Red Cross and the Worth County sheriff's office set up cots.

"I've seen worse, but not since '75," said Corky Haakenstad, 85, who has farmed east of Northwood his whole life and drove his tractor to town to help pull cars out of the ditch. The interstate reopened at 10 a.m. Sunday.""",
gold=[]),

dict(guid="mcw_kcgn_20260221_state_wrestling", pub="2026-02-21T22:45:00-06:00",
title="Mason City's Anders Wrolstad wins state wrestling title",
body="""DES MOINES, Iowa (KCGN) - Mason City High School senior Anders Wrolstad is a state champion.

Wrolstad pinned Waverly-Shell Rock's Cole Buss in 4:12 to win the Class 3A 165-pound title Saturday night at Wells Fargo Arena, finishing the season 44-1. He is the first Mohawk to win a state title since 2014.

In the stands, his parents, Tad and Becca Wrolstad, were on their feet for the whole third period. "He's worked for this since he was five," his father said.""",
gold=[("MCW012", "parent_of_subject"), ("MCW013", "parent_of_subject")]),

dict(guid="mcw_kcgn_20260305_cmo_named", pub="2026-03-05T17:30:00-06:00",
title="North Iowa Regional Health names Mason City internist chief medical officer",
body="""MASON CITY, Iowa (KCGN) - North Iowa Regional Health has a new chief medical officer.

The health system's board on Thursday named Dr. Anselm Vogelsang, an internist who has practiced in Mason City since 2003 and led its hospice program since 2015, to the post. He succeeds Dr. Patricia Heimer, who is retiring in April.

"North Iowa is where I want to practice medicine for the rest of my career," Vogelsang said.""",
gold=[("MCW017", "subject")]),

dict(guid="mcw_kcgn_20260622_storm_cleanup", pub="2026-06-22T06:15:00-05:00",
title="Clear Lake, west Mason City clean up after overnight severe storms",
body="""CLEAR LAKE, Iowa (KCGN) - Crews from Alliant Energy worked through the night after a line of severe thunderstorms brought 70 mph winds and quarter-size hail to Clear Lake and the west side of Mason City on Sunday evening.

Trees were down across North Shore Drive and several docks on the east end of the lake were torn loose. About 4,500 customers lost power at the peak.

"The lake turned white, and then the big cottonwood came down across the road," said Orrin Kittelsrud, who lives on Lakeview Court. "Everybody on the street was out with chainsaws by ten." No injuries were reported.""",
gold=[]),

dict(guid="mcw_kcgn_20260710_house_fire", pub="2026-07-10T12:20:00-05:00",
title="Elderly Mason City couple escapes house fire on Sixth Street SE",
body="""MASON CITY, Iowa (KCGN) - An elderly couple escaped without serious injury when fire broke out in their home on Sixth Street Southeast early Friday.

Mason City Fire Chief Dan Reams said Louis and Delphine Hrubes, both in their 80s, were awakened by a smoke alarm shortly after 4 a.m. and got out through the back door. Louis Hrubes was treated at the scene for smoke inhalation.

The fire started in an attached garage. The house has heavy smoke damage, and the couple is staying with their son.""",
gold=[("MCW019", "subject")]),

dict(guid="mcw_kcgn_20260814_fair_opens", pub="2026-08-14T18:00:00-05:00",
title="North Iowa Fair opens with record 4-H entries",
body="""MASON CITY, Iowa (KCGN) - The North Iowa Fair opened Wednesday with a record 1,412 4-H and FFA exhibits, organizers said.

"We ran out of pens in the swine barn by noon, which is the best problem to have," said fair board president Hal Brekkestad. "These kids have had a tough year with the weather and they showed up anyway."

The fair runs through Sunday at the fairgrounds on U.S. 18 West. Grandstand tickets for Saturday's tractor pull are sold out.""",
gold=[]),
]
