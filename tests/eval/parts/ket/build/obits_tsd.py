"""The Tongass Sentinel (Ketchikan daily, invented): newspaper obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="ket_tsd_obit_2026_0211", pub="2026-02-11T06:00:00-09:00", title="Clarence \"Buddy\" Kinnegan, 86",
body="""Longtime Ketchikan resident Clarence Edwin "Buddy" Kinnegan, 86, died Feb. 6, 2026, at PeaceHealth Ketchikan Medical Center with his family at his side.

Buddy was born Feb. 17, 1940, in Astoria, Oregon, and came north in 1958 to work a summer at the Ward Cove pulp mill. He stayed sixty-seven years. He ran the tender Winnie K. for three decades, hauling salmon from the Prince of Wales seiners to the cannery docks, and was known up and down Clarence Strait for never missing a tide and never once turning down a cup of coffee.

He married Winifred "Winnie" Shoemaker at First Lutheran Church in 1964. He is survived by his wife of 61 years, Winnie, of the family home on Gorge Street; his daughter, Pamela Kinnegan Ross and her husband Dale of Sitka; his son, Michael Kinnegan of Anchorage; five grandchildren and two great-grandchildren. He was preceded in death by his parents and by his brother, Francis.

A celebration of life will be held at the Ted Ferry Civic Center at 2 p.m. Saturday, Feb. 21. Pallbearers will be Ruben Arriola, Harlan Vossberg, Dale Ross, Tyler Ross, Colin Kinnegan and Nate Kinnegan. Burial will follow at Bayview Cemetery. In lieu of flowers, the family suggests gifts to the Ketchikan Volunteer Rescue Squad.""",
gold=[("KET003", "deceased_client"), ("KET004", "spouse_of_deceased_client")]),

dict(guid="ket_tsd_obit_2026_0304", pub="2026-03-04T06:00:00-09:00", title="Solveig Reitan Amundsen, 77",
body="""PETERSBURG - Solveig Reitan Amundsen, 77, who taught two generations of Petersburg children to dance the reinlender at Little Norway Festival, died Feb. 27, 2026, at her home on Sing Lee Alley.

Solveig was born in 1948 in Petersburg to Nils and Astrid Reitan, the eldest of three. She married fisherman Arne Amundsen in 1969; he died in 2019. She worked 31 years at the Petersburg Pilot's front counter and rosemaled anything that held still.

She is survived by her sister, Ingrid (Tor) Haugland of Ketchikan; her brother, Olaf "Ole" Reitan of Wrangell; her sons, Erik Amundsen of Petersburg and Lars Amundsen of Bellingham, Washington; and six grandchildren.

Services will be at Petersburg Lutheran Church at 1 p.m. March 14, followed by coffee and lefse at the Sons of Norway Hall.""",
gold=[("KET002", "survivor"), ("KET001", "survivor"), ("KET023", "survivor")]),

dict(guid="ket_tsd_obit_2026_0319", pub="2026-03-19T06:00:00-09:00", title="Annika Solberg Brekke, 94",
body="""Annika Solberg Brekke, 94, a Ketchikan fixture who baked for every bake sale the Pioneers of Alaska Igloo No. 16 ever held, died March 15, 2026, at the Ketchikan Pioneer Home.

She was born Aug. 2, 1931, in Kristiansund, Norway, and came to Ketchikan in 1952 as the bride of halibut schooner skipper Sverre Brekke, who died in 1998. She worked at the New England Fish Company cannery and later for 22 years at the Tongass Public Library.

She is survived by her son, Thomas Brekke of Port Townsend, Washington; her grandson, Joaquin "Jack" Brekke, and his wife, Annika, of Ketchikan, who was proud to share her name; and her first great-grandchild, Soren, born in January.

A memorial service will be held at First Lutheran Church on March 28 at 11 a.m.""",
gold=[("KET014", "survivor"), ("KET013", "survivor")]),

dict(guid="ket_tsd_obit_2026_0407", pub="2026-04-07T06:00:00-08:00", title="Lyle Nethkin Sr., 80",
body="""Lyle Wendell Nethkin Sr., 80, a retired Alaska Marine Highway chief engineer, died peacefully April 3, 2026, in Ketchikan.

Born in Coos Bay, Oregon, in 1945, Lyle went to sea at seventeen and spent 34 years in the engine rooms of the Malaspina, the Matanuska and the Columbia. In retirement he built wooden skiffs in his garage on North Tongass Highway and gave most of them away.

He is survived by his son, Lyle Nethkin Jr. (Dana) of Ketchikan; his daughter, Carla Nethkin of Juneau; and four grandchildren. He was preceded in death by his wife, Judith, in 2020.

No service will be held at his request. The family will scatter his ashes in Clover Pass this summer.""",
gold=[("KET006", "survivor")]),

dict(guid="ket_tsd_obit_2026_0422", pub="2026-04-22T06:00:00-08:00", title="Torvald \"Tor\" Haugland, 81, of Seattle",
body="""SEATTLE - Torvald "Tor" Haugland, 81, a Ballard net man who fished out of Ketchikan every summer from 1968 to 1990, died April 16, 2026, at Swedish Medical Center in Seattle.

Tor was born in Ålesund, Norway, in 1944 and came to Seattle at fourteen. He mended seine nets at Fishermen's Terminal for fifty years and could still splice a line faster than men half his age.

He is survived by his wife of 52 years, Marit; his daughters, Kari Haugland Dietz and Lise Haugland, both of Seattle; and three grandsons.

A service was held at Ballard First Lutheran Church. The family asks that old Ketchikan friends share their stories by mail.""",
gold=[]),

dict(guid="ket_tsd_obit_2026_0509", pub="2026-05-09T06:00:00-08:00", title="Gerald Wayne Pankratz, 26",
body="""PALMER - Gerald Wayne Pankratz, 26, of Palmer, died May 3, 2026, in a snowmachine accident near Hatcher Pass.

Gerald was born Jan. 9, 2000, in Palmer and graduated from Palmer High School in 2018, where he wrestled at 152 pounds. He worked as an apprentice lineman for Matanuska Electric Association.

He is survived by his parents, Wayne and Sheri Pankratz of Palmer; his sister, Brianna; and his grandparents, Otto and Ruth Pankratz of Wasilla.

A service will be held at Palmer Mennonite Fellowship on May 16.""",
gold=[]),
]
