"""Local news feeds of part jhw, hand-written and hand-labelled.

Three sources: a TV station site (HTML descriptions), a business paper (plain text) and a community newsletter
(teaser description + HTML in content:encoded). `gold` beside each story.
"""

TV = [  # WLKE Lakeshore 7 (Jamestown-Erie) local news site: HTML in description
dict(guid="jhw_tv_260212_falconer_fire", pub="2026-02-12T18:40:00-05:00",
title="Falconer couple escapes overnight house fire on West Everett Street",
body="""FALCONER - A Falconer couple made it out safely early Thursday morning after fire tore through the back of their West Everett Street home.

Doug and Karen Nordstrom were woken shortly after 2 a.m. by a smoke detector and got out with their two dogs, Falconer Fire Chief Mark Trusso said. Crews from Falconer, Kennedy and Levant fought the fire in single-digit cold for nearly three hours.

The house is a total loss. The Red Cross is helping the Nordstroms, and a benefit spaghetti dinner is planned at the Falconer fire hall on Feb. 28. The cause, believed to be an electrical fault in the attached garage, remains under investigation.""",
gold=[("JHW011", "subject"), ("JHW012", "subject")]),

dict(guid="jhw_tv_260303_quattrone_wrestling", pub="2026-03-03T22:10:00-05:00",
title="Fredonia's Teddy Quattrone wins state wrestling title",
body="""ALBANY - Fredonia junior Teddy Quattrone is a state champion.

Quattrone pinned his opponent from Section III in the third period of the 138-pound Division II final Sunday at MVP Arena, becoming the first Hillbilly wrestler to win a state title since 1994.

"I told him to wrestle like it was practice," said his father, Ted Quattrone, who wrestled at Fredonia himself. "He didn't listen. He wrestled better." Teddy Quattrone is the son of Ted and Lisa Quattrone of Fredonia.""",
gold=[("JHW016", "parent_of_subject")]),

dict(guid="jhw_tv_260619_storm_cleanup", pub="2026-06-19T12:05:00-04:00",
title="Clean-up under way after Thursday's storms topple trees across Jamestown",
body="""JAMESTOWN - Crews from National Grid and the Jamestown Board of Public Utilities worked through the night after Thursday evening's severe thunderstorms brought down dozens of trees and left about 9,000 customers without power in Jamestown, Celoron, Falconer and Frewsburg.

Winds gusted to 65 mph at Chautauqua County-Jamestown Airport. A large maple fell across Foote Avenue near Buffalo Street, and part of the roof of a storage building on Allen Street was peeled back.

"It came through like a freight train, and then it was over in five minutes," said Jerry Fancher of Frewsburg, who was clearing branches from his driveway on Main Street on Friday morning. "We've been lucky. Nobody on our street got hurt."

BPU officials expect most power to be restored by Saturday night.""",
gold=[]),

dict(guid="jhw_tv_260421_falcons_honor", pub="2026-04-21T18:15:00-04:00",
title="Dunkirk's Stan Wojcik, 86, honored for 70 years with the Polish Falcons",
body="""DUNKIRK - When Stan Wojcik joined the Polish Falcons of America Nest 160 in 1956, Eisenhower was president and the Dunkirk nest had a basketball team.

On Saturday the nest honored Wojcik, 86, as its longest-serving member with the national organization's Gold Falcon award, the first ever presented in Dunkirk. Wojcik, a retired machinist, has served as the nest's treasurer, bingo caller and, for 40 years, its unofficial historian.

"I just kept showing up," Wojcik said. "That's the whole secret."

Nest president Carol Zielinski presented the award at the nest's annual dinner.""",
gold=[("JHW010", "subject")]),

dict(guid="jhw_tv_260505_erie_nursing", pub="2026-05-05T17:30:00-04:00",
title="Erie nursing student wins national scholarship",
body="""ERIE, Pa. - Karen Nordstrom, 22, a senior nursing student at Gannon University, has been awarded a $20,000 national scholarship from the Foundation of the National Student Nurses' Association.

Nordstrom, who grew up in Millcreek Township, plans to work in pediatric intensive care. She is the daughter of Brian and Tammy Nordstrom of Millcreek.""",
gold=[]),
]

STBR = [  # Southern Tier Business Review: business paper, plain text
dict(guid="jhw_stbr_260115_cmo", pub="2026-01-15T06:00:00-05:00",
title="Chautauqua Lakes Regional Medical Center names Carlson-Pike chief medical officer",
body="""JAMESTOWN - Chautauqua Lakes Regional Medical Center has named Dr. Susan Carlson-Pike its chief medical officer, effective Feb. 1.

Carlson-Pike, a Jamestown native and a graduate of the Jacobs School of Medicine at the University at Buffalo, has practiced internal medicine and palliative care at the hospital since 2006 and has led its hospice partnership since 2018. She succeeds Dr. Alan Wozniak, who is retiring.

"Sue knows this community and this hospital from the inside," said hospital president Mark Fiorella.""",
gold=[("JHW017", "subject")]),

dict(guid="jhw_stbr_260209_lobianco", pub="2026-02-09T06:00:00-05:00",
title="Lo Bianco's Bakery marks 50 years on Foote Avenue",
body="""JAMESTOWN - Lo Bianco's Bakery opened on Foote Avenue in February 1976 with one oven, one truck and a recipe for sfingi that owner Vincenzo "Vinnie" Lo Bianco brought from his mother's kitchen in Sicily.

Fifty years later the bakery supplies bread to 40 restaurants across Chautauqua and Warren counties, and the line for St. Joseph's Day pastries still runs out the door. Lo Bianco, who still arrives at 3 a.m., said he has no plans to retire. His nephew, Marco Lo Bianco, manages the wholesale side of the business.

"I've been buying bread here since I was in short pants," said longtime customer Tony Palmisano of Jamestown. "My father did before me."

The bakery will celebrate with an open house on Feb. 21.""",
gold=[("JHW018", "subject")]),

dict(guid="jhw_stbr_260406_hovland", pub="2026-04-06T06:00:00-04:00",
title="Allegheny Valve's Hovland retires after 40 years",
body="""WARREN, Pa. - Leland "Lee" Hovland, vice president of manufacturing at Allegheny Valve Co., retired March 31 after 40 years with the Warren valve maker.

Hovland joined the company in 1986 as a machinist and oversaw the expansion of its Pennsylvania Avenue plant in 2012. He plans to spend more time fishing the Allegheny River and traveling with his wife, Janice.

He is succeeded by Rebecca Tuttle, formerly the plant's quality director.""",
gold=[("JHW020", "subject")]),

dict(guid="jhw_stbr_260512_canadaway", pub="2026-05-12T06:00:00-04:00",
title="Canadaway Creek Brewing opens second taproom in Jamestown",
body="""JAMESTOWN - Canadaway Creek Brewing, the Fredonia brewery founded in 2019, will open its second taproom on West Third Street in Jamestown on May 29.

Owner and head brewer Jared Ostrowski said the 3,200-square-foot space will seat 120 and add 15 jobs. The brewery's Fredonia location produced 2,400 barrels last year, up from 600 in its first full year.

"Jamestown has been asking us to come for years," Ostrowski said.""",
gold=[("JHW015", "subject")]),

dict(guid="jhw_stbr_260601_foundation", pub="2026-06-01T06:00:00-04:00",
title="Hospital foundation campaign tops $4 million for cancer center",
body="""JAMESTOWN - The Chautauqua Lakes Regional Medical Center Foundation said Friday that its campaign for a new outpatient cancer center has raised $4.2 million, passing its goal four months early.

Leadership donors include the Lenna Family Trust, Bush Industries, the Jamestown Rotary Club, Gus and Ingrid Wahlgren, the Sjoberg family and Dr. Susan Carlson-Pike, who chairs the medical staff committee for the project. Construction is expected to begin in September.""",
gold=[]),

dict(guid="jhw_stbr_260616_whitcomb", pub="2026-06-16T06:00:00-04:00",
title="Westfield's Whitcomb named Grape Grower of the Year",
body="""WESTFIELD - Harold "Hal" Whitcomb of Whitcomb Family Vineyards has been named Grape Grower of the Year by the Lake Erie Regional Grape Program.

Whitcomb farms 180 acres of Concord and Niagara grapes on land his family has worked since 1898 and was recognized for his trials of mechanical pruning and cover crops.""",
gold=[]),  # JHW013 is do_not_contact
]

CLN = [  # Chautauqua Lake Neighbors: community newsletter (Bemus Bay to Dunkirk), teaser + content:encoded
dict(guid="jhw_cln_260130_palmisano_40", pub="2026-01-30T08:00:00-05:00",
title="Anniversary: Tony and Rosemary Palmisano, 40 years",
body="""Anthony and Rosemary Palmisano of Jamestown will celebrate their 40th wedding anniversary on Feb. 1.

The former Rosemary Scarpino and Anthony Palmisano Jr. were married Feb. 1, 1986, at St. James Church. They have three children and five grandchildren. The family will mark the day quietly this year, in memory of Tony's father, who died last week.""",
gold=[("JHW003", "subject"), ("JHW004", "subject")]),

dict(guid="jhw_cln_260311_lundgren_birth", pub="2026-03-11T08:00:00-04:00",
title="Births: a daughter for the Lundgrens of Celoron",
body="""Dylan and Mackenzie Lundgren of Celoron announce the birth of a daughter, Linnea Grace, on March 2, 2026, at UPMC Chautauqua. She weighed 7 pounds, 9 ounces.

Grandparents are Roger and Pam Lundgren of Lakewood and Scott and Dana Miller of Ashville. Great-grandfather is Arvid Lundgren of Lakewood.""",
gold=[("JHW022", "subject")]),

dict(guid="jhw_cln_260415_haglund_25", pub="2026-04-15T08:00:00-04:00",
title="Zion Augustana celebrates Pastor Haglund's 25 years",
body="""The congregation of Zion Augustana Lutheran Church will celebrate the 25th anniversary of the Rev. Kristofer Haglund's ordination and call to Jamestown with a festival service and smorgasbord on Sunday, April 26.

Pastor Haglund came to Jamestown from Minnesota in 2001 as associate pastor and has been senior pastor since 2009. Under his leadership the church restored its 1920s pipe organ and opened a community meal that now serves 300 people a week. Bishop Lisa Anderson of the Upstate New York Synod will preach.""",
gold=[("JHW008", "subject")]),

dict(guid="jhw_cln_260520_vega_scholarship", pub="2026-05-20T08:00:00-04:00",
title="Dunkirk senior wins full scholarship to Cornell",
body="""DUNKIRK - Javier Vega, a senior at Dunkirk High School, has been named a Cornell Tradition Fellow and will attend Cornell University this fall on a full scholarship to study civil engineering.

Vega is the valedictorian of his class, captain of the soccer team and a volunteer tutor at the Dunkirk Free Library. He is the son of Ramon and Maria Luisa Vega of Dunkirk.""",
gold=[("JHW009", "parent_of_subject")]),

dict(guid="jhw_cln_260812_fair_pies", pub="2026-08-12T08:00:00-04:00",
title="Chautauqua County Fair pie winners announced",
body="""DUNKIRK - Bonnie Pierce of Sherman took the blue ribbon in the fruit-pie division at the Chautauqua County Fair on Tuesday with a sour-cherry lattice pie, her fourth win in six years.

Judges were Mary Jo Ecklund of Mayville, a retired home-economics teacher; chef Ana Ruiz of the Chautauqua Institution; and Fredonia baker Phil Gullo. Junior division honors went to Ella Marsh, 11, of Ripley.""",
gold=[]),
]
