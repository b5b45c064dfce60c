"""The Big Sioux Community Messenger: community and church paper (German-Russian Mennonite/Lutheran, Dutch Reformed,
Lakota and Dakota, Ethiopian Orthodox notices sent in by families and congregations). Plain text. Hand-labelled."""

FEED = "bsm"
ITEMS = [
dict(guid="fsd_bsm_2026_0122_hieb", pub="2026-01-22T08:00:00-06:00",
title="Ida Hieb, 97, Freeman",
body="""Ida Hieb, nee Kleinsasser, 97, of Freeman fell asleep in Jesus on January 17, 2026, at the Oak Grove Care Center in Freeman.

Ida was born on November 8, 1928, on the Kleinsasser homestead near Freeman, the eleventh of thirteen children of Jacob and Susanna (Waldner) Kleinsasser, and grew up speaking the Low German of her grandparents, who came from the Black Sea colonies in 1874. She married Emanuel Hieb in 1949 at the Salem Mennonite Church, and they farmed northwest of Freeman for 45 years. Her kuchen and her bierocks were the first things to disappear at every Schmeckfest.

Left to cherish her memory are her children, LaVonne (Rube) Kusler of Tea, Dwight (Carol) Hieb of Freeman and Marilyn Wipf of Huron; 14 grandchildren; 27 great-grandchildren; and her sister, Anna Tschetter of Bridgewater. She was preceded in death by her husband Emanuel in 2003, a son in infancy, and eleven brothers and sisters.

Funeral services were held January 21 at Salem Mennonite Church, Freeman, with Pastor Dale Graber officiating. Interment was in the Salem Cemetery.""",
gold=[("FSD007", "survivor"), ("FSD008", "survivor")]),

dict(guid="fsd_bsm_2026_0305_teslaa", pub="2026-03-05T08:00:00-06:00",
title="Henrietta Te Slaa, 91, Sioux Center, Iowa",
body="""Henrietta "Hattie" Te Slaa, 91, of Sioux Center, Iowa, went to be with her Lord and Savior on Saturday, February 28, 2026, at Royal Meadows.

Hattie was born on April 14, 1934, in Hull, Iowa, to Gerrit and Jantje (Vande Brake) Kooiker. She married Bernard Te Slaa in 1955 at First Reformed Church in Hull, and they farmed near Sioux Center until 1996. She taught Sunday school and catechism for forty years, sang in the Christian Reformed choir, and quilted for the Mission Sale every September.

She is survived by her children, Mary Beth and Gerrit Vander Wal of Sioux Falls, Harlan and Lois Te Slaa of Sioux Center, and Wilma and Dennis Mulder of Rock Valley; 16 grandchildren; and 31 great-grandchildren. She was preceded in death by her husband, Bernard, in 2014.

The funeral was held March 4 at First Christian Reformed Church in Sioux Center. Memorials to Dordt University or Bible League International.""",
gold=[("FSD004", "survivor"), ("FSD005", "survivor")]),

dict(guid="fsd_bsm_2026_0416_ironcloud", pub="2026-04-16T08:00:00-05:00",
title="Marvin Iron Cloud \"Wanbli Ohitika\" (Brave Eagle), 66",
body="""Marvin Lee Iron Cloud, whose Lakota name is Wanbli Ohitika (Brave Eagle), 66, of Pine Ridge began his journey to the spirit world on April 9, 2026, at the Pine Ridge IHS Hospital.

Marvin was born on December 2, 1959, in Pine Ridge to Lawrence Iron Cloud and Cecelia Yellow Horse. He served in the U.S. Marine Corps, worked 25 years for the Oglala Sioux Tribe's roads department, and was a respected singer and a Sun Dancer for many years. He loved his grandchildren, the Lakota language and the Pine Ridge Thorpes.

He is survived by his wife, Geraldine; his children, Lawrence "Butch" Iron Cloud, Tanya Iron Cloud and Jolene Brings Plenty, all of Pine Ridge; his brother, Delbert "Del" Iron Cloud and his wife Winona of Sioux Falls; his sisters, Rita Iron Cloud of Rapid City and Bernadine Two Lance of Kyle; and many grandchildren, nieces, nephews, hunkas and relatives. He was preceded in death by his parents and his brother, Lawrence Jr.

A two-night wake was held at the Billy Mills Hall in Pine Ridge, with funeral services April 14 and burial in the Holy Rosary Mission Cemetery. A memorial meal for relatives in eastern South Dakota will be held at the American Indian Services center in Sioux Falls on Saturday, April 25.""",
gold=[("FSD009", "survivor")]),

dict(guid="fsd_bsm_2026_0604_twohearts", pub="2026-06-04T08:00:00-05:00",
title="Evangeline Two Hearts, 74, Sioux Falls",
body="""Evangeline Rose Two Hearts, 74, of Sioux Falls, an enrolled member of the Sisseton-Wahpeton Oyate, passed away on May 29, 2026, at Sanford USD Medical Center.

Evangeline was born on July 7, 1951, at Sisseton to Joseph and Mabel (Renville) Two Hearts. She moved to Sioux Falls in 1978 and worked as a cook at Hawthorne Elementary for 27 years, where she was "Grandma Vangie" to generations of children. She was a beadworker whose star quilts and medallions went to honorings all over the state.

She is survived by her daughter, Shawna Two Hearts of Sioux Falls; her son, Vernon Renville of Sisseton; nine grandchildren; and her sister, Pearl Eastman of Agency Village.

A wake was held June 2 at the American Indian Services center in Sioux Falls, with honor songs by the Iron Cloud Singers, led by Del Iron Cloud. Funeral services were June 3 at Our Lady of Guadalupe Catholic Church, with burial at St. Michael's Cemetery, Sisseton.""",
gold=[]),

dict(guid="fsd_bsm_2026_0730_gebremedhin", pub="2026-07-30T08:00:00-05:00",
title="Memorial: Ato Hailemariam Gebremedhin, 79",
body="""The Ethiopian community of Sioux Falls mourns Ato Hailemariam Gebremedhin, 79, who passed away in Addis Ababa, Ethiopia, on July 21, 2026.

Ato Hailemariam was a mathematics teacher in Bahir Dar for 35 years and came to Sioux Falls for long visits with his family each summer, when he could be found explaining geometry to the grandchildren at the kitchen table. He was a devoted member of the Ethiopian Orthodox Tewahedo Church.

He is survived by his wife, Weizero Almaz Tesfaye, of Addis Ababa; his daughter, Tigist Hailemariam of Sioux Falls; his sons, Dawit Hailemariam of Minneapolis and Yonas Hailemariam of Addis Ababa; and seven grandchildren.

A lekso (mourning gathering) is being held at the family home in Sioux Falls through Sunday, and a memorial prayer (fitat) will be held on the fortieth day at St. Mary Ethiopian Orthodox Tewahedo Church, Sioux Falls.""",
gold=[("FSD015", "survivor")]),
]
