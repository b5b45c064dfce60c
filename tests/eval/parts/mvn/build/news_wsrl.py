"""WSRL News 9 (Carbondale / Mount Vernon / Cape Girardeau market TV station site): HTML descriptions, short
web-story style. Hand-labelled."""

FEED = "wsrl"
ITEMS = [
dict(guid="mvn_wsrl_story_260114_0312", pub="2026-01-14T06:40:00-06:00", title="Mount Vernon family escapes early-morning house fire",
body="""MOUNT VERNON, Ill. (WSRL) - A Mount Vernon couple and their two children escaped without injury early Wednesday when fire tore through their home on Perkins Avenue.

Dwayne and Kristy Sitton said a smoke detector woke them at about 2:30 a.m. "We got the kids and the dog out the back door and by then you could see flames in the kitchen window," Kristy Sitton said.

Mount Vernon Fire Chief Mark Rister said the fire started near the furnace. The house is a total loss. The American Red Cross is helping the family, and a benefit fund has been set up at the First Bank of Jefferson County.""",
gold=[("MVN019", "subject"), ("MVN020", "subject")]),

dict(guid="mvn_wsrl_story_260203_0415", pub="2026-02-03T17:20:00-06:00", title="SIU hydrologist wins national early-career prize",
body="""CARBONDALE, Ill. (WSRL) - A Southern Illinois University scientist who studies how the Big Muddy and Cache rivers flood has won one of the nation's top awards for young researchers.

Dr. Priya Venkataraman, an associate professor of geography and environmental resources, received a Presidential Early Career Award for Scientists and Engineers this week. Her flood-mapping tools are used by emergency managers from Cairo to Shawneetown.

"The river towns down here taught me everything I know," Venkataraman said.""",
gold=[("MVN009", "subject")]),

dict(guid="mvn_wsrl_story_260305_0520", pub="2026-03-05T18:05:00-06:00", title="Herrin eighth-grader heads to national spelling bee",
body="""HERRIN, Ill. (WSRL) - An eighth-grader from Herrin Junior High will represent Southern Illinois at the national spelling bee in May.

Ava Bledsoe, 13, won the regional bee in Carbondale on Saturday by correctly spelling "catamaran" in the 14th round. She is the daughter of Travis Bledsoe and Marisol Ortega-Bledsoe of Herrin.

"She reads the dictionary in the car," her mother said. "We thought it was a phase." """,
gold=[("MVN011", "parent_of_subject"), ("MVN010", "parent_of_subject")]),

dict(guid="mvn_wsrl_story_260416_0611", pub="2026-04-16T12:15:00-05:00", title="Cairo residents watch the Ohio crest, trust the floodwall",
body="""CAIRO, Ill. (WSRL) - The Ohio River is expected to crest near 52 feet at Cairo this weekend, and people who live in the shadow of the floodwall say they have seen worse.

"My daddy sandbagged this street in '37 and I did it in 2011," said Loretta Hargrave, who watched Army Corps crews check the gates on Sycamore Street on Wednesday. "The wall will hold. It's the roads out of town that worry me."

Alexander County emergency managers said U.S. 51 north of town could close if the river rises higher than forecast.""",
gold=[]),

dict(guid="mvn_wsrl_story_260428_0702", pub="2026-04-28T17:45:00-05:00", title="Carbondale native named branch manager at Shawnee Community Bank",
body="""CARBONDALE, Ill. (WSRL) - Shawnee Community Bank has promoted Deshawn Mabry to manager of its Carbondale main office.

Mabry, 38, a Carbondale Community High School and SIU graduate, joined the bank as a teller in 2011 and most recently led its small-business lending team. He succeeds Janet Lingle, who is retiring after 41 years.""",
gold=[("MVN008", "subject")]),

dict(guid="mvn_wsrl_story_260516_0744", pub="2026-05-16T19:30:00-05:00", title="Indiana angler wins Rend Lake crappie classic",
body="""WHITTINGTON, Ill. (WSRL) - Travis Bledsoe of Evansville, Indiana, won the Rend Lake Crappie Classic on Saturday with a two-day total of 21.6 pounds.

Bledsoe, a 27-year-old welder, said he fished brush piles in 12 feet of water off the Gun Creek area. He took home $5,000 and a new trolling motor.""",
gold=[]),

dict(guid="mvn_wsrl_story_260823_0915", pub="2026-08-23T16:10:00-05:00", title="Anna quilter takes top prize at Du Quoin State Fair",
body="""DU QUOIN, Ill. (WSRL) - A grandmother from Anna has won best of show in quilting at the Du Quoin State Fair.

Geraldine "Gerri" Stonecipher, 74, spent two winters piecing "Shawnee Hills in October," a king-size quilt with more than 3,000 pieces. It is her first best-of-show ribbon after more than twenty years of entering.

"My mother taught me on a treadle machine," Stonecipher said. "I figure she'd say it was about time." """,
gold=[("MVN018", "subject")]),
]
