"""Indy Business Ledger (weekly business paper, central Indiana), plain text. Hand-labelled."""

FEED = "ibl"
ITEMS = [
dict(guid="ind_ibl_2026_0128_taqueria", pub="2026-01-28T06:00:00-05:00", title="Fishers taqueria owner signs lease for second location in Noblesville",
body="""FISHERS - Taquería El Güero, the counter-service restaurant on 116th Street that built a following on al pastor carved from the trompo, will open a second location this summer in a former bank branch on Noblesville's Logan Street.

Owner José Luis Hernández, who opened the Fishers shop in 2019 after 14 years as a line cook in downtown Indianapolis hotels, said the new restaurant will seat 60 and add a breakfast menu. "Half my customers already drive down from Noblesville," said Hernández, known to regulars as Pepe. "I'm just saving them the gas."

The expansion was financed in part by a $150,000 loan from the Hamilton County small-business fund. Hernández expects to hire 18 people.""",
# IND020 Jose Luis "Pepe" Hernandez Ochoa (compound surname; one part in the text), Fishers: owner of the business.
gold=[("IND020", "subject")]),

dict(guid="ind_ibl_2026_0218_promotion", pub="2026-02-18T06:00:00-05:00", title="Fishers engineering firm names Stojanović chief operating officer",
body="""FISHERS - Ridgeline Controls, the 240-employee industrial-automation firm headquartered in Fishers, has promoted Dragana Stojanović to chief operating officer, effective March 1.

Stojanović, who joined the company in 2008 as a controls engineer after earning her degree at the University of Belgrade and a master's at Purdue, has led the firm's manufacturing-systems division since 2019. She succeeds Thomas Reardon, who is retiring.

"Dragana has personally commissioned more of our systems than anyone in the building," chief executive Alan Whitcomb said.""",
# IND015 Dragana "Gaga" Stojanovic, Fishers: promotion.
gold=[("IND015", "subject")]),

dict(guid="ind_ibl_2026_0311_bakery", pub="2026-03-11T06:00:00-04:00", title="Carmel's Balkan bakery doubles its ovens as burek demand climbs",
body="""CARMEL - Pekara Beograd, the bakery Zoran and Biljana Ristić opened in a Carmel strip center in 2021, has taken over the space next door and installed two more deck ovens to keep up with orders for burek, pogača and the honey cakes that sell out by 10 a.m. on Saturdays.

The Ristićs said wholesale orders from three Serbian, Bosnian and Macedonian churches in the region now make up a third of sales.

"On Sunday after liturgy you cannot find a parking space," said Milan Jovanović, a regular who lives a few blocks away. "My wife says their burek is almost as good as hers. I am not allowed to say it is better." """,
# IND013 Milan Jovanovic is a quoted customer: nothing. (IND014 Vesna only alluded to.)
gold=[]),

dict(guid="ind_ibl_2026_0422_schoettmer", pub="2026-04-22T06:00:00-04:00", title="Schoettmer Heating & Cooling sold to Circle City Comfort after 61 years",
body="""INDIANAPOLIS - Schoettmer Heating & Cooling, the south-side furnace and air-conditioning contractor whose vans have been a fixture on Madison Avenue since 1965, has been sold to Circle City Comfort Services of Plainfield. Terms were not disclosed.

Bernie Schoettmer, who has run the company since his father, the founder, stepped back in 1992, will stay on as an adviser through the end of the year and then retire. "Dad started this with one truck and a ladder," said Schoettmer, 76. "I wanted to hand it to someone who'll keep answering the phone at two in the morning in January."

All 34 employees will be retained, the buyer said, and the Schoettmer name will remain on the vans for at least five years.""",
# IND004 Bernard "Bernie" Schoettmer Jr., 76 (born 1949): sale of his business and retirement.
gold=[("IND004", "subject")]),

dict(guid="ind_ibl_2026_0506_cfo", pub="2026-05-06T06:00:00-04:00", title="Chicago logistics firm with Indianapolis hub names new CFO",
body="""INDIANAPOLIS - Lakeshore Freight Partners, the Chicago-based logistics company that operates a 400,000-square-foot cross-dock near Indianapolis International Airport, has named Kathleen O'Malley its chief financial officer.

O'Malley, of Oak Park, Ill., was previously treasurer of a Milwaukee packaging maker. She will remain based at the Chicago headquarters. The company said its Indianapolis hub will add 120 jobs next year.""",
# A Kathleen O'Malley of Oak Park, Ill.: namesake elsewhere of IND021 (Carmel): nothing.
gold=[]),
]
