"""Thousand Islands River Courier: weekly community paper (schools, scouts, festivals, milestones), a teaser in
`description` and HTML in content:encoded. Hand-labelled (`gold`)."""

ITEMS = [
dict(guid="art_tirc-2026-02-18-eagle", pub="2026-02-18T09:00:00-05:00",
title="Sackets Harbor Scout earns Eagle rank",
body="""Colby Vanderwerken, 17, of Troop 42, Sackets Harbor, received the rank of Eagle Scout at a court of honor Saturday at the Sackets Harbor Presbyterian Church.

For his Eagle project Colby led 20 volunteers in rebuilding the boardwalk on the Black River Bay nature trail. He is a junior at Sackets Harbor Central School, where he runs cross-country and plays trombone.

He is the son of Amos and June Vanderwerken of Sackets Harbor. His grandfather, Pieter Vanderwerken, pinned on the badge.""",
gold=[("ART010", "parent_of_subject"), ("ART011", "parent_of_subject")]),

dict(guid="art_tirc-2026-03-30-marshal", pub="2026-03-30T09:00:00-04:00",
title="Cape Vincent French Festival names grand marshal",
body="""The Cape Vincent French Festival committee has named Delphine Brouillette, 86, grand marshal of this year's parade on July 11.

Mrs. Brouillette has baked the festival's tourtières since 1971 and taught three generations of village children the songs of the old French families of the Cape. "I'll wave as long as they let me," she said.

The festival, in its 59th year, will also feature the traditional Bastille Day-weekend fireworks over the river.""",
gold=[("ART003", "subject")]),

dict(guid="art_tirc-2026-05-30-westpoint", pub="2026-05-30T09:00:00-04:00",
title="Black River native commissioned at West Point",
body="""Matteo Scordato of Black River graduated from the U.S. Military Academy at West Point on Saturday and was commissioned a second lieutenant in the Army Corps of Engineers.

Second Lt. Scordato, a 2022 graduate of Carthage Central School, majored in civil engineering and played on the academy's rugby team. He will report to Fort Leonard Wood, Mo., in August.

He is the son of Ralph and Gina Scordato of Black River and the grandson of Mena Scordato of Watertown.""",
gold=[("ART019", "parent_of_subject")]),

dict(guid="art_tirc-2026-06-24-legion", pub="2026-06-24T09:00:00-04:00",
title="Alexandria Bay Legion honors Harold Brightman for 50 years of service",
body="""American Legion Post 1017 of Alexandria Bay honored Harold Brightman on Sunday for fifty years as its service officer, during which he helped hundreds of veterans and widows with their benefits.

Brightman, 84, served with the Navy in Vietnam. He was presented with a plaque and a cake shaped like a destroyer.

The luncheon was prepared by the Legion Auxiliary, including Yvette Gaudreau, Paulette Lalonde, Sandra Kring and Joan Cummings.""",
gold=[]),

dict(guid="art_tirc-2026-07-08-parade", pub="2026-07-08T09:00:00-04:00",
title="Clayton's Fourth of July parade draws record crowd",
body="""An estimated 6,000 people lined James Street and Riverside Drive for Clayton's Fourth of July parade, the largest crowd anyone at the Chamber of Commerce can remember.

The Thousand Islands Regional High School band led the way, followed by antique boats on trailers, fire trucks from six departments and a float shaped like a muskie. Fireworks over the river closed the day.

The Chamber thanked the village DPW and the 40 volunteers who handed out water along the route.""",
gold=[]),
]
