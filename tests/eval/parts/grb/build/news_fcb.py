"""Fox Cities & Bay Business Ledger (weekly business paper), plain text. Hand-labelled."""

FEED = "fcb"
ITEMS = [
dict(guid="grb_fcb-2026-0118", pub="2026-01-27T06:00:00-06:00", title="Lotus Field Asian Market opens on Green Bay's east side",
body="""GREEN BAY - Cheng Thao spent eleven years driving to St. Paul twice a month for lemongrass, fresh rice noodles and the right kind of pickled mustard greens. On Saturday he stopped driving: Thao opened Lotus Field Asian Market in the former hardware store at 1310 Main Street.

The 6,000-square-foot store carries Hmong, Lao, Thai and Vietnamese groceries, a butcher counter and a hot-food bar run by Thao's mother. "Half of Green Bay asked me when it would open," Thao said. "The other half asked me what a bitter melon is."

Tou Vang of Appleton, who drove up for opening day, left with two bags of sticky rice. "Now I don't have to go to Minnesota," he said.

By Patrick O'Keefe, Ledger staff""",
gold=[("GRB009", "subject")]),

dict(guid="grb_fcb-2026-0342", pub="2026-03-31T06:00:00-05:00", title="After 41 years, Bernie Wildenberg hands over the keys at Kimberly hardware store",
body="""KIMBERLY - Bernard "Bernie" Wildenberg is retiring. The owner of Wildenberg Hardware & Rental on Main Street, who started sweeping floors there for his father in 1973 and bought the business in 1985, will hand the store to longtime manager Kayla Driessen on April 30.

Wildenberg said he plans to fish, fix things for his neighbours for free for a change, and drive to every Brewers spring-training game next year. A customer appreciation brat fry is planned for April 25.

By Patrick O'Keefe, Ledger staff""",
gold=[("GRB018", "subject")]),

dict(guid="grb_fcb-2026-0477", pub="2026-05-05T06:00:00-05:00", title="Bayshore Marine Fabrication names Mleziva chief financial officer",
body="""STURGEON BAY - Bayshore Marine Fabrication, the Door County builder of ferries and workboats, has promoted Angela Mleziva to chief financial officer. Mleziva, a Sturgeon Bay native and certified public accountant, joined the company in 2012 as controller.

She succeeds Glenn Ostrowski, who is retiring after 26 years. "Angela knows every rivet on the balance sheet," said company president Ruth Anschutz.""",
gold=[("GRB019", "subject")]),

dict(guid="grb_fcb-2026-0560", pub="2026-06-09T06:00:00-05:00", title="St. Paul entrepreneur Cheng Thao named to Minnesota small-business board",
body="""ST. PAUL, Minn. - Minnesota's governor on Monday appointed Cheng Thao, 44, owner of a St. Paul restaurant group with five Hmong and Thai restaurants, to the state's Small Business Advisory Council. Thao, who lives in Maplewood, came to Minnesota from Thailand as a child in 1987.

The Ledger reports this appointment because two of Thao's restaurants supply a Fox Cities catering company.""",
gold=[]),

dict(guid="grb_fcb-2026-0733", pub="2026-08-04T06:00:00-05:00", title="United Way of Brown County names campaign leadership donors",
body="""GREEN BAY - The United Way of Brown County has recognised its 2026 Leadership Circle donors, households who gave $1,000 or more to the annual campaign. Among them: Len and Joan Vandenhouten, Patrick and Karen O'Keefe, Debbie and Randy Kanasawe, Rosemary Thiry and Mary Ann Wierzbicki.

The campaign raised $9.1 million, the most in its history. Campaign chair Dr. Eric Hoida thanked "the hundreds of families who give quietly every year." """,
gold=[]),
]
