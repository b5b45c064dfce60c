"""The Mountain Echo (Sevier and Blount County community weekly): "Obituaries & Remembrances", plain text,
church-news voice. Hand-labelled."""

ITEMS = [
dict(guid="tys_me_obit_2026_0115_lawson", pub="2026-01-15T07:00:00-05:00", title="Hobert Lawson, 84, Kodak",
body="""Hobert Lawson, 84, of Kodak went to be with his Lord on January 12, 2026. He was a member of Alder Branch Baptist Church for sixty years and led the singing there for most of them.

He is survived by his wife, Juanita; his daughter, Kendra Delozier and her husband, Marcus, of Sevierville; his son, Dale Lawson of Kodak; and four grandchildren.

Pallbearers were Travis Headrick, Dale Lawson Jr., Corey Lawson, Ethan Delozier, Roger Ownby and Bill Whaley. Services were held at Alder Branch Baptist, Rev. Lonnie Fox officiating.""",
gold=[("TYS015", "survivor"), ("TYS014", "survivor")]),

dict(guid="tys_me_obit_2026_0225_rainwater", pub="2026-02-25T07:00:00-05:00", title="Effie Mae Rainwater, 96, Wears Valley",
body="""Effie Mae Rainwater, 96, of Wears Valley, passed from this life on February 22, 2026, at her home, where she had lived since 1951. She quilted for every new baby at Headrick's Chapel and kept a garden until she was ninety-three.

She was preceded in death by her husband, Claude Rainwater, and her sister, Nell Whaley. She is survived by her nieces, Ella Jean Blalock of Seymour and Betty Whaley Ogle of Townsend, and a host of great-nieces and nephews.

Funeral was held at Headrick's Chapel with burial in the church cemetery.""",
gold=[("TYS005", "survivor")]),

dict(guid="tys_me_obit_2026_0326_oxendine", pub="2026-03-26T07:00:00-04:00", title="Homegoing: Mother Gladys Oxendine, 88",
body="""Mother Gladys Oxendine, 88, of Knoxville, transitioned from labor to reward on Sunday, March 22, 2026. A church mother of Mount Olive Missionary Baptist Church for forty years, she was known for her pound cakes and her prayers, both of which she delivered without being asked.

She leaves to cherish her memory her son, the Rev. Desmond Oxendine (Claudette) of Knoxville; her daughter, Sharon Oxendine Bell of Atlanta; eight grandchildren; and a host of church family. She was preceded in death by her husband, Deacon Roosevelt Oxendine.

Homegoing celebration Saturday at noon at Mount Olive, Bishop Calvin Rowe delivering the eulogy.""",
gold=[("TYS021", "survivor")]),

dict(guid="tys_me_obit_2026_0428_proffitt", pub="2026-04-28T07:00:00-04:00", title="Dwight \"Tater\" Proffitt, 70, Maryville",
body="""Dwight "Tater" Proffitt, 70, of Maryville, passed away April 25, 2026. He drove a Blount County school bus for twenty-six years and never missed a morning.

Survivors include his brother, Ignatius "Iggy" Proffitt of Maryville; his sister, Nancy Proffitt Dunn of Walland; and several nieces and nephews.

Pallbearers: Tad Wolfenbarger, Jimmy Dunn, Ronnie Cupp, Luke Dunn. Service at Smoky Foothills Funeral Home, Maryville chapel.""",
gold=[]),

dict(guid="tys_me_obit_2026_0520_yarnell", pub="2026-05-20T07:00:00-04:00", title="Willodean Yarnell, 93, Lenoir City",
body="""Willodean Yarnell, 93, of Lenoir City, went home on May 17, 2026. She worked in the school lunchroom at Lenoir City Elementary for twenty-five years and sang alto in the choir at First Baptist Lenoir City into her nineties.

She is survived by her son, Benedict "Ben" Yarnell of Lenoir City; her daughter, Carolyn Yarnell Hicks of Loudon; and three grandchildren. She was preceded in death by her husband, Hubert Yarnell.

Services were held at First Baptist Lenoir City.""",
gold=[("TYS017", "survivor")]),

dict(guid="tys_me_obit_2026_0603_wolfenbarger", pub="2026-06-03T07:00:00-04:00", title="Thaddeus Wolfenbarger, 44, Morristown",
body="""Thaddeus Wolfenbarger, 44, of Morristown, died unexpectedly on May 30, 2026. He was a welder at a Morristown fabrication shop and coached his daughters' softball teams.

He is survived by his wife, Misty; his daughters, Kaitlyn and Emma; his parents, Roger and Linda Wolfenbarger of Russellville; and his brother, Shane Wolfenbarger of Bean Station.

A service will be held at Allen and Allen Funeral Home, Morristown.""",
gold=[]),
]
