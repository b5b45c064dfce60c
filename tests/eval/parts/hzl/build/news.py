"""Local news for the hzl part: a TV station site and a community weekly. Hand-labelled. All people invented."""

# --- Eyewitness 22 (WCRN, Wilkes-Barre/Hazleton bureau): HTML descriptions ---
TV = [
dict(guid="hzl_wcrn_20260209_01", pub="2026-02-09T18:10:00-05:00",
title="Fiorella's Pizza marks 50 years on Broad Street",
body="""HAZLETON (WCRN) - The ovens at Fiorella's Pizza on East Broad Street have been lit six days a week since 1976, and on Monday the shop celebrated its 50th anniversary with 50-cent slices.

Owner Dominic Fiorella, who took over from his father in 1994, said the recipe for the square tray pizza has not changed. "Same sauce, same cheese, same pans my father bought used from a place in Old Forge," Fiorella said.

Mayor Jeff Cusat presented a proclamation, and the line stretched past the Broad Street bank by lunchtime.""",
gold=[("HZL016", "subject")]),

dict(guid="hzl_wcrn_20260223_02", pub="2026-02-23T06:45:00-05:00",
title="West Hazleton couple escapes overnight house fire",
body="""WEST HAZLETON (WCRN) - A West Hazleton couple escaped without injury early Monday when fire broke out in the kitchen of their home on West Green Street.

Gerald and Marianne Yanoshik were awakened by smoke detectors shortly after 2 a.m. and got out with their two cats, fire officials said. The Valley Regional and Hazle Township companies had the fire under control in about 20 minutes, but the house is not livable.

"You hear about it on the news, you never think it's your turn," Gerry Yanoshik said from a neighbor's porch. The Red Cross is helping the couple.""",
gold=[("HZL010", "subject"), ("HZL011", "subject")]),

dict(guid="hzl_wcrn_20260317_03", pub="2026-03-17T17:30:00-04:00",
title="Hazleton nurse named director of emergency nursing",
body="""HAZLETON (WCRN) - Lehigh Valley Hospital-Hazleton has promoted Yesenia Paulino Reyes, RN, to director of emergency nursing.

Paulino Reyes started at the hospital as a unit clerk in 2005, months after moving from Santiago, and earned her nursing degree at Penn State Hazleton while working nights. She led the emergency department's bilingual triage program. "Half of our patients are more comfortable in Spanish. We built the department around that," she said.""",
gold=[("HZL017", "subject")]),

dict(guid="hzl_wcrn_20260415_04", pub="2026-04-15T18:00:00-04:00",
title="Hazleton Area senior wins national Hispanic scholar award",
body="""HAZLETON (WCRN) - Hazleton Area High School senior Daniela Reyes has been named a National Hispanic Scholar and awarded a full scholarship to Lehigh University, where she plans to study chemical engineering.

Daniela, the daughter of Ramón and Yesenia Reyes of Hazleton, is first in her class of 812 and captain of the robotics team. "My parents worked double shifts so I could sit in a lab after school," she said. "This is theirs too." """,
gold=[("HZL018", "parent_of_subject"), ("HZL017", "parent_of_subject")]),

dict(guid="hzl_wcrn_20260519_05", pub="2026-05-19T12:20:00-04:00",
title="Storms bring down trees, knock out power in Freeland",
body="""FREELAND (WCRN) - Crews from PPL worked through the night after thunderstorms toppled trees along Front Street and Centre Street in Freeland, cutting power to about 1,800 customers.

"I watched a maple come down right across the road, right on the wires," said Bernard McGeehan, who has lived on Front Street for forty years. "It sounded like a shot." No injuries were reported. Power was expected to be fully restored by Tuesday evening.""",
gold=[]),

dict(guid="hzl_wcrn_20260610_06", pub="2026-06-10T16:40:00-04:00",
title="Reading attorney sworn in as Berks County judge",
body="""READING (WCRN) - Ronald Schaeffer, a longtime Reading defense attorney, was sworn in Wednesday as a judge of the Berks County Court of Common Pleas.

Schaeffer, 51, of Wyomissing, fills the seat left by the retirement of Judge Carol Dettra. He was joined at the ceremony by his wife, Anne, and their three sons.""",
gold=[]),

dict(guid="hzl_wcrn_20260708_07", pub="2026-07-08T07:15:00-04:00",
title="Hazleton Area names new principal at Heights-Terrace",
body="""HAZLETON (WCRN) - The Hazleton Area School Board on Tuesday named Rita Petrosky principal of Heights-Terrace Elementary/Middle School.

Petrosky, a Hazleton native who has taught fifth grade at Heights-Terrace for 27 years and served as its assistant principal since 2019, succeeds Dr. Paul Kostelnick, who is retiring. Board member Dominic Fiorella, a Heights-Terrace alumnus, made the motion.""",
gold=[("HZL004", "subject")]),
]

# --- The Mahanoy Valley Sentinel (weekly, Shenandoah): teaser description + HTML content:encoded ---
WEEKLY = [
dict(guid="hzl_mvs_2026_03_04_01", pub="2026-03-04T07:00:00-05:00",
title="Deacon Kulpinski receives diocesan Good Shepherd award",
body="""Deacon Vincent Kulpinski of Pottsville received the Diocese of Allentown's Good Shepherd Award Sunday for his 22 years of prison ministry at the Schuylkill County Prison and his work founding the St. Vincent de Paul food cupboard in Shenandoah.

Kulpinski, a retired anthracite mine inspector, was ordained a permanent deacon in 2004. "Every week somebody inside asks me to pray for their mother," he said. "So I do." """,
gold=[("HZL014", "subject")]),

dict(guid="hzl_mvs_2026_04_15_02", pub="2026-04-15T07:00:00-04:00",
title="Bubnis retires after 38 years at Freeland's borough garage",
body="""Len Bubnis has plowed his last Freeland street. The borough's public works foreman retired April 10 after 38 years, and council honored him with a resolution and a plaque shaped like a snowplow blade.

Leonard Bubnis started with the borough in 1988 as a laborer. "My father told me you never leave a town job," he said, "so I didn't." He plans to spend retirement fishing at Francis Walter Dam and visiting his new grandson in Frackville.""",
gold=[("HZL015", "subject")]),

dict(guid="hzl_mvs_2026_05_06_03", pub="2026-05-06T07:00:00-04:00",
title="Births: A son for the Szczepanskis of Frackville",
body="""Justin and Kaitlyn Szczepanski of Frackville announce the birth of a son, Casimir Leonard, on April 2 at Geisinger St. Luke's, Orwigsburg. He weighed 8 pounds, 3 ounces. Maternal grandfather is Len Bubnis of Freeland; paternal grandparents are Thomas and Jean Szczepanski of Frackville. Great-grandfather, the late Casimir Bubnis.""",
gold=[("HZL023", "subject")]),

dict(guid="hzl_mvs_2026_06_10_04", pub="2026-06-10T07:00:00-04:00",
title="Wasilewskis mark 55 years of marriage",
body="""Stanley "Stush" and Dolores "Dolly" Wasilewski of Shenandoah celebrated their 55th wedding anniversary June 12 with a dinner for family at the Lithuanian Music Hall in Lakewood.

The former Dolores Yurkonis and Stanley Wasilewski were married June 12, 1971, at St. Casimir's Church, Shenandoah. He retired from Ametek in Tamaqua; she was a secretary at Shenandoah Valley schools for 30 years. They have two children and four grandchildren.""",
gold=[("HZL001", "subject"), ("HZL002", "subject")]),

dict(guid="hzl_mvs_2026_08_05_05", pub="2026-08-05T07:00:00-04:00",
title="Matukaitis, 91, takes top halupki honors at Heritage Day",
body="""Tillie Matukaitis of Shenandoah, 91, won the halupki competition at Shenandoah Heritage Day on Saturday for the fourth time, with a recipe she says came over from Lithuania in her mother's head, not on paper.

Judges were Bernard McGeehan of Freeland, Chef Nicole Brophy of Pottsville and Deacon Vincent Kulpinski. Second place went to the Divine Mercy Rosary Society. Carol Ann Hoppes of Tamaqua took first in the pierogi division.""",
gold=[("HZL009", "subject"), ("HZL012", "subject")]),

dict(guid="hzl_mvs_2026_08_19_06", pub="2026-08-19T07:00:00-04:00",
title="Heritage museum roof fund reaches its goal",
body="""The Shenandoah Heritage Museum's roof campaign has reached its $85,000 goal, the board announced. Donors at the Anthracite level ($1,000 and up) included Stanley and Dolores Wasilewski, Dominic Fiorella, the Kerestes family, and the Frackville Fire Company. The new slate roof will be installed in September.""",
gold=[]),
]
