"""Central Arkansas Marshallese Community News (community newsletter, Conway / North Little Rock): teaser
description, HTML in content:encoded, Marshallese phrases. Hand-labelled."""

FEED = "mcn"
ITEMS = [
dict(guid="lit_mcn-2026-019", pub="2026-04-22T12:00:00-05:00", title="Iokwe and farewell to Ato Langidrik",
body="""With heavy hearts our community says farewell to Mr. Ato Langidrik, 67, of Conway, who passed away April 18, 2026, at Conway Regional Medical Center. He was born on Ebeye, Kwajalein Atoll, worked for many years as a machinist at the Kwajalein missile range, and came to Arkansas in 2003 to be near his children.

He is survived by his wife, Neitok; his sons Tonny (Rine) Langidrik of Conway and Jerbal Langidrik of Springdale; his daughter Kiora Langidrik of Majuro; and fourteen grandchildren. Kōmmool tata to everyone who brought food to the family this week.

The kemem and funeral service will be held Saturday at 10 a.m. at the Marshallese Assembly of God church on Hogan Lane, Conway. Burial will follow in Crestlawn Memorial Park.""",
gold=[("LIT011", "survivor")]),

dict(guid="lit_mcn-2026-031", pub="2026-08-19T12:00:00-05:00", title="Community mourns Lijon Jibas, 71",
body="""Our community mourns Mrs. Lijon Jibas, 71, of North Little Rock, who died peacefully August 14, 2026, at home, with hymns sung around her bed in Marshallese. Born on Arno Atoll, she was a weaver of fine jaki-ed mats, and many of our families have one of her mats hanging in the living room.

Mrs. Jibas is survived by her daughter, Mina Jibas of North Little Rock, a nurse at UAMS who cared for her mother through her long illness; her sons, Alik and Clancy Jibas of Rogers; her sister, Tarines Lakabung of Majuro; and twenty grandchildren and great-grandchildren.

The service will be Saturday at 9 a.m. at Iakwe Jesus Church, North Little Rock, with Pastor Tonny Langidrik of Conway leading the service. The family asks that lei and flowers be brought to the church on Friday evening.""",
gold=[("LIT010", "survivor")]),
]
