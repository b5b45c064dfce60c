"""Emerald Coast 9 WECN (Panama City TV station) local news: HTML descriptions. Hand-labelled."""

FEED = "wecn"
ITEMS = [
dict(guid="ecp_wecn_2026_02_14_fire", pub="2026-02-14T18:40:00-06:00",
title="Callaway family escapes early-morning house fire",
body="""CALLAWAY - A Callaway couple and their two teenage sons escaped without injury early Saturday when fire tore through their home on Cherokee Heights Road.

Beto and Graciela Villafuerte said a smoke alarm woke them shortly after 3 a.m. Callaway Fire Rescue said the fire started in the garage and caused heavy damage to the kitchen and living room. The family's dog, Canela, was rescued by firefighters.

"We have each other, and that's all that matters," Graciela Villafuerte said. The American Red Cross is helping the family, and St. Paul Catholic Church has started a collection.""",
gold=[("ECP006", "subject"), ("ECP005", "subject")]),

dict(guid="ecp_wecn_2026_03_25_tornado", pub="2026-03-25T06:15:00-05:00",
title="Overnight tornado tears roofs off homes in Lynn Haven",
body="""LYNN HAVEN - An EF-1 tornado touched down near Mowat Highway shortly after midnight and tracked north through Lynn Haven, tearing roofs off at least six homes and bringing down dozens of trees, the National Weather Service confirmed Wednesday.

On Georgia Avenue, the Hinson family's carport landed in their neighbor's pool. "We heard it go over like a freight train, and then it was just quiet," said Lorna Brackeen, who lives across the street. "We were lucky. The Hinsons were not."

No injuries were reported. Lynn Haven Public Works will pick up storm debris placed at the curb through April 10.""",
gold=[]),   # Lorna Brackeen quoted bystander: nothing (her weather outreach comes from the alert)

dict(guid="ecp_wecn_2026_06_20_rescue", pub="2026-06-20T17:05:00-05:00",
title="Retired charter captain pulls two swimmers from rip current",
body="""PANAMA CITY BEACH - Two swimmers from Kentucky were pulled from a rip current near the Thomas Drive beach access Friday afternoon by a retired charter captain who saw them struggling from his porch.

Lyle O'Quinn, 68, paddled out on his grandson's boogie board and kept the two men, a father and his 19-year-old son, afloat until Beach Patrol lifeguards arrived. Both were treated at the scene. Double red flags were flying at the time.

"I've fished this water for fifty years. You don't fight it, you swim sideways," O'Quinn said. His wife, Kaye, said she was "proud and furious, in that order." Panama City Beach Fire Rescue said O'Quinn will receive a civilian lifesaving award.""",
gold=[("ECP007", "subject")]),   # Kaye quoted: nothing

dict(guid="ecp_wecn_2026_05_13_signing", pub="2026-05-13T18:20:00-05:00",
title="Arnold shortstop signs with Gulf Coast State",
body="""PANAMA CITY BEACH - Arnold High School shortstop Tripp VanLandingham signed Wednesday to play baseball at Gulf Coast State College next spring.

VanLandingham, the son of Carter and Brooke VanLandingham of Panama City Beach, hit .412 this season and was named to the District 1-5A first team. "Gulf Coast was my first offer and my last," he said.""",
gold=[("ECP017", "parent_of_subject")]),

dict(guid="ecp_wecn_2026_07_08_quilt", pub="2026-07-08T17:30:00-05:00",
title="Massachusetts nurse takes best in show at Panama City Beach quilt show",
body="""PANAMA CITY BEACH - Sue Ellen Kinard, a retired nurse from Lynn, Massachusetts, won best in show at the Emerald Coast Quilt Festival on Saturday for a king-size quilt depicting the Boston Harbor lighthouses in 4,000 pieces.

Kinard, who was vacationing in Panama City Beach with her sister, said she entered on a whim. The festival drew 600 quilts from 22 states.""",
gold=[]),   # namesake from Lynn, Mass. (ECP012 lives in Lynn Haven): nothing
]
