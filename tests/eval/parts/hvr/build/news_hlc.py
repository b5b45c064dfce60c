"""Hi-Line Courier (invented community paper for Hill and Blaine Counties: schools, churches, milestones, clubs):
a teaser in `description`, the story as HTML in `content:encoded`. Hand-labelled."""

FEED = "hlc"
ITEMS = [
dict(guid="hvr_hlc_2026_02_0018", pub="2026-02-18T08:00:00-07:00", title="Stone Child College honors Wolfchild on her retirement",
body="""BOX ELDER - After 35 years of teaching Cree language and literacy at Stone Child College, Delphine "Del" Wolfchild is retiring at the end of the spring semester, and the college isn't letting her go quietly.

More than 200 students, elders and former students filled the college gym Friday for an honoring with a drum, a giveaway and a star quilt. Wolfchild helped write the Chippewa Cree language curriculum that is now taught from Head Start through the college.

"Our language was sleeping, and she woke it up one word at a time," college president Dr. Nathan Morsette said.""",
gold=[("HVR003", "subject")]),

dict(guid="hvr_hlc_2026_04_0051", pub="2026-04-29T08:00:00-06:00", title="Our Savior's pastor marks 25 years of ordained ministry",
body="""HAVRE - Our Savior's Lutheran Church will celebrate the 25th anniversary of the ordination of its pastor, the Rev. Thaddeus "Tad" Skogstad, with a special service and a potluck on Sunday, May 3.

Skogstad was ordained in 2001 at Luther Seminary in St. Paul and came to Havre in 2010 after nine years in parishes in North Dakota. He also serves Trinity Lutheran in Hingham and Bethany Lutheran in Rudyard.

"Pastor Tad has buried our parents and baptized our grandchildren," said church council president Tory Brekkestad. "He's one of us now, even if he still says 'pop.'" The public is invited.""",
gold=[("HVR018", "subject")]),

dict(guid="hvr_hlc_2026_06_0077", pub="2026-06-03T08:00:00-06:00", title="Blaine County 4-H thanks its 2026 livestock sale buyers",
body="""CHINOOK - The Blaine County 4-H Council thanks the buyers and add-on donors who made this year's market livestock sale at the Blaine County Fairgrounds a record, at $186,400.

Buyers and donors included Bear Paw Chapel; Chinook Farm Supply; Curt and Mary Jo Pfenninger; Cash and Joleen Wojtaszek; Harlem Equity Co-op; Milk River Vet Clinic; Bob and Carol Steinmetz; Zurich Grain; and the Hi-Line Stockgrowers.

Grand champion steer honors went to Tessa Ruhkamp of Harlem; reserve champion to Jace Fredericks of Chinook.""",
gold=[]),

dict(guid="hvr_hlc_2026_07_0094", pub="2026-07-15T08:00:00-06:00", title="Brekkestads to celebrate 55 years",
body="""HAVRE - Tory and Inga Brekkestad of Havre will celebrate their 55th wedding anniversary with an open house from 2 to 4 p.m. Sunday, July 19, in the fellowship hall of Our Savior's Lutheran Church.

Torvald Brekkestad and Ingeborg Solvang were married July 17, 1971, at Trinity Lutheran Church in Hingham. Tory taught vocational agriculture at Havre High School for 33 years; Inga was a legal secretary in Havre.

The open house is hosted by their children, Kari (Mark) Tangen of Havre and Nils Brekkestad of Missoula. The couple requests no gifts.""",
gold=[("HVR001", "subject"), ("HVR002", "subject")]),

dict(guid="hvr_hlc_2026_09_0121", pub="2026-09-23T08:00:00-06:00", title="Harlem scholarship named for Lavonne Thundershield",
body="""HARLEM - The Fort Belknap Indian Community Council has established a $2,000 scholarship in memory of Lavonne Thundershield, the longtime enrollment clerk and language-program aide who died in March.

The first recipient is Jaylen Bigby Jr. of Hays, a Harlem High School graduate studying Aaniiih language education at Aaniiih Nakoda College. Thundershield's son, Merle Thundershield, presented the award at the council chambers on Friday.""",
gold=[]),

dict(guid="hvr_hlc_2026_10_0134", pub="2026-10-07T08:00:00-06:00", title="Gildford's Hilda Enger turns 100",
body="""GILDFORD - Hilda Enger, who moved to a homestead shack north of Gildford as a bride in 1946, turned 100 on Sunday with a party at the Gildford community hall.

About 120 people came, including four generations of her family and her longtime friend from Havre, Vangie Haugestuen, 84, who has sat next to her at Lutheran women's conventions since 1968.

Asked her secret, Enger said: "Rhubarb, and not arguing with the wind." """,
gold=[]),
]
