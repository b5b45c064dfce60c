"""The Mills-Evansville Courier (invented community weekly, also covering Casper churches and schools): teaser
description, HTML in content:encoded. Hand-labelled."""

FEED = "mec"
ITEMS = [
dict(guid="cpr_mec-2026-02-26-anniv", pub="2026-02-26T08:00:00-07:00", title="Kolodziejs to mark 50 years",
body="""Bernard and Augustina Kolodziej of Evansville will celebrate their 50th wedding anniversary with an open house from 2 to 5 p.m. Saturday, March 7, at the Evansville Community Center.

Bernie and Tina were married March 6, 1976, at St. Anthony's Catholic Church in Casper. He retired from the refinery and she from the Natrona County School District. Their children ask that guests bring a card, not a gift.""",
gold=[("CPR009", "subject"), ("CPR008", "subject")]),

dict(guid="cpr_mec-2026-04-02-eagle", pub="2026-04-02T08:00:00-06:00", title="Casper Scout earns Eagle rank with Platte River bench project",
body="""Anders Brekkenfeld-Ruiz, 17, of Bar Nunn, has earned the rank of Eagle Scout with Troop 115. For his project he built and installed six benches along the Platte River Trail.

He is the son of Erik and Sofia Brekkenfeld-Ruiz of Bar Nunn and the grandson of Tor and Marit Brekkenfeld of Casper, who helped sand every bench.""",
gold=[]),  # grandparents of the subject: no role for them (judgement call, see README)

dict(guid="cpr_mec-2026-05-21-retire", pub="2026-05-21T08:00:00-06:00", title="Pastor Fenstermacher to retire after 30 years at Trinity Prairie",
body="""After three decades in the pulpit, the Rev. Obadiah Fenstermacher will retire from Trinity Prairie Lutheran Church on June 28. A farewell potluck will follow the 10 a.m. service.

Fenstermacher came to Casper from a parish in Kulm, N.D., in 1996. Under his watch the congregation started the east-side food pantry and the Wednesday free clinic. "I've buried a lot of good people this year," he said, "and married their grandchildren. That's the job."

Council president Inga Halvorsrud said the search for a new pastor would begin this fall.""",
gold=[("CPR012", "subject")]),  # Inga quoted as council president: nothing

dict(guid="cpr_mec-2026-06-04-honor", pub="2026-06-04T08:00:00-06:00", title="Ski patrol honors Brekkenfeld for 50 winters on Casper Mountain",
body="""The Hogadon Basin Ski Patrol has given its first Lifetime Service Award to Thorvald "Tor" Brekkenfeld, who joined the volunteer patrol in the winter of 1976 and still works Sunday shifts at 79.

Brekkenfeld, a retired Casper College machinist, estimates he has pulled more than 900 injured skiers off the mountain in a toboggan. His wife, Marit, accepted a plaque for the patrol's auxiliary on the same night.""",
gold=[("CPR001", "subject")]),  # Marit accepts a separate plaque for the auxiliary, not her own honour: nothing

dict(guid="cpr_mec-2026-06-18-gradlist", pub="2026-06-18T08:00:00-06:00", title="Mills seniors collect scholarships at awards night",
body="""Mills-area seniors received $180,000 in local scholarships at Natrona County High School's awards night.

Among them: Colt Ashworth of Mills received the first Hollie Vandermeer Memorial Scholarship, given by Hollis Jr. and Janelle Vandermeer in memory of their son; Jasmine Arreguin, daughter of Gus and Yesenia Arreguin of Evansville, received the Casper College Foundation Presidential Scholarship; and Owen Pruett received the Sinclair Refinery Trades Award.""",
gold=[("CPR020", "parent_of_subject")]),  # the Vandermeers are the donors of a scholarship: nothing for CPR007
]
