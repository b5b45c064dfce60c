"""Big Horn Basin Business Weekly: business news, plain text. Hand labels beside each story."""

ITEMS = [
    dict(guid="wrl_bbbw_260203_rimrock", pub="2026-02-03T06:00:00-07:00",
         title="Rimrock Sourdough to open second bakery in Powell",
         body="""
Rimrock Sourdough, the Cody bakery known for its huckleberry morning buns, will open a second location on North Bent Street in Powell this spring.

Owner Bryony Kalivoda opened the Cody shop on Sheridan Avenue in 2019 with one oven and a borrowed mixer. The bakery now employs 14 people and ships bread to restaurants in Red Lodge and Meeteetse.

"Powell customers have been driving 25 miles for bread for six years," Kalivoda said. "It was time we drove to them."

The Powell shop is expected to open in May and will add eight jobs.
""",
         gold=[("WRL016", "subject")]),

    dict(guid="wrl_bbbw_260217_stockgrowers", pub="2026-02-17T06:00:00-07:00",
         title="Hyattville rancher elected president of regional cattlemen's group",
         body="""
Hyattville rancher Jubal Ostermiller has been elected president of the Big Horn Basin Cattlemen's Association, the group announced after its annual meeting in Greybull.

Ostermiller runs a cow-calf operation on Paintrock Creek that his family has worked since 1911. He succeeds Meeteetse rancher Dale Holloway, who served two terms.

Ostermiller said water storage on the Nowood and Paintrock drainages would be the association's priority for the next two years.
""",
         gold=[("WRL024", "subject")]),

    dict(guid="wrl_bbbw_260303_beets", pub="2026-03-03T06:00:00-07:00",
         title="Worland beet growers weigh lower 2026 contract payment",
         body="""
Sugar-beet growers who deliver to the Worland factory will see a lower initial payment for the 2026 crop after sugar prices fell through the winter, the growers' association told members last week.

"We've ridden these cycles out before. You plant, you watch the sky, you hope," said Tad Vollenweider, who grows 300 acres of beets north of Worland and has served on the growers' board for a decade.

The association expects about 31,000 acres to be planted in the Big Horn Basin this spring, roughly flat with last year.
""",
         gold=[]),   # WRL001 is quoted; no life event of his

    dict(guid="wrl_bbbw_260324_hergenreder", pub="2026-03-24T06:00:00-06:00",
         title="Greybull insurance agency changes hands as founder retires",
         body="""
After 38 years, Cord Hergenreder is retiring and selling Hergenreder Insurance in Greybull to longtime agent Kristi Vaughan, who will rename it Vaughan Insurance Group on July 1.

Hergenreder opened the agency above the old Greybull drugstore in 1988 and wrote crop-hail policies for farmers from Burlington to Manderson. He said he plans to spend more time hunting elk in the Big Horns and visiting grandchildren in Billings.

"I told Kristi the only thing she can't change is the coffee pot," Hergenreder said.
""",
         gold=[("WRL011", "subject")]),

    dict(guid="wrl_bbbw_260414_gillettecu", pub="2026-04-14T06:00:00-06:00",
         title="Gillette credit union names new branch manager",
         body="""
Powder Basin Federal Credit Union has hired Kimball Wardell as manager of its Southern Drive branch in Gillette.

Wardell, 29, moved to Gillette from Rock Springs, where he was a loan officer at Sweetwater Trust for five years. He is a graduate of the University of Wyoming.
""",
         gold=[]),   # a 29-year-old namesake in Gillette; WRL008 is 47 and lives in Cowley

    dict(guid="wrl_bbbw_260512_airport", pub="2026-05-12T06:00:00-06:00",
         title="Worland Municipal Airport lands grant for runway rehabilitation",
         body="""
Worland Municipal Airport will receive $3.1 million in federal and state grants to rehabilitate its main runway, airport manager Brent Folkerts said.

Work is scheduled for September and October. The airport will remain open for medical flights throughout the project.
""",
         gold=[]),
]
