"""The Penobscot Crier (community weekly for Brewer, Hampden, Orrington, Old Town and Orono): milestones, school
news, announcements; teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "crier"
ITEMS = [
dict(guid="bgr_crier_2026_0402_engagement", pub="2026-04-02T08:00:00-04:00", title="D'Entremont - Haskell engagement",
body="""Mr. and Mrs. Philippe D'Entremont of Old Town announce the engagement of their daughter, Anaïs Marie D'Entremont, to Owen Haskell, son of Dana and Lisa Haskell of Brewer.

The bride-to-be is a 2020 graduate of Old Town High School and a 2024 graduate of the University of Maine, and is a nurse at Northern Light Eastern Maine Medical Center. Her fiancé is a 2019 graduate of Brewer High School and a lineman with Versant Power.

A September 2027 wedding is planned at St. Ann Church, Bradley.""",
gold=[("BGR010", "parent_of_subject"), ("BGR009", "parent_of_subject")]),

dict(guid="bgr_crier_2026_0611_nicolar", pub="2026-06-11T08:00:00-04:00", title="Indian Island School says goodbye to 'Miss Retta' after 35 years",
body="""INDIAN ISLAND - When Loretta Nicolar started teaching at Indian Island School in 1991, some of her first-graders' grandparents had been punished for speaking Penobscot in school. On Friday, she retired after 35 years, having taught a generation of island children to count, pray and tell jokes in the language.

Known to everyone as Miss Retta, Nicolar taught first and second grade and later led the school's language program. Students sang her a farewell song they had written themselves, in Penobscot.

"I didn't teach them the language," she said. "I just handed it back." """,
gold=[("BGR011", "subject")]),

dict(guid="bgr_crier_2026_0616_valedictorian", pub="2026-06-16T08:00:00-04:00", title="Brewer High names Stenquist valedictorian",
body="""BREWER - Ingrid Stenquist, daughter of Hal and Corinne Stenquist of Orrington, is the valedictorian of Brewer High School's Class of 2026.

Stenquist, who took calculus at the University of Maine as a sophomore, ran cross-country and played the cello in the Bangor Symphony Youth Orchestra, will study mechanical engineering at Worcester Polytechnic Institute in the fall. The salutatorian is Jaden Pelletier of Brewer.

In her speech, she thanked her late great-grandmother, Edith Stenquist, "who taught me that every answer deserves to be checked twice." """,
gold=[("BGR022", "parent_of_subject")]),

dict(guid="bgr_crier_2026_0623_anniversary", pub="2026-06-23T08:00:00-04:00", title="Boisclairs celebrate 60 years of marriage",
body="""BREWER - Armand and Lucienne Boisclair of Brewer celebrated their 60th wedding anniversary on June 18 with a Mass at St. John Catholic Church and a dinner for 80 at the Brewer Elks.

They were married June 18, 1966, at St. Joseph Church in Old Town. Armand worked 35 years at the Eastern Fine Paper mill in Brewer; Lucie was a nurse at St. Joseph Hospital for 30 years.

They have three children, eight grandchildren and two great-grandchildren, who performed a skit about the time the couple drove to Quebec City with the parking brake on.""",
gold=[("BGR001", "subject"), ("BGR002", "subject")]),

dict(guid="bgr_crier_2026_0825_fair", pub="2026-08-25T08:00:00-04:00", title="Holden woman's wild blueberry pie takes best in show at Bangor State Fair",
body="""BANGOR - Sue Ellen Coffran of Holden won best in show in the baked-goods competition at the Bangor State Fair on Saturday with a wild blueberry pie made from a recipe she says she will take to her grave.

It is the first best-in-show ribbon for Coffran, who has entered the fair for 22 years and has a drawer full of seconds. "The crust is lard and cold hands," she said. "That's all you're getting."

Judge Marjorie Hatheway of Hampden said the vote was unanimous. "We argued about second place for an hour," she said. "Not about first." """,
gold=[("BGR014", "subject")]),

dict(guid="bgr_crier_2026_1027_library", pub="2026-10-27T08:00:00-04:00", title="Library campaign passes $2 million; donors thanked",
body="""BANGOR - The Bangor Public Library's Next Chapter campaign has passed $2 million toward its $2.5 million goal to restore the 1912 building's copper roof and reading room windows.

The library thanked its latest leadership donors at a reception Thursday, among them Armand and Lucienne Boisclair, Sue Ellen Coffran, Dwight Merrithew, Mimi and Saul Tepperman, the Kenduskeag Malt House and the Penjajawock Insurance Agency.

"Every one of these people learned to read somewhere," said library director Anne-Marie Cote. "A lot of them learned here." """,
gold=[]),
]
