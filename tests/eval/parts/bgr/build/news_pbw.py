"""Penobscot Business Weekly (regional business weekly, Bangor): plain text. Hand-labelled."""

FEED = "pbw"
ITEMS = [
dict(guid="bgr_pbw_2026_0210_hatheway", pub="2026-02-10T06:00:00-05:00", title="Souadabscook Lumber's Hatheway retires after 41 years",
body="""HAMPDEN - When Skip Hatheway started at Souadabscook Lumber & Supply in 1985, the yard still kept its accounts in green ledger books and the forklift had a name. On Friday he locked the front door for the last time as general manager.

Eldon "Skip" Hatheway Jr., 71, retires after 41 years with the Hampden building-supply company, the last 22 as its general manager. Under him the business grew from one yard to three, adding stores in Newport and Ellsworth, and from 11 employees to 64.

"Every contractor in three counties has Skip's cell number," said owner Brenda Souza. "Most of them have used it on a Sunday." Hatheway said he plans to spend his retirement fixing the camp on Hermon Pond and "learning to buy lumber retail like everybody else." """,
gold=[("BGR003", "subject")]),

dict(guid="bgr_pbw_2026_0421_malthouse", pub="2026-04-21T06:00:00-04:00", title="Downtown Bangor gets a malt house in the old Freese's garage",
body="""BANGOR - A former parking garage behind the old Freese's department store is now one of the few craft malt houses in New England.

Kenduskeag Malt House opened Saturday on Central Street, turning barley grown in Aroostook County into malt for brewers and distillers from Bangor to Boston. Owner Tad Kneeland, a former UMaine soil scientist, spent three years and $1.8 million converting the building, and has contracts with 14 breweries.

"Maine grows beautiful barley and ships it away," Kneeland said. "I'd like some of it to stop here first."

Neighbors say they don't mind the toasted-bread smell. "It beats exhaust," said Saul Tepperman, whose law office is across the street. "Some mornings I come in early just for it." """,
gold=[("BGR021", "subject")]),

dict(guid="bgr_pbw_2026_0609_betancourt", pub="2026-06-09T06:00:00-04:00", title="UMaine names marine ecologist Betancourt dean of natural sciences",
body="""ORONO - The University of Maine has named Dr. Marisol Betancourt, a marine ecologist who has led its Darling Marine Center research program since 2019, dean of the College of Natural Sciences, Forestry and Agriculture, effective July 1.

Betancourt, a native of Bayamón, Puerto Rico, joined the UMaine faculty in 2008 and built its kelp-aquaculture research into a program that now works with 40 Maine farms. She has brought in more than $30 million in federal research grants.

"She understands that science in Maine is also an economy," said Provost Alan Reddick. Betancourt succeeds Dean Harold Lister, who is returning to teaching.""",
gold=[("BGR008", "subject")]),

dict(guid="bgr_pbw_2026_0728_genesee", pub="2026-07-28T06:00:00-04:00", title="Rochester insurer buys Bangor's Penjajawock Agency",
body="""BANGOR - Genesee Mutual Group of Rochester, N.Y., has bought the Penjajawock Insurance Agency, a Bangor property and casualty agency with 19 employees and offices in Bangor and Dover-Foxcroft. Terms were not disclosed.

Genesee Mutual chief executive Hal Stenquist, who lives in Pittsford, N.Y., said all employees would be kept and the agency's name would not change. "We buy agencies because of the people in them," Stenquist said. "Changing the sign would be a strange way to show it."

Penjajawock founder Lois Brackett, 74, will stay on as an adviser through 2027.""",
gold=[]),

dict(guid="bgr_pbw_2026_1013_boulangerie", pub="2026-10-13T06:00:00-04:00", title="Old Town baker named Maine's Small Business Person of the Year",
body="""OLD TOWN - The U.S. Small Business Administration has named Gisele D'Entremont, owner of Boulangerie Pubnico on Main Street in Old Town, the 2026 Maine Small Business Person of the Year.

D'Entremont opened the bakery in 2011 in a former shoe store, selling rappie pie and tourtière from her husband's family's Acadian recipes alongside sourdough. It now employs 23 people, supplies 30 grocery stores and ships frozen rappie pie to homesick Acadians in 41 states.

"She hired me when I was sixteen and had never held a knife," said head baker Connor Lufkin. "Now I run the ovens." D'Entremont will be honored at the SBA's New England awards in Boston next month.""",
gold=[("BGR009", "subject")]),
]
