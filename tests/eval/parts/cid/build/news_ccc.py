"""Cedar-Johnson Community Courier (weekly serving Solon, Mount Vernon-Lisbon, Tiffin, Kalona and Marion):
teaser in description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="cid_ccc-2026-0205", pub="2026-02-05T07:00:00-06:00", title="St. Olaf's pastor marks 25 years in the pulpit",
body="""SOLON - St. Olaf Lutheran Church will celebrate the 25th anniversary of the ordination of its pastor, the Rev. Anselm Tjaden, with a potluck after worship on Sunday.

Tjaden, who grew up on a farm near Wellsburg, has served St. Olaf since 2009 and started the Solon food pantry in its basement. "I was told it would be a quiet country parish," he said. "Nobody told the quilters." """,
gold=[("CID014", "subject")]),

dict(guid="cid_ccc-2026-0423", pub="2026-04-23T07:00:00-05:00", title="Mount Vernon names Lou Ann Schwickerath volunteer of the year",
body="""MOUNT VERNON - For 30 years, if something needed doing at the Mount Vernon public library, the answer was Lou Ann.

The Mount Vernon-Lisbon Community Development Group named Lou Ann Schwickerath its volunteer of the year on Monday. She started the library's Saturday story hour in 1996 and still reads at it, and she has chaired the Chalk the Walk festival since its first year.""",
gold=[("CID013", "subject")]),

dict(guid="cid_ccc-2026-0507", pub="2026-05-07T07:00:00-05:00", title="Kalona quilter's Iowa barn quilt takes best of show",
body="""KALONA - A queen-size quilt of 48 hand-pieced Iowa barn blocks won best of show at the Kalona Quilt Show and Sale on Saturday. It was made by Gwen Haack of Kalona, who spent two winters on it.

Haack, 78, learned to quilt from her mother on the Trettin farm near Frytown. "Every block is a barn I've driven past," she said.

"I drove down from Marion just to see this one," said Phyllis Rasmusson, a visitor at the show.""",
gold=[("CID020", "subject")]),

dict(guid="cid_ccc-2026-0618", pub="2026-06-18T07:00:00-05:00", title="Tiffin couple celebrates 50 years",
body="""TIFFIN - Bernie and Francine Klostermann of Tiffin will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday at the Tiffin Fire Station meeting room.

Bernard Klostermann and Francine Yoder were married June 19, 1976, at St. Mary's Church in Iowa City. They have three children and seven grandchildren. The couple asks that guests bring a canned good for the food pantry instead of gifts.""",
gold=[("CID018", "subject")]),

dict(guid="cid_ccc-2026-0806", pub="2026-08-06T07:00:00-05:00", title="Marion library's longest-serving volunteer hangs up her apron",
body="""MARION - After 40 years of shelving, mending and Tuesday book sales, Phyllis Rasmusson is retiring as a volunteer at the Marion Public Library.

Rasmusson, 80, started in 1986, when her youngest started kindergarten. The library will honor her at a reception Thursday, where her husband, Orville, has promised to say a few words. "He'll say more than a few," she said.""",
gold=[("CID021", "subject")]),
]
