"""The Beaverhead Courier (invented Dillon weekly): obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="btm_bc_obit_0114_orvedahl", pub="2026-01-14T08:00:00-07:00", title="Helen Orvedahl, 88",
body="""Helen Ingeborg Orvedahl, 88, of Dillon, passed away Jan. 10, 2026, at Parkview Acres Care Center.

Helen was born April 2, 1937, in Wisdom and grew up on a Big Hole hay ranch where she learned to run a beaverslide stacker before she learned to drive. She married Nels Orvedahl in 1958 and together they ranched on Blacktail Deer Creek south of Dillon for 50 years. She was a 4-H leader, a Cowbelle and a fixture at the Beaverhead County Fair pie table.

She is survived by her son, Wade (Lacey Jo) Orvedahl of Dillon; her daughter, Kristin Orvedahl Ames of Sheridan, Wyo.; grandchildren Tanner, Kelsey and Brooke; and her sister, Ardis Nyhus of Wisdom. She was preceded in death by her husband, Nels, in 2012.

Funeral services will be held at 11 a.m. Saturday, Jan. 17, at First Lutheran Church in Dillon, Pastor Dale Sunde officiating. Burial will be in the spring at Mountain View Cemetery. Brundage Funeral Home of Dillon is caring for the family.""",
gold=[("BTM010", "survivor"), ("BTM011", "survivor")]),

dict(guid="btm_bc_obit_0211_kluesner_ray", pub="2026-02-11T08:00:00-07:00", title="Raymond 'Ray' Kluesner, 86",
body="""Raymond Joseph "Ray" Kluesner, 86, of Dillon, died Feb. 6, 2026, at Barrett Hospital.

Ray was born in Twin Bridges on Sept. 3, 1939. He hauled cattle for every ranch between Lima and Twin Bridges for 40 years and was a Dillon Jaycees Labor Day Rodeo chute boss for 25 of them.

He is survived by his brother, Vernon "Bud" Kluesner of Dillon; his daughters, Tammy (Curt) Rebish of Butte and Jolene Kluesner of Salmon, Idaho; and six grandchildren. He was preceded in death by his wife of 52 years, Joyce, and his sister, Darlene.

Rosary at 7 p.m. Friday and funeral Mass at 10 a.m. Saturday, both at St. Rose of Lima Catholic Church, Dillon. Burial at Mountain View Cemetery.""",
gold=[("BTM012", "survivor")]),

dict(guid="btm_bc_obit_0415_sorlie", pub="2026-04-15T08:00:00-06:00", title="Lorraine 'Lorrie' Sorlie, 80",
body="""Lorraine Ann "Lorrie" Sorlie, 80, of Dillon, and formerly of Glasgow, died April 11, 2026, at her daughter's home, under the care of Beaverhead Hospice.

Lorrie taught third grade in Glasgow for 31 years before moving to Dillon in 2012 to be near her daughter. She played the organ at Trinity Lutheran, knitted hats for every baby born at Barrett Hospital and never lost a game of cribbage she wanted to win.

She is survived by her daughter, Dr. Annika Sorlie-Haynes of Dillon; her son, Erik Sorlie of Williston, N.D.; and three grandchildren. She was preceded in death by her husband, Gordon Sorlie, in 2011.

A memorial service will be held at 2 p.m. Saturday, April 18, at Trinity Lutheran Church, Dillon.""",
gold=[("BTM013", "survivor")]),

dict(guid="btm_bc_obit_0527_kluesner_bud", pub="2026-05-27T08:00:00-06:00", title="Vernon 'Bud' Kluesner, 82",
body="""Vernon Francis "Bud" Kluesner, 82, of Dillon, died at home May 22, 2026, just three months after his brother Ray.

Bud was born March 15, 1944, in Twin Bridges, the youngest of the four Kluesner children. He served in the Navy aboard the USS Ranger, then came home to work 34 years for the Montana Department of Transportation, plowing Monida Pass and the Big Hole road in weather nobody else would drive in. He was a member of the Dillon VFW and the Knights of Columbus, and a widower since his wife, Bev, died in 2017.

He is survived by his nieces, Tammy Rebish of Butte and Jolene Kluesner of Salmon, Idaho; his stepson, Craig Lowney of Helena; and many cousins.

Funeral Mass will be celebrated at 10 a.m. Friday, May 29, at St. Rose of Lima Catholic Church, with military honors by the Dillon VFW. Burial at Mountain View Cemetery.""",
gold=[("BTM012", "deceased_client")]),
]
