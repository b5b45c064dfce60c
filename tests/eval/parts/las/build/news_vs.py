"""The Valley Sun (Las Vegas daily): local news, business and neighborhood stories, plain text. Hand-labelled."""

FEED = "vs"
ITEMS = [
dict(guid="las_vs_news_2026_0212", pub="2026-01-20T06:00:00-08:00", title="Veteran pit boss named casino shift manager at the Silver Mesa",
body="""LAS VEGAS - Terry O'Dell dealt his first hand of blackjack at the old Union Plaza in 1989. On Monday, the Silver Mesa Resort & Casino named him casino shift manager, overseeing 140 dealers and floor supervisors on the graveyard shift.

O'Dell, 57, of southeast Las Vegas, spent 19 years as a pit boss at three Strip properties before joining the Silver Mesa when it opened in 2021. "Terry knows every game and every dealer's kid's name," said general manager Renata Solís. "That is the job."

O'Dell said he plans to keep working graveyard. "The best stories in this town happen at 4 a.m.," he said.""",
gold=[("LAS010", "subject")]),

dict(guid="las_vs_news_2026_0318", pub="2026-02-14T06:00:00-08:00", title="Fifty years, one Valentine's Day: Henderson couple renews vows",
body="""HENDERSON - Rogelio and Corazon Bautista were married on Valentine's Day 1976 at the Basilica of San Sebastian in Manila, in a church built of steel. On Saturday they will renew their vows at St. Francis of Assisi in Henderson, surrounded by four children, nine grandchildren and what their daughter calls "the entire Filipino community of Green Valley."

Roy Bautista spent 30 years as a cook and then executive sous chef at a Strip resort; Cora, a registered nurse, retired from Sunrise Hospital in 2019. Asked the secret of fifty years, Roy pointed at his wife. "She is always right," he said. "It saves time." """,
gold=[("LAS001", "subject"), ("LAS002", "subject")]),

dict(guid="las_vs_news_2026_0407", pub="2026-03-10T06:00:00-07:00", title="Hafen Desert Landscaping opens second yard in Henderson",
body="""HENDERSON - Hafen Desert Landscaping, the xeriscape and irrigation company owned by Brody and Kaylene Hafen, opened a second materials yard on Tuesday on Gibson Road, doubling its stock of river rock, decomposed granite and desert-adapted plants.

The Hafens started the company in 2009 with one pickup truck after Brody Hafen was laid off from a homebuilder. It now employs 34 people and has converted more than 2,000 Henderson lawns under the Southern Nevada Water Authority's turf-replacement rebate program. "Every yard we pull out saves about 55 gallons per square foot per year," Kaylene Hafen said.""",
gold=[("LAS013", "subject"), ("LAS012", "subject")]),

dict(guid="las_vs_news_2026_0455", pub="2026-04-02T06:00:00-07:00", title="Three Rivers Food Pantry thanks spring drive donors",
body="""LAS VEGAS - The Three Rivers Food Pantry collected 48,000 pounds of food in its spring drive, its largest ever, director Monique Farris announced Wednesday.

The pantry thanked its lead donors and volunteers: the Desert Sage Rotary Club, Hafen Family Dental, Marilyn Thygerson and the Relief Society of the Summerlin West Stake, Refugio and Guadalupe Arredondo, the Ilocano Association of Southern Nevada, Sunrise Mountain Church of the Nazarene and the Culinary Local 226 retirees' chapter.

The pantry serves about 900 families a week from its warehouse on East Lake Mead Boulevard.""",
gold=[]),  # donor list: nothing

dict(guid="las_vs_news_2026_0521", pub="2026-05-19T06:00:00-07:00", title="Henderson teen's Eagle project puts shade over desert bus stops",
body="""HENDERSON - Easton Hafen, 16, built and installed shade screens at six bus stops along Sunset Road for his Eagle Scout project, raising $7,800 and recruiting 41 volunteers from his ward and troop.

Easton, a sophomore at Green Valley High School, is the son of Brody and Kaylene Hafen of Henderson. He will receive his Eagle award at a court of honor on June 1.""",
gold=[("LAS013", "parent_of_subject"), ("LAS012", "parent_of_subject")]),

dict(guid="las_vs_news_2026_0608", pub="2026-06-09T06:00:00-07:00", title="Housekeeper retires after 32 years at the Flamingo Palms",
body="""LAS VEGAS - When Lupe Arredondo Salcido started cleaning rooms at the Flamingo Palms in 1994, the resort still had a wedding chapel shaped like a flamingo. On Friday, after 32 years and an estimated 180,000 made beds, she clocked out for the last time, to a line of coworkers clapping her down the service corridor.

Arredondo, 67, a Culinary Local 226 shop steward for two decades, said she plans to spend her retirement in her garden in east Las Vegas and at her grandchildren's soccer games. Her husband, Refugio, retired from the same resort's engineering department in 2020. "Now he has to share the remote," she said.""",
gold=[("LAS006", "subject")]),

dict(guid="las_vs_news_2026_0702", pub="2026-07-07T06:00:00-07:00", title="North Las Vegas nursing graduate tops state licensing cohort",
body="""NORTH LAS VEGAS - Kristine Tolentino, 24, the daughter of Ernesto and Luz Tolentino of North Las Vegas, has been named the outstanding graduate of Nevada State University's accelerated nursing program and will join the neonatal intensive care unit at University Medical Center in August.

Tolentino, a graduate of Legacy High School, is the third nurse in her family. "My lola cleaned hotel rooms so I could do this," she said, referring to her grandmother, the late Perla Tolentino.""",
gold=[("LAS003", "parent_of_subject")]),
]
