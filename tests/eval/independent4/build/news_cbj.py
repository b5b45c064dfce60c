"""Crossroads Business Journal (regional business journal: Capital Region NY, Maine, Northern Colorado, the
Treasure Valley and central Pennsylvania), plain text. Hand-labelled."""

FEED = "cbj"
ITEMS = [
dict(guid="cbj-2026-0112", pub="2026-01-21T06:15:00-05:00", title="Clifton Park structural firm lands $14M Thruway bridge contract",
body="""CLIFTON PARK, N.Y. - Raman Structural Associates, a 38-person engineering firm that started in a spare bedroom in 2009, has won a $14 million contract to inspect and redesign eleven bridges on the New York State Thruway between Albany and Utica, the largest award in the company's history.

Founder and principal Anjali Raman said the firm will hire at least eight engineers this year and is looking for larger office space in Saratoga County. "We were the smallest firm on the short list by a factor of ten," Raman said. "I think that is why we won. Nobody on our team has ever not been on the job site."

The Thruway Authority said the contract was awarded on technical merit after a two-stage review.""",
gold=[("N013", "subject")]),

dict(guid="cbj-2026-0135", pub="2026-02-04T06:15:00-05:00", title="Hudson Mohawk Health names new chief medical officer",
body="""ALBANY, N.Y. - Hudson Mohawk Health, the four-hospital system based in Albany, has named Dr. Kwame Osei its chief medical officer, effective March 1.

Osei, a cardiologist who has led the system's heart and vascular institute since 2017, will oversee clinical quality and physician recruitment for some 1,900 affiliated doctors. He trained at the University of Ghana and completed his fellowship at the Cleveland Clinic.

He succeeds Dr. Ellen Rourke, who is retiring after 30 years with the system. "Kwame has the rare combination of clinical credibility and patience," said chief executive Marian Feeney.""",
gold=[("N014", "subject")]),

dict(guid="cbj-2026-0151", pub="2026-02-18T06:15:00-05:00", title="Lark Street diner closes after 62 years",
body="""ALBANY, N.Y. - The Lark Street Diner served its last plate of eggs Sunday, ending a 62-year run that outlasted three recessions, two fires and the arrival of avocado toast.

Owner Christos Pappas, 71, said rising rent and a shortage of cooks made it impossible to continue. The building has been sold to a developer who plans apartments over ground-floor retail.

On Sunday the line stretched down the block. "I proposed to my wife in booth six," said Greg Pasternak, a regular from Troy who drove down for a final breakfast. "I'm taking the napkin holder. Don't tell Christos." Another longtime customer, Patrick Hanlon of Albany, said he had eaten there "probably two thousand times" since he was a student.""",
gold=[]),

dict(guid="cbj-2026-0177", pub="2026-03-04T06:15:00-05:00", title="Portland banh mi shop adds second location, central kitchen",
body="""PORTLAND, Maine - Saigon Corner, the banh mi counter on Brighton Avenue that built a cult following with its lemongrass pork and pickled daikon, will open a second shop on Commercial Street in May and a 3,000-square-foot commissary kitchen in South Portland.

Owner Thuy Nguyen opened the original shop in 2019 with $40,000 in savings and a loan from her uncle. It now sells about 900 sandwiches a day. "The first year I worked every shift," Nguyen said. "Now I only work most of them."

The expansion, financed with a $650,000 SBA loan through Casco Bay Community Bank, will add 22 jobs.""",
gold=[("N031", "subject")]),

dict(guid="cbj-2026-0198", pub="2026-03-18T06:15:00-04:00", title="Camden sail loft wins Navy contract for training-vessel sails",
body="""CAMDEN, Maine - A six-person sail loft above the Camden harbor has won a $1.2 million contract to build sails for the U.S. Naval Academy's fleet of 44-foot training sloops.

Sprague Sailmakers, founded in 2006 by Heidi Sprague, a former America's Cup sail designer, will triple its workforce and lease a second building on Mechanic Street. Sprague said the contract grew out of a single repair job: "A midshipman blew out a jib off Rockland, and we fixed it overnight. Somebody remembered."

The loft's first Navy sails are due in October.""",
gold=[("N030", "subject")]),

dict(guid="cbj-2026-0214", pub="2026-04-01T06:15:00-06:00", title="Boise startup raises $6.5 million to automate irrigation scheduling",
body="""BOISE, Idaho - Furrowline, a Boise company whose software tells farmers when and how much to irrigate, has raised $6.5 million in seed funding led by a Salt Lake City venture firm.

Chief executive Alexis "Lexi" Thornbury, who grew up on a potato farm near Aberdeen, founded the company in 2022 after working as a data scientist at a Boise semiconductor maker. Furrowline's sensors are now installed on about 400 farms in Idaho, Oregon and Washington. The company plans to double its staff of 17 by next year.

"My dad kept the irrigation schedule on a calendar by the back door," Thornbury said. "We built the calendar he wished he had." """,
gold=[("N109", "subject")]),

dict(guid="cbj-2026-0230", pub="2026-04-15T06:15:00-06:00", title="Nampa orchard couple named Idaho agribusiness of the year",
body="""NAMPA, Idaho - The Idaho Agribusiness Council has named Hollister Family Orchards its 2026 agribusiness of the year, citing the Nampa operation's shift from commodity apples to a direct-to-consumer cider and u-pick business that now draws 60,000 visitors a season.

Wade and Corinne Hollister bought the 120-acre orchard from Wade's parents in 1995, when it was losing money on every bin. Corinne started the cider press in a borrowed barn in 2004; the couple added a bakery, a pumpkin patch and a wedding venue in the years since. They employ 45 people at harvest.

The award will be presented at the council's annual meeting in Sun Valley in June.""",
gold=[("N110", "subject"), ("N111", "subject")]),

dict(guid="cbj-2026-0247", pub="2026-04-29T06:15:00-06:00", title="Honolulu executive Scott Yamamoto to lead Pacific shipping line's finances",
body="""HONOLULU - Matson-Kai Lines has named Scott Yamamoto, a Honolulu native and the company's treasurer since 2019, chief financial officer. Yamamoto, 52, previously worked in corporate finance at Hawaiian Electric and at a Tokyo trading house.

The appointment follows a year of record container volumes between the West Coast and the islands. Yamamoto will be based at the company's Sand Island headquarters.""",
gold=[]),

dict(guid="cbj-2026-0263", pub="2026-05-13T06:15:00-06:00", title="Old Town Fort Collins gets its 30th brewery, in a former bank vault",
body="""FORT COLLINS, Colo. - Vault 220 Brewing opened Friday in the 1905 Poudre Valley National Bank building on Linden Street, with a taproom where the safe-deposit boxes used to be and fermenting tanks in the old vault.

The brewery is the first business for owner Dustin Faulk, a former Colorado State University brewing-science instructor who spent four years and, he said, "every dollar I had and several I didn't" restoring the building. Faulk expects to produce 2,500 barrels in the first year.

The opening makes Vault 220 the 30th brewery within Fort Collins city limits, according to the Fort Collins Brewers Guild.""",
gold=[("N089", "subject")]),

dict(guid="cbj-2026-0280", pub="2026-05-27T06:15:00-04:00", title="Penn State names materials scientist to lead new semiconductor institute",
body="""STATE COLLEGE, Pa. - Penn State has named Dr. Ramesh Iyer founding director of its new Institute for Advanced Semiconductor Manufacturing, a $120 million center funded in part by the federal CHIPS Act.

Iyer, a professor of materials science and engineering who joined the university in 1998, holds 23 patents on thin-film deposition. The institute will occupy a renovated building on the Innovation Park campus and is expected to employ 80 researchers within three years.

"Central Pennsylvania made steel and then it made glass," Iyer said. "There is no reason it can't make chips." """,
gold=[("N143", "subject")]),

dict(guid="cbj-2026-0296", pub="2026-06-10T06:15:00-04:00", title="Centre Foundation reports record giving year",
body="""STATE COLLEGE, Pa. - The Centre Foundation distributed a record $8.4 million to local nonprofits in its last fiscal year, driven by its annual 24-hour online giving day, which raised $3.1 million from 14,000 donors.

The foundation's annual report lists leadership donors including the Mount Nittany Health Foundation, Carol Musser, Keith and Denise Harpster, the Zimmerman Family Fund and Jake Zimmerman, and the State College Rotary Club. Executive director Molly Kunkle said giving was strongest for food security and child care programs.""",
gold=[]),

dict(guid="cbj-2026-0312", pub="2026-06-24T06:15:00-06:00", title="Eagle banker retires after 41 years, 3 mergers and one bank robbery",
body="""EAGLE, Idaho - When Harvey Blanchard started as a teller at the Eagle branch of the First Security Bank in 1985, the town had one stoplight and the bank kept cattle-loan files in a feed-store filing cabinet.

On Friday, Blanchard retired as market president of what is now Intermountain Western Bank's Ada County region, after 41 years, three mergers and one bank robbery, in 1991, during which, he said, he mostly remembers that the robber was polite.

Blanchard, 73, oversaw the branch's growth from four employees to 60 as Eagle grew from a farm town of 3,000 to a city of more than 35,000. He plans to fish, to teach financial literacy at the Eagle library and, he said, to "finally learn what people do on weekdays." """,
gold=[("N116", "subject")]),
]
