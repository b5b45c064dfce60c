"""Upper Michigan NewsChannel 6 (WUPN-TV): local TV station site, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="cmx_wupn_20260209_fire", pub="2026-02-09T18:40:00-05:00", title="Laurium family escapes early-morning house fire",
body="""LAURIUM, Mich. (WUPN) - A Laurium family is safe but their home is a total loss after a fire early Monday on Hecla Street.

Laurium and Calumet Township firefighters were called at about 4:15 a.m. Fire Chief Dan Tolonen said homeowners Joe and Terri Rastello woke to smoke alarms and got themselves and their two children out before flames spread through the second floor. Temperatures were near 10 below zero.

"The alarms did exactly what they're supposed to do," Tolonen said. The cause appears to be a chimney fire. Neighbors have set up a collection at the Laurium Pharmacy to help the family.""",
gold=[("CMX016", "subject"), ("CMX017", "subject")]),

dict(guid="cmx_wupn_20260318_dean", pub="2026-03-18T12:10:00-04:00", title="Michigan Tech names new dean of engineering",
body="""HOUGHTON, Mich. (WUPN) - Michigan Tech has a new dean of its College of Engineering.

The university announced Wednesday that Dr. Kristiina Lahti-Ojala, a professor of materials science who has taught in Houghton since 2006, will take over the college on July 1. Lahti-Ojala, who grew up in Toivola, said she wants to bring more Copper Country high school students into engineering.

"I was one of those kids from a farm road who didn't know an engineer," she said.""",
gold=[("CMX008", "subject")]),

dict(guid="cmx_wupn_20260521_pasty", pub="2026-05-21T17:25:00-04:00", title="Houghton pasty shop marks ten years on Shelden Avenue",
body="""HOUGHTON, Mich. (WUPN) - It has been ten years, and roughly 400,000 pasties, since Brianna Tregembo opened Tregembo's Pasty Kitchen on Shelden Avenue in downtown Houghton.

Tregembo, who learned to crimp a pasty from her Cornish grandmother in South Range, says the recipe hasn't changed: beef, pork, potato, onion and rutabaga. The shop is celebrating Saturday with dollar pasties for the first 200 customers.

"People argue about gravy or ketchup," Tregembo said. "I just make the pasty." """,
gold=[("CMX013", "subject")]),

dict(guid="cmx_wupn_20260716_storm", pub="2026-07-16T21:05:00-04:00", title="Crews clear trees after storms hit Houghton and Hancock",
body="""HANCOCK, Mich. (WUPN) - Crews from both sides of the Portage Lake lift bridge spent Wednesday clearing downed trees after severe thunderstorms swept through Houghton and Hancock on Tuesday evening.

UPPCO reported more than 4,000 customers without power at the peak. Volunteers from as far as Baraga brought chainsaws. "You see a neighbor with a tree on the garage, you go help," said Arvo Hautamaki, who drove over from Baraga with his truck and trailer.

The Houghton County Emergency Management office asks residents to report damage by calling 211.""",
gold=[]),

dict(guid="cmx_wupn_20260226_skijump", pub="2026-02-26T19:00:00-05:00", title="Atlantic Mine teen wins state junior ski jumping title",
body="""ISHPEMING, Mich. (WUPN) - An Atlantic Mine teenager is the new state junior champion in ski jumping.

Elsa Marttila, 15, a sophomore at Jeffers High School, won the girls' title at Suicide Hill on Saturday with jumps of 71 and 74 meters. She trains with the Copper Country ski club on the jumps at Mont Ripley.

Her parents, Dustin and Jolene Marttila, said she has been jumping since she was seven. "She's never been afraid of anything," Jolene Marttila said.""",
gold=[("CMX022", "parent_of_subject")]),

dict(guid="cmx_wupn_20260812_fair", pub="2026-08-12T20:15:00-04:00", title="Houghton County Fair pasty bake-off crowns a Toivola champion",
body="""HANCOCK, Mich. (WUPN) - Marlys Koski of Toivola took home the blue ribbon in the Houghton County Fair's pasty bake-off on Tuesday, edging out 23 other bakers.

Judges Wayne Heikkinen of Dollar Bay, Cheryl Ann Pietila of Mohawk and Chef Andre Baudoin of the Michigan Tech dining service scored the entries on crust, filling and "how it holds up in a lunch bucket."

Koski said the secret is suet in the crust. The fair runs through Sunday.""",
gold=[]),
]
