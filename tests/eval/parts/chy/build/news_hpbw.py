"""High Plains Business Weekly (southeast Wyoming and the Nebraska Panhandle), plain text. Hand-labelled."""

FEED = "hpbw"
ITEMS = [
dict(guid="chy_hpbw_2026-0118", pub="2026-01-20T06:00:00-07:00", title="A Rawlins sheep outfit turns 100",
body="""RAWLINS - In 1926 a 19-year-old herder from the Basque village of Aldudes signed on with a Carbon County sheep outfit for $40 a month and a promise of ewes instead of wages after three years. A century later, the outfit he built, Etchepare Sheep Co., still runs 2,400 ewes on the Red Desert and summer range in the Sierra Madre.

Ray and Maite Etchepare, the third generation to own it, marked the centennial this month with a dinner for 300 at the Rawlins Elks Lodge. Ray Etchepare, 76, says the company has survived drought, coyotes, falling wool prices and a shortage of herders by adapting: it now brings herders from Peru on H-2A visas and sells lamb directly to restaurants in Denver.

"My grandfather would not recognize the business, but he would recognize the sheep," Maite Etchepare said. The couple's nephew, Pete Arambel, manages the summer camps.""",
gold=[("CHY001", "subject"), ("CHY002", "subject")]),

dict(guid="chy_hpbw_2026-0207", pub="2026-02-17T06:00:00-07:00", title="Goshen County Angus ranch wins state stewardship award",
body="""TORRINGTON - The Wyoming Stock Growers Association has named McAllister Angus, a cow-calf and seedstock operation north of Lingle, the winner of its 2026 Environmental Stewardship Award.

Wade and Jenna McAllister took over the 6,000-acre ranch from Wade's parents in 2004. Since then they have fenced off three miles of the North Platte riverbank, converted flood irrigation to pivots and rotated cattle through 40 paddocks. The judges cited a 30 percent increase in native grass cover.

The McAllisters will compete for the regional award in Denver this summer. "We didn't do anything my grandfather wouldn't have done if he had had a solar pump," Wade McAllister said.""",
gold=[("CHY016", "subject"), ("CHY017", "subject")]),

dict(guid="chy_hpbw_2026-0311", pub="2026-03-24T06:00:00-06:00", title="Ivinson Memorial names new chief medical officer",
body="""LARAMIE - Ivinson Memorial Hospital has named Dr. Miriam Haskins its chief medical officer, effective April 1.

Haskins, an oncologist, came to Laramie in 2009 and built the hospital's cancer center, which now treats about 600 patients a year who once drove to Fort Collins or Denver. She will oversee the medical staff of about 90 physicians and lead the hospital's search for two more primary-care doctors.

She succeeds Dr. Allen Pruitt, who is retiring.""",
gold=[("CHY023", "subject")]),

dict(guid="chy_hpbw_2026-0525", pub="2026-06-02T06:00:00-06:00", title="UW agriculture dean to retire after 32 years",
body="""LARAMIE - The University of Wyoming's longest-serving dean will retire this summer.

Patrick O'Hara, dean of the College of Agriculture, Life Sciences and Natural Resources since 2011 and a faculty member in range science since 1994, announced Friday that he will step down on August 31. Under O'Hara the college doubled its research funding and opened the beef-cattle teaching center at the Laramie Research and Extension Center.

"Pat knows every county extension office in Wyoming by its coffee," said university president Elena Castellanos. A national search for his successor is under way.""",
gold=[("CHY011", "subject")]),

dict(guid="chy_hpbw_2026-0603", pub="2026-06-16T06:00:00-06:00", title="Nebraska Agriculture Hall of Fame inducts Panhandle beet grower",
body="""LINCOLN, Neb. - The late Henry Schaffert, who farmed sugar beets west of Scottsbluff for half a century and helped steer the growers' purchase of the Western Sugar factories, was inducted posthumously into the Nebraska Agriculture Hall of Fame on Thursday.

His widow, Lydia Schaffert, accepted the plaque together with her brother, Alex Dinges of Mitchell. Schaffert, who died in February at 85, was the grandson of Volga German immigrants.

Also inducted were irrigation-equipment pioneer Dwayne Koenig of Columbus and soil scientist Marjorie Falk of Lincoln.""",
gold=[]),
]
