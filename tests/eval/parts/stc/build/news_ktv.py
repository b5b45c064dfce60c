"""KGRN NewsCenter 7 (invented St. Cloud TV station): local news, HTML descriptions. Hand-labelled."""

FEED = "ktv"
ITEMS = [
dict(guid="stc_kgrn_2026_02_0219", pub="2026-02-19T18:30:00-06:00", title="Sartell man pulls ice fisherman from Mississippi River",
body="""SARTELL (KGRN) - A Sartell man is being called a hero after he crawled onto thin ice on the Mississippi River Wednesday afternoon and pulled a fisherman to safety.

Dennis D'Aoust, 64, was shoveling his driveway on Riverside Avenue when he heard shouting from the river. He grabbed a kayak paddle and a length of rope, lay flat on the ice and reached the man, a 30-year-old from Sauk Rapids, who had fallen through about 40 feet from shore.

"I didn't really think about it," D'Aoust said. "You just go." The Sartell Police Department said it will present D'Aoust with its citizen lifesaving award next month. The fisherman was treated for hypothermia at the St. Cloud Hospital and released.""",
gold=[("STC011", "subject")]),

dict(guid="stc_kgrn_2026_03_0306", pub="2026-03-06T22:10:00-06:00", title="Tech High wrestler wins state title at 152 pounds",
body="""ST. PAUL (KGRN) - St. Cloud Tech junior Owen Klaphake won the Class AAA state championship at 152 pounds Saturday night at Xcel Energy Center, pinning his opponent from Shakopee in the third period.

Klaphake, the son of Matt and Jenna Klaphake of St. Cloud, finished the season 44-1. He is Tech's first state champion since 2011. "He's been wrestling in our basement since he was four," Jenna Klaphake said.""",
gold=[("STC015", "parent_of_subject"), ("STC016", "parent_of_subject")]),

dict(guid="stc_kgrn_2026_05_0527", pub="2026-05-27T17:45:00-05:00", title="Foley farmer, 85, hurt when tractor rolls into ditch",
body="""FOLEY (KGRN) - An 85-year-old Foley farmer was airlifted to a Twin Cities hospital Tuesday after the tractor he was driving rolled into a ditch along Benton County Road 51.

The Benton County Sheriff's Office identified him as Arvid Thorsgaard. He was mowing the road ditch near his farm when the tractor slid on the wet slope and overturned shortly before 2 p.m. A neighbor found him and called 911. Thorsgaard was listed in fair condition Wednesday, and his family said he was already asking about his hay.""",
gold=[("STC017", "subject")]),

dict(guid="stc_kgrn_2026_06_0628", pub="2026-06-28T11:20:00-05:00", title="Storm cleanup underway in St. Joseph and Waite Park after hail and 70 mph winds",
body="""ST. JOSEPH (KGRN) - Chainsaws were running across St. Joseph, Waite Park and west St. Cloud on Sunday morning after a severe thunderstorm brought 70 mph gusts and golf ball-size hail through the area Saturday evening.

Xcel Energy said about 9,000 customers lost power at the peak. In Waite Park, a large cottonwood fell across Third Street North. "It sounded like a freight train, and then the tree was in the road," said Curt Dockendorf, who was driving home from work. No injuries were reported.

The city of St. Joseph will pick up brush at the curb through July 10.""",
gold=[]),  # Curt Dockendorf a quoted bystander; the storm itself is labelled through the NWS alert

dict(guid="stc_kgrn_2026_08_0811", pub="2026-08-11T06:05:00-05:00", title="Clearwater man escapes as fire destroys garage and workshop",
body="""CLEARWATER (KGRN) - A Clearwater man escaped without injury early Monday when a fire destroyed his detached garage and woodworking shop on Bluff Street.

Ken Haugrud, 71, said he woke to the smoke alarm in the garage just after 3 a.m. and got out of the house with his dog. Firefighters from Clearwater and Annandale kept the flames from spreading to the house. Haugrud said he lost a 1966 Ford pickup and forty years of tools. The State Fire Marshal is investigating, but the cause does not appear suspicious.""",
gold=[("STC013", "subject")]),
]
