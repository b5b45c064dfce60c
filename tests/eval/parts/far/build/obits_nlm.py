"""Nordlys: Lutheran Messenger of the Red River Valley (invented Norwegian-American church and community
paper): "Minneord" memorial notices sent in by congregations, Norwegian phrases, plain text. Hand-labelled."""

FEED = "nlm"
ITEMS = [
dict(guid="far_nlm_minneord_2026_003", pub="2026-01-22T07:00:00-06:00", title="Minneord: Inga Kjelland Rud, Hatton",
body="""Inga Kjelland Rud, 90, of Hatton, N.D., entered the Church Triumphant on January 16, 2026, at the Hatton Prairie Village.

Inga was born at the Kjelland homestead near Northwood, the eldest of seven children of Knut and Sigrid Kjelland, and was baptized and confirmed at Gran Lutheran Church. She married Olaf Rud in 1955. She taught Norwegian hardanger embroidery to half of Traill County, sang in the choir for sixty years and rolled lefse for the church bazaar until she was eighty-eight.

She is survived by her son, Nils (Karen) Rud of Hatton; her daughter, Solveig Hanson of Grand Forks; six grandchildren; and her sisters, Bernice (Harlan) Vigesaa of Casselton and Astrid Moe of Northwood. She was preceded in death by her husband, Olaf, and her brothers, Arne and Torvald Kjelland.

Funeral services were held January 20 at Gran Lutheran Church. Fred være med hennes minne. (Sent in by Gran Lutheran Church, Hatton.)""",
gold=[("FAR010", "survivor"), ("FAR009", "survivor")]),

dict(guid="far_nlm_minneord_2026_011", pub="2026-02-19T07:00:00-06:00", title="Minneord: Clarence Tollefsrud, Kindred",
body="""Clarence Tollefsrud, 80, of Kindred, N.D., fell asleep in Jesus on February 13, 2026, at Sanford Medical Center in Fargo.

Clarence was born on the Tollefsrud farm in Normanna Township to Peder and Clara Tollefsrud and farmed there all his life. He served Norman Lutheran Church as treasurer for thirty-one years, kept bees, and every Christmas Eve read the Christmas Gospel in Norwegian, as his grandfather had done.

He is survived by his wife of 55 years, Joyce; his sons, Paul (Heidi) and Mark Tollefsrud, both of Kindred; and his sister, Lorraine (Arnie) Skjervheim of Fargo. He was preceded in death by a brother, Harold.

The funeral was held February 18 at Norman Lutheran Church, rural Kindred, with Pastor Kristin Aasheim officiating. Han hviler i fred. (Sent in by Norman Lutheran Church.)""",
gold=[("FAR002", "survivor"), ("FAR001", "survivor")]),

dict(guid="far_nlm_minneord_2026_019", pub="2026-03-26T07:00:00-05:00", title="Minneord: Orlin Brekkestad, Barnesville",
body="""Orlin Brekkestad, 62, of Barnesville, Minn., went home to his Lord on March 20, 2026, after a long illness borne with good humor.

Orlin was born in Moorhead to Gilbert and Ruth Brekkestad, grew up on the family farm east of Barnesville, and drove a milk truck and then a school bus for thirty years. He played the Hardanger fiddle at Syttende Mai and at any Sons of Norway gathering that would have him.

He is survived by his mother, Ruth Brekkestad of Barnesville; his sister, Mary Beth (Dennis) Kvalvik of Moorhead; his brother, Stanley Brekkestad of Fergus Falls; and several nieces and nephews. He was preceded in death by his father, Gilbert.

Funeral services were held March 25 at Bethany Lutheran Church, Barnesville. (Sent in by Bethany Lutheran Church.)""",
gold=[("FAR005", "survivor")]),

dict(guid="far_nlm_minneord_2026_024", pub="2026-04-23T07:00:00-05:00", title="Minneord: Evelyn Sorteberg, Horace",
body="""Evelyn Sorteberg, 94, of Horace, N.D., entered the Church Triumphant on April 18, 2026, at Bethany Retirement Living in Fargo.

Evelyn was born Evelyn Lodoen in Barnes County and married Helmer Sorteberg in 1952. The couple farmed west of Horace, where she raised chickens, four children and the best rhubarb in Cass County.

She is survived by her sons, Duane (Carol) Sorteberg of Horace and Roger Sorteberg of Minot; her daughters, Janice Olstad of Kindred and Gail Hoff of Bismarck; eleven grandchildren and eighteen great-grandchildren. She was preceded in death by Helmer in 2004.

Funeral services were held April 22 at Hope Lutheran Church, Horace. (Sent in by Hope Lutheran Church.)""",
gold=[]),  # Duane Sorteberg is do_not_contact

dict(guid="far_nlm_minneord_2026_031", pub="2026-05-21T07:00:00-05:00", title="Minneord: Maxine Boe, Moorhead",
body="""Maxine Boe, 77, of Moorhead, Minn., entered the Church Triumphant on May 15, 2026, at Eventide Lutheran Home in Moorhead.

Maxine Trana was born in Felton, Minn., to Ole and Gladys Trana, graduated from Concordia College in 1970, and taught second grade in Moorhead for thirty-four years. She married Lloyd Boe in 1971. She sang alto in the Trinity Lutheran choir and never once, her family says, let a spelling word go by without using it in a sentence.

She is survived by her husband, Lloyd; her daughters, Kari (Jon) Thorson of West Fargo and Lisa Boe of Minneapolis; three grandchildren; and her sister, Marlys Trana of Moorhead.

Funeral services were held May 20 at Trinity Lutheran Church, Moorhead. (Sent in by Trinity Lutheran Church.)""",
gold=[("FAR021", "survivor")]),  # roster: Marlys Trana of Dilworth (adjacent to Moorhead)

dict(guid="far_nlm_minneord_2026_038", pub="2026-07-02T07:00:00-05:00", title="Minneord: Palmer Grinaker, Glyndon",
body="""Palmer Grinaker, 85, of Glyndon, Minn., fell asleep in Jesus on June 26, 2026, at his home.

Palmer was born in Glyndon to Nels and Thea Grinaker, farmed along the Buffalo River for fifty-five years, and served on the Glyndon Lutheran church council, the township board and the elevator board, often all in the same week.

He is survived by his wife, Beverly; his son, Dean Grinaker of Glyndon; and his niece, Mrs. Dennis Kvalvik of Moorhead. He was preceded in death by a daughter, Joan.

Funeral services were held July 1 at Glyndon Lutheran Church. Pallbearers were Wendell Brakke, Curt Nygard, Dean Grinaker Jr., Arlo Peterson, Gordy Ulven and Jim Sather. (Sent in by Glyndon Lutheran Church.)""",
gold=[("FAR005", "survivor")]),
]
