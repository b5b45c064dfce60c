"""Local news for the rhi part, two sources, hand-labelled (gold=[(client_id, role)])."""

# 1. Northwoods 9 News (TV station site, HTML descriptions)
TV = [
dict(guid="rhi_nw9_20260310_promotion", pub="2026-03-10T17:30:00-05:00", title="Woodruff deputy promoted to captain at Oneida County Sheriff's Office",
body="""RHINELANDER (NW9) - A 24-year veteran of the Oneida County Sheriff's Office has been promoted to captain.

Sheriff Dana Ruesch announced Tuesday that Tom Pecore of Woodruff will lead the patrol division. Pecore started as a jail officer in 2002 and has run the department's water safety patrol on the Minocqua chain for ten years.

"He knows every boat landing in this county," Ruesch said.""",
gold=[("RHI009", "subject")]),

dict(guid="rhi_nw9_20260405_fire", pub="2026-04-05T21:15:00-05:00", title="Three Lakes couple escapes early-morning house fire",
body="""THREE LAKES (NW9) - A Three Lakes couple got out of their burning home on Maple Lake Road with only their coats early Sunday.

Dale and Patti Schoeneck told Northwoods 9 that a smoke alarm woke them at about 4 a.m. Three Lakes Fire Chief Bob Laszewski said the fire started in an attached garage; the house is a total loss.

Neighbors have set up a collection at the Three Lakes Center for the couple.""",
gold=[("RHI012", "subject"), ("RHI013", "subject")]),

dict(guid="rhi_nw9_20260520_allstate", pub="2026-05-20T18:05:00-05:00", title="Hodag senior named to all-state softball team",
body="""RHINELANDER (NW9) - Rhinelander senior pitcher Ava Mrotek has been named first-team all-state by the Wisconsin Fastpitch Softball Coaches Association.

Mrotek struck out 212 batters this spring and will pitch for UW-Stevens Point next year. She is the daughter of Kyle and Jenny Mrotek of Rhinelander.

"She's been throwing at a bucket in our garage since she was seven," her father said.""",
gold=[("RHI020", "parent_of_subject"), ("RHI019", "parent_of_subject")]),

dict(guid="rhi_nw9_20260716_cleanup", pub="2026-07-16T22:00:00-05:00", title="Storm cleanup continues around Minocqua and Woodruff",
body="""MINOCQUA (NW9) - Crews were still clearing downed trees Thursday after Wednesday evening's severe thunderstorm tore through the Minocqua and Woodruff area.

"I've lived here 50 years and never seen the pines come down like that," said Jerry Wojcik of Rhinelander, who drove up with a chainsaw to help his brother-in-law.

About 6,000 customers lost power at the peak, according to Wisconsin Public Service.""",
gold=[]),

dict(guid="rhi_nw9_20260812_marine", pub="2026-08-12T17:45:00-05:00", title="Northwoods Marine marks 40 years on Highway 51",
body="""WOODRUFF (NW9) - Northwoods Marine in Woodruff celebrated its 40th anniversary this weekend with a boat parade and a brat fry.

Owner Mitch Ostrowski took over the shop from his father in 1998 and has since added a second showroom and a service center with 14 employees.

"We sell boats, but really we sell Saturdays on the lake," Ostrowski said.""",
gold=[("RHI022", "subject")]),

dict(guid="rhi_nw9_20260903_teacher", pub="2026-09-03T18:20:00-05:00", title="Madison science teacher named Wisconsin Teacher of the Year",
body="""MADISON (NW9) - A Madison middle school science teacher has been named Wisconsin's Teacher of the Year.

Sarah Wendt, who teaches seventh grade at Hamilton Middle School in Madison, was honored Wednesday by the Department of Public Instruction. Wendt grew up in Fond du Lac.""",
gold=[]),
]

# 2. The Lakeland Courier (community weekly, teaser description, HTML in content:encoded)
WEEKLY = [
dict(guid="rhi_lkc_2026_02_births", pub="2026-02-19T08:00:00-06:00", title="Births at Aspirus Rhinelander",
body="""The following births were recorded at Aspirus Rhinelander Hospital this month.

Born Feb. 3 to Kyle and Jennifer Mrotek of Rhinelander, a son, Owen Kyle, 8 pounds 2 ounces.

Born Feb. 9 to Cody and Brittany Hanson of Monico, a daughter, Nora Jean.""",
gold=[("RHI020", "subject"), ("RHI019", "subject")]),

dict(guid="rhi_lkc_2026_06_retire", pub="2026-06-04T08:00:00-05:00", title="Van Ryzin retires after 35 years at MHLT",
body="""After 35 years of teaching second grade at Minocqua, Hazelhurst and Lake Tomahawk (MHLT) Elementary, Ruth Ann Van Ryzin is retiring.

Van Ryzin's classroom was known for its reading loft shaped like a canoe. Former students lined up at a reception in the school gym last Friday to thank her.

She plans to spend her retirement paddling the Willow Flowage and volunteering at the Minocqua Public Library.""",
gold=[("RHI011", "subject")]),

dict(guid="rhi_lkc_2026_06_volunteer", pub="2026-06-25T08:00:00-05:00", title="Woodruff woman named Lakeland Volunteer of the Year",
body="""MaryBeth Radtke of Woodruff has been named the Lakeland Area Volunteer of the Year by the Lakeland Area Chamber.

Radtke has organized the Woodruff food pantry's Saturday distribution for twelve years and drives seniors to medical appointments in Rhinelander.

"She never says no, and she never tells anyone what she's done," said Dee Kowalczyk of Rhinelander, who nominated her.""",
gold=[("RHI006", "subject")]),

dict(guid="rhi_lkc_2026_08_anniversary", pub="2026-08-06T08:00:00-05:00", title="Sorensens celebrate 40th anniversary",
body="""Ken and Bonnie Sorensen of Three Lakes celebrated their 40th wedding anniversary on August 2 with an open house at the Three Lakes Center for the Arts.

The couple were married Aug. 2, 1986, at Our Saviour's Lutheran Church. Ken is a fishing guide on the Three Lakes chain, as his father was, and Bonnie retired from the Three Lakes School District.""",
gold=[("RHI004", "subject"), ("RHI005", "subject")]),

dict(guid="rhi_lkc_2026_08_fair", pub="2026-08-20T08:00:00-05:00", title="Oneida County Fair: open class baking results",
body="""Results from the open class baking competition at the Oneida County Fair in Rhinelander.

Pies: first, Agnes Jorgensen, Monico; second, Lisa Beyer, Rhinelander. Breads: first, Tim Heck, Harshaw. Judges were Carol Tegen of Lake Tomahawk and Marlys Stoltz of Tomahawk.""",
gold=[]),

dict(guid="rhi_lkc_2026_10_donors", pub="2026-10-01T08:00:00-05:00", title="Hospice house campaign passes $2 million",
body="""The Northwoods Hospice House campaign has passed its $2 million goal, organizers announced this week.

Leadership donors include the Wausau Paper Foundation, Jerry and Darlene Wojcik, Lorraine Buettner, Bob Zastrow, the Rhinelander Rotary Club and Northwoods Marine.

Construction on the eight-bed house off Highway 8 is expected to begin next spring.""",
gold=[]),
]
