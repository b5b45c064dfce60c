"""Central Penn Business Ledger (invented business weekly, Harrisburg): plain-text stories. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="mdt_biz_2026_0224_bazaar", pub="2026-02-24T06:00:00-05:00",
title="Himalayan Bazaar marks 10 years on Derry Street, plans second store",
body="""Himalayan Bazaar, the Swatara Township grocery that became a hub for the region's Bhutanese-Nepali community, turns 10 this month, and owner Bishnu Adhikari says a second store in Mechanicsburg will open by fall.

Adhikari opened the 1,800-square-foot shop in 2016 with savings from eight years of warehouse shifts. It now stocks more than 3,000 items, from rice and lentils to puja supplies, and employs nine people. Sales passed $2 million last year, he said.

"In the camp we had rations. Here I wanted a place where people could find the taste of home," Adhikari said.

The Mechanicsburg store will be in a former pharmacy on West Simpson Street. The expansion is financed in part by a loan from the Harrisburg-area community development fund.""",
gold=[("MDT011", "subject")]),

dict(guid="mdt_biz_2026_0630_snavely", pub="2026-06-30T06:00:00-04:00",
title="Middletown borough's longtime finance chief retires after 38 years",
body="""Beverly Snavely, who has kept Middletown's books through four mayors, two water-authority sales and one memorable audit, retired Tuesday as the borough's finance director after 38 years.

Snavely started in 1988 as a payroll clerk. Council members presented her with a framed copy of the 1990 budget, which she typed herself, at a reception in the borough building.

"Bev knew where every dollar was, and she'd tell you, whether you wanted to hear it or not," council president Ron Baer said.

Snavely said she plans to travel and to spend more time with her aunt in Annville.""",
gold=[("MDT022", "subject")]),

dict(guid="mdt_biz_2026_0512_campaign", pub="2026-05-12T06:00:00-04:00",
title="Hospital foundation campaign passes $5 million; donor wall unveiled",
body="""The Penn State Health Hershey Medical Center foundation says its campaign for a new cancer-infusion wing has passed $5 million, a year ahead of schedule.

A donor wall unveiled Friday lists more than 400 names. Leadership donors include the Hershey Trust employees' fund, Capital Blue Cross, and several families, among them Ted and Joanne Bomberger of Lebanon, Dolores Vukovich of Steelton and the late Harvey Heisey of Mount Joy.

Foundation director Alicia Brandt said the wing should open in early 2028.""",
gold=[]),

dict(guid="mdt_biz_2026_0818_warehouse", pub="2026-08-18T06:00:00-04:00",
title="Mechanicsburg warehouse plan draws crowd to zoning hearing",
body="""More than 150 residents packed the Upper Allen Township zoning hearing Monday night on a developer's plan for a 600,000-square-foot distribution center off Gettysburg Pike.

Keystone Logistics Partners says the project would bring 350 jobs. Neighbors worried about truck traffic on Simpson Ferry Road.

"I've lived here since 1968 and I've watched the farms turn into parking lots one at a time," said Mary Lou Stauffer of Mechanicsburg. "Somebody has to say enough."

The board will continue the hearing on Sept. 21.""",
gold=[]),

dict(guid="mdt_biz_2026_0908_erie", pub="2026-09-08T06:00:00-04:00",
title="Erie restaurateur brings Puerto Rican bakery to second location",
body="""Maritza Colón, who opened Panadería La Borinqueña on Erie's east side in 2019, will open a second bakery in Millcreek Township next month.

Colón, 44, said sales of her quesitos and pan sobao have doubled since the bakery was featured on a Pittsburgh television segment. The new store will employ 12.

"Erie has more Puerto Ricans than people think," Colón said. "Now they won't have to drive across town for bread." """,
gold=[]),
]
