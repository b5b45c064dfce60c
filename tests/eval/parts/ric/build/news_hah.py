"""The Hanover-Ashland Herald (small-town weekly, Ashland and Mechanicsville), with a "Community" section that also
carries wedding/engagement announcements from the Richmond area: teaser in description, HTML in content:encoded.
Hand-labelled."""

FEED = "hah"
ITEMS = [
dict(guid="ric_hah_2026_0132", pub="2026-02-05T07:00:00-05:00", title="Garden club honors Kit Carrington for 50 years",
body="""ASHLAND - The Ashland Garden Club marked its spring luncheon Thursday by honoring Katharine Page "Kit" Carrington, who has been a member for fifty years and has chaired the club's Historic Garden Week tour four times.

Carrington, who planted the first of the boxwoods now lining the Center Street railroad tracks, received the club's Golden Trowel. "I only did the digging," she said. "Everybody else did the watering."

The club also announced its 2026 scholarship for a Patrick Henry High School senior.""",
gold=[("RIC019", "subject")]),

dict(guid="ric_hah_2026_0217", pub="2026-03-12T07:00:00-04:00", title="Randolph-Macon library campaign passes its goal",
body="""ASHLAND - Randolph-Macon College's campaign to renovate McGraw-Page Library has passed its $12 million goal, the college announced.

Among the leading donors listed in the campaign report were the Tabb Family Foundation, Eleanor and Randolph Byrd, Rachel and Daniel Rosenbaum, the Lewis Ginter Fund and members of the class of 1976. Construction begins in June.""",
gold=[]),

dict(guid="ric_hah_2026_0288", pub="2026-05-14T07:00:00-04:00", title="Engagement: Rosenbaum - Klein",
body="""Daniel and Rachel Rosenbaum of Richmond announce the engagement of their son, Ethan Adler Rosenbaum, to Leah Miriam Klein, daughter of Steven and Dana Klein of Silver Spring, Md.

Ethan is a graduate of the University of Virginia and a software engineer in Arlington. Leah graduated from the University of Maryland and is a pediatric nurse at Children's National Hospital. A June 2027 wedding is planned at Congregation Beth Ahabah in Richmond.""",
gold=[("RIC013", "parent_of_subject"), ("RIC014", "parent_of_subject")]),

dict(guid="ric_hah_2026_0340", pub="2026-06-18T07:00:00-04:00", title="Leigh Street Zion honors church clerk Hattie Braxton",
body="""RICHMOND - Leigh Street Zion Baptist Church celebrated Sunday the fiftieth year of Harriet "Hattie" Braxton as its church clerk, with a luncheon after the 11 o'clock service and a proclamation from the mayor.

Braxton has kept the minutes of every church meeting since 1976, in longhand, in ledgers she keeps in the church office. "Somebody has to remember what we decided," she said.""",
gold=[("RIC022", "subject")]),

dict(guid="ric_hah_2026_0377", pub="2026-07-30T07:00:00-04:00", title="Hanover fair opens with record livestock entries",
body="""MECHANICSVILLE - The Hanover County Fair opened Thursday with a record 412 livestock entries and a new pig race track. Fair board chairman Walter Kersey said attendance was expected to pass 40,000. The fair runs through Sunday at the Hanover County Fairgrounds on Hanover Courthouse Road.""",
gold=[]),

dict(guid="ric_hah_2026_0402", pub="2026-08-20T07:00:00-04:00", title="Midlothian couple marks 45th anniversary with trip to Ireland",
body="""MIDLOTHIAN - Bill and Mary Beth Pryor of Midlothian celebrated their 45th wedding anniversary this month with a two-week trip to Ireland, where they first honeymooned in 1981.

The former Mary Beth Saunders met William Pryor at a Chester Baptist Church picnic in 1979. They have two daughters and four grandchildren.""",
gold=[("RIC005", "subject"), ("RIC004", "subject")]),
]
