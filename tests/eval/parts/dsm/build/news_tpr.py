"""The Tulip & Prairie Record (weekly for Pella, Knoxville and Indianola): local news and "Celebrations",
teaser description + HTML in content:encoded. Hand-labelled (gold=[...])."""

FEED = "tprn"
ITEMS = [
dict(guid="dsm_tpr_news_2026_0506", pub="2026-05-06T08:00:00-05:00", title="De Jong named Tulip Time volunteer of the year",
body="""PELLA - Wilhelmina "Willa" De Jong has scrubbed the streets in wooden shoes at 43 Tulip Times, and at 87 she is not done yet.

The Pella Historical Society on Monday named De Jong its 2026 Tulip Time Volunteer of the Year. She has sewn more than 200 Dutch costumes for the festival's dancers and still leads the volksparade's street scrubbers on Thursday morning.

"My mother scrubbed, I scrub, and my granddaughter will scrub," she said. "It is not a choice. It is Pella.\"""",
gold=[("D004", "subject")]),

dict(guid="dsm_tpr_news_2026_0617", pub="2026-06-17T08:00:00-05:00", title="Lindahls to mark 60 years of marriage",
body="""INDIANOLA - Gunnar and Joyce Lindahl of Indianola will celebrate their 60th wedding anniversary with an open house from 2 to 4 p.m. Sunday, June 21, in the fellowship hall of First Lutheran Church.

Gunnar Lindahl and Joyce Petersen were married June 18, 1966, at Bethany Lutheran Church in Kiron. He retired from the Warren County engineer's office; she taught piano in Indianola for 45 years. They have three children and seven grandchildren. The couple requests no gifts.""",
gold=[("D018", "subject")]),

dict(guid="dsm_tpr_news_2026_0708", pub="2026-07-08T08:00:00-05:00", title="Engagement: Van Gorp - Halvorsen",
body="""Jenna Van Gorp and Erik Halvorsen announce their engagement and upcoming marriage.

The bride-to-be is the daughter of Doug and Sheryl Van Gorp of Pella. She graduated from Central College and is a nurse at Pella Regional Health Center. The prospective groom is the son of Tom and Sue Halvorsen of Ankeny. He graduated from Iowa State University and is an engineer with Vermeer Corporation.

The couple will be married Oct. 10 at Third Reformed Church, Pella.""",
gold=[("D016", "parent_of_subject"), ("D015", "parent_of_subject")]),

dict(guid="dsm_tpr_news_2026_0812", pub="2026-08-12T08:00:00-05:00", title="After 44 years of Dutch letters, Vander Molen hangs up his apron",
body="""PELLA - The ovens at Vander Molen Bakery will keep running, but Marv Vander Molen will not be the one lighting them at 3 a.m.

Vander Molen, 75, retired Friday after 44 years at the Franklin Street bakery his parents opened in 1954. His nephew, Rick Vermeer, and Rick's daughter Anna will run the business.

Customers lined up around the square on his last morning. "I have rolled about four million Dutch letters," Vander Molen said. "I counted the first million. After that I stopped.\"""",
gold=[("D003", "subject")]),

dict(guid="dsm_tpr_news_2026_0909", pub="2026-09-09T08:00:00-05:00", title="Highway 92 bridge over the Des Moines River to close for repairs",
body="""KNOXVILLE - The Iowa Department of Transportation will close the Highway 92 bridge over the Des Moines River east of Indianola for six weeks starting Sept. 21 for deck repairs.

Detours will route traffic through Pleasantville and Knoxville. Marion County Engineer Tyler Roorda said school buses have been rerouted and fall harvest traffic was considered in scheduling the work.""",
gold=[]),
]
