"""Valley News 11 (invented Fargo TV station, KVNE): local web stories, HTML descriptions. Hand-labelled."""

FEED = "v11"
ITEMS = [
dict(guid="far_v11_story_20260128_0190", pub="2026-01-28T18:20:00-06:00", title="Fargo man pulls boy from icy Red River",
body="""FARGO (KVNE) - A Fargo man is being called a hero after he crawled onto thin ice on the Red River Tuesday afternoon and pulled out a 10-year-old boy who had fallen through near the Main Avenue bridge.

Curt Haarstad, 64, was walking his dog on the Fargo side when he heard shouting. He lay flat on the ice, pushed a fallen branch toward the boy and dragged him to shore. Fargo firefighters arrived minutes later; the boy was treated for hypothermia at Sanford and released.

"I didn't think about it. You just go," Haarstad said. Wendell Brakke, who was ice fishing a few hundred yards downstream, called 911. "He was out there before I could get my boots on," Brakke said.""",
gold=[("FAR012", "subject")]),

dict(guid="far_v11_story_20260513_0911", pub="2026-05-13T17:45:00-05:00", title="Fargo pastor elected bishop of Eastern North Dakota Synod",
body="""FARGO (KVNE) - The Rev. Kristin Aasheim, senior pastor of Elim Lutheran Church in Fargo, was elected bishop of the Eastern North Dakota Synod of the Evangelical Lutheran Church in America on Saturday.

Aasheim, 53, was chosen on the fifth ballot at the synod assembly in Fargo. She will be installed in September and will serve a six-year term overseeing about 200 congregations.

"I grew up in a church of forty people in the Sheyenne River valley," Aasheim said. "I know what small congregations carry." """,
gold=[("FAR017", "subject")]),

dict(guid="far_v11_story_20260619_1230", pub="2026-06-19T12:10:00-05:00", title="Hail clean-up underway in south Fargo and West Fargo",
body="""FARGO (KVNE) - Residents of south Fargo and West Fargo spent Friday picking up shingles and shattered skylights after Thursday evening's storm dropped hail the size of golf balls.

Roofing crews were booked weeks out by noon. "My car looks like a golf ball," said Denise D'Amours, who lives off 45th Street South. "The tomatoes are gone. But nobody's hurt, so."

Fargo's forestry department said limbs will be picked up curbside through next week.""",
gold=[]),  # quoted resident: not the subject of a life event (the storm itself is the weather alert)

dict(guid="far_v11_story_20260805_1544", pub="2026-08-05T06:30:00-05:00", title="West Fargo couple escapes early-morning house fire",
body="""WEST FARGO (KVNE) - A West Fargo couple escaped without injury early Wednesday when fire broke out in the garage of their home on 7th Avenue East.

Ray and Darlene Fettig were woken by a smoke alarm around 3 a.m. and got out with their two dogs. West Fargo firefighters had the fire out in about 30 minutes, but the garage and a pickup were destroyed and the house has heavy smoke damage. The Red Cross is helping the couple.

"I saw the glow and ran over with my phone," said neighbor Jerry Bachmeier. "Ray was already out in the yard in his socks, with both dogs." The fire marshal said the cause appears to be an electrical fault.""",
gold=[("FAR003", "subject"), ("FAR004", "subject")]),
]
