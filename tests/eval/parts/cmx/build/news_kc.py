"""The Keweenaw Courier (weekly, with its Copper Country Business page and community notes): plain text.
Hand-labelled."""

ITEMS = [
dict(guid="cmx_kc_20260108_anniv", pub="2026-01-08T08:00:00-05:00", title="Rautakoskis to mark 50 years",
body="""Toivo "Ted" and Aili (Heikkila) Rautakoski of Hancock will celebrate their 50th wedding anniversary with an open house from 2 to 5 p.m. Sunday, Jan. 18, at the Finnish American Heritage Center in Hancock.

The couple were married Jan. 17, 1976, at Bethany Lutheran Church in Tapiola. Ted retired from the Hancock post office and Aili from the Houghton-Portage Township Schools. They have three children and six grandchildren. No gifts, please; kahvi and pulla will be served.""",
gold=[("CMX001", "subject"), ("CMX002", "subject")]),

dict(guid="cmx_kc_20260129_retire", pub="2026-01-29T08:00:00-05:00", title="Hautamaki retires after 38 years with Baraga County roads",
body="""BARAGA - Arvo "Arv" Hautamaki, engineer-manager of the Baraga County Road Commission, will retire Feb. 27 after 38 years with the commission, the last 14 in charge.

Hautamaki started as a summer laborer on a grader crew in 1986. Commissioners credited him with rebuilding the Skanee Road and keeping the county's plow fleet running through the record winter of 2019. He and his wife, Sandy, plan to spend more time at their camp on the Huron River.

A retirement open house will be held at the commission garage on Feb. 26.""",
gold=[("CMX014", "subject")]),

dict(guid="cmx_kc_20260409_physician", pub="2026-04-09T08:00:00-04:00", title="Hancock doctor named state's rural physician of the year",
body="""HANCOCK - Dr. Paavo Lindroos, a family physician at the Portage Health clinic in Hancock for 25 years, has been named Rural Physician of the Year by the Michigan Rural Health Association.

Lindroos, a Hancock native, was cited for keeping a walk-in clinic open two evenings a week and for house calls to homebound patients in Keweenaw County. He will receive the award at the association's meeting in Traverse City in May.""",
gold=[("CMX019", "subject")]),

dict(guid="cmx_kc_20260611_births", pub="2026-06-11T08:00:00-04:00", title="Births at Aspirus Keweenaw",
body="""Born at Aspirus Keweenaw Hospital, Laurium:

A son, Onni James, 8 lbs. 2 oz., June 2, to Nathan and Brianna Tregembo of Houghton.

A daughter, Aurora Rose, 7 lbs. 6 oz., June 4, to Kyle and Ashley Maki of Lake Linden.""",
gold=[("CMX013", "subject")]),

dict(guid="cmx_kc_20260625_theatre", pub="2026-06-25T08:00:00-04:00", title="Calumet Theatre roof campaign reaches goal",
body="""CALUMET - The Calumet Theatre's campaign to replace the 1900 building's roof has reached its $850,000 goal, the theatre board announced this week.

Board president Marilyn Vertin thanked the more than 600 donors, among them the Keweenaw Community Foundation, the Calumet Elks, Mary Jo and Dick Trevarthen, Lorraine Aho, Stanley Gregorich and the Laurium Lions Club. Work will begin in September.""",
gold=[]),

dict(guid="cmx_kc_20260806_chief", pub="2026-08-06T08:00:00-04:00", title="Former Baraga County man named fire chief in the Soo",
body="""SAULT STE. MARIE - Gerald Bressette, 34, a Baraga County native who graduated from L'Anse High School in 2010, has been named fire chief of the Sault Ste. Marie Fire Department.

Bressette has served with the department for eleven years and lives in Sault Ste. Marie with his wife, Kayla, and their two sons.""",
gold=[]),

dict(guid="cmx_kc_20260917_quilt", pub="2026-09-17T08:00:00-04:00", title="L'Anse quilters' show draws record crowd",
body="""L'ANSE - More than 900 visitors came through the L'Anse Township Hall last weekend for the Keweenaw Bay Quilters' fall show.

Best of show went to Donna Shalifoe of Baraga for a star quilt in the colors of Keweenaw Bay. Volunteers Charlene Bressette and Sandy Hautamaki ran the raffle, which raised $3,200 for the Baraga County food pantry.""",
gold=[]),
]
