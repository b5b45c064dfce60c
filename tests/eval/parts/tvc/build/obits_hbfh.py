"""Hollister-Brandt Funeral Home & Cremation Services (Traverse City and Kingsley chapels): funeral-home site,
HTML in content:encoded, a one-sentence plain description, non-permalink guids. Hand-labelled."""

FEED = "hbfh"
ITEMS = [
dict(guid="tvc_hbfh_everett-wayne-brunkhorst", pub="2026-03-11T10:15:00-04:00", title="Everett Wayne Brunkhorst (1938 - 2026)",
body="""Everett Wayne Brunkhorst, 87, of Traverse City, passed away peacefully on Monday, March 9, 2026, at Munson Medical Center with his family at his side.

Everett was born May 14, 1938, in Traverse City, the son of August and Hilda (Ruesink) Brunkhorst. He graduated from Traverse City High School in 1956 and spent 38 years at the Traverse City Iron Works, the last fifteen as plant superintendent. On weekends he could be found on Grand Traverse Bay in the wooden boat he restored plank by plank, or in the pews of Bethlehem Lutheran Church, where he ushered for half a century.

He married Marlene Hoxsie on June 20, 1959, at Bethlehem Lutheran. Everett is survived by his wife of 66 years, Marlene (Hoxsie) Brunkhorst; his sons, Gary (Linda) Brunkhorst of Kalkaska and Dale Brunkhorst of Grand Rapids; five grandchildren; two great-grandchildren; his sister-in-law, Priscilla (Owen) Kniesel of Acme; and many nieces and nephews. He was preceded in death by his parents and his brother, Walter.

Visitation will be held Friday from 4 to 7 p.m. at the Traverse City chapel of Hollister-Brandt Funeral Home. A funeral service will be held at 11 a.m. Saturday at Bethlehem Lutheran Church, Pastor Eric Lindahl officiating. Memorials may be made to the Maritime Heritage Alliance.""",
gold=[("TVC003", "deceased_client"), ("TVC004", "spouse_of_deceased_client"), ("TVC020", "survivor"), ("TVC019", "survivor")]),

dict(guid="tvc_hbfh_harold-wiesemann-sr", pub="2026-02-04T09:40:00-05:00", title="Harold Gerhard Wiesemann Sr. (1934 - 2026)",
body="""Harold Gerhard Wiesemann Sr., 91, of Kingsley, died Sunday, February 1, 2026, at the farm on Summit City Road where he was born.

Harold farmed 240 acres of potatoes, hay and, for a few stubborn years, sugar beets. He served on the Paradise Township board for 24 years, drove the school bus for Kingsley Area Schools for another twenty, and never once missed the opening day of trout season on the Boardman.

He is survived by his son, Harold "Hal" Wiesemann Jr. (Connie) of Kingsley; his daughter, Karen Ostrander of Fife Lake; seven grandchildren and nine great-grandchildren. He was preceded in death by his wife of 61 years, Erna (Lautenschlager) Wiesemann, in 2018.

Funeral services will be held at 11 a.m. Saturday at St. Paul Lutheran Church, Kingsley. Pallbearers will be Wes Hoeflinger, Dennis Ostrander, Kyle Wiesemann, Troy Wiesemann, Matt Pruitt and Jon Lautenschlager. Burial will follow in spring at Kingsley Cemetery. Arrangements by the Kingsley chapel of Hollister-Brandt Funeral Home.""",
gold=[("TVC006", "survivor")]),

dict(guid="tvc_hbfh_wesley-alan-hoeflinger", pub="2026-05-20T14:05:00-04:00", title="Wesley Alan Hoeflinger (2001 - 2026)",
body="""Wesley Alan Hoeflinger, 24, of Kingsley, died Saturday, May 16, 2026, in a motorcycle accident near Mayfield.

Wesley graduated from Kingsley High School in 2020, where he wrestled at 152 pounds, and was a second-year lineman apprentice with Cherryland Electric. He was happiest on a tree stand, on a dirt bike, or on the couch with his dog, Moose.

He is survived by his parents, Craig and Dawn Hoeflinger of Kingsley; his sister, Brooke Hoeflinger of Traverse City; his grandmother, Phyllis Hoeflinger of Buckley; his uncle and godfather, Wes Hoeflinger, for whom he was named, and Wes's wife, Renee, of Kingsley; and many aunts, uncles and cousins.

A celebration of Wesley's life will be held from 2 to 6 p.m. Saturday at the Kingsley Lions Club pavilion. Arrangements are by Hollister-Brandt Funeral Home, Kingsley chapel.""",
gold=[("TVC012", "survivor"), ("TVC013", "survivor")]),

dict(guid="tvc_hbfh_gladys-irene-fortin", pub="2026-04-07T11:30:00-04:00", title="Gladys Irene Fortin (1937 - 2026)",
body="""Gladys Irene Fortin, 88, of Interlochen, died on Saturday, April 4, 2026, at Grand Traverse Pavilions.

Gladys was born in Cheboygan to Henri and Yvonne (Paquette) Lavigne and came to Interlochen in 1961, when her husband, Raymond, took a job maintaining the pianos at the arts camp. She sold tickets at Kresge Auditorium for 31 summers and claimed to have heard every concert.

She is survived by her daughters, Mary Beth (Doug) Haltenhof of Grawn and Suzanne Fortin of Ann Arbor; her son, Paul Fortin of Lansing; six grandchildren; and her sister, Jeannette Lavigne of Cheboygan. She was preceded in death by her husband, Raymond, in 2009.

A Mass of Christian Burial will be celebrated at 10 a.m. Thursday at Christ the King Catholic Church, Interlochen. Arrangements by Hollister-Brandt Funeral Home.""",
gold=[("TVC005", "survivor")]),

dict(guid="tvc_hbfh_margaret-peg-fenske", pub="2026-06-02T10:00:00-04:00", title="Margaret \"Peg\" Fenske (1935 - 2026)",
body="""Margaret "Peg" Fenske, 90, of Traverse City, went home to the Lord on Friday, May 29, 2026, at Munson Medical Center.

Peg was born in Manistee and worked as a bookkeeper at the Cherry Growers cooperative for 27 years. She bowled Tuesday nights at Orchard Lanes into her eighties and never let a grandchild leave her kitchen without a paper bag of sugar cookies.

She is survived by her daughter, Colleen (Tad) Wroblewski of Traverse City; her son, Keith Fenske of Midland; her grandchildren, Jakub, Anna and Luke Wroblewski and Megan Fenske. She was preceded in death by her husband, Elmer Fenske, in 2012.

Funeral services will be held at 11 a.m. Saturday at Immaculate Conception Church, Traverse City. Interment at Oakwood Cemetery.""",
gold=[("TVC018", "survivor"), ("TVC017", "survivor")]),

dict(guid="tvc_hbfh_norma-jean-lindstrom", pub="2026-07-14T09:20:00-04:00", title="Norma Jean Lindstrom (1940 - 2026)",
body="""Norma Jean Lindstrom, 86, of Elk Rapids, died Friday, July 10, 2026, at her home overlooking Elk Lake, under the care of Hospice of Northwest Michigan.

Norma taught fourth grade at Lakeland Elementary for thirty years and ran the Elk Rapids library book sale for twenty more. She is survived by her son, Carl Lindstrom of Bellaire, and her granddaughter, Elise. She was preceded in death by her husband, Arne.

The family thanks the hospice nurses and especially hospice volunteer Vangie Marchbanks, who read to Norma every Tuesday afternoon. A memorial service will be held at 2 p.m. August 1 at Elk Rapids Community Church.""",
gold=[]),

dict(guid="tvc_hbfh_ignacio-cardenas-ruiz", pub="2026-08-26T13:00:00-04:00", title="Ignacio Cárdenas Ruiz (1947 - 2026)",
body="""Ignacio Cárdenas Ruiz, 79, of Suttons Bay, died on Sunday, August 23, 2026, at Munson Medical Center, surrounded by his family.

Born in Tangancícuaro, Michoacán, Ignacio first came to Leelanau County in 1968 to pick cherries, returned every summer for eleven years, and in 1979 stayed for good. He became orchard foreman for the Bahle family farms, and for four decades he was the man every new picker was sent to first. He sang with the Spanish choir at St. Michael's and never missed a Sunday of fútbol at the township park.

Le sobreviven su esposa de 54 años, Esperanza Villalobos de Cárdenas; su hija, Lupe Cárdenas y su esposo Rogelio Medrano, de Suttons Bay; su hijo, Ignacio "Nacho" Cárdenas, de Saginaw; y seis nietos. He is survived by his wife of 54 years, Esperanza Villalobos de Cárdenas; his daughter, Lupe Cárdenas and her husband, Rogelio Medrano, of Suttons Bay; his son, Ignacio "Nacho" Cárdenas of Saginaw; and six grandchildren.

A rosary will be prayed at 6 p.m. Thursday and a funeral Mass celebrated at 10 a.m. Friday at St. Michael the Archangel Church, Suttons Bay. Arrangements by Hollister-Brandt Funeral Home.""",
gold=[("TVC007", "survivor"), ("TVC008", "survivor")]),
]
