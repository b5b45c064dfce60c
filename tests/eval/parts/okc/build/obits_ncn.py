"""Nations Crossroads News: a community paper for the tribal communities of central Oklahoma (Creek, Cherokee,
Citizen Potawatomi, Seminole), "Walking On" obituaries, plain text. Hand-labelled."""

FEED = "ncn"
ITEMS = [
dict(guid="okc_ncn_walkingon_2026_004", pub="2026-01-22T08:00:00-06:00", title="Walking On: Josephine Navarre Peltier, 93, Tecumseh",
body="""Josephine Navarre Peltier, 93, of Tecumseh, one of the oldest enrolled members of the Citizen Potawatomi Nation, walked on January 18, 2026.

Josephine was born at Sacred Heart Mission in 1932 and taught beadwork and ribbon work to three generations at the Nation's cultural heritage center. She could name every family on the old Potawatomi allotments between Tecumseh and Wanette.

She leaves her daughter, Claudette Peltier of Tecumseh; her niece, Mary Beth (Gene) Bourbonnais of Shawnee; her nephew, Roland Navarre of Wichita; and many grand- and great-grandchildren. She was preceded by her husband, Francis Peltier, and her brother, Leon Navarre.

Services were held at St. Benedict Catholic Church, Shawnee.""",
gold=[("OKC004", "survivor"), ("OKC005", "survivor")]),
# Published before Gene Bourbonnais's own death (Feb. 17).

dict(guid="okc_ncn_walkingon_2026_011", pub="2026-02-12T08:00:00-06:00", title="Walking On: Walter \"Trey\" Harjo III, 31, Midwest City",
body="""Walter Harjo III, known to everyone as Trey, of Midwest City, walked on February 8, 2026, at the age of 31.

Trey was a citizen of the Muscogee (Creek) Nation, a member of the Wind Clan, and a fancy dancer who competed at powwows from Red Earth to Gallup. He worked as a welder at Tinker Air Force Base, like his father before him.

He is survived by his parents, Walt Jr. and Darlene Harjo of Midwest City; his daughter, Kenzie; his sister, Shawna Harjo of Okmulgee; and his uncle, Vernon Tiger of Shawnee. He was preceded by his grandparents, Walter Sr. and Lizzie Harjo.

Wake services were held at Thlopthlocco Tribal Town ground, with burial at the family cemetery near Okemah.""",
gold=[("OKC003", "survivor")]),
# OKC003 is "Harjo Jr." (b. 1953): the father, not the deceased. Vernon Tiger (OKC015) is do_not_contact: nothing.

dict(guid="okc_ncn_walkingon_2026_019", pub="2026-03-26T08:00:00-05:00", title="Walking On: Jesse Sixkiller, 79, Tahlequah",
body="""Jesse Sixkiller, 79, of Tahlequah, Cherokee Nation citizen and longtime Sequoyah High School groundskeeper, walked on March 22, 2026.

Jesse loved marbles, stickball and his church, Echota Baptist, where he sang in the Cherokee hymn choir. He is survived by his sister, Lucille Glass of Park Hill; his nephew, Tommy Sixkiller of Yukon; his niece, Della Sixkiller of Stilwell; and many cousins.

Services were held at Echota Baptist Church with burial in the Sixkiller family cemetery.""",
gold=[("OKC022", "survivor")]),

dict(guid="okc_ncn_walkingon_2026_027", pub="2026-05-14T08:00:00-05:00", title="Walking On: Minnie Yahola Beaver, 90, Okmulgee",
body="""Minnie Yahola Beaver, 90, of Okmulgee, walked on May 10, 2026. A Muscogee (Creek) citizen of the Bird Clan, she was a member of Wetumka Indian Baptist Church for seventy years.

Minnie is survived by her son, Leonard Beaver of Okmulgee; her granddaughter, Becky Yahola of Moore; her great-granddaughter, Kaya; and a host of relatives. Preceded by her husband, Amos Beaver.

Services were held at Wetumka Indian Baptist Church.""",
gold=[("OKC020", "survivor")]),
]
