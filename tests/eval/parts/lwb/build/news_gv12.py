"""WGVT Greenbrier Valley 12 (TV station site, Lewisburg): local news, HTML descriptions. Hand-labelled."""

FEED = "gv12"
ITEMS = [
dict(guid="lwb_gv12_news_20260211_renick-fire", pub="2026-02-11T18:40:00-05:00", title="Renick couple escapes as fire destroys farmhouse",
body="""RENICK, W.Va. (WGVT) - A Renick couple escaped without injury early Wednesday when fire destroyed their two-story farmhouse on Brushy Flat Road.

Zeke and Nora Fleshman told firefighters they woke to the smoke alarm shortly after 3 a.m. and got out through a back porch door with their two dogs. The house, built in 1911 by Nora Fleshman's grandfather, was a total loss.

"Those alarms saved two lives tonight, plain and simple," said Renick Volunteer Fire Department Chief Delmas Hefner. The state fire marshal believes the fire began in a chimney flue.

Neighbors have set up a fund for the Fleshmans at the Renick branch of City National Bank.""",
gold=[("LWB008", "subject"), ("LWB009", "subject")]),

dict(guid="lwb_gv12_news_20260317_princeton-carrier", pub="2026-03-17T17:15:00-04:00", title="Princeton letter carrier retires after 40 years and half a million miles",
body="""PRINCETON, W.Va. (WGVT) - Cletus Hanshaw has walked, by his own count, about half a million miles delivering mail in Princeton. On Friday he walked his last route.

Hanshaw, 62, started with the Postal Service in 1986. Customers on Mercer Street lined the sidewalk with signs and cake. "I've seen these kids grow up and have kids of their own," Hanshaw said. He plans to spend his retirement fishing at Bluestone Lake.""",
gold=[]),  # namesake of LWB003 Cletus Hanshaw Jr. of Ronceverte: Princeton, Mercer County -> nothing

dict(guid="lwb_gv12_news_20260408_wvsom-dean", pub="2026-04-08T12:05:00-04:00", title="WVSOM names new dean of clinical sciences",
body="""LEWISBURG, W.Va. (WGVT) - The West Virginia School of Osteopathic Medicine has named Dr. Ravi Venkatraman its next dean of clinical sciences.

Venkatraman, a cardiologist, has taught at the Lewisburg school since 2009 and directs its rural clinical rotations across 14 counties. He takes the post on July 1.

"Our students will practice in places like Greenbrier County, where the nearest cardiologist might be an hour away," Venkatraman said. "That is what we train them for." """,
gold=[("LWB021", "subject")]),

dict(guid="lwb_gv12_news_20260624_flash-flood", pub="2026-06-24T06:30:00-04:00", title="Flash flooding swamps White Sulphur Springs and Caldwell overnight",
body="""WHITE SULPHUR SPRINGS, W.Va. (WGVT) - Howard Creek left its banks late Tuesday after nearly four inches of rain fell in three hours, flooding parts of Main Street in White Sulphur Springs and low-lying homes along the Greenbrier River at Caldwell.

No injuries were reported. Firefighters rescued two people from a stalled car on Route 60. Water reached the display windows of several Main Street shops, including Tincher's Antiques, where owner Rosalind Tincher spent the night moving furniture upstairs.

The Red Cross opened a shelter at the White Sulphur Springs Civic Center. "We had 23 people overnight and plenty of coffee," said volunteer Jo Ann Cavendish of Lewisburg.

Greenbrier County Emergency Management asks residents to report damage by calling the county's 911 center non-emergency line.""",
gold=[]),  # LWB020 Rosalind Tincher: do_not_contact; LWB013 Jo Ann Cavendish: quoted volunteer -> nothing

dict(guid="lwb_gv12_news_20260812_frankford-bridge", pub="2026-08-12T17:50:00-04:00", title="Route 219 bridge at Frankford to close for six weeks",
body="""FRANKFORD, W.Va. (WGVT) - The West Virginia Division of Highways will close the Route 219 bridge over Spring Creek at Frankford beginning Monday for a deck replacement.

A detour will use Friars Hill Road and Route 39, adding about 12 minutes for drivers between Lewisburg and Renick. School buses will follow the same detour, according to Greenbrier County Schools.

"We know it's an inconvenience during hay season," said District 9 engineer Brent Keaton.""",
gold=[]),  # no client
]
