"""Local news for part ncw, three sources. Hand-labelled (gold=[(client_id, role)])."""

# 1. North Central Business Journal (business paper; plain text)
NCBJ = [
dict(guid="ncw_ncbj_2026_0114", pub="2026-01-20T07:00:00-08:00", title="Hal Brenneke retires after 41 years at Chelan PUD",
body="""WENATCHEE - When Hal Brenneke started at the Chelan County Public Utility District in 1985, the dispatch center still kept its switching orders on paper. On Friday he retired as the utility's director of hydro operations, responsible for Rocky Reach and Rock Island dams.

Brenneke, 77, said he plans to spend more time on the Columbia in a boat rather than behind a dam. "I've watched that river from a control room long enough," he said.""",
gold=[("NCW001", "subject")]),

dict(guid="ncw_ncbj_2026_0151", pub="2026-03-03T07:00:00-08:00", title="Cervantes named vice president at Apple Country Credit Union",
body="""EAST WENATCHEE - Apple Country Credit Union has promoted Lupe Cervantes to vice president of member lending, the credit union announced Monday.

Maria Guadalupe "Lupe" Cervantes joined the credit union as a teller in 1993 and has led its agricultural lending team since 2015. She lives in East Wenatchee.""",
gold=[("NCW005", "subject")]),

dict(guid="ncw_ncbj_2026_0198", pub="2026-04-14T07:00:00-07:00", title="Manson grower couple named Washington Tree Fruit Growers of the Year",
body="""MANSON - Randy and Kirsten Fruehauf, who farm 140 acres of apples, pears and wine grapes on the Manson bench, were named Growers of the Year on Thursday by the Washington Tree Fruit Association.

The Fruehaufs converted half of Fruehauf Orchards to high-density trellis plantings over the past decade and were early adopters of overhead cooling to protect Honeycrisp from sunburn. "We just kept asking what Kirsten's dad would have done," Randy Fruehauf said.""",
gold=[("NCW014", "subject"), ("NCW015", "subject")]),

dict(guid="ncw_ncbj_2026_0233", pub="2026-05-19T07:00:00-07:00", title="Loaf & Ladle marks 10 years on Wenatchee Avenue",
body="""WENATCHEE - The line out the door at the Loaf & Ladle on Saturday morning was for free cardamom buns, handed out to mark the bakery's tenth anniversary.

Owner Roz Teague opened the bakery in 2016 in a former shoe repair shop with one oven and a borrowed mixer. It now employs 14 people and supplies bread to six restaurants in Wenatchee and Leavenworth. "Ten years ago I didn't know if we'd make it to Apple Blossom," Teague said.

Among the regulars in line was Mary Jo Pflueger, who said she has bought the same rye loaf every Saturday since the bakery opened.""",
gold=[("NCW017", "subject")]),

dict(guid="ncw_ncbj_2026_0270", pub="2026-07-28T07:00:00-07:00", title="Wenatchee Valley Chamber names business award judges",
body="""WENATCHEE - The Wenatchee Valley Chamber of Commerce has named the judges for its 2026 Business Excellence Awards: Suresh Kallur, Dennis Kowalchuk, Hal Brenneke and Linda Ostrander. Nominations close Aug. 31.""",
gold=[]),
]

# 2. KWNC 4 News (TV station site; HTML descriptions)
KWNC = [
dict(guid="ncw_kwnc_2026_10442", pub="2026-02-24T18:30:00-08:00", title="Okanogan couple escapes as fire destroys farmhouse",
body="""OKANOGAN - An Okanogan couple escaped without injury early Tuesday when fire destroyed their farmhouse on Salmon Creek Road.

Cliff and Norma Stoddard woke to smoke shortly after 3 a.m. and got out with their dog, Okanogan County Fire District 3 said. The house, built by Norma Stoddard's grandparents in 1911, was a total loss. A fundraiser for the couple is planned at the Okanogan Eagles.""",
gold=[("NCW010", "subject"), ("NCW011", "subject")]),

dict(guid="ncw_kwnc_2026_10517", pub="2026-04-27T17:00:00-07:00", title="Apple Blossom Grand Parade draws record crowd",
body="""WENATCHEE - An estimated 40,000 people lined Orondo and Chelan avenues Saturday for the 107th Washington State Apple Blossom Festival Grand Parade.

"I've watched every parade since 1970 and this is the best weather we've ever had," said Mary Jo Pflueger, who set up her lawn chair on Orondo Avenue at 6 a.m.

The Wenatchee High School marching band took the sweepstakes trophy. Float judges included Roz Teague and Rogelio Cervantes.""",
gold=[]),

dict(guid="ncw_kwnc_2026_10588", pub="2026-06-16T17:00:00-07:00", title="Wenatchee physician receives statewide rural health award",
body="""WENATCHEE - Dr. Suresh Kallur, a palliative care physician at Columbia Valley Clinic, has received the Washington Rural Health Association's Clinician of the Year award.

Kallur started the clinic's home-visit program, which now sends nurses and doctors to patients as far as Mansfield and Waterville. "Half my patients live an hour from the nearest pharmacy," Kallur said. "So we go to them." """,
gold=[("NCW013", "subject")]),

dict(guid="ncw_kwnc_2026_10640", pub="2026-07-21T17:00:00-07:00", title="Yakima firefighter receives Medal of Valor",
body="""YAKIMA - Yakima Fire Department Capt. Rogelio Cervantes received the state's Medal of Valor on Monday for pulling two children from a burning apartment on North Fourth Street in March.

Cervantes, 44, has served with the department for 19 years.""",
gold=[]),

dict(guid="ncw_kwnc_2026_10702", pub="2026-09-15T17:00:00-07:00", title="Omak teacher named regional Teacher of the Year",
body="""OMAK - Jolene Pichette, who teaches fourth grade at North Omak Elementary, has been named the North Central Educational Service District's Regional Teacher of the Year.

Pichette, an Omak High graduate, teaches a unit on the Okanogan River's salmon runs that ends with her class releasing fry at the Omak Creek weir. She is now a candidate for state Teacher of the Year.""",
gold=[("NCW019", "subject")]),
]

# 3. Okanogan Valley Chronicle & Lake Chelan Mirror community pages (teaser + HTML in content:encoded)
COMMUNITY = [
dict(guid="ncw_ovc_comm_2026_022", pub="2026-05-28T08:00:00-07:00", title="Chelan valedictorian heads to Washington State",
body="""CHELAN - Elsa Fruehauf will deliver the valedictory address at Chelan High School's commencement June 6.

Elsa, the daughter of Randy and Kirsten Fruehauf of Manson, carried a 4.0 grade-point average, ran cross-country and started a student group that monitors water quality at Lake Chelan's Manson Bay. She will study agricultural engineering at Washington State University.""",
gold=[("NCW014", "parent_of_subject"), ("NCW015", "parent_of_subject")]),

dict(guid="ncw_ovc_comm_2026_029", pub="2026-06-18T08:00:00-07:00", title="Lindahls of Cashmere celebrate 50 years",
body="""CASHMERE - Arvid Jr. and Gail Lindahl of Cashmere will celebrate their 50th wedding anniversary with an open house from 2 to 5 p.m. Sunday, June 21, at the Cashmere Riverside Center.

Arvid Lindahl and Gail Tiegs were married June 19, 1976, at Leavenworth Community Church. They have farmed pears on Mission Creek ever since. Their children request no gifts.""",
gold=[("NCW003", "subject"), ("NCW004", "subject")]),

dict(guid="ncw_ovc_comm_2026_035", pub="2026-07-09T08:00:00-07:00", title="Births",
body="""Central Washington Hospital, Wenatchee:

A son, Walter Everett Kimmerle, 8 lbs. 2 oz., born July 1 to Everett and Kayla Kimmerle of Wenatchee.

A daughter, Sofia Lucía Mendez, 7 lbs. 9 oz., born July 3 to Ivan and Daniela Mendez of East Wenatchee.""",
gold=[("NCW020", "subject")]),

dict(guid="ncw_ovc_comm_2026_041", pub="2026-08-13T08:00:00-07:00", title="Okanogan County Fair thanks its sponsors",
body="""OKANOGAN - The Okanogan County Fair board thanks this year's premium sponsors: Wittkopf Feed & Seed (Gene Wittkopf), Delphine Marchand, the Omak Stampede Inc., Cliff and Norma Stoddard, North Valley Grange and Okanogan Valley Chronicle. The fair runs Sept. 10-13.""",
gold=[]),

dict(guid="ncw_ovc_comm_2026_047", pub="2026-08-27T08:00:00-07:00", title="Malaga Grange hall gets a new roof, thanks to pie",
body="""MALAGA - Three years of pie sales have put a new roof on the 1920s Malaga Grange hall.

"We sold 2,300 pies. I rolled most of the crusts myself," said Betty Solano, who chairs the Grange's pie committee. The roofing was done by a crew from Pybus Roofing, and the hall reopens for dances next month.""",
gold=[]),

dict(guid="ncw_ovc_comm_2026_052", pub="2026-09-10T08:00:00-07:00", title="Okerlund posthumously inducted into Lake Chelan Boating Hall of Fame",
body="""CHELAN - Boatbuilder Vern Okerlund, who died in March, was inducted into the Lake Chelan Boating Hall of Fame on Saturday. His widow, Ardith Okerlund, accepted the plaque on his behalf from the Lake Chelan Sailing Association.

Okerlund built more than 200 wooden runabouts at Okerlund Marine between 1962 and 2000.""",
gold=[]),
]
