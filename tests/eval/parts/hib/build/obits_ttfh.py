"""Taconite Trail Funeral Chapels (invented; Hibbing, Chisholm, Biwabik, Buhl): funeral-home site, HTML content:encoded,
permalink guids. Hand-labelled."""

FEED = "ttfh"
BASE = "https://www.taconitetrailchapels.example/obituaries/"
ITEMS = [
dict(guid="hib_ttfh_eino-koski-1938-2026", pub="2026-03-12T16:40:00-05:00", title="Eino Wilhelm Koski (1938 - 2026)",
body="""Eino Wilhelm Koski, 88, of Biwabik, passed away peacefully Tuesday, March 10, 2026, at Essentia Health-Virginia.

Eino was born Feb. 3, 1938, on the family farm near Embarrass, the youngest of seven children of Matti and Hilja (Lampi) Koski. He spoke only Finnish until he started school. After two years in the Army he went to work at the Erie Mining Co. and later at LTV Steel Mining in Hoyt Lakes, retiring in 1999 as a shift foreman. He served on the Biwabik City Council for 12 years, sang bass in the church choir for more than 50, and built his own sauna, twice.

Eino is survived by his wife of 64 years, Helmi (Salo) Koski; his daughters, Linda (Mark) Johnson of Biwabik and Carla Koski of Minneapolis; his son, Steven (Amy) Koski of Cotton; six grandchildren; and four great-grandchildren. He was preceded in death by his parents and all six of his brothers and sisters.

Funeral service will be 11 a.m. Saturday, March 14, at Immanuel Lutheran Church, Biwabik, with visitation at 10 a.m. Pastor Kari Hedlund will officiate. Pallbearers are Matt Grahek, Jason Johnson, Tyler Koski, Aaron Koski, Ben Salo and Nick Salo. Interment at Biwabik Cemetery in the spring.""",
gold=[("HIB012", "deceased_client"), ("HIB013", "spouse_of_deceased_client")]),

dict(guid="hib_ttfh_anthony-bianchi-1934-2026", pub="2026-05-05T11:15:00-05:00", title="Anthony James \"Tony\" Bianchi (1934 - 2026)",
body="""Anthony James "Tony" Bianchi, 91, of Hibbing, died Saturday, May 2, 2026, at Guardian Angels Health Care Center in Hibbing.

Tony was born Sept. 5, 1934, in the Brooklyn location of Hibbing to Italian immigrants Giuseppe and Rosa (Corradi) Bianchi. He served in the Navy aboard the USS Boxer and then ran Bianchi Grocery on East Howard Street for 40 years, where the porketta came out of the oven every Saturday at 10 and was gone by noon.

He is survived by his son, James (Cheryl) Bianchi of Hibbing; his daughter, Gina Bianchi of Minneapolis; his grandsons, Tony Bianchi of Hibbing, who was named for him and carries on the family's baking at Bianchi's Bakery, and Marco (Ashley) Bianchi of Eagan; and three great-grandchildren. He was preceded in death by his wife of 58 years, Theresa, in 2016, and by his brothers, Louis and Dominic.

Mass of Christian Burial will be 10:30 a.m. Friday at Blessed Sacrament Catholic Church, Hibbing, with the Rev. Joseph Kochevar presiding. Visitation one hour prior. Military honors by the Hibbing American Legion.""",
gold=[("HIB014", "survivor")]),

dict(guid="hib_ttfh_milan-stanich-1939-2026", pub="2026-06-22T09:50:00-05:00", title="Milan \"Mickey\" Stanich (1939 - 2026)",
body="""Milan "Mickey" Stanich, 86, of Buhl, passed away Thursday, June 18, 2026, at Fairview Range in Hibbing.

Mickey was born March 27, 1939, in Buhl to Serbian parents, Milos and Stana Stanich. He worked at the Minntac plant for 37 years, was a lifelong member of St. George Serbian Orthodox Church and never once let a guest leave his house hungry. His sarma was famous from Kinney to Kelly Lake.

He is survived by his son, Mike (Carol Ann) Stanich of Buhl; his daughter, Vesna Stanich of Duluth; four grandchildren; and his sister, Mira Jovanovich of Chicago. He was preceded in death by his wife, Olga, in 2020.

Funeral services will be held at 10 a.m. Tuesday at St. George Serbian Orthodox Church, Chisholm, with burial in Buhl Cemetery. A memorial luncheon will follow at the church hall.""",
gold=[("HIB021", "survivor"), ("HIB020", "survivor")]),

dict(guid="hib_ttfh_jeanette-ostlund-1944-2026", pub="2026-10-15T14:05:00-05:00", title="Jeanette Ruth Ostlund (1944 - 2026)",
body="""Jeanette Ruth Ostlund, 82, of Chisholm, died Monday, Oct. 12, 2026, at Heritage Manor in Chisholm.

Jeanette was born June 11, 1944, in Chisholm to Arne and Lydia (Hill) Perala. She graduated from Chisholm High School in 1962 and married Roy Ostlund in 1964. She taught third grade at Vaughan-Steffensrud Elementary for 31 years, sang alto at Faith Lutheran Church, and walked the Longyear Lake trail every morning until she was 80.

She is survived by her sons, Kevin (Lynn) Ostlund of Chisholm and Brian Ostlund of Rochester; her grandchildren, Ella, Sam and Nora; and her sister-in-law, Joyce Perala of Hibbing. She was preceded in death by her husband, Roy, in 2011; her parents; and her brother, Arnold Perala.

A celebration of her life will be held at 11 a.m. Saturday at Faith Lutheran Church, Chisholm. Memorials preferred to the Chisholm Public Library.""",
gold=[("HIB015", "deceased_client")]),

dict(guid="hib_ttfh_kalervo-maki-1947-2026", pub="2026-08-03T10:20:00-05:00", title="Kalervo \"Kal\" Maki (1947 - 2026)",
body="""Kalervo "Kal" Maki, 79, of Mountain Iron, died peacefully Friday, July 31, 2026, at Essentia Health-Virginia.

Kal was born Jan. 16, 1947, in Virginia to Toivo and Saima Maki. He worked as an electrician at the Minntac plant for 35 years and spent every spare hour at his cabin on Lake Vermilion.

He is survived by his nephew, Jeff (Kris) Maki of Mountain Iron, who cared for him in his last years; his nephew, Dennis Lahti of Fargo, N.D.; and his cousin, Eila Maki of Embarrass. He was preceded in death by his parents and his brother, Arvo.

A graveside service will be held at 2 p.m. Thursday at Mountain Iron Cemetery.""",
gold=[("HIB010", "survivor")]),
]
