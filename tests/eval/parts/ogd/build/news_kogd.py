"""KOGD 4 Northern Utah News (Ogden TV station): local web stories, HTML descriptions. Hand-labelled."""

FEED = "kogd"
ITEMS = [
dict(guid="ogd_kogd_20260303_0441", pub="2026-03-03T06:45:00-07:00", title="Roy family escapes early-morning house fire",
body="""ROY, Utah (KOGD) - A Roy family of five escaped without injury early Tuesday when fire broke out in the garage of their home near 4900 South and 3100 West.

Thayne and Kristi Oberhansley said a smoke alarm woke them shortly after 3 a.m. Thayne Oberhansley got the children out through a bedroom window while Kristi called 911. Roy City Fire Chief Dane Whitlock said the fire started in a space heater and caused an estimated $120,000 in damage to the garage and kitchen.

The Red Cross is helping the family. Neighbors have started a meal train.""",
gold=[("OGD016", "subject")]),

dict(guid="ogd_kogd_20260516_0612", pub="2026-05-16T19:20:00-06:00", title="Hiker rescued from Ben Lomond Peak after overnight in the snow",
body="""NORTH OGDEN, Utah (KOGD) - A 27-year-old Provo man who spent the night stranded below Ben Lomond Peak was rescued Saturday morning by a Weber County Sheriff's Search and Rescue team.

Caleb Durrant had set out Friday afternoon on the North Ogden Divide trail and was caught by a late-season snowstorm near the summit ridge. Rescuers reached him at 7 a.m. and walked him out; he was treated for mild hypothermia.

"He did the right thing: he stayed put and kept his phone warm," said search and rescue volunteer Brock Wangsgard, who led the hasty team. "May up there is still winter." """,
gold=[]),

dict(guid="ogd_kogd_20260724_0803", pub="2026-07-24T21:40:00-06:00", title="Microburst topples trees, power poles across Roy and Hooper",
body="""ROY, Utah (KOGD) - A short, violent thunderstorm knocked down dozens of trees and at least eleven power poles across Roy and Hooper on Friday evening, leaving about 6,000 Rocky Mountain Power customers in the dark.

The National Weather Service measured a 74 mph gust at the Hooper weather station. No injuries were reported.

"It came across the fields like a wall of dust, and then the hail hit," said Woody Pettingill, who farms alfalfa west of 5900 West. "I lost the old cottonwood by the barn. My granddad planted that tree."

Crews expect to restore power to most homes by Saturday night.""",
gold=[]),

dict(guid="ogd_kogd_20261105_0921", pub="2026-11-05T18:15:00-07:00", title="Weber High lineman signs with Utah State",
body="""PLEASANT VIEW, Utah (KOGD) - Weber High School offensive tackle Kaden Wangsgard made his college choice official Wednesday, signing with Utah State in front of teammates in the school's commons.

The 6-foot-6, 290-pound senior was a first-team all-region pick and anchored a Warriors line that reached the 6A semifinals. He is the son of Brock and Camille Wangsgard of South Ogden.

"We told him to pick the place where he'd be happy if football ended tomorrow," Camille Wangsgard said. """,
gold=[("OGD020", "parent_of_subject"), ("OGD019", "parent_of_subject")]),
]
