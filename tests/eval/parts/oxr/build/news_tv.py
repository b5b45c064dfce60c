"""KCCV Channel Coast 12 (Ventura / Oxnard local TV station site): short web stories, HTML descriptions.
Hand-labelled (`gold=`)."""

FEED = "tv"
ITEMS = [
dict(guid="oxr_kccv_story_20260216_0311", pub="2026-02-16T18:20:00-08:00",
title="Ventura surf shop owner mopping up after storm sends mud through the doors",
body="""VENTURA, Calif. (KCCV) - For 28 years Quackenbush Surf & Sail has survived big swells, El Niño winters and a pandemic. On Sunday it met the Ventura River.

Owner Tad Quackenbush said runoff from Saturday's storm backed up the storm drain on Harbor Boulevard and pushed six inches of mud through the shop, ruining about 40 wetsuits and the entire rental fleet of boards stored on the floor. "You build a business on the ocean, you expect the water from the front," Quackenbush said. "Not from the street."

Neighbors spent Monday hauling out soaked drywall. "We'll all help him reopen," said Sunniva Eskildsen, who was out walking her dog on the promenade when she stopped to lend a hand. The shop hopes to reopen by the weekend.""",
gold=[("OXR011", "subject")]),

dict(guid="oxr_kccv_story_20260310_0477", pub="2026-03-10T07:45:00-07:00",
title="Family of five displaced after early-morning fire in north Oxnard",
body="""OXNARD, Calif. (KCCV) - A family of five escaped without serious injury early Tuesday when fire tore through their home on Ketch Avenue.

Marisol Tzintzun said she woke around 3:30 a.m. to the smoke alarm and got her three children out through a bedroom window while her husband, Efraín, carried out his elderly mother. Oxnard Fire said the blaze began in the garage; damage is estimated at $250,000. The family lost Efraín's father, Celestino, less than two weeks ago.

"They are the kind of people who help everybody on this street," said neighbor Beto Cháirez, who organized a clothing drive by mid-morning. A fundraiser has been set up for the family through Our Lady of Guadalupe Church.""",
gold=[("OXR006", "subject")]),

dict(guid="oxr_kccv_story_20260319_0502", pub="2026-03-19T21:10:00-07:00",
title="Rare tornado warning sends Port Hueneme and south Oxnard residents to shelter",
body="""PORT HUENEME, Calif. (KCCV) - For the first time in years, phones across south Oxnard and Port Hueneme blared a tornado warning Thursday evening as a line of thunderstorms moved ashore from the Santa Barbara Channel.

The National Weather Service office in Oxnard said radar showed rotation near Hueneme Beach shortly after 7 p.m. Crews reported downed palm fronds, a toppled carport on Pleasant Valley Road and scattered power outages, but no injuries. The warning was cancelled at 7:40 p.m.

"I thought it was a test," said Dennis Albarrán, who was shopping at the Channel Islands Boulevard market when the alert went off. "Then the rain went sideways." """,
gold=[]),

dict(guid="oxr_kccv_story_20260604_0655", pub="2026-06-04T17:30:00-07:00",
title="Pacifica High valedictorian headed to MIT, first in family to attend college",
body="""OXNARD, Calif. (KCCV) - When Mateo Cháirez gives the valedictory address at Pacifica High School on Friday, he plans to say part of it in Spanish, for his grandmother.

The 18-year-old finished with a 4.6 GPA, captained the robotics team to the state finals and will study mechanical engineering at MIT on a full scholarship. He will be the first in his family to attend a university.

His parents, Rigoberto and Graciela Cháirez, said they found out about the scholarship from a phone call while Rigoberto was still at work at the Port of Hueneme. "I had to sit down on a forklift," his father said.""",
gold=[("OXR018", "parent_of_subject")]),

dict(guid="oxr_kccv_story_20260709_0731", pub="2026-07-09T12:00:00-07:00",
title="San Luis Obispo teacher named a California Teacher of the Year",
body="""SAN LUIS OBISPO, Calif. (KCCV) - A bilingual first-grade teacher from San Luis Obispo is one of five educators named California Teachers of the Year by the state superintendent.

Araceli Huitrón, 38, teaches at Pacheco Elementary School, where she started a family-literacy night that now draws 200 parents a month. She grew up in Nipomo, the daughter of farmworkers, and is in her 14th year in the classroom.

She will represent the state in the national competition this fall.""",
gold=[]),

dict(guid="oxr_kccv_story_20260722_0790", pub="2026-07-22T16:05:00-07:00",
title="Port of Hueneme sets record for vehicle imports",
body="""PORT HUENEME, Calif. (KCCV) - The Port of Hueneme handled more vehicles in the first half of 2026 than in any six-month stretch in its history, port officials said Wednesday.

Nearly 390,000 cars and trucks crossed its docks between January and June, up 11 percent from last year, driven by electric vehicles from Asia and Europe. Port director Kristin Aldous-Vega said a new on-dock rail spur will open next spring.

"Every one of those cars is a job for somebody in Oxnard," Aldous-Vega said.""",
gold=[]),
]
