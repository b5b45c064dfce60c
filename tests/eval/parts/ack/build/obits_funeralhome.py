"""Bearse & Nye Funeral Home (invented; chapels in Hyannis and Orleans): funeral-home site, HTML in
content:encoded, a one-sentence plain description. Hand-labelled: gold=[(client_id, role), ...]."""

FEED = "bearsenye"
ITEMS = [
dict(guid="ack_bearsenye-delphine-attaquin", pub="2026-02-05T11:15:00-05:00", title="Delphine Attaquin (1940 - 2026)",
body="""Delphine Rose Attaquin, 85, of Mashpee, a keeper of her people's songs and a grandmother to half the town, passed into the spirit world on Sunday, February 1, 2026, at Cape Cod Hospital in Hyannis.

Delphine was born in Mashpee on the shore of Santuit Pond. She worked for thirty years in the Mashpee schools' kitchen and for longer than that taught children to weave baskets and to sing in the old language at the June powwow. Her oyster stew was served at every homecoming for sixty years.

She is survived by her son, Ezra Attaquin and his wife Dawn, of Mashpee; her daughter, Winona Attaquin Hicks of Plymouth; seven grandchildren; and nine great-grandchildren. She was predeceased by her husband, Eldred Attaquin, and by her brother, Nathan Peters.

The family thanks Dr. Ifeoma Nwachukwu-Crowell and the nurses of the fourth floor of Cape Cod Hospital for their great kindness.

A traditional service will be held at the Old Indian Meeting House, Mashpee, on Saturday, February 7, at noon, followed by burial in the meeting house burying ground.""",
gold=[("ACK013", "survivor")]),

dict(guid="ack_bearsenye-alberto-bittencourt", pub="2026-03-12T10:40:00-04:00", title="Alberto \"Beto\" Bittencourt (1944 - 2026)",
body="""Alberto "Beto" Bittencourt, 81, of Hyannis, formerly of Governador Valadares, Minas Gerais, Brazil, died on March 8, 2026, at Cape Cod Hospital, surrounded by his family.

Beto came to Hyannis in 2004 to join his son and worked for many years as a painter, retiring only when his family made him. He was a devoted member of the Portuguese-language congregation at St. Francis Xavier, a fan of Cruzeiro and of anyone who would sit with him for a cafezinho.

He is survived by his son, Anderson Bittencourt and his wife, Rosângela, of Hyannis, owners of Sabor de Minas bakery; his daughter, Cláudia Bittencourt Reis of Belo Horizonte; and five grandchildren. Deixa o filho Anderson, a nora Rosângela, a filha Cláudia e cinco netos.

A Mass will be celebrated in Portuguese on Saturday, March 14, at 10 a.m. at St. Francis Xavier Church, Hyannis. Visitation will precede the Mass at the Hyannis chapel from 8:30 a.m.""",
gold=[("ACK021", "survivor"), ("ACK020", "survivor")]),

dict(guid="ack_bearsenye-cyrus-sparrow", pub="2026-06-04T09:55:00-04:00", title="Cyrus Mayo Sparrow (1936 - 2026)",
body="""Cyrus Mayo Sparrow, 90, of Eastham, a surveyor who walked nearly every property line on the Outer Cape, died on May 31, 2026, at a nursing home in Falmouth.

Cyrus was born in Eastham and surveyed for the towns of Eastham, Orleans and Wellfleet for four decades; his hand-drawn plans still hang in the Eastham town hall. He was a deacon of the Chapel in the Pines and a volunteer at the Eastham windmill.

He is survived by his son, Clement Sparrow and his wife Roz of Orleans; his daughter, Helen Sparrow Dutra of North Eastham; and four grandchildren, including Caleb Sparrow. He was predeceased by his wife of 61 years, Mildred (Snow) Sparrow.

A funeral service will be held at the Chapel in the Pines, Eastham, on Saturday, June 6, at 11 a.m. Burial will follow in Evergreen Cemetery, Orleans.""",
gold=[("ACK015", "survivor"), ("ACK014", "survivor")]),

dict(guid="ack_bearsenye-harold-baxter", pub="2026-07-30T14:20:00-04:00", title="Harold Nickerson \"Hal\" Baxter (1942 - 2026)",
body="""Harold Nickerson "Hal" Baxter, 84, of Orleans, who ran Baxter's Hardware on Main Street for forty-one years, died July 26, 2026, at home.

Hal knew the size of every washer in his store and the name of every customer's dog. He was a member of the Orleans Rotary Club and of the Orleans Volunteer Fire Association.

He is survived by his wife of 58 years, Jean Baxter; his daughters, Susan Baxter of Orleans and Kathy Baxter Lowe of Wellesley; and three grandchildren.

A funeral service will be held at the Church of the Holy Spirit, Orleans, on Saturday, August 1. Bearers will be Clement Sparrow, Daniel Lowe, Peter Kendrick, Rick Ellis, Tom Baxter and Jack Lowe.""",
gold=[]),
]
