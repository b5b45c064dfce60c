"""Garden Spot Farm Weekly: farm weekly for Lancaster and neighbouring counties. Plain text. Hand-labelled."""

FILE = "lan_garden_spot_farm_weekly.rss"
TITLE = "Garden Spot Farm Weekly"
LINK = "https://www.gardenspotfarmweekly.example/news/"
DESCRIPTION = "Farm news for Lancaster County and south-central Pennsylvania"
CATEGORY = "Farm News"
STYLE = "plain"

ITEMS = [
dict(guid="lan_gsfw_2026_0311", pub="2026-03-11T05:00:00-05:00", title="Sensenig farm near Ephrata named county Conservation Farm of the Year",
body="""EPHRATA - The Lancaster County Conservation District has named the Hahnstown Road dairy of Elvin and Lorraine Sensenig its 2026 Conservation Farm of the Year.

The Sensenigs milk 60 cows and farm 110 acres along the Cocalico Creek. Over the past decade they have fenced cattle out of the stream, planted a 35-foot forested buffer and built a manure storage that lets them spread only when crops can use it. Water tests downstream show nitrogen levels down by nearly a third.

"We farm the way my father-in-law taught me, only with better fences," Elvin Sensenig said. The award will be presented at the district's annual banquet on April 2 at Yoder's Restaurant in New Holland. Also recognized were the Lancaster Farmland Trust volunteers, including Jonathan Habecker and Ivan Nolt, for their stream-planting days.""",
gold=[("LAN005", "subject"), ("LAN006", "subject")]),

dict(guid="lan_gsfw_2026_0519", pub="2026-05-19T05:00:00-04:00", title="Fire destroys Leola dairy barn; neighbors plan barn raising",
body="""LEOLA - A fire Friday evening destroyed the bank barn of Ben Ebersol on Hillcrest Road, killing 14 heifers and destroying the season's first cutting of hay. Fire companies from Leola, Bareville and Brownstown responded; the house and milking parlor were saved.

Ebersol, who milks 45 cows with his wife, Rachel, and their children, said the milk cows were out on pasture and were not harmed. A spark from a hay conveyor motor is believed to have started the fire.

Neighbors had already cleaned up the site by Monday. A barn raising is planned for June 6; the crew will be led by Amos K. Petersheim of Gordonville and Christian Ebersol Jr. of Kinzers. Donations to replace the herd may be sent to the Leola Fire Company relief fund.""",
gold=[("LAN019", "subject")]),

dict(guid="lan_gsfw_2026_0707", pub="2026-07-07T05:00:00-04:00", title="Big Valley heifer tops Mifflin County sale",
body="""BELLEVILLE - A Holstein heifer consigned by Benuel Ebersol of Belleville topped the Mifflin County Holstein Club's summer sale Saturday at $7,400. The buyer was Hillside Genetics of Centre Hall.

The sale averaged $3,150 on 61 lots. Levi Riehl of Allensville sold the top bred heifer for $5,900.""",
gold=[]),  # namesakes in the Big Valley, Mifflin County (about 130 km away): not LAN019 (Leola) or LAN003

dict(guid="lan_gsfw_2026_0901", pub="2026-09-01T05:00:00-04:00", title="New Holland produce auction names Ivan Nolt manager",
body="""NEW HOLLAND - The board of the Linden Grove Produce Auction has named Ivan Z. Nolt its manager, succeeding Harvey Martin, who retires after 19 years.

Nolt, 74, a grower and a minister in the Weaverland Conference, has served as the auction's head clerk since 2011. The auction, held three days a week from April to October, sold $9.8 million of produce last season, most of it grown by Plain families within ten miles.

"The growers trust the sale because they trust the clerk," board chairman Leroy Zimmerman said.""",
gold=[("LAN020", "subject")]),
]
