"""WLCN Lowcountry News 9 (Beaufort/Walterboro TV station site): HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="scb_tv_20260502_feedstore75", pub="2026-05-02T17:20:00-04:00",
     title="Walterboro feed and seed store marks 75 years on Washington Street",
body="""WALTERBORO, S.C. (WLCN) - Varnadoe Feed & Seed is celebrating 75 years in business this week, and the family says the secret is simple: open at 6, know everybody's name.

The store was founded in 1951 by Jasper Varnadoe Sr. Today it is run by his grandson, Jasper C. "Trip" Varnadoe III, and Trip's wife, Ashley, who keeps the books and the store cat.

"My granddaddy sold seed to half of Colleton County on a handshake," Trip Varnadoe said. "We still do most of it on a handshake."

The anniversary cookout is Saturday from 11 to 2, with free boiled peanuts.""",
gold=[("SCB009", "subject"), ("SCB012", "subject")]),

dict(guid="scb_tv_20260319_sthelena_tornado", pub="2026-03-19T07:05:00-04:00",
     title="Tornado damages homes, downs oaks across St. Helena Island",
body="""ST. HELENA ISLAND, S.C. (WLCN) - Crews spent Wednesday night clearing live oaks from Sea Island Parkway after a tornado touched down near Frogmore just before 6 p.m.

Beaufort County officials said four homes had roof damage and one mobile home on Martin Luther King Jr. Drive was destroyed. No serious injuries were reported.

"It sounded like a freight train coming down the road," said Isaiah Grayson, who lives about a mile from the worst damage. "Then it was just quiet."

Ridgeland fire captain Dwayne Smalls, whose crew came over on mutual aid, said volunteers were already out with chainsaws by the time they arrived.""",
gold=[]),

dict(guid="scb_tv_20260512_portroyal_fire", pub="2026-05-12T22:40:00-04:00",
     title="Fire destroys Port Royal home on Paris Avenue; owner and dog safe",
body="""PORT ROYAL, S.C. (WLCN) - A house fire Tuesday evening destroyed a home in the 1100 block of Paris Avenue.

The homeowner, Thaddeus "Tad" Kinard, a retired Marine gunnery sergeant, said he smelled smoke in the kitchen and got out with his dog, Gunny. Port Royal and Burton firefighters had the fire under control in about 40 minutes.

The cause is under investigation. Neighbors have set up a collection at the Port Royal Farmers Market to help Kinard.""",
gold=[("SCB013", "subject")]),

dict(guid="scb_tv_20260220_rural_physician", pub="2026-02-20T12:10:00-05:00",
     title="Beaufort doctor named South Carolina Rural Physician of the Year",
body="""BEAUFORT, S.C. (WLCN) - Dr. Priya Raghunathan, a family physician who runs a weekly clinic on St. Helena Island, has been named South Carolina Rural Physician of the Year by the state's Office of Rural Health.

Raghunathan has practiced in Beaufort since 2009 and started the island clinic in a church fellowship hall in 2015.

"The patients taught me more than medical school did," she said.""",
gold=[("SCB008", "subject")]),

dict(guid="scb_tv_20260603_bluffton_broker", pub="2026-06-03T16:45:00-04:00",
     title="Bluffton real estate firm names new managing broker",
body="""BLUFFTON, S.C. (WLCN) - May River Realty has promoted Lavinia "Vinnie" Orr to managing broker of its Calhoun Street office.

Orr, a Bluffton native, joined the firm in 2004 and has been its top-selling agent for six of the last ten years. She will oversee 28 agents.""",
gold=[("SCB019", "subject")]),

dict(guid="scb_tv_20260627_bbq_cookoff", pub="2026-06-27T20:00:00-04:00",
     title="Yemassee pitmaster takes top prize at Colleton Rice Festival cook-off",
body="""WALTERBORO, S.C. (WLCN) - Yemassee pitmaster Darnell Washington took home the whole-hog title Saturday at the Colleton County Rice Festival barbecue cook-off.

Judges included Benny Gantt, a past state champion, and Walterboro businesswoman Ashley Varnadoe.

"The mustard sauce put him over the top," said Hal Tuten, who has attended every cook-off since 1986.""",
gold=[]),
]
