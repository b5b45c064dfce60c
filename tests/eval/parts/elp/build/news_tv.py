"""KFRT 7 Franklin Mountains News (local TV station site, El Paso / Las Cruces): HTML descriptions.
Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="elp_tv_2026_0118_socorro_fire", pub="2026-01-18T21:40:00-07:00",
title="Socorro family loses home to fire on Socorro Road; neighbors rally",
body="""SOCORRO, Texas - A Socorro couple and their two teenagers escaped without injury Sunday afternoon when fire swept through their home in the 10800 block of Socorro Road.

Socorro Fire Department crews were called at about 2:15 p.m. and found heavy smoke coming from the garage. Fire officials said the blaze appears to have started in a space heater in a converted workshop. No foul play is suspected.

Francisco "Paco" Chavira and his wife, Yolanda, were at Mass at the Socorro Mission when a neighbor called. "Everything we built is in that house," Yolanda Chavira told KFRT 7. "But the kids are fine and the dog is fine, and that's what matters."

"They are the first ones to help anybody on this street," said neighbor Martha Lerma, who has organized a clothing drive at the Socorro Mission parish hall. The American Red Cross is assisting the family.""",
gold=[("ELP010", "subject"), ("ELP011", "subject")]),

dict(guid="elp_tv_2026_0304_westside_burglary", pub="2026-03-04T18:10:00-07:00",
title="Police: West El Paso burglary suspect arrested after chase on Mesa Street",
body="""EL PASO, Texas - El Paso police arrested a 27-year-old man Tuesday after a foot chase that began at a home on Los Robles Drive, where officers say he had broken in through a back window.

Homeowner Harold Brinegar, 77, told officers he came home from the grocery store to find the man carrying a television out of his back door. "I yelled, and he ran," Brinegar said. "I'm not as quick as I used to be."

Officers caught the suspect near Mesa Street and Sunland Park Drive. He was booked into the El Paso County Jail on a charge of burglary of a habitation; bond was set at $15,000. Police asked anyone with home-security video from the area to call Crime Stoppers of El Paso.""",
gold=[]),  # crime rule: victims in crime stories get nothing

dict(guid="elp_tv_2026_0530_commissioning", pub="2026-05-30T17:25:00-06:00",
title="Horizon City graduate commissioned at West Point, headed back to Fort Bliss",
by="Ana Escontrías Sotelo",
body="""HORIZON CITY, Texas - For Kiana Tubbeville, the road from Horizon High School to the U.S. Military Academy ends where it began: at Fort Bliss.

Tubbeville, 22, graduated from West Point on Saturday and was commissioned a second lieutenant in the Air Defense Artillery. Her first assignment is with a Patriot battalion at Fort Bliss, the post where her father, retired Command Sgt. Maj. Marcus Tubbeville, served his last tour. She is the daughter of Marcus and Angela Tubbeville of Horizon City.

"I grew up hearing the Patriot crews talk at our kitchen table," she said. "Now I get to lead one."

Reporting by Ana Escontrías Sotelo, KFRT 7.""",
gold=[("ELP012", "parent_of_subject")]),

dict(guid="elp_tv_2026_0810_lascruces_flooding", pub="2026-08-10T07:15:00-06:00",
title="Flash flooding swamps west Las Cruces streets; Espina Street homes damaged",
body="""LAS CRUCES, N.M. - Residents along South Espina Street spent Monday morning shoveling mud out of their homes after more than two inches of rain fell on west Las Cruces in under two hours Sunday night.

Water from an overtopped arroyo poured through at least six houses. Ernesto "Neto" Arzabal and his wife, Rosie, said the water reached a foot deep in their living room before it drained. "We've lived here 30 years and never saw the arroyo do that," Neto Arzabal said. The couple are staying with their son while the floors dry out.

City crews were clearing debris from Valley Drive and Amador Avenue on Monday. Walter Pfannenstiel, a retired White Sands hydrologist who volunteers with the Mesilla Valley flood-control watch, said the storm was "a classic monsoon cell that parked right over the city."

The City of Las Cruces is collecting damage reports at its 311 line.""",
gold=[("ELP004", "subject"), ("ELP003", "subject")]),

dict(guid="elp_tv_2026_0925_spouses_job_fair", pub="2026-09-25T18:05:00-06:00",
title="Fort Bliss job fair targets military spouses as new brigade arrives",
body="""FORT BLISS, Texas - More than 60 employers from El Paso and Las Cruces set up tables at the Centennial Banquet and Conference Center on Thursday for a job fair aimed at military spouses, whose unemployment rate runs several times the national average.

The fair comes as a new armored brigade finishes moving to the post this fall, bringing roughly 1,500 families. "Every time you move, you start your career over," said Deb Whitecotton, who has volunteered with the Fort Bliss spouses' employment network for 25 years and helped recruit employers for the fair. "We want them to hit the ground running here."

Employers included the El Paso Independent School District, University Medical Center and several defense contractors. Organizers said 412 spouses registered.""",
gold=[]),  # quoted volunteer/organizer, not the subject of a life event

dict(guid="elp_tv_2026_0222_socorro_wrestling", pub="2026-02-22T22:30:00-07:00",
title="Socorro senior wins state wrestling title in overtime",
body="""SAN ANTONIO - Socorro High School senior Yolanda Chavira won the UIL Class 6A girls' state championship at 138 pounds Saturday night, pinning her opponent from Katy Taylor in overtime.

Chavira, 17, finished the season 46-1 and is the first state champion in the Bulldogs' girls program. "I just kept thinking about all the 5 a.m. runs," she said after the match.

Socorro finished fourth in the team standings.""",
gold=[]),  # same-town namesake of clearly different age (ELP011 Yolanda Chavira is 54); no parent named
]
