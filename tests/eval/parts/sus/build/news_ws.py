"""WSDE Coast 16 (local TV station site, Salisbury/Lewes): short web stories, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="sus_wsde_story_20260309_0211", pub="2026-03-09T18:20:00-04:00", title="Fire heavily damages Bethany Beach cottage; couple escapes unhurt",
body="""BETHANY BEACH, Del. (WSDE) - A Bethany Beach couple escaped without injury early Monday after a fire tore through the back of their cottage on Hollywood Street.

Gil and Paulette Quillen told Coast 16 they woke to a smoke alarm just after 3 a.m. and got out through the front porch with their dog. Firefighters from Bethany Beach, Millville and Roxana brought the fire under control in about 40 minutes. The State Fire Marshal's Office estimated damage at $220,000 and said the fire appears to have started in an electrical panel.

"Forty-one years in that house," Paulette Quillen said. "Everything we can't replace is in there. But we're both standing here." The couple is staying with family in Ocean View.""",
gold=[("SUS017", "subject"), ("SUS018", "subject")]),

dict(guid="sus_wsde_story_20260417_0330", pub="2026-04-17T17:45:00-04:00", title="Lewes river pilot hangs up his ladder after 38 years",
body="""LEWES, Del. (WSDE) - For 38 years, Capt. Tad Wiltbank has climbed a rope ladder up the side of ships in the mouth of Delaware Bay, in every kind of weather, and guided them up to Philadelphia. On Friday he came down the ladder for the last time.

Wiltbank, 65, a member of one of Lewes' oldest piloting families, retired from the Pilots' Association for the Bay and River Delaware after bringing in a tanker bound for Marcus Hook. Fellow pilots met his launch at the Lewes station with an air horn salute.

"My uncle told me the bay never gets easier, you just get better at being scared," Thaddeus Wiltbank said. "He was right." """,
gold=[("SUS013", "subject")]),

dict(guid="sus_wsde_story_20260516_0402", pub="2026-05-16T12:10:00-04:00", title="Sussex Central valedictorian heads to Howard on full scholarship",
body="""GEORGETOWN, Del. (WSDE) - Sussex Central High School's class of 2026 valedictorian will study biomedical engineering at Howard University on a full scholarship.

Naïka Desrosiers, 18, finished with a 4.61 weighted GPA, captained the robotics team and translated for Haitian families at parent-teacher conferences since ninth grade. Her parents, Jean-Robert and Marie-Carmel Desrosiers, moved to Georgetown from Jacmel, Haiti, before she was born.

"My mother worked nights so I could do this," Naïka said. "This diploma has three names on it." """,
gold=[("SUS008", "parent_of_subject"), ("SUS009", "parent_of_subject")]),

dict(guid="sus_wsde_story_20261003_0520", pub="2026-10-03T16:00:00-04:00", title="Scrapple fans crowd Bridgeville for Apple-Scrapple Festival",
body="""BRIDGEVILLE, Del. (WSDE) - Tens of thousands of people filled the streets of Bridgeville on Saturday for the annual Apple-Scrapple Festival, where the lines for fried scrapple sandwiches stretched past the fire hall.

The festival's scrapple-cooking contest was won by Marty Layton of Bridgeville, whose recipe uses his grandmother's cornmeal ratio. Judges were Roz Wainwright-Bunting of Selbyville, Georgetown chef Luis Aguilar and Bridgeville Mayor Wendell Hopkins.

"It's crispy outside, soft in the middle, and nobody asks what's in it," Wainwright-Bunting said. "That's scrapple." """,
gold=[]),

dict(guid="sus_wsde_story_20260815_0611", pub="2026-08-15T09:30:00-04:00", title="Laurel, Seaford clean up after tornado warning storm",
body="""LAUREL, Del. (WSDE) - Crews with Delmarva Power worked through Friday night to restore power in western Sussex County after a storm that prompted a Tornado Warning for Seaford and Laurel on Thursday evening.

The National Weather Service said it found straight-line wind damage, not a tornado. Trees fell on power lines along Poplar Street and Route 13A and a barn roof came off near Bethel. No injuries were reported.

Ramona Ellingsworth of Laurel handed out coffee to linemen on Poplar Street on Friday morning. "They've been out here all night," she said. "Least we can do." """,
gold=[]),
]
