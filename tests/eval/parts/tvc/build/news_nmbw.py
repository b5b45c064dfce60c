"""Northern Michigan Business Weekly (Traverse City): business weekly, plain text. Hand-labelled."""

FEED = "nmbw"
ITEMS = [
dict(guid="tvc_nmbw_2026_0112", pub="2026-01-26T06:00:00-05:00", title="Ostlund Marine doubles its boatworks with a new Bluff Road shop",
body="""TRAVERSE CITY - Ostlund Marine, the wooden-boat restoration shop that started in a two-car garage on Old Mission Peninsula, is doubling in size.

Owner Kris Ostlund broke ground last week on a 9,000-square-foot shop on Bluff Road that will let the company take on boats up to 40 feet and add eight shipwrights to its crew of eleven. The $2.4 million expansion is financed in part by a Michigan Business Development Program grant.

"Every Chris-Craft on this bay eventually ends up in our driveway," Ostlund said. "Now it can end up inside." """,
gold=[("TVC022", "subject")]),

dict(guid="tvc_nmbw_2026_0140", pub="2026-03-02T06:00:00-05:00", title="Cherry Capital Credit Union president to retire after 38 years",
body="""TRAVERSE CITY - Geraldine "Gerri" Ter Haar, who joined Cherry Capital Credit Union as a teller in 1988 and has led it as president since 2011, will retire on June 30, the board announced Thursday.

Under Ter Haar the credit union grew from three branches to nine and from $180 million to $1.1 billion in assets. The board has begun a national search for her successor.

"I came for a summer job," Ter Haar said. "It was a long summer." """,
gold=[("TVC009", "subject")]),

dict(guid="tvc_nmbw_2026_0163", pub="2026-04-13T06:00:00-04:00", title="Suttons Bay couple opens taquería in the old hardware store",
body="""SUTTONS BAY - The smell of fresh tortillas has replaced the smell of paint thinner at 210 St. Joseph Street. Taquería La Guadalupana opened Friday in the building that housed Bahle's Hardware annex for sixty years.

Owners Lupe Cárdenas and her husband, Rogelio Medrano, both grew up working in Leelanau cherry orchards; Cárdenas's father was an orchard foreman for four decades. The couple spent two years and their savings renovating the space, which seats 40 and has a walk-up window for summer visitors.

"People ask us for the fancy stuff," Medrano said. "We make what our mothers made." """,
gold=[("TVC007", "subject"), ("TVC008", "subject")]),

dict(guid="tvc_nmbw_2026_0181", pub="2026-05-18T06:00:00-04:00", title="Grand Rapids manufacturer names new chief financial officer",
body="""GRAND RAPIDS - Westshore Fastener Corp. has named Thaddeus Wroblewski, 44, its chief financial officer. Wroblewski, a Grand Rapids native and a graduate of Aquinas College, was previously controller at a Holland office-furniture maker.

Westshore, which employs 620 people in Kent and Ottawa counties, makes fasteners for the automotive and appliance industries.""",
gold=[]),  # namesake of TVC017 Thaddeus "Tad" Wroblewski of Traverse City (b. 1971): different city and age

dict(guid="tvc_nmbw_2026_0197", pub="2026-06-15T06:00:00-04:00", title="Regional medical center promotes Kingsley native to chief nursing officer",
body="""TRAVERSE CITY - Renee Hoeflinger has been named chief nursing officer of Grand Traverse Regional Medical Center, the hospital announced Monday. She will oversee 1,900 nurses across the main campus and four rural clinics.

Hoeflinger, who lives in Kingsley, began at the hospital as a nursing assistant in 1987 and most recently directed its critical-care units. She holds a master's degree from Ferris State University.""",
gold=[("TVC013", "subject")]),

dict(guid="tvc_nmbw_2026_0214", pub="2026-07-20T06:00:00-04:00", title="Leelanau cider makers say tart-cherry tariffs are squeezing margins",
body="""CEDAR - Three years after tariffs on imported tart-cherry concentrate were lifted, Leelanau County's cider and juice makers say prices paid to growers are back below the cost of production.

"My father planted these trees in 1952, and this is the first year I've thought about pulling them," said Len Sobieralski, who sells cherries from 60 acres near Cedar to Leelanau Cider Works. Cider Works owner Annika Brandvold said she is paying growers what she can.

The Michigan Cherry Committee will take up the question at its August meeting in Traverse City.""",
gold=[]),  # TVC001 quoted as a bystander in a trade story
]
