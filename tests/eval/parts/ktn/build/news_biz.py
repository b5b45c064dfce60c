"""Inside Passage Business Journal (invented regional business paper for southern Southeast Alaska): plain-text
stories. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="ktn_ipbj_2026_0415_market", pub="2026-04-15T06:00:00-08:00", title="Dalisay's Shorefront Market turns 25",
body="""CRAIG - When Benny and Charmaine Dalisay opened Dalisay's Shorefront Market in a former net loft on the Craig waterfront in 2001, it had four aisles, one freezer and a hand-lettered sign promising "fresh lumpia Fridays."

Twenty-five years later the store has 14 employees, a fuel dock, a hardware annex and the island's only commercial bakery. The Dalisays are marking the anniversary with a customer appreciation day on Saturday.

"My father mended nets in this building," Benny Dalisay said. "I think he'd like that we still feed the fleet." """,
gold=[("KTN011", "subject"), ("KTN012", "subject")]),

dict(guid="ktn_ipbj_2026_0611_foundation", pub="2026-06-11T06:00:00-08:00", title="Ketchikan hospital foundation closes $4 million imaging campaign",
body="""The Ketchikan Medical Center Foundation says its campaign for a new MRI suite has reached its $4 million goal, six months ahead of schedule.

The largest gifts came from the Ketchikan Gateway Borough, the Rasmuson Foundation and Ketchikan Indian Community. Leadership donors listed in the foundation's annual report include the Brekke family, Ida Mae Jakobsen, Benny and Charmaine Dalisay, Tongass Federal Credit Union, and Ward Cove Marine Services.

Construction is expected to begin in October.""",
gold=[]),

dict(guid="ktn_ipbj_2026_0903_ferry", pub="2026-09-03T06:00:00-08:00", title="Prince of Wales businesses worry over winter ferry gaps",
body="""CRAIG - Business owners on Prince of Wales Island say the Inter-Island Ferry Authority's reduced winter schedule will hurt everything from grocery deliveries to medical travel.

"When the ferry skips a day, our produce sits on the dock in Ketchikan," said Charmaine Dalisay, president of the Prince of Wales Chamber of Commerce. The chamber has asked the Legislature for an emergency operating grant.

The authority's board meets Sept. 15 in Klawock.""",
gold=[]),
]
