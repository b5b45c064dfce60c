"""Hand-labelled local news for part twf (all invented). KSRV = KSRV 11 Magic Valley (TV site, HTML descriptions),
LEDGER = Southern Idaho Business Ledger (business paper, plain text), GN = Kimberly-Hansen Good Neighbor
Newsletter and school news (community newsletter, teaser + HTML content:encoded)."""

KSRV = [
dict(guid="twf_ksrv_10231", pub="2026-01-28T18:30:00-07:00", title="Fire destroys Hansen family's farmhouse; no one hurt",
body="""HANSEN - A fire that started in a mudroom woodstove destroyed the farmhouse of Thayne Woolstenhulme and his family east of Hansen early Tuesday.

Woolstenhulme, his wife Kristy and their three children got out safely, along with the family dog. Rock Creek Fire crews were on scene for six hours in single-digit temperatures.

"You could see the glow from my place," said neighbor Rulon Pitcher, who brought the family blankets and coffee. "They lost about everything but the barn." A fund has been set up at Magic Valley Bank.""",
gold=[("TWF009", "subject")]),

dict(guid="twf_ksrv_10288", pub="2026-03-12T18:30:00-07:00", title="Twin Falls doctor named Idaho Family Physician of the Year",
body="""TWIN FALLS - The Idaho Academy of Family Physicians has named Dr. Tobias Rainford of Twin Falls its 2026 Family Physician of the Year.

Rainford has practiced at the Canyon Crest Family Clinic for 19 years and started its free Saturday clinic for farmworkers. "He still makes house calls in Murtaugh," one nominator wrote.""",
gold=[("TWF014", "subject")]),

dict(guid="twf_ksrv_10342", pub="2026-04-02T18:30:00-07:00", title="After 40 years at the raceways, Buhl trout man hangs up his waders",
body="""BUHL - For four decades, Refugio "Cuco" Barrientos has been the first one at the Thousand Springs Trout Co. raceways below Buhl. Friday is his last day.

Barrientos started as a feeder in 1986 and retires as hatchery foreman. "The fish don't know it's Christmas," he told KSRV 11. Co-workers are throwing him a fish fry Saturday at the Buhl City Park.""",
gold=[("TWF021", "subject")]),

dict(guid="twf_ksrv_10377", pub="2026-04-09T21:00:00-07:00", title="Jerome neighbors clean up after overnight wind storm",
body="""JEROME - Volunteers with chainsaws were out across Jerome on Thursday after gusts of up to 70 mph toppled trees and peeled roofs overnight.

"We just started at one end of Fillmore and worked our way down," said Brig Stoddard, who organized a crew from his ward. Idaho Power said about 3,000 customers in Jerome and Gooding counties lost power.""",
gold=[]),

dict(guid="twf_ksrv_10402", pub="2026-08-28T18:30:00-07:00", title="Filer 4-H'er takes grand champion steer at Twin Falls County Fair",
body="""FILER - Amelia Crump, 16, of Filer showed the grand champion market steer at the Twin Falls County Fair on Saturday.

Open-class judges this year included Jo Ann Gisler of Wendell, who judged quilts for the 25th year. Crump's steer sold for $9.50 a pound to Magic Valley Ag Supply.""",
gold=[]),

dict(guid="twf_ksrv_10415", pub="2026-09-03T18:30:00-07:00", title="Idaho Falls linebacker Woolstenhulme named Big Sky defensive player of the week",
body="""POCATELLO - Idaho State linebacker Thayne Woolstenhulme, a junior from Idaho Falls, was named Big Sky Conference defensive player of the week after 14 tackles in the Bengals' opener.""",
gold=[]),
]

LEDGER = [
dict(guid="twf_ledger_2026_014", pub="2026-02-03T06:00:00-07:00", title="Rim Country Dairy Foods names new Twin Falls plant manager",
body="""Rim Country Dairy Foods has promoted Emir Delalic to plant manager of its Twin Falls yogurt plant, the company announced Monday.

Delalic, who came to Twin Falls as a refugee from Bosnia in 1997, started on the plant's sanitation crew in 2013 and most recently led production. He succeeds Gary Nield, who retires.""",
gold=[("TWF007", "subject")]),

dict(guid="twf_ledger_2026_031", pub="2026-03-24T06:00:00-07:00", title="Panadería La Guadalupana marks 20 years on Jerome's Main Street",
body="""JEROME - When Maria Elena Zamudio Rangel opened Panadería La Guadalupana in 2006, she baked conchas at 3 a.m. and ran the register herself. Twenty years later the bakery employs eleven people and ships tamales to three states.

Zamudio, who goes by Malena, will mark the anniversary with free pan dulce on Saturday. "My mother taught me everything," she said.""",
gold=[("TWF005", "subject")]),

dict(guid="twf_ledger_2026_044", pub="2026-05-12T06:00:00-07:00", title="Buhl dairy wins statewide milk-quality award",
body="""BUHL - Vander Stelt Dairy of Buhl has won the Idaho Dairymen's Association's Gold Standard award for milk quality, the association announced.

Owners Henk and Trudy Vander Stelt milk 1,400 cows on Clear Lakes Grade, the dairy Henk's late father started in 1958. "Dad would say it's the cows, not us," Henk Vander Stelt said.""",
gold=[("TWF003", "subject"), ("TWF004", "subject")]),

dict(guid="twf_ledger_2026_052", pub="2026-06-16T06:00:00-07:00", title="CSI Refugee Center gala raises $212,000",
body="""TWIN FALLS - The College of Southern Idaho Refugee Center's spring gala raised $212,000 for English classes and job training, organizers said.

Table sponsors included Magic Valley Bank, Rim Country Dairy Foods, Emir and Amra Delalic, Rulon and Evelyn Pitcher, and Glanbia Foods. Keynote speaker was former center director Zora Kovac.""",
gold=[]),
]

GN = [
dict(guid="twf_gn_2026_03a", pub="2026-03-18T08:00:00-07:00", title="Births at St. Luke's Jerome",
body="""Births at St. Luke's Jerome for the week of March 9:

A son, Hyrum Lorenzo, born March 9 to Brig and Kenzie Stoddard of Jerome.

A daughter, Itzel, born March 11 to Omar and Yesenia Garcia of Eden.""",
gold=[("TWF010", "subject"), ("TWF011", "subject")]),

dict(guid="twf_gn_2026_04b", pub="2026-04-22T08:00:00-07:00", title="Buhl senior wins state FFA public speaking",
body="""Buhl High senior Kaydence Tueller won the Idaho FFA state public speaking contest in Twin Falls last week with a speech on aquifer recharge.

She is the daughter of Ross and Sheralyn Tueller of Buhl and will compete at the national convention in Indianapolis in October.""",
gold=[("TWF015", "parent_of_subject")]),

dict(guid="twf_gn_2026_05c", pub="2026-05-27T08:00:00-07:00", title="Mrs. Tueller's last bell: Buhl teacher retires after 31 years",
body="""When the last bell rang at Buhl High on Friday, English teacher Sheralyn Tueller rang it herself. Tueller retires after 31 years, all of them in Room 12.

Former students packed the gym for a surprise assembly. She plans to spend retirement "reading everything I assigned and never had time to read." """,
gold=[("TWF015", "subject")]),

dict(guid="twf_gn_2026_06d", pub="2026-06-24T08:00:00-07:00", title="Pettingills celebrate 55 years",
body="""LaVar and LaRae Pettingill of Twin Falls will celebrate their 55th wedding anniversary with an open house from 2 to 4 p.m. Saturday at the Twin Falls 9th Ward.

The couple were married July 2, 1971, in the Idaho Falls Temple. LaVar retired from the Twin Falls Highway District; LaRae taught piano to half of Kimberly Road. No gifts, please; the couple asks for your favorite memory written on a card.""",
gold=[("TWF001", "subject"), ("TWF002", "subject")]),

dict(guid="twf_gn_2026_07e", pub="2026-07-08T08:00:00-07:00", title="Good Neighbor Days grand marshal: Verla Kloepfer",
body="""This year's Kimberly Good Neighbor Days parade will be led by grand marshal Verla Kloepfer, 88, who has baked pies for the Kimberly Nazarene booth every summer since 1962.

The parade steps off at 10 a.m. Saturday on Main Street. Rulon Pitcher will again announce the entries from the stand at Kimberly Park.""",
gold=[("TWF006", "subject")]),
]
