"""North Fork & Uncompahgre Times (small-town weekly covering Delta, Montrose, Fruita and Glenwood community news):
teaser description, HTML in content:encoded. Hand-labelled (gold=[...] beside each)."""

FEED = "nft"
ITEMS = [
dict(guid="gjt_nft-2026-0304-anniv", pub="2026-03-04T08:00:00-07:00", title="Gallegos couple marks 50 years",
body="""Eloy and Rosella Gallegos of Montrose will celebrate their 50th wedding anniversary with a Mass and dinner at St. Mary's Catholic Church on Saturday, March 14.

The former Rosella Maestas and Eloy Gallegos Valdez were married at the church of San Acacio in the San Luis Valley on March 13, 1976, and moved to Montrose in 1980, where Eloy worked for the Bureau of Reclamation and Rosella taught second grade at Northside Elementary. They have three children and seven grandchildren. Friends are welcome; no gifts, please.""",
gold=[("GJT003", "subject"), ("GJT004", "subject")]),

dict(guid="gjt_nft-2026-0408-eagle", pub="2026-04-08T08:00:00-06:00", title="Grand Junction youth earns Eagle Scout rank",
body="""Tanner Christiansen, 17, of Grand Junction has earned the rank of Eagle Scout with Troop 358, sponsored by the Grand Junction 4th Ward.

For his project, Tanner led 22 volunteers in building 14 picnic tables for the Little Bookcliff Wild Horse Area trailheads. He is the son of Lorin and Sheree Christiansen and a junior at Central High School. A court of honor was held March 29.""",
gold=[("GJT013", "parent_of_subject")]),

dict(guid="gjt_nft-2026-0513-fair", pub="2026-05-13T08:00:00-06:00", title="Junior livestock sale raises record $412,000",
body="""Buyers at the Delta County Junior Livestock Sale paid a record $412,000 for 168 animals raised by 4-H and FFA members on Saturday.

The grand-champion steer, shown by Brooklyn Fehr of Cedaredge, sold for $9,500 to Delta Ag Supply. Other buyers included Allred Cattle Co., Glenn Nakagawa, Harlan Sweitzer, Gunnison River Farms, Hotchkiss Feed & Seed and the Delta County Farm Bureau. Sale committee chair Roger Spendlove thanked the buyers and the families.""",
gold=[]),  # buyers' list: nothing

dict(guid="gjt_nft-2026-0617-wedding", pub="2026-06-17T08:00:00-06:00", title="Hadfield - Rasband",
body="""Kelsey Anne Hadfield and Cody James Rasband were married and sealed on June 6, 2026, in the Grand Junction Colorado Temple.

The bride is the daughter of Ben and Marcy Hadfield of Loma. The groom is the son of Brent and Julie Rasband of Fruita and is branch manager of Rimrock Federal Credit Union in Fruita. A reception was held at the Fruita Civic Center. The couple will make their home in Fruita.""",
gold=[("GJT022", "subject")]),

dict(guid="gjt_nft-2026-0722-rodeo", pub="2026-07-22T08:00:00-06:00", title="Olathe Sweet Corn Festival draws crowd despite heat",
body="""An estimated 12,000 people turned out for the Olathe Sweet Corn Festival on Saturday, eating their way through 70,000 ears of corn in temperatures that reached 98 degrees.

Festival chair Irene Romero said the corn-eating contest was won for the third straight year by Delta firefighter Luis Cordova, who finished 11 ears in five minutes. Volunteers from the Montrose Guadalupanas, the Olathe FFA and the Uncompahgre Basque Club ran the food booths. The festival's 2027 dates will be announced in the fall.""",
gold=[]),  # nobody on the roster
]
