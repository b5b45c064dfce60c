"""The Winooski Valley Weekly: town weekly for Winooski, Essex, Colchester, South Burlington and Shelburne. Teaser in
`description`, HTML in `content:encoded`. Hand-labelled."""

FEED = "wvw"
ITEMS = [
dict(guid="btv_wvw_2026_0325_chief", pub="2026-03-25T07:00:00-04:00", section="Essex",
title="Essex Junction fire chief Pat St. Onge hangs up his helmet after 32 years",
body="""Essex Junction Fire Chief Patrick "Pat" St. Onge will retire on April 30 after 32 years with the department, the last eleven as chief, the City Council announced Monday.

St. Onge joined as a volunteer in 1994 while working as a mechanic at the chip plant, and became the department's first full-time chief in 2015. Under his leadership the department added its first paid day crew and moved into the new Maple Street station.

"I've been to the worst day of a lot of people's lives," St. Onge said. "The job is to make sure it isn't worse because we were slow." He plans to spend more time on Lake Champlain, and less time answering his phone.

An open house in his honor will be held at the Maple Street station on Sunday, April 26, from 1 to 4 p.m.""",
gold=[("BTV016", "subject")]),

dict(guid="btv_wvw_2026_0618_valedictorian", pub="2026-06-18T07:00:00-04:00", section="Schools",
title="South Burlington valedictorian: 'Find the people who make you braver'",
body="""Claire Kinsley, the valedictorian of South Burlington High School's class of 2026, told 312 graduates on Saturday that the most important thing she learned in four years was not on any test.

Kinsley, the daughter of Mary Beth and Dan Kinsley of South Burlington, will study environmental engineering at Cornell University in the fall. She captained the Nordic ski team, founded the school's lake-monitoring club and, she told the crowd, failed her first driving test twice.

She dedicated her speech to her late grandmother, Joyce Harrow, "who would have been the loudest person here." The ceremony was held at the University of Vermont's Patrick Gym.""",
gold=[("BTV007", "parent_of_subject"), ("BTV008", "parent_of_subject")]),

dict(guid="btv_wvw_2026_0701_anniversary", pub="2026-07-01T07:00:00-04:00", section="Milestones",
title="Brisebois 55th anniversary",
body="""Jean-Paul and Marie-Claire Brisebois of Winooski celebrated their 55th wedding anniversary on June 27 with a Mass at St. Francis Xavier Church, where they were married on June 27, 1971, and a family dinner at the Champlain Mill.

Jean-Paul, known to everyone on Hood Street as J.P., retired in 2012 after 38 years as a pressman at the Champlain Valley Courier plant. Marie-Claire taught French at Winooski Middle-High School for 30 years. They have two children, Luc Brisebois of Colchester and Annie Brisebois-Hart of Williston, and five grandchildren.

"We argued in two languages for fifty-five years," Marie-Claire said. "That's the secret." """,
gold=[("BTV001", "subject"), ("BTV002", "subject")]),

dict(guid="btv_wvw_2026_0730_library", pub="2026-07-30T07:00:00-04:00", section="Winooski",
title="Winooski library's reading-room campaign reaches its goal",
body="""The Winooski Memorial Library's campaign to renovate its second-floor reading room has reached its $240,000 goal, library director Kim Tessier announced this week, three months ahead of schedule.

The largest gift, $50,000, came from the Champlain Mill Heritage Fund. The library also thanked its leadership donors: the Onion River Rotary, Champlain Harbor Wealth, Terry Laflamme, Ross and Jeannine Papineau, Solange Robitaille, Malletts Bay Motors and Dr. Priya Raman. More than 400 residents gave smaller amounts, many of them in a single weekend of bake sales.

Work on the reading room begins in September; the room will be named for the late Aimé Ouimette, who fixed the library's boiler for free for thirty years.""",
gold=[]),
dict(guid="btv_wvw_2026_0415_fire", pub="2026-04-15T07:00:00-04:00", section="Essex",
title="Kitchen fire damages Pearl Street home; owner and her cat escape",
body="""A fire that started on a stovetop on Sunday evening heavily damaged the kitchen of a home on Pearl Street in Essex Junction, and left the rest of the house with smoke and water damage.

The homeowner, Terry Laflamme, said she had stepped into the yard to bring in laundry when she smelled smoke. "By the time I got back to the door there were flames on the ceiling," she said. She called 911 from a neighbor's porch; her cat, Minou, was found later under the back deck.

Firefighters from Essex Junction and Essex had the fire out in about fifteen minutes, Deputy Chief Ann Corcoran said. Nobody was hurt. Laflamme, a retired nurse, is staying with a cousin in Essex while the house is repaired; neighbors have started a meal train for her.""",
gold=[("BTV003", "subject")]),

dict(guid="btv_wvw_2026_0708_wedding", pub="2026-07-08T07:00:00-04:00", section="Milestones",
title="Weddings: Bessette - Laroche",
body="""Émilie Claire Bessette and Jacob Thomas Laroche were married on June 20, 2026, at Holy Cross Church in Colchester, with the Rev. Joseph Nguyen officiating. A reception followed at the Malletts Bay boathouse.

The bride is the daughter of Gaétan and Lorraine Bessette of Plattsburgh, N.Y. She is a physical therapist at the UVM Medical Center. The groom is the son of Michael and Sandra Laroche of Colchester and is a lineman for the electric cooperative.

The couple honeymooned in the Gaspésie and live in Colchester.""",
gold=[("BTV013", "parent_of_subject"), ("BTV014", "parent_of_subject")]),
dict(guid="btv_wvw_2026_0520_committee", pub="2026-05-20T07:00:00-04:00", section="Shelburne",
title="Shelburne names village parking committee",
body="""The Shelburne Selectboard on Tuesday appointed a seven-member committee to study parking in Shelburne village, where new businesses on Falls Road and Route 7 have left spaces scarce on weekends.

The committee members are Rick Whitcomb, Josée Gingras, Martin Ebersole, Dana Cho, Priscilla Moffatt, Scott Hebert and Lynn Tarrant. Town manager Greg Halvorsen will staff the committee, which is to report by October.

Residents can comment at the committee's first meeting, June 3 at 7 p.m. at Town Hall.""",
gold=[]),
]
