"""The Nantucket Harbor Ledger (island weekly, invented): long plain-text obituaries, titles "Name, age",
island usage ('Sconset, "off-island", "washashore"). Hand-labelled: gold=[(client_id, role), ...]."""

FEED = "ledger"
ITEMS = [
dict(guid="ack_ledger-2026-0104", pub="2026-01-22T06:00:00-05:00", title="Winston Alphonso Grizzle, 67",
body="""Winston Alphonso Grizzle, 67, of Nantucket, formerly of Mandeville, Jamaica, died January 17, 2026, at Massachusetts General Hospital in Boston after a short illness.

Winston first came to the island in 1994 on a seasonal visa to cook at a Main Street hotel and, like so many who came for one summer, never really left. He ran the grill at the old Steamboat Wharf snack bar for nineteen seasons and could be counted on for the best jerk chicken on the island at every Fourth of July.

He leaves his wife of 44 years, Hyacinth Grizzle; his daughter, Marcia (Desmond) Ebanks of Nantucket; his son, Clive Grizzle of Hartford, Connecticut; his grandchildren, Shanice and Jaden Ebanks; and his brothers and sisters in Manchester Parish, Jamaica.

A service of thanksgiving will be held at 11 a.m. Saturday, January 31, at Nantucket Seventh-day Adventist Church, with a repast to follow at the church hall. Burial will be in Jamaica.""",
gold=[("ACK005", "survivor"), ("ACK004", "survivor")]),

dict(guid="ack_ledger-2026-0119", pub="2026-03-05T06:00:00-05:00", title="Orrin Starbuck Pinkham, 81",
body="""Orrin Starbuck Pinkham, 81, a lifelong islander and for forty years a scalloper out of Madaket, died at home on Hussey Street on February 28, 2026, with the harbor in view.

Born on Nantucket on June 2, 1944, to Chester and Abigail (Starbuck) Pinkham, Orrin graduated from Nantucket High School in 1962, served in the Coast Guard at Brant Point and then went fishing. He was a past president of the Nantucket Shellfish Association and kept a scallop season log for every year from 1965 to 2019, now in the collection of the Historical Association.

He is survived by his sister, Harriet (Zenas) Wyer of Nantucket; his nephew, Ethan Wyer of Falmouth, Maine; and many cousins on and off the island. He was predeceased by his wife, Lois (Chadwick) Pinkham, in 2017.

A memorial service will be held at the First Congregational Church, 62 Centre Street, at 2 p.m. on Saturday, March 14. In lieu of flowers, gifts may be made to the Nantucket Shellfish Association.""",
gold=[("ACK002", "survivor"), ("ACK001", "survivor")]),

dict(guid="ack_ledger-2026-0133", pub="2026-04-02T06:00:00-04:00", title="Eleanor Brock Tupper, 94",
body="""Eleanor Brock Tupper, 94, who taught three generations of island children to read at the Academy Hill School, died peacefully on March 27, 2026, at Our Island Home.

A washashore who arrived in 1956 with a teaching certificate from Bridgewater and a bicycle, Eleanor taught first grade for thirty-one years. She was a founding volunteer of the Nantucket Atheneum's story hour and a fixture at the Saturday farmers' market, where she sold the island's most argued-over beach plum jam.

She leaves her daughters, Ruth Tupper Kimball of Concord and Ann Tupper of Nantucket; five grandchildren; and nine great-grandchildren. She was predeceased by her husband, Franklin Tupper.

A celebration of her life will be held at the Atheneum's Great Hall on April 18 at 3 p.m.; the reception will be catered by Stoyan Valchanov and the staff of the Mid-Island Galley, who asked to do it for the teacher who once had a seat saved for her at every table.""",
gold=[]),

dict(guid="ack_ledger-2026-0151", pub="2026-05-14T06:00:00-04:00", title="Zenas Macy \"Zee\" Wyer, 78",
body="""Zenas Macy "Zee" Wyer, 78, of Union Street, a boatbuilder, harbor master's deputy and the island's most patient teacher of knots, died May 9, 2026, at Nantucket Cottage Hospital, with his family beside him.

Zee was born on Nantucket on February 11, 1948, the son of Obed and Lydia (Macy) Wyer, and grew up on the waterfront. After two years at the Maine Maritime Academy he came home to build catboats in a barn off Madaket Road; more than sixty of his boats still sail in the harbor, and every one carries a brass plate with the name of the child who helped plane its planks.

He is survived by his wife of 54 years, Harriet (Pinkham) Wyer; his son, Ethan Wyer and his wife Kate of Falmouth, Maine; his sister, Lucinda Wyer Folger of Nantucket; his cousin, Minty Swain of 'Sconset; and three grandchildren. He was predeceased by his brother-in-law and longtime fishing partner, Orrin Pinkham.

A funeral service will be held at St. Paul's Episcopal Church, Fair Street, at 11 a.m. on Saturday, May 23, followed by burial at Prospect Hill Cemetery. The family asks that those who wish to remember Zee make a gift to the Nantucket Community Sailing youth program.""",
gold=[("ACK001", "deceased_client"), ("ACK002", "spouse_of_deceased_client"), ("ACK003", "survivor")]),

dict(guid="ack_ledger-2026-0167", pub="2026-06-18T06:00:00-04:00", title="Peter Coleman Gardner, 70",
body="""Peter Coleman Gardner, 70, of Nantucket and Key West, Florida, died unexpectedly on June 12, 2026, while visiting friends in Key West.

Peter was a carpenter and a self-taught historian of the island's lightships; he volunteered for twenty years at the Whaling Museum and gave the museum's walking tour of the Wauwinet shore in a voice that carried to Great Point.

He is survived by his sister, Araminta Gardner Swain of Siasconset; his partner of thirty years, Luis Ortega of Key West; and his nieces and nephews. He was predeceased by his parents, Coleman and Dorothy Gardner, and by his brother-in-law, Howard Swain.

A gathering of friends will be held at the 'Sconset Casino on Sunday, June 28, from 4 to 6 p.m.""",
gold=[("ACK003", "survivor")]),

dict(guid="ack_ledger-2026-0188", pub="2026-08-20T06:00:00-04:00", title="Lucinda Wyer Folger, 83",
body="""Lucinda Wyer Folger, 83, of Nantucket, the longtime organist at the Unitarian Meeting House, died August 15, 2026, at Our Island Home, three months after the death of her brother.

Lucinda was born on the island in 1943 and played the 1831 Goodrich organ on Orange Street every Sunday for fifty-two years. She taught piano to anyone who asked and to some who did not.

She is survived by her sister-in-law, Harriet Wyer of Nantucket; her nephew, Ethan Wyer of Falmouth, Maine; and her godchildren. She was predeceased by her husband, Walter Folger, and by her brother, Zenas "Zee" Wyer, who died in May.

A memorial service with music will be held at the Unitarian Meeting House, 11 Orange Street, on Saturday, September 5, at 2 p.m.""",
gold=[("ACK002", "survivor")]),

dict(guid="ack_ledger-2026-0203", pub="2026-09-10T06:00:00-04:00", title="Dimitar Valchanov, 79",
body="""Dimitar Valchanov, 79, of Plovdiv, Bulgaria, father of Mid-Island Galley owner Stoyan Valchanov, died September 3, 2026, in Plovdiv.

Mr. Valchanov, a retired railway engineer, visited Nantucket every summer from 2009, and many regulars of the Galley knew him as the gentleman in the corner booth who corrected everyone's chess. He spoke little English and needed less.

He is survived by his wife, Radka Valchanova of Plovdiv; his son, Stoyan Valchanov of Nantucket; his daughter, Mira Dobreva of Sofia; and four grandchildren.

A funeral was held in Plovdiv. Friends on the island are invited to a remembrance at the Mid-Island Galley on Sunday, September 20, at 5 p.m.""",
gold=[("ACK006", "survivor")]),
]
