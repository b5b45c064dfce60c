"""Savannah Harbor Ledger obituaries: a daily newspaper's obituary page with legacy-style titles ("Name Obituary
(1932 - 2026) - Savannah, GA - Savannah Harbor Ledger"), plain-text descriptions. House styles: Greek Orthodox
(Trisagion, "May his memory be eternal"), Irish-Catholic Savannah (Cathedral Mass, Hibernians, Bonaventure) and
ordinary Lowcountry families. Hand-labelled: `gold` lists (client_id, role) beside each text."""

FEED = "shl"
ITEMS = [
dict(guid="svg_shl_2026_0212_lambrakis", pub="2026-02-12T06:00:00-05:00",
title="Panagiotis Lambrakis Obituary (1932 - 2026) - Savannah, GA - Savannah Harbor Ledger",
body="""Panagiotis "Pete" Lambrakis, 93, of Savannah, fell asleep in the Lord on Monday, February 9, 2026, at Hospice Savannah's Steele Center.

Pete was born on June 29, 1932, in the village of Agios Nikolaos, Lefkada, Greece, and came to Savannah in 1951 with twelve dollars and the address of a cousin on Broughton Street. He washed dishes, then cooked, then in 1962 opened the Olympia Grill on Bay Street, where for forty years he served shrimp and grits, lamb on Easter Sunday and coffee to every river pilot on the Savannah River. He was a founding member of the AHEPA chapter, sang in the St. Paul Greek Orthodox Church choir for half a century and never missed a Greek Festival.

He was predeceased by his beloved wife of sixty years, Kalliopi "Popi" Lambrakis, and by his brother, Spyros Lambrakis of Lefkada.

He is survived by his daughter, Eleni "Helen" Xanthakos and her husband, Gus, of Savannah; his son, Dimitrios "Jimmy" Lambrakis of Tybee Island; five grandchildren, Panagiotis, Kalliopi, Maria, Nikos and Stella; three great-grandchildren; and many nieces and nephews in Savannah and Greece.

The Trisagion service will be held at 6 p.m. Thursday at Harbor & Whitfield Funeral Home, Abercorn Street. The funeral service will be at 11 a.m. Friday at St. Paul Greek Orthodox Church, Father Stavros Kalogeros officiating, followed by interment in Bonaventure Cemetery and a makaria at the church hall. In lieu of flowers, memorial contributions may be made to the Philoptochos Society of St. Paul Greek Orthodox Church. May his memory be eternal.""",
gold=[("SVG006", "survivor"), ("SVG005", "survivor"), ("SVG007", "survivor")]),

dict(guid="svg_shl_2026_0305_heffernan", pub="2026-03-05T06:00:00-05:00",
title="Margaret Heffernan Obituary (1935 - 2026) - Savannah, GA - Savannah Harbor Ledger",
body="""Margaret Scanlon Heffernan, 90, a lifelong Savannahian and a fixture of the Cathedral parish, died peacefully on Monday, March 2, 2026, two weeks before her ninety-first St. Patrick's Day.

Peg, as everyone knew her, was born on Habersham Street to the late John and Nora Scanlon. She graduated from St. Vincent's Academy, married Daniel Heffernan in 1956 at the Cathedral of St. John the Baptist, and worked for thirty years as the school secretary at Blessed Sacrament, where generations of Savannah children learned to fear and love her. She was a member of the Ladies Ancient Order of Hibernians and marched in every St. Patrick's Day parade from 1952 until her knees said no in 2019, after which she watched from the same bench in Madison Square.

Peg was preceded in death by her husband, Daniel J. Heffernan, her brother, Monsignor Thomas Scanlon, and her sister, Sister Mary Agnes Scanlon, R.S.M.

She is survived by her daughter, Bridget Mulqueen, and her husband, Tim, of Savannah; her son, Dennis Heffernan of Savannah; her grandchildren, Kathleen, Daniel and Colm Mulqueen; her great-grandson, Finn; and many nieces and nephews.

The family will receive friends from 5 to 7 p.m. Thursday at Harbor & Whitfield Funeral Home, with the Rosary at 6:30. The Mass of Christian Burial will be celebrated at 10 a.m. Friday at the Cathedral of St. John the Baptist. Burial will follow in Bonaventure Cemetery. Memorials may be made to St. Vincent's Academy.""",
gold=[("SVG010", "survivor"), ("SVG009", "survivor")]),

dict(guid="svg_shl_2026_0409_gallogly", pub="2026-04-09T06:00:00-04:00",
title="Patrick Gallogly Obituary (1939 - 2026) - Savannah, GA - Savannah Harbor Ledger",
body="""Patrick Joseph "P.J." Gallogly, 86, retired Savannah firefighter and the loudest tenor at the Hibernian Society banquet for fifty years, died on Sunday, April 5, 2026, at St. Joseph's Hospital.

P.J. was born in the Old Fort neighborhood to Irish-born parents, Michael and Bridie Gallogly, and grew up serving Mass at St. Patrick's. He joined the Savannah Fire Department in 1960 and retired as a battalion chief in 1995. He was a member of the Fraternal Order of Police Associate Lodge, the Knights of Columbus and the Irish Heritage Society, and for twelve years he led the Emmet Park ceremony on the eve of the parade.

He was preceded in death by his wife, Anne (Dempsey) Gallogly, and his brother, Michael Gallogly.

He is survived by his son, Sean Gallogly, and his wife, Erin, of Wilmington Island; his sister, Mary Margaret "Maggie" Gallogly of Savannah; his grandchildren, Brendan and Molly; and his many friends at Engine 3.

A Mass of Christian Burial will be celebrated at 11 a.m. Saturday at St. James Catholic Church, Whitemarsh Island, with the Rev. Liam Costigan as celebrant. Pallbearers will be Tim Mulqueen, Kevin O'Shaughnessy, Brian Doyle, Frank Cullinane, Joe Foley and Martin Dempsey. Burial with Fire Department honors will follow at Catholic Cemetery.""",
gold=[("SVG012", "survivor"), ("SVG011", "survivor")]),

dict(guid="svg_shl_2026_0520_xanthakos", pub="2026-05-20T06:00:00-04:00",
title="Konstantinos Xanthakos Obituary (1938 - 2026) - Tarpon Springs, FL - Savannah Harbor Ledger",
body="""Konstantinos "Gus" Xanthakos, 88, of Tarpon Springs, Florida, a sponge diver and boat captain for more than half a century, fell asleep in the Lord on Friday, May 15, 2026.

Gus was born April 2, 1938, on the island of Kalymnos and came to Tarpon Springs in 1955 to dive for sponges off the Anclote Keys. He captained the sponge boat Agia Eleni for thirty years and later ran a sponge shop on Dodecanese Boulevard. As a young man he spent two winters in Savannah working the shrimp boats at Thunderbolt, and he liked to say that was where he learned English and American football.

He is survived by his wife of sixty-two years, Irini; his sons, Nikitas and Michael Xanthakos of Tarpon Springs; his daughter, Despina Kouvaris of Clearwater; and nine grandchildren.

The funeral service was held at St. Nicholas Greek Orthodox Cathedral, Tarpon Springs. May his memory be eternal.""",
gold=[]),

dict(guid="svg_shl_2026_0611_deloach", pub="2026-06-11T06:00:00-04:00",
title="Wade DeLoach Obituary (2003 - 2026) - Richmond Hill, GA - Savannah Harbor Ledger",
body="""Wade Allen DeLoach III, 22, of Richmond Hill, died unexpectedly on Sunday, June 7, 2026.

Wade grew up on the Ogeechee River, where he could throw a cast net before he could ride a bike. He graduated from Richmond Hill High School in 2022, where he played linebacker for the Wildcats, and was working as an apprentice electrician with IBEW Local 508 and studying at Savannah Technical College. He was a member of Richmond Hill First Baptist Church.

He is survived by his parents, Wade DeLoach Jr. and Charlene DeLoach of Richmond Hill; his sister, Kaylee DeLoach; his grandparents, Wade and Joyce DeLoach of Pembroke and Barbara Strickland of Hinesville; and his girlfriend, Madison Shuman.

A celebration of Wade's life will be held at 3 p.m. Saturday at Richmond Hill First Baptist Church. In lieu of flowers, the family asks that donations be made to the Richmond Hill High School football boosters.""",
gold=[("SVG014", "survivor")]),

dict(guid="svg_shl_2026_0702_keane", pub="2026-07-02T06:00:00-04:00",
title="Kathleen Keane Obituary (1932 - 2026) - Savannah, GA - Savannah Harbor Ledger",
body="""Kathleen Mary Keane, 93, of Savannah, died peacefully at home on Monday, June 29, 2026, with a rosary in her hand and the Braves on the radio.

Kathleen was born in County Kerry, Ireland, and came to Savannah as a young bride in 1955 when her husband, Seamus, took a job at the Union Camp paper mill. She raised five children in Ardsley Park, taught Irish dance in the parish hall at Blessed Sacrament for thirty years and never once marched in the St. Patrick's Day parade without a fresh sprig of shamrock flown in from home.

She was preceded in death by her husband, Seamus Keane, and her son, Brendan Keane.

She is survived by her daughters, Nora O'Shaughnessy (Kevin) of Savannah and Siobhan Keane of Atlanta; her sons, Michael Keane of Charleston and Patrick Keane of Dublin, Ireland; eleven grandchildren, including Aoife O'Shaughnessy; and four great-grandchildren.

A Mass of Christian Burial will be offered at 10 a.m. Monday at Blessed Sacrament Catholic Church, followed by burial in Catholic Cemetery. Memorials may be made to the Savannah Irish Festival's youth dance program.""",
gold=[("SVG022", "survivor")]),

dict(guid="svg_shl_2026_0827_mavromatis", pub="2026-08-27T06:00:00-04:00",
title="Despina Mavromatis Obituary (1937 - 2026) - Savannah, GA - Savannah Harbor Ledger",
body="""Despina Mavromatis, 89, of Savannah, fell asleep in the Lord on Monday, August 24, 2026, at Candler Hospital.

Born in Chios, Greece, she married Georgios Mavromatis in 1958 and came with him to Savannah, where together they ran the Parthenon Bakery on Abercorn Street for thirty-five years. Her koulourakia, baklava and Easter tsoureki were known in every Greek household from Savannah to Jacksonville, and she taught three generations of Philoptochos ladies to make them properly.

She was predeceased by her husband, Georgios, and her son, Nikolaos.

She is survived by her daughter, Maria Mavromatis Pappas of Atlanta; her granddaughter, Anastasia "Tasia" Mavromatis of Pooler, who carries on her recipes; her grandson, Georgios Mavromatis of Charlotte; and many relatives in Chios.

The Trisagion will be held at 6 p.m. Thursday at Harbor & Whitfield Funeral Home. The funeral service will be held at 10 a.m. Friday at St. Paul Greek Orthodox Church, Father Stavros Kalogeros officiating. Pallbearers: Jimmy Lambrakis, Nick Pappas, Chris Karagiannis, George Stamatis, Peter Demos and Alex Vlahos. Interment in Bonaventure Cemetery. May her memory be eternal.""",
gold=[("SVG008", "survivor")]),
]
