"""Hi-Line 9 News (KHLN, invented Havre TV station): web stories, HTML in `description`. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="hvr_khln_20260203_0147", pub="2026-02-03T18:20:00-07:00", title="Havre High distance runner signs with Montana State",
body="""HAVRE (KHLN) - Havre High School senior Kenzie Quisenberry signed a national letter of intent Tuesday to run cross country and track for Montana State University in Bozeman.

Quisenberry won the Class A state cross country title in October and holds the school record in the 1,600 meters. She picked the Bobcats over offers from Montana and the University of Wyoming.

Her parents, Bart and Shauna Quisenberry of Havre, sat beside her at the signing in the Havre High library. "She's been running out to Grandma Arlene's place in Gildford and back since she was twelve," her father said. "Bozeman's just a little farther." Kenzie's grandmother, Arlene Lindvall of Gildford, died in January.

Blue Pony head coach Dana Fossum said Quisenberry is the best distance runner the school has produced in twenty years.""",
gold=[("HVR016", "parent_of_subject"), ("HVR017", "parent_of_subject")]),

dict(guid="hvr_khln_20260325_0311", pub="2026-03-25T21:05:00-06:00", title="Chinook teen hurt in Highway 2 rollover",
body="""CHINOOK (KHLN) - A Chinook High School sophomore was flown to Great Falls on Wednesday afternoon after the pickup he was driving rolled on an icy stretch of U.S. Highway 2 east of Chinook.

The Montana Highway Patrol identified the driver as Cody Pfenninger, 16, the son of Curt and Mary Jo Pfenninger of Chinook. Troopers said black ice and a crosswind were factors and that no other vehicle was involved. He was listed in serious but stable condition at Benefis Health System Wednesday night.

"We're just grateful he was wearing his belt," Mary Jo Pfenninger told Hi-Line 9 by phone. Chinook School District said counselors would be available to students on Thursday.""",
gold=[("HVR012", "subject"), ("HVR011", "subject")]),

dict(guid="hvr_khln_20260505_0422", pub="2026-05-05T17:45:00-06:00", title="Walk-in clinic opens on Havre's south side",
body="""HAVRE (KHLN) - Havre residents who can't get in to see a doctor have a new option starting this week.

Family nurse practitioner Renae Meissner opened Bear Paw Walk-In Care on Monday in the former Buttrey's pharmacy building on 1st Street. The clinic is open seven days a week and takes Medicaid, Medicare and most private insurance.

Meissner, a Havre native who worked twelve years in the Northern Montana Hospital emergency department, said she opened the clinic after watching patients wait hours in the ER for sore throats and sprained ankles. "People on the Hi-Line drive an hour for everything," Meissner said. "They shouldn't have to wait another four once they get here."

The clinic employs two nurses and a receptionist and plans to add a second provider this fall.""",
gold=[("HVR004", "subject")]),

dict(guid="hvr_khln_20260722_0587", pub="2026-07-22T06:15:00-06:00", title="Hail shreds gardens, dents cars across Havre",
body="""HAVRE (KHLN) - Havre residents spent Wednesday morning sweeping up shredded leaves and counting dents after a severe thunderstorm dropped golf-ball-sized hail across the west and central parts of town Tuesday evening.

The storm hit just after 6 p.m. and lasted about fifteen minutes. The National Weather Service in Great Falls had issued a Severe Thunderstorm Warning for Hill County at 5:48 p.m.

"I've lived on 3rd Avenue since 1962, and I've never seen the tomatoes look like this," said Leo Grzybowski, 89, holding up a stripped vine. Several downtown storefronts on 1st Street lost windows, and the Havre Fire Department responded to three calls for downed power lines.

Auto body shops in Havre said they were already booked into September. NorthWestern Energy said power was restored to all customers by 11 p.m.""",
gold=[]),

dict(guid="hvr_khln_20260909_0702", pub="2026-09-09T12:30:00-06:00", title="BNSF to rebuild part of historic Havre roundhouse",
body="""HAVRE (KHLN) - BNSF Railway will spend $4.2 million rebuilding the eastern stalls of the Havre roundhouse, the railroad announced Tuesday.

The roundhouse, built by the Great Northern in 1905, still services locomotives on the Hi-Line subdivision. BNSF spokesperson Amanda Kirsch said the work will start in October and keep about 30 contractors in town through the winter.

Havre Mayor Doug Lanz called the investment a vote of confidence in the town. "The railroad built Havre," Lanz said. "It's good to see it building here again." """,
gold=[]),
]
