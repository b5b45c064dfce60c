"""The Capital Ledger (Albany) obituaries: big-city newspaper, legacy-style titles, plain text. Hand-labelled."""

FEED = "cl"
ITEMS = [
dict(guid="cl-obit-2026-10231", pub="2026-01-08T05:30:00-05:00", title="Helen Brandt Obituary (1932 - 2026) - Voorheesville, NY - The Capital Ledger",
body="""Helen Louise Brandt, 93, of Voorheesville, went home to the Lord on January 5, 2026, at the Hudson Terrace nursing residence, where the staff had become like family to her during her final two years.

Helen was born in Utica on February 9, 1932, to Otto and Frieda (Lang) Brandt, and came to the Capital District as a young bride. For twenty-six years she kept the books at Voorheesville Farm Supply, and she never once, her children insist, let a customer leave with the wrong change. She was a charter member of the Helderberg Garden Club and a lifelong member of St. Matthew's Lutheran Church, where she taught Sunday school to three generations of Voorheesville children.

Helen is survived by her daughter, Margaret (Tom) Quinlan of Delmar; her son, Karl Brandt and his wife Ilse of Rochester; her grandchildren, Erin, Brendan and Kurt; and her great-grandson, Owen. She was predeceased by her husband of 48 years, Walter Brandt, in 2001, and by her sister, Greta.

Calling hours will be held Friday from 4 to 7 p.m. at the Reilly & Sons Funeral Home, 16 Maple Avenue, Voorheesville. Her funeral service will be Saturday at 11 a.m. at St. Matthew's, with the Rev. Anna Lindqvist officiating. Interment will be in the spring at Prospect Hill Cemetery. Memorial contributions may be made to the Voorheesville Public Library.""",
gold=[("N002", "survivor"), ("N001", "survivor")]),

dict(guid="cl-obit-2026-10288", pub="2026-01-19T05:30:00-05:00", title="Cornelius \"Neil\" Van Alstyne Obituary (1944 - 2026) - Loudonville, NY - The Capital Ledger",
body="""LOUDONVILLE - Cornelius J. "Neil" Van Alstyne, 81, a descendant of one of Albany's oldest Dutch families and a man who never tired of reminding his grandchildren of it, died Friday, January 16, 2026, at Albany Memorial Hospital after a brief illness.

Neil was born March 3, 1944, in Albany, the son of Cornelius and Anna (Groesbeck) Van Alstyne. He graduated from Christian Brothers Academy and Siena College and spent 38 years with the New York State Department of Transportation, retiring as a regional bridge engineer. He could tell you, unprompted, the load rating of every span between Albany and Glens Falls.

He is survived by his wife of 56 years, Ruth (Terwilliger) Van Alstyne; his sons, Peter Van Alstyne of Guilderland and Mark Van Alstyne of Raleigh, N.C.; six grandchildren; and his sister, Johanna Schuyler of Kinderhook. He was predeceased by his brother, Hendrick.

Friends may call Wednesday from 3 to 6 p.m. at the Tebbutt-Hale Funeral Home, 633 Central Avenue, Albany. A Mass of Christian Burial will be celebrated Thursday at 10 a.m. at St. Pius X Church, Loudonville. Burial will follow at Albany Rural Cemetery.""",
gold=[("N003", "deceased_client"), ("N004", "spouse_of_deceased_client")]),

dict(guid="cl-obit-2026-10315", pub="2026-01-27T05:30:00-05:00", title="Francis DeLuca Sr. Obituary (1937 - 2026) - Niskayuna, NY - The Capital Ledger",
body="""NISKAYUNA - Francis Anthony DeLuca Sr., 88, who built half the stone walls in Niskayuna and claimed credit for the other half, passed away peacefully at home on Sunday, January 25, 2026.

Born in Schenectady to Italian immigrants, Frank left Nott Terrace High School at sixteen to work beside his father, and in 1961 founded DeLuca Masonry, which he ran until his son took it over in 1998. He served in the Army Corps of Engineers at Fort Belvoir, was a 50-year member of the Sons of Italy Lodge 1212, and made wine in his basement that was better discussed than drunk.

He leaves his son, Francis "Frank" DeLuca Jr. and his wife, Donna, of Niskayuna; his daughter, Rosemarie Conti of Clifton Park; seven grandchildren, including Francis III, who now runs the family business; and four great-grandchildren. Frank was predeceased by his beloved wife, Carmela (Rinaldi) DeLuca, in 2019.

Relatives and friends are invited to calling hours Thursday from 4 to 8 p.m. at the Gleason-Morelli Funeral Home, Schenectady. A Mass of Christian Burial will be offered Friday at 10 a.m. at St. Kateri Tekakwitha Parish. Entombment will be at Most Holy Redeemer Cemetery.""",
gold=[("N005", "survivor"), ("N006", "survivor")]),

dict(guid="cl-obit-2026-10340", pub="2026-02-03T05:30:00-05:00", title="Michael Serafini Obituary (2002 - 2026) - Albany, NY - The Capital Ledger",
body="""ALBANY - Michael Anthony Serafini, 23, of Albany, died unexpectedly on Thursday, January 29, 2026.

Mikey was a 2020 graduate of Albany High School, where he pitched for the Falcons, and was in his final semester at Hudson Valley Community College's electrical program. He worked nights at his uncle's pizzeria on Lark Street and could toss a dough round higher than anyone in the family. He loved the Yankees, his black Lab, Rosie, and his little nieces, who adored him.

He is survived by his parents, Joseph and Angela (Russo) Serafini of Albany; his sisters, Nicole Hart (Jason) of Latham and Gina Serafini of Brooklyn; his grandmother, Lucille Russo; and many aunts, uncles and cousins.

Calling hours will be Monday from 4 to 8 p.m. at the McVeigh Funeral Home, Albany. A funeral Mass will be held Tuesday at 10 a.m. at Blessed Sacrament Church. In lieu of flowers, the family asks that donations be made to the Capital Region Recovery Alliance.""",
gold=[]),

dict(guid="cl-obit-2026-10362", pub="2026-02-10T05:30:00-05:00", title="Robert Kessler Obituary (1949 - 2026) - Saratoga, CA - The Capital Ledger",
body="""Robert James Kessler, 76, of Saratoga, California, died February 4, 2026, at El Camino Hospital in Mountain View after a long illness.

Bob was born in Troy, N.Y., and left for California in 1971 with a slide rule, a Volkswagen and an engineering degree from Rensselaer. He spent thirty years designing memory chips in Santa Clara and twenty more volunteering as a docent at the Computer History Museum, where he was known for explaining core memory to bored teenagers until they were no longer bored.

He is survived by his wife of 49 years, Janice; his daughters, Claire Kessler of Palo Alto and Dana Whitmore of Portland, Oregon; three grandchildren; and his cousin, Beverly Hoag of Clifton Park, N.Y., with whom he exchanged letters every month for sixty years.

A celebration of Bob's life will be held in Saratoga in the spring. The family suggests gifts to the Rensselaer Polytechnic Institute scholarship fund.""",
gold=[("N020", "survivor")]),

dict(guid="cl-obit-2026-10401", pub="2026-02-21T05:30:00-05:00", title="Daniel Hartigan Obituary (1946 - 2026) - Albany, NY - The Capital Ledger",
body="""ALBANY - Daniel Patrick Hartigan, 79, a retired Albany firefighter who spent 31 years at Engine 7 on Delaware Avenue, died Wednesday, February 18, 2026, at St. Peter's Hospital.

Danny grew up in the North End, one of seven children of Michael and Bridget (Keane) Hartigan. After the Marine Corps, which took him to Da Nang in 1966, he joined the Albany Fire Department and rose to captain. He coached CYO basketball for twenty years and had the loudest whistle in the Diocese.

He is survived by his sister, Joan (Hartigan) Fitzsimmons of Albany; his brother-in-law, Walter Brzezinski of Albany; his nephews, Raymond "Ray" Tierney of Cohoes and Kevin Hartigan of Colonie; and many nieces, nephews and brother firefighters. He was predeceased by his wife, Theresa (Brzezinski) Hartigan, in 2015, and by his brothers Michael, Sean and Brian.

Visitation will be Monday from 4 to 7 p.m. at the Keenan & Daughters Funeral Home, 250 Ontario Street, Albany, where firefighters will hold a walk-through at 6:30. A funeral Mass will be celebrated Tuesday at 11 a.m. at St. Vincent de Paul Church.""",
gold=[("N016", "survivor"), ("N019", "survivor")]),

dict(guid="cl-obit-2026-10433", pub="2026-03-02T05:30:00-05:00", title="Eileen Dwyer Obituary (1941 - 2026) - Troy, NY - The Capital Ledger",
body="""TROY - Eileen Frances Dwyer, 84, née O'Rourke, of Troy, died Friday, February 27, 2026, at Samaritan Hospital, holding the hand of the sister who had shared her bedroom, her clothes and her secrets for eighty years.

A daughter of the late Thomas and Nora (Quill) O'Rourke, Eileen grew up on Fifth Avenue in Lansingburgh and taught second grade at School 14 for 34 years. She read every mystery in the Troy Public Library, some of them twice, and was famous at Sacred Heart for her soda bread.

She is survived by her sister, Kathy O'Rourke of Troy; her nieces, Mary Kate Brennan of Cohoes and Siobhan O'Rourke of Boston; and her godson, Liam Dwyer. Her husband, James J. Dwyer, died in 2004.

Funeral arrangements are under the direction of Gregory Pasternak of the Pasternak Funeral Home, 1520 Fifth Avenue, Troy. Calling hours are Wednesday from 4 to 7 p.m., and a Mass of Christian Burial will be celebrated Thursday at Sacred Heart Church by the Rev. Thomas Gilroy.""",
gold=[("N007", "survivor"), ("N008", "survivor")]),

dict(guid="cl-obit-2026-10470", pub="2026-03-13T05:30:00-04:00", title="Leonard Szczepanski Obituary (1935 - 2026) - Cohoes, NY - The Capital Ledger",
body="""COHOES - Leonard Joseph Szczepanski, 90, a lifelong resident of Cohoes and for 41 years a loom fixer at the Harmony Mills, died March 10, 2026, at the Eddy Memorial Geriatric Center.

Len served in the Army in Korea, bowled in the Polish American Citizens Club league for fifty years, and grew tomatoes that the neighbors claimed were illegal in three states. He is survived by his daughter, Christine Nowak of Watervliet; his son, Stanley Szczepanski of Tampa; five grandchildren; and nine great-grandchildren. He was predeceased by his wife, Irene, in 2010.

The family thanks Dr. Kwame Osei and the cardiology team at Albany Medical Center, and the staff of the Eddy, for their compassionate care. A Mass of Christian Burial will be offered Saturday at St. Michael's Church, Cohoes, followed by burial in St. Agnes Cemetery, Menands.""",
gold=[]),

dict(guid="cl-obit-2026-10512", pub="2026-03-24T05:30:00-04:00", title="Richard Albright Obituary (1945 - 2026) - Voorheesville, NY - The Capital Ledger",
body="""VOORHEESVILLE - Richard Carl Albright, 80, died Saturday, March 21, 2026, doing what he loved: splitting wood behind the house he built with his own hands in 1972.

Dick retired in 2007 after 35 years as a lineman for Niagara Mohawk, and he was the man the neighbors called when the power went out, even after he retired. He was an elder at the Voorheesville Reformed Church and a volunteer with the New Scotland fire company for half a century.

Survivors include his wife, Lorraine; his son, Paul (Stephanie) Albright of Delmar; his daughter, Kristen Albright of Burlington, Vt.; and his grandsons, Jack and Henry, who were the light of his life.

A memorial service will be held Saturday, March 28, at 2 p.m. at the Voorheesville Reformed Church. Arrangements are by the Reilly & Sons Funeral Home.""",
gold=[("N018", "survivor")]),

dict(guid="cl-obit-2026-10538", pub="2026-04-01T05:30:00-04:00", title="Suresh Raman Obituary (1947 - 2026) - Clifton Park, NY - The Capital Ledger",
body="""CLIFTON PARK - Suresh Raman, 78, a retired research chemist, a patient teacher and a devoted grandfather, passed away on March 29, 2026, surrounded by his family.

Born in Chennai, India, Suresh earned his doctorate in Madras and came to Schenectady in 1979 to work for the General Electric Research Laboratory, where he received eleven patents on polymer coatings. He was a founding trustee of the Hindu Temple Society of the Capital District and taught Carnatic music to dozens of children on Saturday mornings.

He is survived by his wife, Lakshmi; his daughter, Anjali Raman of Clifton Park; his son, Vikram Raman and daughter-in-law Meera of Edison, N.J.; and four grandchildren.

Prayers and a cremation ceremony were held on March 31. A remembrance gathering will be held on April 12 at the Hindu Temple, Loudonville.""",
gold=[("N013", "survivor")]),

dict(guid="cl-obit-2026-10561", pub="2026-04-09T05:30:00-04:00", title="Margaret \"Peg\" Quinlan Obituary (1933 - 2026) - Scranton, PA - The Capital Ledger",
body="""SCRANTON, Pa. - Margaret "Peg" Quinlan, 92, of the Green Ridge section of Scranton, died April 5, 2026, at Allied Services Hospice Center.

Peg was born in Dunmore and worked for forty years at the Scranton Lace Company and later at the Penn Security Bank. She was a member of St. Paul's Parish and of the Ladies Ancient Order of Hibernians, and she never missed the St. Patrick's Parade, in which she marched until she was 85.

She was preceded in death by her husband, Joseph Quinlan, in 1999. She is survived by her nephews, Joseph Mahon of Clarks Summit and Brian Mahon of Philadelphia, and by many cousins, some of them in Albany.

A funeral Mass will be held Friday at 10 a.m. at St. Paul's Church, Scranton. Arrangements by the Kearney-Gilmartin Funeral Home.""",
gold=[]),

dict(guid="cl-obit-2026-10590", pub="2026-04-17T05:30:00-04:00", title="Harold Kettering Obituary (1941 - 2026) - Clifton Park, NY - The Capital Ledger",
body="""CLIFTON PARK - Harold Walter Kettering, 84, of Clifton Park, died Tuesday, April 14, 2026, at Ellis Hospital after a fall.

Hal was an Air Force navigator, a high-school physics teacher at Shenendehowa for 33 years, and an unapologetic punster. After retirement he built telescopes in his garage and hosted star parties at the Vischer Ferry Nature Preserve.

He is survived by his son, Bryce Kettering of Windsor, Colo.; his daughter, Amy Kettering Lowe of Burnt Hills; and three grandchildren. His wife, Nancy, died in 2020.

A memorial service will be held at a later date in Clifton Park. Donations in Hal's memory may be made to the Dudley Observatory.""",
gold=[("N087", "survivor")]),
]
