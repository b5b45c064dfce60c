"""Valley Death Notices: brief paid notices placed through the paper's classifieds (surname-first headings,
30-80 words, plain text). One is a later, second copy of the Herald's Brusven obituary. Hand-labelled (`gold`)."""

FEED = "vdn"
ITEMS = [
dict(guid="lws_vdn_20260224_01", pub="2026-02-24T03:00:00-08:00", title="PFEFFERKORN, Arlene M.",
body="""PFEFFERKORN, Arlene M., 85, Genesee, died Feb. 20, 2026, at Gritman Medical Center in Moscow. Survived by her sons, Duane (Jolene) Pfefferkorn of Genesee and Gary Pfefferkorn of Boise; six grandchildren. Preceded in death by her husband, Wilfred. Mass of Christian Burial 10 a.m. Saturday, St. Mary's Catholic Church, Genesee. Palouse Memorial Chapel, Moscow.""",
gold=[("LWS017", "survivor")]),

dict(guid="lws_vdn_20260513_02", pub="2026-05-13T03:00:00-07:00", title="SKOVLUND, Mary Beth",
body="""SKOVLUND, Mary Beth (Larsen), 58, Stanwood, Wash., died May 8, 2026, at Providence Regional Medical Center in Everett. Survived by her husband, Erik; daughters Hanna and Sigrid; her mother, Inga Larsen of Mount Vernon. Service 2 p.m. May 16, Utsalady Lutheran Church, Camano Island. Published at the request of her cousin in Clarkston.""",
gold=[]),

dict(guid="lws_vdn_20260805_03", pub="2026-08-05T03:00:00-07:00", title="RAUENHORST, Clifford \"Cliff\"",
body="""RAUENHORST, Clifford "Cliff", 82, Kendrick, died Aug. 2, 2026, at his home. Arrangements are pending with Palouse Memorial Chapel, Moscow. A complete obituary will follow.""",
gold=[("LWS013", "possible_deceased_client")]),

dict(guid="lws_vdn_20260925_04", pub="2026-09-25T03:00:00-07:00", title="BRUSVEN, Everett L. \"Ev\"",
body="""Everett Lamont "Ev" Brusven, 82, of Lewiston, died Friday, Sept. 18, 2026, at St. Joseph Regional Medical Center after a short battle with pancreatic cancer.

Ev was born Aug. 14, 1943, in Nezperce, Idaho, to Lamont and Gudrun Brusven, and grew up on a farm near Mohler. He graduated from Nezperce High School in 1961 and from Lewis-Clark Normal School in 1965. He taught industrial arts at Jenifer Junior High for 34 years, where he was famous for letting no student leave his shop class without ten fingers and a birdhouse.

He married Darlene Ruckdashel on June 12, 1966, at Bethany Lutheran Church in Lewiston. They built their house in the Orchards with their own hands and lived in it for 55 years. Ev bowled in the Tuesday night league at Orchards Lanes, fished the Snake with anyone who would go, and never met a garage sale he could drive past.

He is survived by his wife of 60 years, Darlene, at the home; his sons, Kurt (Marcy) Brusven of Meridian and Todd Brusven of Lewiston; his daughter, Kari (Dean) Lindquist of Spokane; seven grandchildren; and his sister, Ingrid Moe of Grangeville. He was preceded in death by his parents and his brother, Arne.

A funeral service will be at 11 a.m. Saturday, Sept. 26, at Bethany Lutheran Church, with the Rev. Sonja Haugland officiating. Pallbearers will be his grandsons and his longtime fishing partner, Jerry Vanderwilt. Riverview-Hollis Funeral Home is in charge of arrangements.""",
gold=[]),

dict(guid="lws_vdn_20261006_05", pub="2026-10-06T03:00:00-07:00", title="WHITCOMB, Agnes R.",
body="""WHITCOMB, Agnes R., 95, Clarkston, died Oct. 2, 2026, at Tri-State Memorial Hospital. Survived by her daughter, Nadine Whitcomb Ferris of Clarkston; three grandchildren. Preceded in death by her husband, Lloyd. Memorial service 11 a.m. Oct. 10, Clarkston Heights Community Church, Pastor Eldon Swartzmiller officiating. Heights Memorial Funeral Home.""",
gold=[]),

dict(guid="lws_vdn_20261201_06", pub="2026-12-01T03:00:00-08:00", title="McGREEVY, Terrence P. \"Terry\"",
body="""McGREEVY, Terrence Patrick "Terry", 77, Butte, Mont., died Nov. 26, 2026, at St. James Healthcare in Butte. Retired underground miner for the Anaconda Co. Survived by his wife of 52 years, Maureen; sons Sean and Kevin, both of Butte. Funeral Mass Dec. 3, St. Ann's Catholic Church, Butte.""",
gold=[]),
]
