"""The Stikine & Narrows Weekly (invented community weekly for Wrangell and Petersburg): teaser in description,
HTML in content:encoded. Hand-labelled."""

FEED = "weekly"
ITEMS = [
dict(guid="ktn_snw_2026_0226_wrestling", pub="2026-02-26T09:00:00-09:00", title="Wrangell's Kosterman wins state wrestling title",
body="""WRANGELL - Wrangell High School senior Tanner Kosterman is a state champion.

Kosterman pinned Nome's Josiah Okleasik in the second period of the 145-pound final at the ASAA 1-2-3A state wrestling championships in Anchorage on Saturday, the first Wolves state title in nine years.

His parents, Dale and Lucy Kosterman, made the trip north with a busload of Wrangell fans. "He's been wrestling in our living room since he was four," Lucy Kosterman said. "We're going to have to get new furniture now."

Kosterman plans to wrestle at Southern Oregon University next fall.""",
gold=[("KTN015", "parent_of_subject"), ("KTN016", "parent_of_subject")]),

dict(guid="ktn_snw_2026_0514_anniversary", pub="2026-05-14T09:00:00-08:00", title="Strandvolds mark 50 years of marriage",
body="""PETERSBURG - Hal and Marit Strandvold of Petersburg will celebrate their 50th wedding anniversary with an open house from 2 to 5 p.m. Saturday, May 16, at the Sons of Norway Hall.

Halvor Strandvold and Marit Fjelstad were married May 15, 1976, at Petersburg Lutheran Church. Hal fished salmon and halibut out of Petersburg for 40 years; Marit taught third grade at Rae C. Stedman Elementary until 2011.

They have three children, Erik, Sonja and Kari, and seven grandchildren. The family requests no gifts, but cards and fish stories are welcome.""",
gold=[("KTN018", "subject"), ("KTN019", "subject")]),

dict(guid="ktn_snw_2026_0709_fourth", pub="2026-07-09T09:00:00-08:00", title="Logging show, royalty and a soggy parade: Wrangell's Fourth in pictures",
body="""WRANGELL - Rain did not stop Wrangell's Fourth of July, it never does.

Kaitlyn Shilts was crowned Fourth of July queen after selling the most raffle tickets, more than 9,000 of them. In the logging show, Juneau's Ben Haldorsen won the hand-bucking and axe throw. Judges Oren Vickery, Pam Rooney and Sig Lindstrom scored the choker-setting race, which Vickery called "the closest I've ever had to call."

The parade, the street games and the fireworks over Wrangell Harbor went on as scheduled.""",
gold=[]),

dict(guid="ktn_snw_2026_0820_anchorage", pub="2026-08-20T09:00:00-08:00", title="Anchorage attorney named to Superior Court bench",
body="""Anchorage attorney Sterling Oyloe, 58, was appointed to the Anchorage Superior Court on Monday.

Oyloe, a former assistant district attorney in Bethel and Kotzebue, has practiced family law in Anchorage since 2004. He grew up in Fairbanks and graduated from the University of Washington School of Law.

He will be sworn in next month.""",
gold=[]),
]
