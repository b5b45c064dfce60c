"""WJXN 16 News (Jackson TV station site): short web stories, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="jan_wjxn_20260119_fire", pub="2026-01-19T21:10:00-06:00", title="South Jackson woman, grandchildren escape house fire",
body="""JACKSON, Miss. (WJXN) - A South Jackson woman and her two grandchildren made it out safely Monday night when fire swept through their home on Raymond Road.

Patrice O'Neal, 64, said a smoke alarm woke her just after 10 p.m. She got her grandchildren, ages 6 and 9, out the back door before flames reached the kitchen. Jackson Fire Department crews had the fire under control in about 25 minutes, but the house is a total loss.

Fire investigators believe a space heater started the fire. The American Red Cross is helping the family, and neighbors have started a clothing drive at Cade Chapel M.B. Church.""",
# house fire at the client's home: JAN017 (roster ONeal) is the subject (concern).
gold=[("JAN017", "subject")]),

dict(guid="jan_wjxn_20260219_pearl", pub="2026-02-19T17:45:00-06:00", title="Pearl neighbors clean up after Wednesday's tornado",
body="""PEARL, Miss. (WJXN) - Chainsaws were running before sunrise Thursday in Pearl, where an EF-1 tornado cut a four-mile path Wednesday evening from Old Brandon Road toward the Brandon city line.

On Old Brandon Road, Loretta Chitto's carport landed in her neighbor's yard and a pecan tree came down across her roof. Chitto, who was at choir practice when the storm hit, said her granddaughter called her in tears. "Things can be replaced," she said. "I'm just thankful nobody was home."

Volunteers from several churches and the Rankin County Baptist Association showed up with tarps. "You just come," said Mike Nassar, who drove over from Brandon with a trailer and two chainsaws. "Next time it might be my street." No injuries were reported.""",
# storm damage to JAN008's home: subject. Mike Nassar (JAN007) is a quoted volunteer: nothing.
gold=[("JAN008", "subject")]),

dict(guid="jan_wjxn_20260326_arrest", pub="2026-03-26T18:20:00-05:00", title="Madison police arrest suspect in string of vehicle burglaries",
body="""MADISON, Miss. (WJXN) - Madison police have arrested a 24-year-old Jackson man they say broke into at least 15 vehicles in Madison neighborhoods over the past month.

Investigators said doorbell video from a home on Bozeman Road helped identify the suspect. Darrell Tubby, whose pickup was one of those broken into, said he was relieved. "They took my tools and my granddaddy's pocketknife," Tubby said. "I'd like the knife back."

The suspect is charged with 15 counts of auto burglary and is being held in the Madison County Detention Center.""",
# crime story: a burglary victim quoted. Not an outreach occasion (crime rule): nothing for JAN009.
gold=[]),

dict(guid="jan_wjxn_20260419_elder", pub="2026-04-19T16:30:00-05:00", title="Elder James Earl Coleman steps down after 40 years in the pulpit",
body="""JACKSON, Miss. (WJXN) - More than 600 people packed Greater Mount Pisgah Church of God in Christ on Sunday to say thank you to the man who has led it for forty years.

Elder James Earl Coleman, 73, preached his final sermon as pastor, the same text, Micah 6:8, that he preached on his first Sunday in 1986. Under his leadership the west Jackson congregation grew from a storefront of 40 members to more than 1,200, opened a food pantry and started a tutoring program that has served thousands of students.

Coleman will remain as pastor emeritus. His wife, Gloria, was honored with a bouquet from the Mothers' Board. The church has called Elder Marcus Ware of Memphis as its new pastor.""",
# retirement: JAN020 subject. Gloria (JAN021) only honored in passing: nothing.
gold=[("JAN020", "subject")]),
]
