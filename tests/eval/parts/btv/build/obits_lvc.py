"""Lakeview Chapel & Cremation Service (Winooski, Vt.): funeral-home site, HTML in content:encoded, a one-sentence
plain description. French-Canadian Catholic families of the Winooski mill neighbourhoods. Hand-labelled."""

FEED = "lvc"
ITEMS = [
dict(guid="btv_lvc_2026_0112_ouimette", pub="2026-01-12T10:15:00-05:00", title="Aimé Joseph Ouimette (1930 - 2026)",
body="""Aimé Joseph Ouimette, 95, of Winooski, died peacefully on Friday, January 9, 2026, at the Lakeshore Respite House in Colchester, with his family around him and a Canadiens game on the radio.

Aimé was born on May 2, 1930, in Saint-Jean-sur-Richelieu, Québec, the fourth of eleven children of Hormidas and Clarinda (Gosselin) Ouimette. The family came down to Winooski in 1936 for work in the woolen mills, and Aimé never left the neighbourhood again except for two years in the Army in Germany. He worked thirty-one years as a loom fixer and later as the maintenance foreman at the Champlain Mill, and he could fix anything with a coat hanger and a little patience. He sang in the choir at St. Francis Xavier Church for sixty years, always in French when Father let him.

He is survived by his daughter, Marie-Claire Brisebois and her husband, Jean-Paul, of Winooski; his son, Denis Ouimette of Manchester, N.H.; his grandchildren, Luc Brisebois and Annie Brisebois-Hart; four great-grandchildren; and his sister, Solange Robitaille of Burlington. He was predeceased by his beloved wife of 67 years, Rolande (Gosselin) Ouimette, in 2016, and by nine brothers and sisters.

Visiting hours will be held Wednesday from 4 to 7 p.m. at the Lakeview Chapel, 60 East Allen Street, Winooski. A Mass of Christian Burial will be celebrated Thursday at 11 a.m. at St. Francis Xavier Church. Burial will be in the spring at St. Stephen's Cemetery. In lieu of flowers, donations may be made to the Lakeshore Respite House.""",
gold=[("BTV002", "survivor"), ("BTV001", "survivor")]),

dict(guid="btv_lvc_2026_0203_poquette", pub="2026-02-03T09:40:00-05:00", title="Normand J. Poquette (1941 - 2026)",
body="""Normand Joseph Poquette, 84, of Colchester, passed away on Saturday, January 31, 2026, at the University of Vermont Medical Center after a short illness.

Normand was born in Burlington on August 3, 1941, the son of Wilfrid and Eva (Lavallée) Poquette, and grew up on North Street speaking French at home and English at Cathedral High. He drove a milk truck for Lakeside Dairy for twenty years and then ran Poquette's Small Engine Repair out of the barn on Malletts Bay Avenue until he was eighty, mostly, his family says, so that he would have somewhere to drink coffee with his friends. Every winter he had an ice shanty on Malletts Bay, and every winter he claimed the perch were smaller than the year before.

He leaves his wife of 61 years, Yvette (Senesac) Poquette; his sons, Marc Poquette and his wife Julie of Milton, and Robert Poquette of Fort Myers, Fla.; his daughter, Chantal Provost and her husband Eric of St. Albans; seven grandchildren; and his brother, Léo Poquette of Swanton.

A Mass of Christian Burial will be celebrated on Friday, February 6, at 10 a.m. at Holy Cross Church, Colchester, with Deacon Rosaire "Ross" Papineau presiding. Burial will follow in the spring at Holy Cross Cemetery. Arrangements are in the care of the Lakeview Chapel.""",
gold=[("BTV004", "deceased_client"), ("BTV005", "spouse_of_deceased_client")]),

dict(guid="btv_lvc_2026_0221_wheelock", pub="2026-02-21T11:05:00-05:00", title="Theodore James \"Teddy\" Wheelock (2001 - 2026)",
body="""Theodore James "Teddy" Wheelock, 24, of Hinesburg, died unexpectedly on Tuesday, February 17, 2026.

Teddy was born in Burlington on October 12, 2001, and grew up on his family's dairy farm on Baldwin Road, where he could drive a tractor before he could ride a bike. He graduated from Champlain Valley Union High School in 2020 and was an apprentice electrician with Northline Electric. He loved snowboarding at Bolton Valley, his truck, and his dog, Moose.

Teddy is survived by his parents, Scott and Amy (Fournier) Wheelock of Hinesburg; his sister, Hannah Wheelock of Burlington; his grandparents, Roger and Lorraine Fournier of Richmond; and many aunts, uncles, cousins and friends.

A celebration of Teddy's life will be held Saturday, February 28, from 1 to 4 p.m. at the Hinesburg Town Hall. Donations in his memory may be made to the Chittenden Youth Crisis Line.""",
gold=[]),

dict(guid="btv_lvc_2026_0310_desrochers", pub="2026-03-10T10:30:00-04:00", title="Bernadette M. Desrochers (1937 - 2026)",
body="""Bernadette Marie Desrochers, 88, of Essex Junction, died on Saturday, March 7, 2026, at the Appletree Bay nursing residence in Burlington.

Bernadette was born in Essex Junction on June 18, 1937, to Philippe and Alma (Laflamme) Desrochers. She never married, but she raised half the Laflamme cousins in one way or another, and she worked for thirty-six years as a telephone operator and then as a supervisor for the telephone company. She was a member of the Daughters of Isabella and baked the tourtières for the Holy Family parish supper every year until 2019.

She is survived by her niece, Thérèse "Terry" Laflamme of Essex, who cared for her devotedly in her last years; her nephews, Michel Laflamme of Montpelier and Paul Desrochers of Plattsburgh, N.Y.; and many grandnieces and grandnephews. She was predeceased by her brothers, Roland and Ernest Desrochers.

A funeral Mass will be celebrated Friday at 11 a.m. at Holy Family Church, Essex Junction. Bearers will be Michel Laflamme, Paul Desrochers, Kevin Laflamme, Pat St. Onge, Denis Guilmette and Robert Noël. Interment will be at Mountain View Cemetery in the spring.""",
gold=[("BTV003", "survivor")]),

dict(guid="btv_lvc_2026_0414_whitcomb", pub="2026-04-14T09:50:00-04:00", title="Richard H. Whitcomb Sr. (1934 - 2026)",
body="""Richard Harlow Whitcomb Sr., 91, of Shelburne, died at home on Sunday, April 12, 2026, in the farmhouse on Harbor Road where he was born.

Dick was born on December 1, 1934, to Harlow and Edith (Barstow) Whitcomb, and farmed the Whitcomb place with his father and later with his son for almost seventy years, switching from dairy to apples in 1988 "because cows don't take Sundays off." He served on the Shelburne selectboard for fourteen years and on the Champlain Valley Fair board for thirty.

He is survived by his son, Richard "Rick" Whitcomb Jr. and his wife, Anne, of Shelburne, who run the orchard today; his daughter, Ellen Whitcomb Pratt of Middlebury; five grandchildren; and two great-granddaughters. He was predeceased by his wife of 58 years, Dorothy (Lamoureux) Whitcomb, in 2015, and by his brothers-in-law, Marcel Lamoureux and Gérard Lamoureux.

A celebration of Dick's life will be held at the orchard on Saturday, May 2, at 2 p.m., rain or shine, with cider. The family thanks the nurses of the Champlain Home Health & Hospice.""",
gold=[("BTV011", "survivor")]),
dict(guid="btv_lvc_2026_0526_gauthier", pub="2026-05-26T10:00:00-04:00", title="Yvonne (Lamoureux) Gauthier (1946 - 2026)",
body="""Yvonne Thérèse (Lamoureux) Gauthier, 79, of Burlington, died on Saturday, May 23, 2026, at the Appletree Bay nursing residence, after a long struggle with Parkinson's disease that she fought, her family says, mainly by refusing to acknowledge it.

Yvonne was born on October 4, 1946, in Burlington's Old North End, the eldest of six children of Armand and Cécile (Brault) Lamoureux, and graduated from Cathedral High School in 1964. She worked for thirty years in the business office of the Fanny Allen Hospital and was a lector and a Eucharistic minister at St. Joseph Co-Cathedral, the French parish, for as long as anyone can remember.

She is survived by her husband of 57 years, Roger Gauthier; her daughters, Nicole (Steve) Barrows of Williston and Anne-Marie Gauthier of Boston; three grandsons; her brothers, Marcel Lamoureux of Burlington's New North End and Gilles (Monique) Lamoureux of Colchester; and her sister, Pauline Rivard of Lowell, Mass. She was predeceased by her brothers Réal and Normand.

A Mass of Christian Burial will be celebrated on Friday, May 29, at 11 a.m. at St. Joseph Co-Cathedral, with calling hours beforehand from 9:30 a.m. Burial will follow at Resurrection Park Cemetery, South Burlington. Arrangements are in the care of the Lakeview Chapel.""",
gold=[("BTV021", "survivor")]),
]
