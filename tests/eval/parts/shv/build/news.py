"""News stories for the shv part, three sources, each with its hand label (gold=[(client_id, role)])."""

# 1. ArkLaTex Business Weekly: plain text.
BIZ = [
dict(guid="shv_abw_2026_0114_kingsolver-tire", pub="2026-01-14T06:00:00-06:00", title="Kingsolver Tire & Lube opens third shop, this one in Bossier City",
body="""Kingsolver Tire & Lube, the family-owned tire and oil-change chain that started in a two-bay garage on Mansfield Road in 1998, opened its third location Monday on Airline Drive in Bossier City.

Owner Bart Kingsolver said the $1.4 million shop will employ 14 people. "Half our Shreveport customers drive over the river from Bossier every week," Kingsolver said. "We figured we'd save them the trip."

The company expects revenue of about $6 million this year.""",
gold=[("SHV020", "subject")]),

dict(guid="shv_abw_2026_0204_riverfront", pub="2026-02-04T06:00:00-06:00", title="Downtown riverfront plan draws crowd, questions",
body="""More than 200 people packed the Shreveport Convention Center on Tuesday night for the first public look at a $90 million plan to redevelop the Red River riverfront between the Texas Street bridge and the Shreveport Aquarium.

Developers Clearwater Urban Partners of Dallas propose apartments, a hotel and a river walk. Residents of the Highland and South Highlands neighborhoods asked about traffic and parking.

"I have lived near downtown for thirty years and I want to see it come back, but not at the price of every live oak on Clyde Fant," said Gigi D'Artois, a retired librarian. City council is expected to vote in April.""",
gold=[]),

dict(guid="shv_abw_2026_0311_zamudio-construction", pub="2026-03-11T06:00:00-05:00", title="Bossier couple's construction firm lands $22 million Barksdale contract",
body="""Zamudio Quintanilla Construction, a Bossier City general contractor founded in 2009 by Rigoberto Zamudio Quintanilla and his wife, Yesenia Zamudio, has won a $22 million Air Force contract to renovate dormitories at Barksdale Air Force Base.

It is the largest contract in the firm's history. Yesenia Zamudio, the company's chief financial officer, said it would add 40 jobs. "We started with one truck and a cement mixer," she said.""",
gold=[("SHV005", "subject"), ("SHV006", "subject")]),

dict(guid="shv_abw_2026_0408_wk-cmo", pub="2026-04-08T06:00:00-05:00", title="Cardiologist named chief medical officer at Red River Heart Institute",
body="""Red River Heart Institute has named Dr. Prakash Venkataraman its chief medical officer, effective May 1.

Venkataraman, an interventional cardiologist, joined the Shreveport practice in 2006 and has led its structural-heart program since 2015. He succeeds Dr. Alan Berthelot, who is retiring.""",
gold=[("SHV010", "subject")]),

dict(guid="shv_abw_2026_0520_pettaway-lr", pub="2026-05-20T06:00:00-05:00", title="Arkansas logistics firm names new chief executive",
body="""LITTLE ROCK - Delta Freightways has named Lamar Pettaway, 38, its chief executive. Pettaway, a Little Rock native and former Army logistics officer, was previously the company's chief operating officer.

The carrier, which runs 600 trucks out of Little Rock and Texarkana, plans a terminal in north Shreveport next year.""",
gold=[]),
]

# 2. KSLV 6 News (Shreveport TV station): HTML descriptions.
TV = [
dict(guid="shv_kslv6_20260127_minden-fire", pub="2026-01-27T18:20:00-06:00", title="Minden grandfather, grandson escape early-morning house fire",
body="""MINDEN, La. (KSLV) - A Minden man and his 10-year-old grandson escaped without injury early Tuesday when fire broke out in the kitchen of their home on Homer Road.

Lamar Pettaway Sr., 75, said a smoke alarm woke him a little after 4 a.m. "I grabbed that boy and we went out the window," he said. The Minden Fire Department said the home is a total loss.

Members of Greater St. Paul Baptist Church are collecting clothes and household goods for the family.""",
gold=[("SHV013", "subject")]),

dict(guid="shv_kslv6_20260302_tornado-cleanup", pub="2026-03-02T17:45:00-06:00", title="South Bossier neighbors clean up after Sunday night tornado",
body="""BOSSIER CITY, La. (KSLV) - Chain saws were running before sunrise Monday in south Bossier City, where an EF-1 tornado tore roofs off at least a dozen homes Sunday night.

On Wemple Road, Rigoberto and Yesenia Zamudio lost most of their roof and the back porch. The couple and their two children rode out the storm in an interior bathroom. "We heard the train sound and then it was over," Yesenia Zamudio said.

Volunteers from area churches came with tarps. "You just show up," said Cletus Wynnewood Jr., who drove over from north Bossier with a trailer full of plywood. No one was seriously hurt.""",
gold=[("SHV005", "subject"), ("SHV006", "subject")]),

dict(guid="shv_kslv6_20260325_judge", pub="2026-03-25T16:30:00-05:00", title="Governor appoints Bossier judge to Second Circuit Court of Appeal",
body="""BOSSIER CITY, La. (KSLV) - The governor on Wednesday appointed Judge Corinne Delahoussaye of the 26th Judicial District Court to fill a vacancy on the Louisiana Second Circuit Court of Appeal.

Delahoussaye, a former Bossier Parish assistant district attorney, has served on the district bench since 2011. She will be sworn in next month in Shreveport.""",
gold=[("SHV014", "subject")]),

dict(guid="shv_kslv6_20260416_science-fair", pub="2026-04-16T17:00:00-05:00", title="Bossier eighth-grader heads to national science fair",
body="""BOSSIER CITY, La. (KSLV) - An eighth-grader at Elm Grove Middle School is headed to the national science fair in Washington after taking first place in the state.

Adaeze Oyelaran, 14, built a low-cost sensor that measures lead in tap water. She is the daughter of Marcus and Tamika Oyelaran of Bossier City. "She took over the garage for three months," her father said.""",
gold=[("SHV022", "parent_of_subject")]),

dict(guid="shv_kslv6_20260518_foster-parents", pub="2026-05-18T18:10:00-05:00", title="Barksdale retiree and wife named Louisiana foster parents of the year",
body="""BOSSIER CITY, La. (KSLV) - A Bossier City couple who have taken in 31 foster children in twelve years were named Louisiana's Foster Parents of the Year on Monday.

Retired Air Force Master Sgt. Jarvis Embry and his wife, Keisha Embry, a nurse at Willis-Knighton Bossier, received the award at the Capitol in Baton Rouge. "Every one of them is still our child," Keisha Embry said.""",
gold=[("SHV017", "subject"), ("SHV018", "subject")]),
]

# 3. Webster-Bossier Community Signal (community paper): teaser description, HTML in content:encoded.
COMMUNITY = [
dict(guid="shv_signal_20260122_civic-center", pub="2026-01-22T08:00:00-06:00", title="Minden Civic Center roof fund tops $250,000",
body="""The campaign to replace the leaking roof of the Minden Civic Center passed its $250,000 goal this week, organizers said.

Major gifts came from the Webster Parish Police Jury, Minden Bank & Trust and the Minden Rotary Club. Individual donors at the gold level include Hollis Vandiver, Mary Frances Pellerin, Lorena Fontenberry, Roger Cole in memory of his wife, Verna, and Dr. Sam Tran.

Work is to begin in April.""",
gold=[]),

dict(guid="shv_signal_20260219_volunteer", pub="2026-02-19T08:00:00-06:00", title="Benton's Ruby Nell Castleberry named Bossier Parish volunteer of the year",
body="""Ruby Nell Castleberry of Benton, who has driven meals to shut-ins for the Bossier Council on Aging every weekday for nineteen years, was named the parish's Volunteer of the Year at the council's luncheon Tuesday.

Castleberry, 78, has logged more than 160,000 miles. She accepted the award two days after the death of her father, Everett Strother, and said he would have told her to get back on the road.""",
gold=[("SHV016", "subject")]),

dict(guid="shv_signal_20260528_threadgill", pub="2026-05-28T08:00:00-05:00", title="Rev. Threadgill to retire after 40 years at Greater Mount Olive",
body="""The Rev. Alonzo Threadgill will retire as pastor of Greater Mount Olive Baptist Church in Shreveport's Queensborough neighborhood on June 28, after forty years in the pulpit.

Threadgill, 69, came to the church as youth minister in 1986. He and his wife, Bernice, plan to stay in Shreveport. A retirement banquet is set for June 27 at the Shreveport Convention Center.""",
gold=[("SHV011", "subject")]),

dict(guid="shv_signal_20260611_anniversary", pub="2026-06-11T08:00:00-05:00", title="Fontenberrys celebrate 50 years",
body="""Thad and Lorena Fontenberry of Shreveport will celebrate their 50th wedding anniversary on June 19 with a reception at Broadmoor United Methodist Church.

Thaddeus Fontenberry and the former Lorena Guillory were married June 19, 1976, at St. Joseph Catholic Church in Mansura. He retired from AT&T; she taught piano for forty years. They have three children and seven grandchildren.""",
gold=[("SHV001", "subject"), ("SHV002", "subject")]),
]
