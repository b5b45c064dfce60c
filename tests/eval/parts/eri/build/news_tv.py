"""WRXE NewsCenter 12 (Erie TV station site), HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="eri_wrxe-news-330190", pub="2026-01-28T18:40:00-05:00", title="Fire destroys barn in Harborcreek Township; family escapes unhurt",
body="""HARBORCREEK TOWNSHIP, Pa. - Fire destroyed a century-old barn on Station Road early Wednesday, Harborcreek fire officials said.

The barn belonged to Frank Weindorf, who said he woke at about 3 a.m. to the glow through his bedroom window. Weindorf and his wife, Joan, got their two horses out before the roof collapsed. No one was hurt.

Crews from Harborcreek, Brookside and Lawrence Park fought the fire for more than four hours in sub-zero wind chills. The cause is under investigation, but the fire chief said a heat lamp in the tack room is suspected.""",
gold=[("ERI018", "subject")]),

dict(guid="eri_wrxe-news-331422", pub="2026-03-12T17:55:00-04:00", title="Parade Street restaurant marks ten years of Iraqi cooking in Erie",
body="""ERIE, Pa. - Ten years ago, Haider Al-Jabouri signed the lease on a closed pizza shop on Parade Street with money he had saved driving a taxi.

This week, Baghdad Grill celebrated its tenth anniversary with a free lunch for the neighborhood. Al-Jabouri and his wife, Zainab, who runs the kitchen, still make the bread in a clay oven he built himself in 2016.

"I came here for the masgouf and I keep coming back for the people," said Mary Beth D'Angelo of Millcreek, who said she has eaten lunch there every Friday for eight years.""",
gold=[("ERI014", "subject"), ("ERI015", "subject")]),
# Mary Beth D'Angelo (ERI007) is a quoted customer: nothing.

dict(guid="eri_wrxe-news-333007", pub="2026-06-18T22:10:00-04:00", title="Storm cleanup continues in Conneaut and western Erie County",
body="""CONNEAUT, Ohio - Crews worked through the night to clear downed trees and restore power after Tuesday's severe thunderstorm.

About 9,000 customers lost power in Ashtabula and Erie counties at the height of the storm. In Conneaut, a large maple came down across Lake Road, crushing a parked car. "It sounded like a freight train for about thirty seconds," said Terri Nowak, who was visiting her sister on Lake Road when the storm hit.

Penelec said most customers in Fairview and Girard should have power back by Thursday evening.""",
gold=[]),
# ERI023 Terri Nowak is a quoted bystander from Edinboro: nothing.

dict(guid="eri_wrxe-news-334560", pub="2026-03-09T19:30:00-04:00", title="Edinboro's Tyler Nowak wins state wrestling title",
body="""HERSHEY, Pa. - General McLane senior Tyler Nowak won the PIAA Class 2A championship at 172 pounds Saturday night, pinning his opponent from Reynolds in the third period.

Nowak, who finished third as a junior, finished the season 44-1. He has committed to wrestle at Edinboro University next fall.

"His dad would have been so proud," said his mother, Terri Nowak of Edinboro, who drove the family to Hershey. Tyler's father, Michael, died in 2022.""",
gold=[("ERI023", "parent_of_subject")]),
]
