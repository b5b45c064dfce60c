"""Bay Business Weekly (Panama City business weekly), plain text. Hand-labelled: gold=[(client_id, role), ...]."""

FEED = "bbw"
ITEMS = [
dict(guid="ecp_bbw_2026_0127", pub="2026-01-27T06:00:00-06:00",
title="St. Andrew Bay Marine Supply names C.J. Pridgeon general manager",
body="""PANAMA CITY - St. Andrew Bay Marine Supply, the 70-year-old chandlery and boat-parts distributor on Beach Drive, has promoted its longtime parts manager to general manager.

Cletus Pridgeon Jr., known to nearly every commercial fisherman on the bay as C.J., joined the company as a stock clerk in 1985 and has run its parts counter since 2004. He succeeds Don Hatcher, who is retiring after 22 years.

"There isn't a water pump or a trim tab in this county C.J. can't find for you by Tuesday," said owner Lucinda Bright. The company employs 41 people and opened a second store in Port St. Joe last year.""",
gold=[("ECP003", "subject")]),

dict(guid="ecp_bbw_2026_0224", pub="2026-02-24T06:00:00-06:00",
title="Ascension cardiology practice gets new chief",
body="""PANAMA CITY - Dr. Adaeze Okonjo has been named chief of cardiology at Ascension Sacred Heart Bay, the hospital announced Monday.

Okonjo, who came to Panama City in 2015 after a fellowship at Emory University, has led the hospital's structural heart program since 2020, when she performed the first transcatheter valve replacement in Bay County. She will oversee a department of 14 cardiologists.

"She has built this program one patient at a time," said hospital president Grant Ellery.""",
gold=[("ECP013", "subject")]),

dict(guid="ecp_bbw_2026_0317", pub="2026-03-17T06:00:00-05:00",
title="Paddleboard and surf shop opens on Front Beach Road",
body="""PANAMA CITY BEACH - Sandpiper Paddle & Surf opened Saturday in the former Shell Shack building on Front Beach Road, renting paddleboards, kayaks and surfboards and offering lessons from the beach behind the store.

Owner Carter Van Landingham, whose grandparents ran one of the first motor courts on the Miracle Strip, spent twelve years as a Beach Patrol lifeguard before opening the shop with a $180,000 loan from Gulf Coast Community Bank. He plans to hire eight seasonal employees.

"Carter taught my grandkids to paddle last summer for free, so I figured I owed him a ribbon cutting," said neighbor Lyle O'Quinn, who cut the ribbon on Saturday.""",
gold=[("ECP017", "subject")]),   # Lyle O'Quinn is a quoted neighbor: nothing

dict(guid="ecp_bbw_2026_0421", pub="2026-04-21T06:00:00-05:00",
title="Quach retires after 33 years at Navy lab",
body="""PANAMA CITY - When Khiem Quach arrived at the Naval Surface Warfare Center Panama City in 1993, the lab was still testing mine-hunting sonar with equipment that filled a room. On Friday he retired as the division's senior acoustics engineer, with eleven patents to his name.

Quach came to Panama City in 1980 as a teenager, one of a few dozen Vietnamese families who settled around the shrimp docks. He earned his engineering degree at night at FSU's Panama City campus.

"He trained half the engineers in the building," said division head Capt. Renee Holcomb. Quach said he plans to fish, to garden and to teach his grandchildren to speak Vietnamese.""",
gold=[("ECP009", "subject")]),

dict(guid="ecp_bbw_2026_0519", pub="2026-05-19T06:00:00-05:00",
title="Mexico Beach marina adds 60 dry-stack slips",
body="""MEXICO BEACH - Canal Park Marina has finished a $3.1 million dry-stack barn with room for 60 boats up to 32 feet, the largest project in the town since it rebuilt after Hurricane Michael.

Owner Jerome Faison said the waiting list was 140 names long before the barn opened. "People from Panama City drive out here because they can't find a slip," Faison said.

One of them is Tad Brackeen of Lynn Haven, who moved his 24-foot bay boat from a backyard lift. "I'm too old to wash barnacles off a hull," Brackeen said.""",
gold=[]),   # ECP001 quoted customer: nothing

dict(guid="ecp_bbw_2026_0609", pub="2026-06-09T06:00:00-05:00",
title="Bay Arts Alliance gala raises $412,000 for arts education",
body="""PANAMA CITY - The Bay Arts Alliance's annual Starry Night gala raised $412,000 on Saturday for arts programs in Bay District Schools, the most in the event's 25-year history.

Major donors recognized at the gala included the Cawthon Family Foundation, Roy Cawthon, Genevieve Harbeson, the Threatt family, Gulf Coast Community Bank and St. Joe Hospitality. The evening's honoree was painter Delphine Marquis, whose murals cover the walls of six elementary schools.""",
gold=[]),   # donor list: nothing
]
