"""Roanoke Valley Business Weekly: business journal, plain text. Hand-labelled."""

ITEMS = [
dict(guid="roa_rvbw_2026_0217", pub="2026-02-17T06:30:00-05:00", title="Vinton couple turns backyard smoker into a Hardy Road restaurant",
body="""VINTON - For twenty years, Hal and Mary Beth Quesenberry fed church suppers and ball teams from a smoker Hal welded out of a propane tank. On March 2 they open Quesenberry's Smokehouse, a 60-seat restaurant in the former Hardee's on Hardy Road.

The couple put about $310,000 into the building, with an SBA-backed loan through Blue Ridge Valley Bank. Mary Beth Quesenberry, who retired in December after 31 years as a bookkeeper for Roanoke County Public Schools, will run the front of the house; Harlan "Hal" Quesenberry, a retired Appalachian Power mechanic, the pit.

"We figured if we were going to cook for free for the whole town anyway, we might as well charge a little," he said.""",
gold=[("ROA004", "subject"), ("ROA003", "subject")]),

dict(guid="roa_rvbw_2026_0310", pub="2026-03-10T06:30:00-04:00", title="Salem Valley Medical Center names new chief of cardiology",
body="""SALEM - Salem Valley Medical Center has named Dr. Prakash Thirunavukkarasu chief of cardiology, effective April 1. He succeeds Dr. Ellen Kopecky, who is retiring after 26 years.

Thirunavukkarasu, an interventional cardiologist, joined the hospital in 2011 from the Cleveland Clinic and has led its structural heart program since 2019. The hospital says the program performed 410 procedures last year.

"Prakash built that program from two people in a borrowed room," said hospital president Wade Keesee.""",
gold=[("ROA008", "subject")]),

dict(guid="roa_rvbw_2026_0428", pub="2026-04-28T06:30:00-04:00", title="Barrientos Tire & Auto adds second shop, in Salem",
body="""ROANOKE - Barrientos Tire & Auto, the Melrose Avenue shop known for same-day alignments and a Spanish-English waiting room, will open a second location on West Main Street in Salem in June.

Owner Ezequiel "Zeke" Barrientos, who opened the first shop in 2009 with two bays and a used tire machine, said the Salem site will add eight jobs. The company now employs 14.

"Zeke's done my trucks for fifteen years," said customer Garland Poindexter, a retired Norfolk Southern machinist, who was waiting on a brake job Friday. "I'll drive to Salem if I have to.\"""",
gold=[("ROA005", "subject")]),

dict(guid="roa_rvbw_2026_0609", pub="2026-06-09T06:30:00-04:00", title="Vuong's Kitchen brings pho and banh mi to downtown Salem",
body="""SALEM - Khanh Linh Vuong spent a decade as a line cook and then kitchen manager in Roanoke restaurants. Last week she signed a lease on the former Main Street Bakery space and plans to open Vuong's Kitchen in July.

Vuong, 41, said the menu will lean on her father's recipes from northern Vietnam. The Salem Economic Development office helped with a $25,000 facade grant.

"Salem has been home since I was a baby," Linh Vuong said. "It's time it had a bowl of pho.\"""",
gold=[("ROA018", "subject")]),

dict(guid="roa_rvbw_2026_0714", pub="2026-07-14T06:30:00-04:00", title="Regional chamber seats 2026-27 board",
body="""ROANOKE - The Roanoke Valley Regional Chamber has seated its 2026-27 board of directors. Kimberly Dowdy of Dowdy Logistics is chair; Fintan O'Keeffe of Blue Ridge Cider Works is vice chair.

Other new members: Ezra Lamb (Lamb Architects), Rosalyn Ferrum (Carilion), Judith Overstreet (retired, Roanoke County Circuit Court), Ben Kiser (Kiser Roofing) and Tasha Vines (Freedom First Credit Union).""",
gold=[]),  # board list: nothing
]
