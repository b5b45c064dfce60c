"""WLNC News 6 (Lancaster-Lebanon-York TV station): local web stories, HTML descriptions. Hand labels in gold=[...]."""

ITEMS = [
dict(guid="lns_wlnc_story_0119", pub="2026-01-19T18:10:00-05:00", title="Retired Lancaster County judge receives state bar's lifetime award",
body="""LANCASTER, Pa. (WLNC) - Retired Lancaster County President Judge Gerrit Van Buskirk has received the Pennsylvania Bar Association's lifetime achievement award for his work founding the county's veterans treatment court.

Judge Van Buskirk, who served on the Court of Common Pleas for 24 years, accepted the award at a dinner in Harrisburg with his wife, Margriet, at his side.

"Every one of those veterans earned a second chance long before they ever stood in front of me," Van Buskirk said.""",
gold=[("LNS011", "subject")],
note="Judge title; Dutch particle surname."),

dict(guid="lns_wlnc_story_0311", pub="2026-03-11T17:45:00-04:00", title="Mount Joy veteran receives Quilt of Valor",
body="""MOUNT JOY, Pa. (WLNC) - A Mount Joy veteran who flew helicopters in Vietnam was wrapped in a Quilt of Valor on Tuesday at the Mount Joy American Legion.

Retired Army Lt. Col. Bernard "Bernie" Tschudy, 79, served 26 years, including two tours flying medevac missions. The quilt was sewn by the Donegal Piecemakers guild.

"I only accepted it because the guys who didn't come home can't," Tschudy said.""",
gold=[("LNS016", "subject")],
note="Military rank; honour. (His wife dies in May; separate notice.)"),

dict(guid="lns_wlnc_story_0408", pub="2026-04-08T06:20:00-04:00", title="Ephrata couple escapes early-morning house fire",
body="""EPHRATA, Pa. (WLNC) - An Ephrata couple escaped without injury early Wednesday when fire broke out in the garage of their home on Martin Avenue.

Ronald and Hettie Pfautz told WLNC their smoke detector woke them just after 3 a.m. Fire crews from Ephrata and Akron held the fire to the garage and kitchen, but the home is not livable. The Red Cross is assisting the couple.

Neighbor Merle Bixler said he saw the flames from his bedroom window. "I banged on their door, but they were already out," Bixler said.""",
gold=[("LNS013", "subject")],
note="House fire: Hettie Pfautz (roster Henrietta, nickname Hettie) is a subject; husband Ronald is not a client. "
     "Merle Bixler (LNS017) is a quoted neighbour and do_not_contact: nothing."),

dict(guid="lns_wlnc_story_0522", pub="2026-05-22T12:30:00-04:00", title="York County teacher named Pennsylvania Teacher of the Year",
body="""RED LION, Pa. (WLNC) - A Red Lion Area High School chemistry teacher is Pennsylvania's 2027 Teacher of the Year.

Evelyn Brossman, 32, who started the school's forensic science club, was honored Thursday in Harrisburg. She grew up in Windsor Township, York County, and has taught at Red Lion for nine years.""",
gold=[],
note="Namesake of LNS019 Evelyn Brossman of Denver (born 1936): different age and county: nothing."),

dict(guid="lns_wlnc_story_0810", pub="2026-08-10T07:05:00-04:00", title="Conestoga River floods roads in Millersville, Lancaster Township",
body="""MILLERSVILLE, Pa. (WLNC) - Several roads were closed Monday morning after more than four inches of rain sent the Conestoga River and Little Conestoga Creek over their banks.

Blue Rock Road and parts of Millersville Pike were under water, and crews pulled two drivers from stalled cars. "It came up faster than I've ever seen it," said Declan O'Dwyer, who lives near the creek and moved his car to higher ground at 2 a.m.

In Lititz, the Rev. Kate Stauffacher said her church hall was ready as an overflow shelter but had not been needed.""",
gold=[],
note="Quoted bystanders: Declan O'Dwyer (LNS012) and Rev. Kate Stauffacher (LNS010): nothing from the story (O'Dwyer's weather row comes from the alert)."),
]
