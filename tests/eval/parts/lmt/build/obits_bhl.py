"""Basin Herald-Ledger obituaries (Klamath Falls daily): plain-text descriptions, newspaper style. Hand-labelled."""

ITEMS = [
dict(guid="lmt_bhl_obit_0101", pub="2026-01-14T06:00:00-08:00", title="Frantisek \"Frank\" Hrbek, 1931 - 2026",
body="""MALIN - Frantisek "Frank" Hrbek, 94, a Malin potato grower whose parents came from Bohemia with the Czech colony in 1909, died Jan. 10, 2026, at Merle West Medical Center in Klamath Falls.

Frank farmed the family ground east of town for 60 years and served as treasurer of the ZCBJ Lodge hall, where he called the polka at every Malin Potato Festival until he was 88.

He is survived by his daughter, Ludmila "Millie" Vodicka and her husband, Harlan, of Malin; his son, Rudy Hrbek of Malin; five grandchildren and nine great-grandchildren. He was preceded in death by his wife of 63 years, Anna, and his brother, Josef.

Rosary 6 p.m. Thursday, Sacred Heart Catholic Church, Malin; funeral Mass 10 a.m. Friday, the Rev. Tomas Kubik officiating. Pallbearers: Garrett Skeen, Lonnie Pesek, Karel Hrbek and Dean Vodicka. Burial, Malin Cemetery.""",
gold=[("LMT002", "survivor"), ("LMT001", "survivor"), ("LMT015", "survivor")]),

dict(guid="lmt_bhl_obit_0102", pub="2026-04-08T06:00:00-07:00", title="Orval Dean Kimbrell, 1942 - 2026",
body="""CHILOQUIN - Orval Dean Kimbrell, 84, of Chiloquin, died peacefully at home on April 4, 2026, with his family at his side.

Orval was born Feb. 9, 1942, in Klamath Falls and grew up on the Williamson River. He set chokers and later ran a log loader for Crown Pacific for 31 years, and he never missed opening day at Collier State Park.

He married Nadine Dyment in 1964 at the Chiloquin Community Church. Survivors include his wife of 61 years, Nadine; sons Wade (Trish) Kimbrell of Chiloquin and Casey Kimbrell of Bend; six grandchildren and two great-grandchildren. He was preceded in death by his parents and his brother, Lyle.

A celebration of life will be held at 1 p.m. Saturday, April 18, at the Chiloquin Community Center. Arrangements by Chapel of the Pines.""",
gold=[("LMT007", "deceased_client"), ("LMT008", "spouse_of_deceased_client")]),

dict(guid="lmt_bhl_obit_0103", pub="2026-02-20T06:00:00-08:00", title="Bryce Allen Teeters, 2006 - 2026",
body="""KLAMATH FALLS - Bryce Allen Teeters, 19, of Klamath Falls, died Feb. 15, 2026, in a snowmobile accident near Lake of the Woods.

Bryce graduated from Henley High School in 2024, where he wrestled at 152 pounds, and was in his second year of the diesel technology program at Klamath Community College.

He is survived by his parents, Randy and Sheree Teeters of Klamath Falls; his sister, Maddie; and his grandparents, Ron and Bev Teeters of Keno.

A memorial service will be held at 2 p.m. Feb. 28 at Klamath Christian Center.""",
gold=[]),

dict(guid="lmt_bhl_obit_0104", pub="2026-03-05T06:00:00-08:00", title="Estelle Mae Guthridge, 1937 - 2026",
body="""BONANZA - Estelle Mae Guthridge, 88, died March 1, 2026, at the family ranch in Langell Valley, where she had lived since 1958.

Estelle cooked for hay crews, drove truck at harvest, taught Sunday school at Bonanza Community Church and, for 22 years, kept the books at the Bonanza school district.

Survivors include her daughter, Jolene (Dale) Ferebee of Bonanza; her granddaughter, Kaylee (Bryce) Teeters of Klamath Falls; grandsons Cody and Wyatt Guthridge; and three great-grandchildren. She was preceded in death by her husband, Lloyd, and her son, Gary.

Services 11 a.m. Tuesday at Bonanza Community Church. Memorial contributions may be made to the Bonanza FFA.""",
gold=[("LMT014", "survivor"), ("LMT017", "survivor"), ("LMT016", "survivor")]),

dict(guid="lmt_bhl_obit_0105", pub="2026-03-19T06:00:00-07:00", title="Cletus R. Ambrosetti, 1944 - 2026",
body="""Cletus Raymond Ambrosetti, 82, of Stockton, Calif., a former Klamath Falls resident, died March 12, 2026, at St. Joseph's Medical Center in Stockton.

Born in Weed, Calif., he worked briefly at the Weyerhaeuser mill in Klamath Falls before moving to the San Joaquin Valley in 1971, where he drove for Tri Valley Growers for 35 years.

He is survived by his wife, Donna, of Stockton; daughters Lisa Ambrosetti and Gina Marchetti, both of Lodi; and four grandchildren.

Services were held in Stockton.""",
gold=[]),

dict(guid="lmt_bhl_obit_0106", pub="2026-05-27T06:00:00-07:00", title="Haruko Okimura, 1925 - 2026",
body="""MERRILL - Haruko Okimura, 101, died May 22, 2026, in Merrill, where she had lived since 1946.

Haruko was born in Sacramento in 1925. In 1942 her family was sent to the Tule Lake Segregation Center, and after the war she and her husband, Tadashi, stayed in the Basin, homesteading 80 acres south of Merrill. She grew onions and potatoes, kept bonsai, and taught three generations of Merrill children to fold paper cranes.

She is survived by her son, Kenji Okimura and his wife Ruth, of Merrill; her daughter, Amy Okimura-Reyes of Sacramento; four grandchildren and six great-grandchildren. She was preceded in death by Tadashi in 1998.

A service will be held at 1 p.m. Saturday at the Merrill Community Presbyterian Church, the Rev. Dana Whitcomb officiating.""",
gold=[("LMT011", "survivor"), ("LMT012", "survivor")]),

dict(guid="lmt_bhl_obit_0107", pub="2026-06-10T06:00:00-07:00", title="Loretta Marchbanks Yoder, 1946 - 2026",
body="""KLAMATH FALLS - Loretta Jane Marchbanks Yoder, 79, died June 6, 2026, at Sky Lakes Medical Center.

Loretta waitressed at the Waffle Hut on Main Street for 27 years and knew every logger's order by heart.

She is survived by her son, Travis Yoder of Redmond; her brother, Everett Marchbanks of Klamath Falls; and two grandchildren. She was preceded in death by her husband, Leon Yoder.

A graveside service will be held at 10 a.m. Monday at Linkville Cemetery, Pastor Royce Hemmerling officiating.""",
gold=[]),
]
