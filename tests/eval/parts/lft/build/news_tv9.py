"""Teche 9 News (KTCH-TV, Lafayette): TV station site, HTML descriptions. Hand-labelled."""

FEED = "tv9"
ITEMS = [
dict(guid="lft_tv9_5001", pub="2026-03-24T17:30:00-05:00", title="New Iberia sophomore takes top prize at state science fair",
body="""NEW IBERIA, La. (KTCH) - A New Iberia Senior High sophomore has won first place at the Louisiana Region and State Science and Engineering Fair for a filter that pulls salt out of irrigation water.

Jabari Fontenette, 16, built the filter from crushed oyster shell and cane bagasse. He will represent Louisiana at the international fair in May.

His parents, Cedric and Rosalind Fontenette, said he has been taking apart the family's appliances since he was five. "We stopped counting the toasters," his father said.""",
gold=[("LFT012", "parent_of_subject"), ("LFT011", "parent_of_subject")]),

dict(guid="lft_tv9_5002", pub="2026-06-26T18:05:00-05:00", title="Judge Addie Bergeaux retires after 24 years on the bench",
body="""LAFAYETTE, La. (KTCH) - Friends, attorneys and former drug-court graduates packed a courtroom Friday afternoon to say goodbye to Judge Adaline "Addie" Bergeaux of the 15th Judicial District Court.

Bergeaux, first elected in 2002, founded the district's adult drug court, which has graduated more than 900 participants. She said she plans to spend her retirement teaching at the law school and "finally learning to cook like my mother."

It was a bittersweet month for the judge, whose father, retired attorney Lionel Bergeaux, died earlier in June.""",
gold=[("LFT013", "subject")]),

dict(guid="lft_tv9_5003", pub="2026-04-23T07:10:00-05:00", title="Tornado damages homes in Broussard and Youngsville",
body="""BROUSSARD, La. (KTCH) - A tornado touched down before dawn Thursday, peeling roofs off homes and snapping power poles along a path from Youngsville into Broussard.

No injuries were reported. Lafayette Parish officials said at least 30 homes were damaged. Lafayette Utilities System crews were working to restore power to about 4,000 customers.

"I heard it go over and then it was just quiet," said Katie Sonnier, who was helping neighbors tarp a roof on her street in Youngsville. The National Weather Service will survey the damage Friday.""",
gold=[]),  # quoted bystander; the weather labels come from the alert

dict(guid="lft_tv9_5004", pub="2026-05-25T12:00:00-05:00", title="Breaux Bridge veteran honored with Quilt of Valor on Memorial Day",
body="""BREAUX BRIDGE, La. (KTCH) - Retired Army Chief Warrant Officer 4 Lamar Verret flew helicopters in the Gulf War and medevac missions over Bosnia. On Monday, the Acadiana Quilters wrapped him in a red, white and blue quilt in front of the Breaux Bridge veterans memorial.

CW4 Verret, 70, said he accepted it for the crews he flew with. His wife, Gail, and their grandchildren stood beside him.""",
gold=[("LFT014", "subject")]),

dict(guid="lft_tv9_5005", pub="2026-07-12T16:40:00-05:00", title="Houma teen lands record tarpon at Grand Isle rodeo",
body="""GRAND ISLE, La. (KTCH) - A 17-year-old from Houma reeled in the biggest tarpon of the Grand Isle International Tarpon Rodeo on Saturday.

Lamar Verret, a senior at Terrebonne High School, fought the 187-pound fish for nearly two hours. His father, Lamar Verret Sr., was at the wheel. "I told him not to let go," the elder Verret said.""",
gold=[]),  # namesakes in Houma: not LFT014 of Breaux Bridge (70 years old)
]
