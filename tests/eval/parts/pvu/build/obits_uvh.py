"""The Utah Valley Herald (Provo): newspaper obituaries and paid death notices, legacy-style titles, plain text.
Hand-labelled (gold=[(client_id, role)])."""

ITEMS = [
dict(guid="pvu_uvh-obit-2026-20114", pub="2026-02-03T05:00:00-07:00",
title="Orrin Dastrup Obituary (1938 - 2026) - St. George, UT - Utah Valley Herald",
body="""ST. GEORGE - Orrin Lavar Dastrup, 87, died January 30, 2026, at his home in St. George, where he and his wife had wintered for 25 years and finally stayed.

Orrin was born June 2, 1938, in Fillmore, Millard County, to Lavar and Effie (Ashman) Dastrup. He was a brand inspector for the Utah Department of Agriculture for 34 years and a horseman all his life; he judged the Millard County Fair's draft horse show for three decades.

He married Ila Rae Turner in the Manti Temple on April 10, 1959. He is survived by his wife Ila; sons Kelly (Diane) Dastrup of Delta and Kirk (Jolene) Dastrup of Cedar City; 11 grandchildren and 18 great-grandchildren.

Funeral services will be held Saturday at 11 a.m. at the Fillmore 2nd Ward chapel. Interment, Fillmore City Cemetery. Arrangements by Nelson Family Mortuary, Fillmore.""",
gold=[]),  # namesake of PVU021 Orrin Dastrup (Springville, b. Nov 19 1938, wife Marjorie): other town, other wife

dict(guid="pvu_uvh-dn-2026-20457", pub="2026-04-04T05:00:00-06:00",
title="TWITCHELL, Jo Ann - American Fork",
body="""TWITCHELL, Jo Ann, American Fork. Died April 2, 2026. Services are pending with Anderson & Sons Mortuary, American Fork.""",
gold=[("PVU012", "possible_deceased_client")]),  # same name and town, no age, no spouse, no maiden name

dict(guid="pvu_uvh-obit-2026-20190", pub="2026-02-24T05:00:00-07:00",
title="Gordon Wintch Obituary (1941 - 2026) - Idaho Falls, ID - Utah Valley Herald",
body="""IDAHO FALLS, Idaho - Gordon Fay Wintch, 84, a Provo native and a 1959 graduate of Provo High School, passed away February 20, 2026, in Idaho Falls.

Gordon was born in Provo on July 7, 1941, to Fay and Irene Wintch. He worked 37 years as a nuclear operator at the Idaho National Laboratory. He loved the Teton Valley, fly fishing and BYU football, in roughly that order.

He is survived by his wife, Marlene; his children, Todd (Kari) Wintch of Idaho Falls and Anneliese Wintch of Salem, Oregon; five grandchildren; and his brother, Duane Wintch of Mesa, Ariz.

Services will be held Monday in Idaho Falls; burial will follow in the Provo City Cemetery on Tuesday at 2 p.m.""",
gold=[]),  # namesake daughter "Anneliese Wintch of Salem, Oregon": not PVU016 of Provo

dict(guid="pvu_uvh-obit-2026-20233", pub="2026-03-12T05:00:00-06:00",
title="Edith Bascom Lunt Obituary (1936 - 2026) - Cedar City, UT - Utah Valley Herald",
body="""CEDAR CITY - Edith Bascom Lunt, 89, went home on March 9, 2026, in Cedar City, the town she loved and served as a schoolteacher for 35 years.

Edith was born in Provo on November 2, 1936, to Arthur and Ione (Cluff) Bascom, the oldest of four girls. She graduated from Provo High School and the College of Southern Utah, married Rulon Lunt in 1958 and taught second grade at North Elementary until 1993.

She is survived by her children, David (Susan) Lunt of Cedar City, Ellen Lunt Jones of Enoch and Paul Lunt of Las Vegas; 12 grandchildren; and her sisters, Mary Lou Huntsaker of Orem and Bonnie Bascom Peck of Spanish Fork. She was preceded in death by her husband Rulon and her sister, Arlene.

Services will be held Saturday, March 14, at 11 a.m. in the Cedar City 6th Ward. Interment, Cedar City Cemetery.""",
gold=[("PVU006", "survivor")]),

dict(guid="pvu_uvh-obit-2026-20301", pub="2026-03-27T05:00:00-06:00",
title="Giuseppe D'Arcangelo Obituary (1944 - 2026) - Salt Lake City, UT - Utah Valley Herald",
body="""SALT LAKE CITY - Giuseppe "Joe" D'Arcangelo, 82, who sold Salt Lake its first real espresso from a cart on Main Street in 1978, died March 23, 2026, at St. Mark's Hospital.

Joe was born in Sulmona, Abruzzo, Italy, on February 15, 1944, and came to Utah in 1969 to work in the Kennecott smelter. He opened Caffe Sulmona on Broadway in 1982 and ran it until he was 75. He was a faithful parishioner of St. Ann Catholic Church and an awful bocce loser.

He is survived by his wife of 54 years, Lucia; his daughter, Renata D'Arcangelo of Orem, a professor of Italian at Utah Valley University; his son, Marco (Jenny) D'Arcangelo of Sandy; and four grandchildren.

A funeral Mass will be celebrated Friday, April 3, at 10 a.m. at St. Ann Catholic Church, 430 E. 2100 S., Salt Lake City. Interment, Mount Calvary Cemetery.""",
gold=[("PVU020", "survivor")]),

dict(guid="pvu_uvh-obit-2026-20388", pub="2026-04-22T05:00:00-06:00",
title="Lynn Van Wagenen Obituary (1931 - 2026) - Midway, UT - Utah Valley Herald",
body="""MIDWAY - Lynn Heber Van Wagenen, 94, rancher, saddle maker and the last man in Wasatch County who could shoe a horse without swearing, died April 19, 2026, at his home in Midway.

Lynn was born in Midway on August 1, 1931, to Heber and Zina (Coleman) Van Wagenen. He married Beulah Kohler in the Salt Lake Temple in 1953. He ran cattle on the Provo River bottoms for 60 years and made saddles in his shop behind the house for ranchers from Vernal to Elko.

He is survived by his children, Kent (Janet) Van Wagenen of Heber City and Carolyn Van Wagenen Probst of Midway; 14 grandchildren, including Garrett (Brielle) Van Wagenen of Orem, who learned the saddle trade at his elbow; and 29 great-grandchildren. He was preceded in death by his wife Beulah and a son, Dale.

Funeral services will be held Saturday, April 25, at 11 a.m. in the Midway 4th Ward chapel. Interment, Midway City Cemetery.""",
gold=[("PVU011", "survivor")]),
]
