"""Snake River Chapel & Crematory (a funeral-home site with chapels in Lewiston and Clarkston): HTML in
content:encoded, a one-sentence description, first-person family voice. Hand-labelled (`gold`)."""

FEED = "src"
ITEMS = [
dict(guid="lws_src_2026_0218_hottinger", pub="2026-02-18T10:15:00-08:00", title="Kenneth Dale Hottinger (1940 - 2026)",
body="""Kenneth Dale Hottinger, age 85, of Clarkston, Washington, passed away on February 13, 2026, at Royal Plaza Health and Rehabilitation in Lewiston.

Ken was born on a homestead above Anatone on the coldest night of December 1940, as he liked to tell it, to Walter and Edna Hottinger. He spent 41 years as a lineman for Washington Water Power, climbing poles in every kind of weather from Pomeroy to the Blues, and he could still name the year each line in Asotin County went in.

Ken is survived by his sister, MaryBeth Skovlund of Clarkston, who checked on him every single morning; his nephews, Gary and Paul Skovlund; his niece, Jan Hottinger Ames of Yakima; and his faithful dog, Sarge. He was preceded in death by his parents, his wife, Colleen, and his brother-in-law, Arvid Skovlund.

A graveside service will be held at 1 p.m. on Saturday, February 21, at Anatone Cemetery. The family thanks the nurses of Royal Plaza for their kindness.""",
gold=[("LWS005", "survivor")]),

dict(guid="lws_src_2026_0310_ostheller", pub="2026-03-10T09:40:00-07:00", title="Lorraine Ostheller (1935 - 2026)",
body="""Lorraine Frances Ostheller, 90, of Lewiston, Idaho, went to be with the Lord on March 6, 2026, at home in the Orchards, in the same house she and her husband bought in 1961.

Lorraine was born in Genesee, Idaho, on August 2, 1935, to Frank and Martha Kambitsch. She married Leo Ostheller in 1955. She kept house, kept the books for Leo's welding shop on Thain Road, and kept a garden that fed half the neighborhood. She was a member of All Saints Catholic Church and its Altar Society for more than sixty years.

Lorraine is survived by her daughter, Connie and her husband, Jerry Vanderwilt, of Lewiston; her son, Michael Ostheller of Post Falls; five grandchildren and eight great-grandchildren. She was preceded in death by Leo in 2004 and by her brother, Francis Kambitsch.

A Mass of Christian Burial will be celebrated at 10 a.m. on Friday, March 13, at All Saints Catholic Church, with Father Emmanuel Okonkwo presiding. Interment at Normal Hill Cemetery.""",
gold=[("LWS008", "survivor"), ("LWS007", "survivor")]),

dict(guid="lws_src_2026_0428_brammer", pub="2026-04-28T11:05:00-07:00", title="Dolores Jean Brammer (1933 - 2026)",
body="""Dolores Jean Brammer, 93, of Pomeroy, Washington, passed away peacefully on April 24, 2026, at the Garfield County Memorial Hospital long-term care unit.

Dolores was born in Pomeroy on January 3, 1933, and lived there all her life except for two years in Seattle during the war, when she riveted airplanes at Boeing. She and her husband, Glen, farmed on the Pataha Flat for fifty years. She made the best huckleberry pie in Garfield County and entered it at the county fair every year from 1950 to 2019.

Her survivors include her son, Roger Brammer of Pomeroy; her granddaughter, Alyssa McGreevy (Terry) of Clarkston; her grandson, Wade Brammer of Dayton; and three great-grandchildren, who called her Grandma Dee. Glen preceded her in death in 2011.

Services will be held at 11 a.m. on Saturday, May 2, at the Pomeroy Methodist Church. Arrangements by Snake River Chapel, Clarkston.""",
gold=[("LWS016", "survivor"), ("LWS015", "survivor")]),

dict(guid="lws_src_2026_0707_ruddell", pub="2026-07-07T09:20:00-07:00", title="Genevieve \"Gen\" Ruddell (1940 - 2026)",
body="""Genevieve Ann "Gen" Ruddell, 86, of Lewiston, Idaho, died July 2, 2026, at Life Care Center of Lewiston.

Gen was born in Clarkston on May 9, 1940, to Otto and Hilda Schrenk. She graduated from Clarkston High School in 1958, married Lyle Ruddell in 1960, and worked as a clerk at the Lewiston post office for 30 years. She bowled, she quilted, and she never once missed a Dogwood Festival.

Gen is survived by her daughters, Pam Hively of Lewiston and Lori Ruddell of Meridian; four grandchildren; and six great-grandchildren. She was preceded in death by her husband, Lyle, in 2016; by her parents; and by her brother, Bradley Schrenk, who was killed in a logging accident in 1994.

A funeral service will be held at 11 a.m. on Friday, July 10, at Snake River Chapel in Lewiston. Pallbearers will be Terry McGreevy, Dean Hively, Nick Hively and Cody Ruddell.""",
gold=[]),

dict(guid="lws_src_2026_0812_tollefsrud", pub="2026-08-12T10:30:00-07:00", title="Orlin Tollefsrud (1936 - 2026)",
body="""Orlin Peder Tollefsrud, 90, of Grangeville, Idaho, passed away on August 8, 2026, at Syringa Hospital in Grangeville.

Orlin was born on the family farm near Fenn on March 21, 1936, and farmed wheat and cattle on the Camas Prairie until he was 84. He served on the Grangeville Highway District board for 24 years and sang bass in the Prairie Lutheran choir until his voice gave out, and then kept singing anyway.

Orlin is survived by his son, Russ (Marlys) Tollefsrud of Grangeville; his daughter, Kristin Lee of Kooskia; nine grandchildren; and 14 great-grandchildren. He was preceded in death by his wife of 64 years, Agnes, and his sister, Solveig.

Funeral services will be held at 10 a.m. on Thursday, August 13, at Prairie Lutheran Church in Grangeville. Burial will be in Prairie View Cemetery.""",
gold=[("LWS020", "survivor")]),

dict(guid="lws_src_2026_0822_arguello", pub="2026-08-22T12:00:00-07:00", title="Ramón Arguello Ortiz (1945 - 2026)",
body="""Ramón Arguello Ortiz, 81, of Lewiston, Idaho, passed away on August 18, 2026, at St. Joseph Regional Medical Center, with his family at his side.

Ramón was born on February 1, 1945, in Jerez, Zacatecas, México. He came to the Lewis-Clark Valley in 1972 to pick apples and cherries in the Clarkston orchards and stayed to work 28 years at the Lewiston lumber mill. He was a founding member of the Guadalupanos at All Saints and the best dancer at every quinceañera in the valley.

Ramón is survived by his wife of 57 years, Socorro Becerra de Arguello; his daughter, Juanita Arguello of Lewiston; his sons, Ramón Jr. of Pasco and Luis of Yakima; and eleven grandchildren. Le sobreviven su esposa Socorro, su hija Juanita y sus hijos Ramón y Luis.

A rosary will be prayed at 7 p.m. on Tuesday, August 25, at Snake River Chapel in Lewiston, and a funeral Mass will be celebrated at 10 a.m. on Wednesday at All Saints Catholic Church. Burial at Normal Hill Cemetery.""",
gold=[("LWS019", "survivor")]),

dict(guid="lws_src_2026_1109_jungert", pub="2026-11-09T10:45:00-08:00", title="Ardith Mae Jungert (1938 - 2026)",
body="""Ardith Mae Jungert, 88, of Orofino, Idaho, passed away on November 5, 2026, at Clearwater Valley Hospital in Orofino.

Ardith was born on October 18, 1938, in Weippe, Idaho, to Elmer and Hazel Ferris. She married Norbert Jungert in 1957 and followed him to logging camps all over the Clearwater country before they settled in Orofino in 1964. She worked 25 years as the bookkeeper at the Orofino Lumber Company and was a lifelong member of the Orofino Rebekah Lodge and the Clearwater County Historical Society.

Ardith is survived by her sons, Dennis (Patty) Jungert of Pierce and Wayne Jungert of Lewiston; five grandchildren; and eight great-grandchildren. She was preceded in death by her husband, Norbert, in 2010, and by her sister, Vivian.

Services will be held at 1 p.m. on Saturday, November 14, at the Orofino Community Church. Burial will follow at Riverside Cemetery.""",
gold=[("LWS012", "deceased_client")]),
]
