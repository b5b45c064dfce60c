"""Charleston Harbor Business Weekly: business journal, plain text. Hand-labelled."""

ITEMS = [
dict(guid="chs_chbw_2026-02-23_restaurant-of-the-year", pub="2026-02-23T06:00:00-05:00", title="Gus's on Shem Creek named Lowcountry Restaurant of the Year",
body="""Gus's on Shem Creek, the Greek seafood house that Gus and Eleni Stamatelos opened in a former net shed in 1994, has been named Restaurant of the Year by the Lowcountry Hospitality Association.

The Mount Pleasant couple accepted the award Thursday at the association's gala at the Gaillard Center. Gus Stamatelos still fillets the day's catch himself every morning; Eleni runs the dining room and the dessert case, where her mother's galaktoboureko recipe has not changed in thirty years.

"We are a fish house with a Greek grandmother," Eleni Stamatelos said. "That is the whole secret." The restaurant employs 64 people and plans a second dining deck this summer.""",
gold=[("CHS006", "subject"), ("CHS007", "subject")]),

dict(guid="chs_chbw_2026-03-09_dorchester-regional-cno", pub="2026-03-09T06:00:00-05:00", title="Dorchester Regional names new chief nursing officer",
body="""Dorchester Regional Medical Center in Summerville has named María José Ocampo its chief nursing officer, effective April 1.

Ocampo, a native of Medellín, Colombia, joined the hospital as a bedside nurse in its intensive care unit in 2008 and has been director of critical care since 2019. She holds a doctorate of nursing practice from the Medical University of South Carolina. She succeeds Linda Crosby, who is retiring after 22 years.""",
gold=[("CHS011", "subject")]),

dict(guid="chs_chbw_2026-04-06_gaillard-retires", pub="2026-04-06T06:00:00-04:00", title="Broad Street's Gaillard retires after 47 years at Porcher, Gaillard & Huger",
body="""Thomas P. "Tommy" Gaillard III, the estate and trust lawyer whose name has been on the door at Porcher, Gaillard & Huger since 1984, retired from the firm on March 31 after 47 years of practice.

Gaillard, 75, joined the Broad Street firm out of the University of Virginia School of Law in 1979, as his father had done before him. He plans to spend his retirement sailing out of the Carolina Yacht Club and finishing a history of the Gaillard family's Santee plantations.

Managing partner Cecily Huger Drayton said the firm will keep its name.""",
gold=[("CHS001", "subject")]),

dict(guid="chs_chbw_2026-05-18_rivers-family-farm", pub="2026-05-18T06:00:00-04:00", title="Johns Island's Rivers Family Farm wins state Farm Family of the Year",
body="""Rivers Family Farm on Johns Island has been named South Carolina Farm Family of the Year by the state Department of Agriculture, the first Sea Island farm to win the title.

Tad and Monique Rivers farm 140 acres off Bohicket Road that Tad's great-great-grandfather bought in 1871, growing okra, tomatoes, sweet potatoes and collards for the Charleston Farmers Market and a dozen downtown restaurants. Monique Rivers runs the farm's community-supported agriculture program, which now feeds 600 households.

"This land has been in Gullah hands for 155 years," Tad Rivers said. "We mean to keep it that way." """,
gold=[("CHS023", "subject"), ("CHS024", "subject")]),

dict(guid="chs_chbw_2026-06-29_summerville-distribution", pub="2026-06-29T06:00:00-04:00", title="Auto-parts distributor to build 900,000-square-foot center near Summerville",
body="""Coastal Axle Supply will build a 900,000-square-foot distribution center on Jedburg Road in Dorchester County, bringing an estimated 420 jobs, state and county officials announced Monday.

The company, based in Greenville, chose the site for its rail access and its distance from the port's congested terminals. Construction is to begin in the fall. Dorchester County Council chairman Dwight Tison called it "the largest private investment in the county's history." """,
gold=[]),

dict(guid="chs_chbw_2026-08-10_harbor-tours-ribbon", pub="2026-08-10T06:00:00-04:00", title="New harbor tour operator opens at Maritime Center",
body="""Palmetto Tides Harbor Tours opened its ticket office at the Charleston Maritime Center on Friday with two refurbished 49-passenger boats and a guide script written with help from the Avery Research Center.

Owner Jasmine Whitlock, a former Coast Guard boatswain's mate, cut the ribbon with Mayor's office staff and a crowd of neighbors from the lower peninsula. "We've needed a tour that tells the whole story of this harbor," said Bobby Kinloch, a retired harbor pilot who lives on Church Street and came for the first sailing. Tours run four times daily.""",
gold=[]),
]
