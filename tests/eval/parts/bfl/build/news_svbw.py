"""Southern Valley Business Weekly (Bakersfield and Kern County business news), plain text. Hand-labelled."""

FEED = "svbw"
ITEMS = [
dict(guid="bfl_svbw_2026_0112", pub="2026-01-12T06:00:00-08:00",
title="Farm Bureau names Rosedale pistachio grower its 2026 Farmer of the Year",
body="""The Kern County Farm Bureau has named Tad Brinkerhoff of Brinkerhoff Ranches its 2026 Farmer of the Year, citing his work converting 1,100 acres of Rosedale-area pistachios and almonds to micro-drip irrigation and his years of service on the Kern Groundwater Authority.

Brinkerhoff, 62, took over the operation from his father in 1991. He will be honored at the Farm Bureau's annual dinner on February 6. "Every gallon we don't pump is a gallon my grandkids can," he said.""",
gold=[("BFL023", "subject")]),

dict(guid="bfl_svbw_2026_0216", pub="2026-02-16T06:00:00-08:00",
title="Community clinic network names family physician chief medical officer",
body="""Kern Valley Community Health Centers, which runs fourteen clinics from Delano to Lamont, has promoted Dr. Obiageli Nwankwere to chief medical officer, effective March 1.

Nwankwere, a family physician who trained at the University of Nigeria and completed her residency at Kern Medical, has practiced at the network's southwest Bakersfield clinic since 2009 and led its hospice partnership. She succeeds Dr. Alan Cheung, who is retiring.""",
gold=[("BFL013", "subject")]),

dict(guid="bfl_svbw_2026_0525", pub="2026-05-25T06:00:00-07:00",
title="Shafter dairy family sells herd after three generations",
body="""Vandersloot Dairy, which has milked cows on Lerdo Highway west of Shafter since 1966, has sold its 1,400-cow herd to a Tulare County operator and will lease its ground to a pistachio grower.

Ted and Annelies Vandersloot, who have run the dairy since 1994, said they are retiring. The decision came a few months after the death of Ted's father, the dairy's founder. "Dad milked until he was eighty. I'd like to see my grandkids before I'm eighty," Ted Vandersloot said.

The Vandersloots will keep their home on the property.""",
gold=[("BFL009", "subject"), ("BFL010", "subject")]),

dict(guid="bfl_svbw_2026_0803", pub="2026-08-03T06:00:00-07:00",
title="Panadería La Espiga opens second location in southwest Bakersfield",
body="""Panadería La Espiga, the East Bakersfield bakery known for its conchas and its Día de los Muertos pan de muerto, opened a second location on Ming Avenue on Saturday.

Owner Marisol Landeros, 46, took over the bakery from her father, Evaristo Landeros, who died in February. The new shop has a café counter and will employ 11 people. "My father baked in the middle of the night for forty years so I could do this in the daylight," Landeros said.

Customers lined up before the 6 a.m. opening. "I've been buying her father's bolillos since 1975, and hers are just as good," said Fela Rubalcava, 88, who was first in line.""",
gold=[("BFL017", "subject")]),

dict(guid="bfl_svbw_2026_0914", pub="2026-09-14T06:00:00-07:00",
title="Mangat Freightlines adds Shafter cold-storage hub, 60 jobs",
body="""Bakersfield-based Mangat Freightlines will open a 120,000-square-foot refrigerated cross-dock near the Shafter inland port next spring, adding about 60 jobs.

The company was founded in 1998 by Harjinder Singh Mangat, who started with one used Peterbilt hauling table grapes to Los Angeles, and his wife, Balwinder Kaur Mangat, who still runs its finances. It now runs 240 trucks. "We moved grapes for other people for twenty-five years. Now we can hold them too," Harjinder "Harry" Mangat said.""",
gold=[("BFL003", "subject"), ("BFL004", "subject")]),

dict(guid="bfl_svbw_2026_1109", pub="2026-11-09T06:00:00-08:00",
title="Westside producer cuts 140 jobs as Midway-Sunset output slides",
body="""Sunset Basin Energy said Friday it will lay off about 140 field and office workers in Taft and McKittrick by January, citing falling output from the Midway-Sunset field and the state's permitting slowdown.

The cuts land hard in Taft, where the oil industry still employs roughly one in three workers. "Every family on my street has somebody in the field," said Royce Pettijohn, who retired from the company as a production foreman in 2019 and now runs a welding-supply shop on Center Street. "This town has been through busts before. We'll get through this one."

The company said affected workers would get severance and job-placement help.""",
gold=[]),
]
