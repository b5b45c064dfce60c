"""Tri-State Business Weekly (Dubuque): business journal, plain text. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="dbq_tsbw_2026_0142", pub="2026-04-27T06:00:00-05:00", title="Peosta baker turns a farmers market stand into a storefront",
body="""PEOSTA - For six summers the line at the Dubuque Farmers' Market stall with the hand-painted loaf on its banner stretched past the Colts drum corps building by 7:30 a.m. On May 2 it moves indoors.

Mary Beth Breitbach will open Breitbach Bread Co. in the former hardware store on Peosta Street, with a wood-fired deck oven, six employees and a sourdough starter she says is older than two of them. Breitbach, a former dietitian, bought the building last fall with a small-business loan from Northeast Iowa Community Credit Union.

"My dad would have been at the counter every morning telling people how to slice it," she said. Her father, Harold, died in March.""",
gold=[("DBQ006", "subject")]),

dict(guid="dbq_tsbw_2026_0155", pub="2026-05-18T06:00:00-05:00", title="Bluffview Medical Center names new chief medical officer",
body="""DUBUQUE - Bluffview Medical Center has named Dr. Paul Feipel its chief medical officer, effective June 1.

Feipel, a hospitalist who has practiced at Bluffview since 2004 and chaired its medical staff for the past three years, succeeds Dr. Sandra Ochs, who is retiring. A Dyersville native, he trained at the University of Iowa Carver College of Medicine.

"Paul knows every unit of this hospital from the night shift up," said Bluffview president Marc Delagardelle.""",
gold=[("DBQ016", "subject")]),

dict(guid="dbq_tsbw_2026_0171", pub="2026-06-22T06:00:00-05:00", title="After 38 years on the line, Key City Tractor Works veteran signs off",
body="""DUBUQUE - When Roger Thilmany started at Key City Tractor Works in 1988, the plant still built crawler frames by hand. On Friday he punched out for the last time, retiring as a second-shift assembly supervisor with 38 years in.

Thilmany's crew presented him with a scale model of the first crawler he helped build. He and his wife, Sue, plan to spend the fall on the Mississippi in a pontoon boat they have named "Overtime."

"He trained half the people in this building," said plant manager Denise Koppes.""",
gold=[("DBQ020", "subject")]),

dict(guid="dbq_tsbw_2026_0188", pub="2026-08-10T06:00:00-05:00", title="Riverfront museum campaign passes $4 million; donors listed",
body="""DUBUQUE - The campaign to build a river-education wing at the Mississippi Heritage Center has passed $4 million of its $5.5 million goal, organizers announced Thursday.

Gifts of $1,000 or more since the spring report came from Fran and Joan O'Dowd, Dodie Hosch, the Heiderscheit Family Foundation, Kevin and Lori Strub, Dupaco Builders and 41 others. A full donor list is posted in the center's lobby.

Construction is expected to begin next spring.""",
gold=[]),  # donor list: nothing for the O'Dowds or Dodie Hosch

dict(guid="dbq_tsbw_2026_0193", pub="2026-08-24T06:00:00-05:00", title="Panadería on Central Avenue adds a second location in Asbury",
body="""DUBUQUE - Panadería La Guadalupana, the bakery that opened on Central Avenue in 2019, will open a second shop in the Asbury Plaza this fall.

Owner Rosa Elena Zamudio started the business with her mother's recipes for conchas and bolillos; it now employs eleven people and supplies pan dulce to three grocery stores. Zamudio said the new shop will add a tortillería.

"I come every Sunday after Mass," said customer Bobson Lojkar. "Now I will come on Wednesday also.\"""",
gold=[("DBQ009", "subject")]),  # Bobson Lojkar is a quoted customer: nothing
]
