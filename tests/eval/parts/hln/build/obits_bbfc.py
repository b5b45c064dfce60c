"""Big Belt Funeral Chapels (Helena, Townsend, White Sulphur Springs, Boulder): funeral-home site, HTML in
content:encoded, one-sentence plain description. Hand-labelled."""

FEED = "bbfc"
ITEMS = [
dict(guid="hln_bbfc_orin-bakke", pub="2026-01-09T11:15:00-07:00", title="Orin Leif Bakke (1927 - 2026)",
body="""Orin Leif Bakke, 98, of Deer Lodge, went to be with his Lord on January 6, 2026, at the Powell County Memorial Hospital long-term care unit.

Orin was born in 1927 on a dryland wheat farm near Conrad and came to the Deer Lodge Valley in 1952 to work at Grant-Kohrs Ranch, back when it was still a working cattle outfit. He later ran the Conoco station on Main Street for twenty-six years and kept a jar of peppermints on the counter for every kid in town.

Orin is survived by his daughters, Mrs. Gerald Fenske of Deer Lodge and Mrs. Dale Hruby of Butte; seven grandchildren; and twelve great-grandchildren. He was preceded in death by his wife, Margit, in 2011.

Services will be held at 2 p.m. Tuesday at the Deer Lodge chapel, with burial in Hillcrest Cemetery when weather permits.""",
gold=[("HLN015", "survivor")]),

dict(guid="hln_bbfc_rudolph-koenig-sr", pub="2026-02-03T09:40:00-07:00", title="Rudolph Johann Koenig Sr. (1937 - 2026)",
body="""Rudolph Johann Koenig Sr., 88, of Boulder, passed away on January 30, 2026, at his home on the High Ore Road, where he had lived since 1962.

Rudy Sr. was born in Butte to German immigrants and spent thirty years as a hard-rock miner in Butte and Basin, then another twenty as the Jefferson County road foreman. He was a charter member of the Boulder Volunteer Fire Department, an elk hunter of legendary patience, and a man who fixed his neighbors' fences before they knew they were down.

He is survived by his son, Rudy Koenig Jr. and his wife Trish of Boulder; his daughter, Gretchen Olsen of Whitehall; five grandchildren; and two great-grandchildren. He was preceded in death by his wife of 51 years, Hilde, and by his brother, Walter.

A funeral service will be held at 11 a.m. Saturday at First Lutheran Church in Boulder, with the Rev. Ingrid Bjornstad officiating. Burial will follow at Boulder Cemetery, with a lunch afterward at the Boulder Community Center.""",
gold=[("HLN008", "survivor"), ("HLN009", "survivor")]),

dict(guid="hln_bbfc_gladys-pelletier", pub="2026-02-21T14:05:00-07:00", title="Gladys Rasmussen Pelletier (1939 - 2026)",
body="""Gladys Ruth (Rasmussen) Pelletier, 86, of Anaconda, died February 17, 2026, at Community Hospital of Anaconda.

Gladys was born in Deer Lodge and graduated from Powell County High School in 1957. She married Lucien Pelletier in 1959 and worked as a clerk at the Anaconda Company offices until the smelter closed in 1980. She bowled on Tuesday nights for forty years and made the best huckleberry pie on the west side.

Gladys is survived by her sons, Marc Pelletier of Anaconda and Rene Pelletier of Boise; her sister, Ione Ostrander and husband Bud of Deer Lodge; and six grandchildren. She was preceded in death by her husband Lucien and her brother, Harvey Rasmussen.

A vigil service will be held Thursday at 7 p.m. with the funeral Mass Friday at 10 a.m. at St. Peter's Catholic Church, Anaconda.""",
gold=[("HLN007", "survivor"), ("HLN006", "survivor")]),

dict(guid="hln_bbfc_walter-doney", pub="2026-03-10T10:30:00-06:00", title="Walter Francis Doney (1951 - 2026)",
body="""Walter Francis "Walt" Doney, 74, of East Helena, passed away on March 6, 2026, at Fort Harrison VA Medical Center, with his family singing the old songs at his bedside.

Walt was born in Havre and was a proud member of the Little Shell Tribe of Chippewa Indians. He served with the Marines in Vietnam, then worked 33 years at the ASARCO smelter in East Helena until it closed. He played fiddle for Métis jigs across the state and never met a pot of bullets soup he didn't like.

He is survived by his wife, Eileen; his son, Travis (Shawna) Doney of East Helena; his daughter, Roxanne Doney of Great Falls; and four grandchildren, including Kaylee, whose wrestling matches he never missed. He was preceded in death by his parents and his brother, Joe.

A wake will be held Wednesday evening at the chapel. Funeral Mass will be Thursday at 10 a.m. at St. Cecilia Catholic Church, East Helena, with military honors at Resurrection Cemetery.""",
gold=[("HLN022", "survivor"), ("HLN021", "survivor")]),

dict(guid="hln_bbfc_evelyn-mraz", pub="2026-05-19T12:20:00-06:00", title="Evelyn Rose Mraz (1935 - 2026)",
body="""Evelyn Rose Mraz, 90, of Townsend, passed away May 15, 2026, at Broadwater Health Center.

Evelyn was born in Radersburg, the daughter of Czech ranchers, and married Joseph Mraz in 1955. She cooked for branding crews up and down the valley, taught catechism at Holy Cross Catholic Church, and won the Broadwater County Fair kolache division so many times they finally asked her to judge it.

She is survived by her daughter, Bonnie and her husband, LeRoy "Roy" Schaeffer of Winston; her son, Frank Mraz of Townsend; eight grandchildren; and fifteen great-grandchildren. She was preceded in death by her husband Joseph and her son, Tom.

Mass of Christian Burial will be celebrated at 10 a.m. Friday at Holy Cross Catholic Church, Townsend. Pallbearers are Jens Amundgaard, Duane Stoltenberg, Cody Mraz, Luke Schaeffer, Ty Mraz and Sam Mraz.""",
gold=[("HLN024", "survivor"), ("HLN023", "survivor")]),

dict(guid="hln_bbfc_clarence-lindahl", pub="2026-06-08T09:10:00-06:00", title="Clarence \"Swede\" Lindahl (1936 - 2026)",
body="""Clarence Oscar "Swede" Lindahl, 89, of White Sulphur Springs, died June 4, 2026, at Mountainview Medical Center.

Swede was born on the family ranch on the Smith River and ran cattle there until he was eighty. He rode saddle broncs at the Meagher County rodeo in the 1950s, served as county sheriff for three terms, and could be found most mornings at the Branding Iron cafe, holding forth on the price of calves.

He is survived by his nephews, Dennis Lindahl of Great Falls and Craig Lindahl of Lewistown; and his special friend and dancing partner of the last twelve years, Ellie Saukko of White Sulphur Springs. He was preceded in death by his wife, Frances, and his brothers Arvid and Nels.

A graveside service will be held at 10 a.m. Saturday at Mayn Cemetery in White Sulphur Springs, followed by a potluck at the Senior Center.""",
gold=[("HLN013", "survivor")]),
]
