"""Confluence Heights Neighbors: a community newsletter for Clarkston, Asotin, Lewiston and the Camas Prairie
(fair results, grand marshals, births, church news). Teaser description, HTML in content:encoded.
Hand-labelled (`gold`)."""

FEED = "chn"
ITEMS = [
dict(guid="lws_chn_2026_0506_births", pub="2026-05-06T08:00:00-07:00", title="Welcome, little ones: valley births",
body="""Born at Tri-State Memorial Hospital: to Brad and Tiffany Schrenk of Clarkston, a daughter, Willa Jean, 7 pounds 4 ounces, on April 28. She joins big brother Hayden at home.

Born at St. Joseph Regional Medical Center: to Kaitlyn and Josh Dorsey of Lewiston, a son, Colt, on April 30.""",
gold=[("LWS009", "subject")]),

dict(guid="lws_chn_2026_0624_bordermarshal", pub="2026-06-24T08:00:00-07:00", title="Tollefsrud to lead Border Days parade as grand marshal",
body="""Grangeville's Border Days committee has named Russ Tollefsrud grand marshal of this year's Fourth of July parade.

Tollefsrud, a third-generation Camas Prairie farmer, has announced the Border Days rodeo for 30 years and helped rebuild the grandstand after the 2019 windstorm. He will ride in the parade with his wife, Marlys, in his father Orlin's 1949 Ford pickup.""",
gold=[("LWS020", "subject")]),

dict(guid="lws_chn_2026_0826_fair", pub="2026-08-26T08:00:00-07:00", title="Asotin County Fair: baking and canning results",
body="""The Asotin County Fair baking barn was full on Saturday. This year's judges were Mary Beth Skovlund of Clarkston, a retired home economics teacher, and Diane Forsmann of Anatone.

Best of show, fruit pie: Janelle Kuhn, Asotin (huckleberry). Best of show, bread: Tom Oberg, Clarkston (sourdough). Best of show, canning: Kay Woodhull, Asotin (apricot jam). Junior baker of the year: Hayden Schrenk, age 10, Clarkston.""",
gold=[]),

dict(guid="lws_chn_2026_0520_eagle", pub="2026-05-20T08:00:00-07:00", title="Kendrick Scout earns Eagle with trail project",
body="""Caleb Rauenhorst, 17, of Troy, a member of Troop 347 in Kendrick, earned the rank of Eagle Scout in a court of honor Sunday at the Kendrick Community Hall. For his project he built 400 feet of trail and two footbridges along Potlatch Creek.

Caleb is the son of Nathan and Erin Rauenhorst of Troy. His grandfather, Cliff Rauenhorst of Kendrick, who was scoutmaster of Troop 347 for 25 years, pinned on the medal.""",
gold=[]),
]
