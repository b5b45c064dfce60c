"""Ruby Mountain Chapel of the Sage (invented funeral home, Elko and Wells): HTML in content:encoded,
one-sentence description, permalink-style guid strings that start with elk_. Hand-labelled."""

ITEMS = [
dict(guid="elk_rmcs_lowell-fenstermaker-sr", pub="2026-02-06T14:20:00-08:00",
title="Lowell Dean Fenstermaker Sr. (1935 - 2026)",
body="""Lowell Dean Fenstermaker Sr., 90, of Elko, rancher, brand inspector and lifelong cowboy, rode on ahead on February 2, 2026.

Lowell was born in Halleck and ran cattle in the South Fork country for most of his life. He served as a Nevada brand inspector for 22 years and judged the ranch rodeo at the Elko County Fair until he was 85.

He is survived by his son, Lowell "Buck" Fenstermaker Jr. and his wife, Darla, of Spring Creek; his daughter, Jeanette Sorrels of Winnemucca; seven grandchildren; and a good horse named Clyde. He was preceded in death by his wife of 58 years, Arlene.

A celebration of life will be held at the Elko County Fairgrounds Pavilion. Cowboy poet Dusty Maynard will read.""",
gold=[("ELK003", "survivor"), ("ELK004", "survivor")]),

dict(guid="elk_rmcs_ferris-prunty", pub="2026-03-27T11:00:00-07:00",
title="Ferris Wayne Prunty (1934 - 2026)",
body="""Ferris Wayne Prunty, 91, of Wells passed away March 24, 2026, at the Wells rural health clinic after a short illness.

Ferris owned the Prunty Texaco on Sixth Street for forty years and pumped gas for three generations of travelers on old Highway 40.

He is survived by his daughter, Jolene Honeycutt (Del) of Carlin; his son, Kent Prunty of Wells; and six grandchildren. Ferris was preceded in death by his wife, Bonnie.

Graveside services at the Wells Cemetery, with Pastor Cody Wardlaw offering the prayer.""",
gold=[("ELK014", "survivor"), ("ELK013", "survivor")]),

dict(guid="elk_rmcs_leland-sampson", pub="2026-04-30T10:15:00-07:00",
title="Leland 'Lee' Sampson (1949 - 2026)",
body="""Leland "Lee" Sampson, 76, of Elko, an enrolled member of the Te-Moak Tribe of Western Shoshone, Elko Band, passed on April 26, 2026, at home in the Elko Colony.

Lee was a wildland firefighter with the BLM for 26 years and later taught Newe language classes for children at the Elko Band Council. He loved pine-nut season in the Pinon Range and never came home with fewer than three sacks.

He is survived by his sister, Bernadine Hooper of Elko; his children, Travis, Marlena and Joseph Sampson; and many grandchildren, nieces and nephews. He was preceded in death by his parents, Wilson and Ida Sampson, and his brother, Gilbert.

A wake will be held at the Elko Band gym, with burial at the Elko Colony cemetery. Pallbearers: Travis Sampson, Joseph Sampson, Cody Wardlaw, Ronnie Tybo and Dewey Pete.""",
gold=[("ELK015", "survivor")]),

dict(guid="elk_rmcs_roberta-kinnersley", pub="2026-06-05T15:40:00-07:00",
title="Roberta 'Bobbie' Kinnersley (1955 - 2026)",
body="""Roberta "Bobbie" Kinnersley, 70, of Spring Creek died peacefully at home June 1, 2026, under the care of hospice.

Bobbie was a cafeteria manager for the Elko County School District and a tireless volunteer for the Spring Creek Horse Palace. She never met a stray dog she did not take home.

She is survived by her son, Thaddeus "Tad" Kinnersley of Spring Creek; her brother, Russell Amundson of Twin Falls; and her dogs, Pepper and Scout. She was preceded in death by her husband, Gary.

A memorial service will be held at the Spring Creek Association community center.""",
gold=[("ELK020", "survivor")]),

dict(guid="elk_rmcs_pello-gorostiza", pub="2026-07-08T09:30:00-07:00",
title="Pello Gorostiza (1936 - 2026)",
body="""Pello Gorostiza, 89, of Elko, died July 3, 2026, at Northeastern Nevada Regional Hospital.

Born in Markina, Bizkaia, Pello came to Elko County in 1957 on a sheepherder's contract and later ran the Gorostiza boarding house on Silver Street, where dozens of young herders found their first meal in America.

Pello is survived by his son, Iñaki Gorostiza of Elko; his daughter, Arantxa Ecenarro of Boise; and four grandchildren. He was preceded in death by his wife, Miren (Ecenarro) Gorostiza.

Funeral Mass at St. Joseph's Catholic Church; the Elko Basque Club choir will sing "Agur Jaunak." Burial at Elko City Cemetery.""",
gold=[("ELK012", "survivor")]),

dict(guid="elk_rmcs_ardell-pruitt", pub="2026-10-02T13:05:00-07:00",
title="Ardell James Pruitt (1958 - 2026)",
body="""Ardell James Pruitt, 67, of Elko died September 28, 2026, doing what he loved, elk hunting in the Jarbidge.

Ardell was a heavy-equipment mechanic for 40 years and the longtime coach of the Elko Babe Ruth all-stars.

He is survived by his wife of 45 years, Sharon; his sons, Jace and Wade; and his mother, Loretta Pruitt of Battle Mountain.

Services were held at the chapel with Pastor Ron Eklund officiating. Scripture was read by Gwen Marchbanks. Pallbearers were Tad Kinnersley, Cody Wardlaw, Ramon Villalpando, Jace Pruitt, Wade Pruitt and Curt Lemaire.""",
gold=[]),
]
