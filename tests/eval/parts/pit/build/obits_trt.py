"""Three Rivers Tribune death notices: paid notices, surname-first headings, plain text. Hand-labelled."""

BASE = "pit_trt_"
ITEMS = [
dict(guid=BASE + "2026-0311", pub="2026-02-27T05:30:00-05:00", title="PRYOR, HAROLD L.",
body="""PRYOR, HAROLD L., 84, of Penn Hills, on Tuesday, February 24, 2026. Retired Port Authority bus operator, 33 years; Korean-era veteran, U.S. Air Force. Beloved husband of the late Vernice Pryor; father of Dr. Lamont Pryor (Andrea) of Penn Hills and Denise Pryor-Holt of Columbus, Ohio; grandfather of four. Viewing Monday 10 a.m. until service at 11 a.m., Macedonia Baptist Church, Penn Hills. Interment Allegheny County Memorial Park.""",
gold=[("PIT014", "survivor"), ("PIT015", "survivor")]),

dict(guid=BASE + "2026-0372", pub="2026-03-23T05:30:00-04:00", title="MROZEK, JOSEPH \"JOE\" JR.",
body="""Joseph "Joe" Mrozek Jr., 78, of West Mifflin, passed away peacefully on Tuesday, March 17, 2026, at Jefferson Hospital.

Joe was born November 2, 1947, in McKeesport, the son of the late Joseph and Sophie Mrozek. He served with the U.S. Army in Vietnam and then worked 36 years at U.S. Steel's Irvin Works as a roller, retiring in 2005; he was a proud member of USW Local 2227 and of the Polish Falcons Nest 725. He coached Little League in West Mifflin for twenty years and could fix any lawnmower on Camp Hollow Road.

He is survived by his wife of 54 years, Irene (Wojcik) Mrozek; his sons, Joseph III (Kim) of Baldwin and Mark (Denise) of Jefferson Hills; his sister, Lorraine Szymanski of Monongahela; and six grandchildren. He was preceded in death by his brother, Stanley.

Visitation Friday 2-4 and 6-8 p.m. at the Hrabik-Dunn Funeral Home, West Mifflin. Mass of Christian Burial Saturday at 10 a.m. in Holy Spirit Parish, Rev. Tadeusz Gorski officiating. Pallbearers: Danny McCaffrey, Kevin Mrozek, Nick Mrozek and Ray Staszak. Military honors by the West Mifflin VFW.""",
gold=[]),  # verbatim later copy of pit_hdfh_joseph-mrozek-jr-2026: labelled on the earlier copy only

dict(guid=BASE + "2026-0418", pub="2026-04-11T05:30:00-04:00", title="SIKORA, EDWARD",
body="""SIKORA, EDWARD, of McKeesport, on Thursday, April 9, 2026. Arrangements entrusted to the Kostka Funeral Home, McKeesport. Notice of services to follow.""",
gold=[("PIT011", "possible_deceased_client")]),

dict(guid=BASE + "2026-0433", pub="2026-04-16T05:30:00-04:00", title="YABLONSKY, FRANCIS \"FRANKIE\"",
body="""YABLONSKY, FRANCIS "FRANKIE", 19, of Elizabeth Township, suddenly on Sunday, April 12, 2026. Sophomore at California University of Pennsylvania and goalie for the Elizabeth Forward hockey alumni team. Beloved son of Mark and Denise Yablonsky; brother of Tyler and Ava; grandson of Betty Yablonsky of Boston, Pa., and the late Francis J. Yablonsky. Friends received at the Strelic Funeral Home, Elizabeth. Mass of Christian Burial at St. Michael Church.""",
gold=[]),

dict(guid=BASE + "2026-0470", pub="2026-05-02T05:30:00-04:00", title="O'MALLEY, MARGARET \"PEG\" (REDDING)",
body="""O'MALLEY, MARGARET "PEG" (REDDING), 81, of Scranton, formerly of Dunmore, on April 29, 2026. Retired teacher, Scranton School District. Wife of the late Francis X. O'Malley; mother of Brian (Colleen) O'Malley and Maureen Gallagher; grandmother of seven. Mass of Christian Burial at St. Peter's Cathedral, Scranton. Interment Cathedral Cemetery.""",
gold=[]),
dict(guid=BASE + "2026-0512", pub="2026-05-19T05:30:00-04:00", title="FAHEY, KATHLEEN (REDDINGTON)",
body="""FAHEY, KATHLEEN (REDDINGTON), 79, of Dormont, on Saturday, May 16, 2026. Retired registered nurse, Mercy Hospital, 40 years. Wife of the late Thomas Fahey; mother of Sean (Tricia) Fahey of Mt. Lebanon and Bridget Fahey of Chicago; grandmother of three; sister of Margaret "Peggy" O'Malley of Brookline and the late Rev. James Reddington. Friends received Thursday 3-7 p.m. at the Laughlin-Keane Funeral Home, West Liberty Ave. Mass of Christian Burial Friday at 10 a.m., Resurrection Church, Brookline. Memorials to the Little Sisters of the Poor.""",
gold=[("PIT010", "survivor")]),
]
