"""New Hampshire Community Voice: a community paper for Greek-American and New American (Bhutanese-Nepali,
and other) families in Manchester, Nashua and Concord; "In Memoriam" notices, HTML in description, guids
mht_ncv_*. Hand-labelled."""

FEED = "ncv"
ITEMS = [
dict(guid="mht_ncv_memoriam_2026_0319_dahal", pub="2026-03-19T12:00:00-04:00", title="In Memoriam: Dhan Maya Dahal, 88, of Concord",
body="""CONCORD - Dhan Maya Dahal, 88, a grandmother to much of Concord's Bhutanese-Nepali community, died on March 14, 2026, at Concord Hospital.

She was born in Samtse, in southern Bhutan, where her family farmed cardamom and oranges. In 1992 the family was forced from Bhutan and spent seventeen years in the Beldangi refugee camp in eastern Nepal, where she delivered babies for neighbors. She arrived in Concord in 2009 and at 75 passed her U.S. citizenship test on the first try.

She is survived by her daughter, Bishnu Maya Adhikari, and her son-in-law, Tika Ram Adhikari, of Concord, with whom she lived; her sons, Hari Prasad Dahal of Harrisburg, Pa., and Krishna Dahal of Kathmandu; and eleven grandchildren.

Cremation took place according to Hindu rites. The family observes the thirteen days of mourning at their home; the kriya concludes on March 27 with a gathering at the Bhutanese Community of New Hampshire hall.""",
gold=[("MHT011", "survivor"), ("MHT010", "survivor")]),

dict(guid="mht_ncv_memoriam_2026_0601_demopoulos", pub="2026-06-01T12:00:00-04:00", title="In Memoriam: Panagiotis \"Pete\" Demopoulos, 86",
body="""MANCHESTER - Panagiotis "Pete" Demopoulos, 86, founder of Pete's Olympic Lunch on Elm Street, fell asleep in the Lord on May 27, 2026.

Born in the village of Vresthena, Laconia, Pete came to Manchester in 1961 with twelve dollars and an uncle's address. He washed dishes, then cooked, then bought the lunch counter where he served eggs and gyros to three generations of mill workers, lawyers and mayors. He was a parish council president at St. George Greek Orthodox Cathedral and never stopped sending money to the village church.

He is survived by his wife, Stavroula (Kotsiras) Demopoulos; his son, Peter, and daughter-in-law, Athena Demopoulos, of Bedford; his daughter, Maria Anagnost of Andover, Mass.; and five grandchildren.

The funeral service was held at St. George Greek Orthodox Cathedral. Pallbearers were Nick Kouris, Jim Karras, George Pappas, Chris Lagos, Steve Marinos and Alex Demos. The forty-day memorial (mnimosyno) will be offered July 5. May his memory be eternal.""",
gold=[("MHT009", "survivor")]),
# Pallbearers Nick Kouris (MHT008) and Jim Karras (MHT023): nothing.

dict(guid="mht_ncv_memoriam_2026_0710_adhikari", pub="2026-07-10T12:00:00-04:00", title="In Memoriam: Tika Ram Adhikari, 71, of Harrisburg",
body="""Our community in Pennsylvania has lost Tika Ram Adhikari, 71, of Harrisburg, Pa., who died July 4, 2026. A former schoolteacher in the Khudunabari camp, he taught English and mathematics to hundreds of children who now live across the United States, including many families here in New Hampshire.

He is survived by his wife, Devi Maya Adhikari; his sons, Dilli and Bhim; and his daughter, Sita Ghimire, of Harrisburg. Families in Concord and Manchester gathered for prayers in his memory last Sunday.""",
gold=[]),
# Namesake far away (Harrisburg, Pa.), age 71 vs MHT010 b. 1961 (65), wife Devi Maya not Bishnu Maya: nothing.
# "Sita Ghimire" is not MHT012 Suraj Ghimire: nothing.
]
