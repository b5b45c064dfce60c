"""Twin Ports Business Weekly: business weekly for Duluth, Superior and the North Shore; plain text. Hand-labelled."""

FEED = "tpb"
ITEMS = [
dict(guid="dlh_tpb_2026_0112", pub="2026-01-12T06:00:00-06:00", title="Hermantown's Sisu Sauna Works named state's small business of the year",
body="""HERMANTOWN - The U.S. Small Business Administration has named Sisu Sauna Works, a Hermantown maker of wood-fired sauna stoves and barrel saunas, Minnesota's Small Business of the Year for 2026.

Owner Ruth Ann Pelkonen-Draxler started the company in her father's pole barn in 2009 with one welder and a borrowed plasma cutter. It now employs 34 people and ships stoves to 41 states and, since last spring, to Finland - "which is a little like selling ice to the Sami," Pelkonen-Draxler said.

Draxler will be honored at the SBA's national awards in Washington in May. The company plans to add a second production line this year.""",
gold=[("DLH005", "subject")]),

dict(guid="dlh_tpb_2026_0302", pub="2026-03-02T06:00:00-06:00", title="Mrozinski's Smokehouse doubles its Lincoln Park footprint",
body="""DULUTH - Mrozinski's Smokehouse, the Lincoln Park fish and sausage shop known for its smoked lake trout and Friday lines out the door, has bought the vacant building next door and will double its retail and kitchen space by fall.

"My grandfather sold smoked ciscoes out of a shack on Rice's Point," said owner Tad Mrozinski, who took over the business in 2012. "I don't think he'd believe we're getting a walk-in cooler the size of his shack." The $1.2 million expansion, financed in part by a Duluth Economic Development Authority loan, will add eight jobs.""",
gold=[("DLH015", "subject")]),

dict(guid="dlh_tpb_2026_0406", pub="2026-04-06T06:00:00-05:00", title="Lakehead Regional names Velayudhan chief medical officer",
body="""DULUTH - Lakehead Regional Medical Center has named Dr. Anand Velayudhan its chief medical officer, effective May 1. Velayudhan, a cardiologist, has practiced at Lakehead Regional since 2006 and has led its heart and vascular institute since 2018.

He succeeds Dr. Margaret Lindgren-Olson, who is retiring after 14 years in the role. "Anand has the trust of the medical staff and of a great many patients' families," said Lakehead Regional CEO Dana Forsman.""",
gold=[("DLH009", "subject")]),

dict(guid="dlh_tpb_2026_0511", pub="2026-05-11T06:00:00-05:00", title="Eidsness Brewing opens Hermantown taproom",
body="""HERMANTOWN - Corwin Eidsness has been brewing in his garage since he was old enough to buy malt, and on Friday he opened the doors of Eidsness Brewing, a 12-barrel brewery and taproom on Highway 53 in Hermantown.

Eidsness, a former chemistry teacher at Hermantown High School, spent two years and, he says, every dollar he had converting a former snowmobile dealership. The opening menu pairs his beers with smoked fish from Mrozinski's Smokehouse. "Corwin's cream ale and our smoked whitefish were made for each other," said Tad Mrozinski, who supplied the fish for the opening weekend.""",
gold=[("DLH019", "subject")]),

dict(guid="dlh_tpb_2026_0608", pub="2026-06-08T06:00:00-05:00", title="Grain terminal on Rice's Point changes hands",
body="""DULUTH - Harborview Grain Partners has closed on its purchase of the Rice's Point elevator from Great Plains Cooperative for an undisclosed sum. The terminal, built in 1916, handles about 35 million bushels of spring wheat and durum a year.

"The Port of Duluth-Superior is still the best door from the northern plains to the world," said Harborview managing partner Curtis Lindbeck. The Duluth Seaway Port Authority said shipping through the port was up 6 percent in the first five months of the year.""",
gold=[]),
]
