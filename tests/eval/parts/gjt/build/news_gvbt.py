"""Grand Valley Business Times (business weekly, plain text). Hand-labelled (gold=[...] beside each)."""

FEED = "gvbt"
ITEMS = [
dict(guid="gjt_gvbt-2026-0203", pub="2026-02-03T07:00:00-07:00", title="Carbone Orchards adds cold storage, hard-cider line",
body="""PALISADE - Carbone Orchards, the third-generation peach and apple operation on East Orchard Mesa, is building a 12,000-square-foot cold-storage and packing building and will open a hard-cider taproom next spring.

Owners Nick and Gina Carbone said the $2.4 million project will let them hold fruit for two extra weeks after a freeze-shortened harvest and sell seconds as cider instead of compost. "Every year we throw away fruit somebody would pay for," Nick Carbone said. The project will add eight year-round jobs.

The orchard's frost fans and wind machines are already financed through a USDA program, the couple said.""",
gold=[("GJT006", "subject"), ("GJT007", "subject")]),

dict(guid="gjt_gvbt-2026-0317", pub="2026-03-17T07:00:00-06:00", title="Rimrock Federal Credit Union names Fruita branch manager",
body="""FRUITA - Rimrock Federal Credit Union has promoted Cody Rasband to manage its Fruita branch on Aspen Avenue.

Rasband, 29, joined the credit union as a teller in 2018 while studying finance at Colorado Mesa University and most recently was a commercial lending officer. He succeeds Diane Koenig, who moved to the credit union's new Rifle branch.""",
gold=[("GJT022", "subject")]),

dict(guid="gjt_gvbt-2026-0526", pub="2026-05-26T07:00:00-06:00", title="Hail shreds part of Palisade peach crop; growers assess losses",
body="""PALISADE - Growers on East Orchard Mesa and around Clifton were walking their blocks this week after Friday's hailstorm knocked fruit off the trees and bruised much of what stayed on.

Estimates ranged from light damage on the Vinelands to losses of half the crop on some blocks near the river. "You can't sell a bruised peach fresh; it goes to the cannery or the ground," said Tom Pruitt, who manages the Clifton packing shed for the Grand Valley Fruit Growers cooperative. The cooperative expects about 30 percent fewer boxes this year.

The Colorado Department of Agriculture said growers with crop insurance should report losses within 72 hours.""",
gold=[]),  # Tom Pruitt quoted as a cooperative manager: nothing (the storm itself is the weather alert)

dict(guid="gjt_gvbt-2026-0707", pub="2026-07-07T07:00:00-06:00", title="Glenwood rafting outfitter's owner is chamber's Business Person of the Year",
body="""GLENWOOD SPRINGS - The Glenwood Springs Chamber Resort Association named Kendra Lindahl, owner of Canyon Creek River Company, its 2026 Business Person of the Year on Thursday.

Lindahl started the company with two used rafts in 2009 and now employs 60 guides each summer. She was cited for keeping her crews working through the 2020 canyon closures by running trips on the Roaring Fork and for founding a scholarship for local high school students who want to become river guides.

The award was presented at the chamber's annual luncheon at the Hotel Colorado.""",
gold=[("GJT016", "subject")]),
]
