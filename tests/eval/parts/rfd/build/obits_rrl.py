"""The Rock River Ledger (Rockford) obituaries: regional daily, legacy-style titles, plain text. Hand-labelled."""

FEED = "rrl"
ITEMS = [
dict(guid="rfd_rrl_obit_2026_0109", pub="2026-01-09T05:30:00-06:00",
title="Leonard Sundberg Obituary (1939 - 2026) - Rockford, IL - Rock River Ledger",
body="""ROCKFORD - Leonard Carl "Len" Sundberg, 86, of Rockford, passed away Tuesday, January 6, 2026, at SwedishAmerican Hospital surrounded by his family.

Len was born August 30, 1939, in Rockford, the son of Carl and Ebba (Lindquist) Sundberg, and grew up on Seventh Street in the heart of the Swedish neighborhood, where his father ran a bakery that sold more limpa than any place west of Chicago. He graduated from Rockford East High School in 1957 and worked 41 years as a tool-and-die maker at Sundstrand, retiring in 1999. He was a lifelong member of First Evangelical Lutheran Church, sang second tenor in the Svithiod Singing Club for 50 years, and never missed the Midsommar festival at Lake Gunnar.

Len is survived by his wife of 63 years, Doris (Ek) Sundberg; his sons, Mark (Julie) Sundberg of Cherry Valley and Eric Sundberg of Minneapolis; his sister, Marlys (Hal) Engstrom of Rockford; five grandchildren and two great-grandchildren. He was preceded in death by his parents and his brother, Roy.

Visitation will be from 4 to 7 p.m. Monday at Lindahl-Wessels Funeral Home, 1502 N. Alpine Road, Rockford. Funeral service at 11 a.m. Tuesday at First Evangelical Lutheran Church, with visitation one hour prior. Burial in Scandinavian Cemetery. Memorials to the Swedish Historical Society of Rockford.""",
gold=[("RFD002", "survivor"), ("RFD001", "survivor")]),

dict(guid="rfd_rrl_obit_2026_0210", pub="2026-02-10T05:30:00-06:00",
title="Angelo Pellegrino Obituary (1934 - 2026) - Rockford, IL - Rock River Ledger",
body="""ROCKFORD - Angelo Pellegrino, 91, a fixture of Rockford's south side for seven decades, died Saturday, February 7, 2026, at home on Montague Street, with his rosary in his hand and the Bears losing on the radio.

He was born May 19, 1934, in Ricigliano, Italy, and came to Rockford at 16 to join his uncle at the Rockford Screw Products plant. In 1959 he married Concetta Ferraro at St. Anthony of Padua Church, where he later served as an usher for forty years and helped roast peppers every September at Festa Italiana. He retired from Woodward Governor in 1996 and spent his retirement growing tomatoes and fig trees his neighbors swore could not survive an Illinois winter.

Survivors include his daughter, Mary Jo (Dominic) Castellano of Rockford; his son, Salvatore "Sal" Pellegrino of Orlando, Fla.; his grandchildren, Nicholas, Gina and Marco; his sister, Filomena Russo of Salerno, Italy; and many nieces and nephews. He was preceded in death by his beloved wife, Concetta, in 2017, and his brother, Rocco.

Visitation will be 9 to 10:30 a.m. Friday at St. Anthony of Padua Church, followed by Mass of Christian Burial at 10:30 a.m., with the Rev. Michael Bianchi, celebrant. Readers will be family friends Betsy Marchetti and Tony Guarnieri. Entombment at Calvary Cemetery. Arrangements by Delehanty-Rossi Funeral Home.""",
gold=[("RFD003", "survivor"), ("RFD004", "survivor")]),

dict(guid="rfd_rrl_obit_2026_0316", pub="2026-03-16T05:30:00-05:00",
title="Harold \"Hal\" Engstrom Obituary (1941 - 2026) - Rockford, IL - Rock River Ledger",
body="""ROCKFORD - Harold E. "Hal" Engstrom, 84, of Rockford, passed away peacefully Friday, March 13, 2026, at Rockford Memorial Hospital, following a short illness.

Hal was born June 12, 1941, in Rockford, the son of Gustav and Signe (Lund) Engstrom. He graduated from Rockford East High School in 1959 and from Rock Valley College, and served two years in the U.S. Army in Germany. On June 19, 1964, he married Marlys Sundberg at First Evangelical Lutheran Church. Hal spent 36 years at Barber-Colman, the last twelve as plant superintendent, and afterward made furniture in his garage for anyone who asked and several people who did not. He was a proud member of the Vasa Order of America, a Rockford Swedish Historical Society volunteer and a season-ticket holder for the IceHogs.

He is survived by his wife of 61 years, Marlys (Sundberg) Engstrom; his daughters, Karin (Steve) Nordin of Roscoe and Anne Engstrom of Madison, Wis.; four grandchildren; and his sister-in-law, Doris Sundberg. He was preceded in death by his parents, his brother, Arvid, and his brother-in-law, Len Sundberg.

Visitation will be 4 to 7 p.m. Thursday at Lindahl-Wessels Funeral Home, 1502 N. Alpine Road. Funeral service at 10 a.m. Friday at First Evangelical Lutheran Church, the Rev. Kristin Haldorson officiating. Pallbearers: Brent Vanderwerff, Jon Nordin, Erik Nordin, Peter Lund and Greg Sandquist. Burial in Scandinavian Cemetery.""",
gold=[("RFD001", "deceased_client"), ("RFD002", "spouse_of_deceased_client")]),

dict(guid="rfd_rrl_obit_2026_0420", pub="2026-04-20T05:30:00-05:00",
title="Brent Vanderwerff Obituary (2006 - 2026) - Roscoe, IL - Rock River Ledger",
body="""ROSCOE - Brent Michael Vanderwerff, 19, of Roscoe, died Thursday, April 16, 2026, as the result of an automobile accident on Illinois 251.

Brent was born November 2, 2006, in Rockford and graduated in 2025 from Hononegah Community High School, where he wrestled at 157 pounds and was never, his coach says, late to a single practice. He was studying welding at Rock Valley College and working at his uncle's auto body shop in Rockton. He loved fishing the Rock River, his pickup truck and his little sister.

He is survived by his parents, Todd and Amy (Kessel) Vanderwerff of Roscoe; his sister, Kaylee, at home; his grandparents, Jim and Carol Kessel of Beloit, Wis.; and many aunts, uncles and cousins. He was preceded in death by his grandfather, Hank Vanderwerff.

Visitation will be 3 to 7 p.m. Tuesday at Roscoe Village Funeral Home. A celebration of Brent's life will be held at 11 a.m. Wednesday at Stone Bridge Church, Roscoe.""",
gold=[]),

dict(guid="rfd_rrl_obit_2026_0504", pub="2026-05-04T05:30:00-05:00",
title="Margaret \"Peggy\" O'Shaughnessy Obituary (1935 - 2026) - South Beloit, IL - Rock River Ledger",
body="""SOUTH BELOIT - Margaret Rose "Peggy" O'Shaughnessy, 90, of South Beloit, went to be with the Lord on Friday, May 1, 2026, at Alden Park Strathmoor in Rockford.

Peggy was born March 11, 1935, in Beloit, Wis., the daughter of Patrick and Nora (Doyle) Keane. She married Thomas J. O'Shaughnessy in 1956, and together they raised six children in the yellow house on Blackhawk Boulevard. She worked 25 years in the cafeteria at Clinton Elementary School, where she was "Mrs. O" to every child who ever came back for seconds. She was a member of St. Peter Catholic Church and its Altar and Rosary Society.

She is survived by her children, Thomas "Tommy" (Patti) O'Shaughnessy of South Beloit, Kathleen (Rich) Fenske of Janesville, Wis., Michael O'Shaughnessy of Phoenix, Ariz., Maureen O'Shaughnessy of Chicago and Brian (Dana) O'Shaughnessy of Roscoe; 14 grandchildren; and 9 great-grandchildren. She was preceded in death by her husband, Thomas J., in 2004; her son, Patrick; and her brothers, John and Dennis Keane.

Mass of Christian Burial will be 11 a.m. Thursday at St. Peter Catholic Church, South Beloit, with visitation from 9:30 a.m. until Mass. Burial at Calvary Cemetery, Beloit. Arrangements by Daley Murphy Wisch & Associates.""",
gold=[("RFD018", "survivor"), ("RFD019", "survivor")]),

dict(guid="rfd_rrl_obit_2026_0608", pub="2026-06-08T05:30:00-05:00",
title="Dolores \"Dodie\" Wiegmann Obituary (1936 - 2026) - Freeport, IL - Rock River Ledger",
body="""FREEPORT - Dolores M. "Dodie" Wiegmann, 90, of Freeport, passed away Thursday, June 4, 2026, at FHN Memorial Hospital.

Dodie was born January 22, 1936, on a farm near Ridott, the daughter of Herman and Lydia (Meyer) Stoskopf. She graduated from Freeport High School in 1954 and married Walter Wiegmann on June 11, 1955, at St. John's Lutheran Church. For 30 years she was the voice on the telephone at the Stephenson County Farm Bureau, and for longer than that she made the pies for the church's fall supper. She loved the Pretzels, her card club and her great-grandchildren, not necessarily in that order.

Survivors include her sons, Dennis (Carla) Wiegmann of Freeport and Roger Wiegmann of Dakota; her daughter, Janet (Paul) Scheffler of Monroe, Wis.; seven grandchildren; eleven great-grandchildren; and her sister, Verna Bertsch of Pearl City. She was preceded in death by her husband, Walter, in 2011; her parents; and her brothers, Elmer and Harold Stoskopf.

Funeral services will be 11 a.m. Saturday at St. John's Lutheran Church, Freeport, with visitation from 9 a.m. until the service. Burial in Oakland Cemetery. Walker Mortuary is assisting the family.""",
gold=[("RFD005", "deceased_client")]),

dict(guid="rfd_rrl_obit_2026_0713", pub="2026-07-13T05:30:00-05:00",
title="Marvin Rasmussen Obituary (1942 - 2026) - Belvidere, IL - Rock River Ledger",
body="""BELVIDERE - Marvin Dale Rasmussen, 83, of Belvidere, died Friday, July 10, 2026, at home under the care of hospice.

Marvin was born October 5, 1942, in Belvidere, the son of Soren and Esther (Nelson) Rasmussen. He farmed the family ground on Poplar Grove Road until 1978, then spent 27 years on the line at the Belvidere Assembly Plant, and still farmed on weekends. He showed Holsteins at the Boone County Fair for sixty consecutive summers and served on the fair board for twenty of them.

He is survived by his wife of 58 years, Joyce; his sons, Dale (Tammy) Rasmussen of Capron and Kurt Rasmussen of Belvidere; his sister, Ruth Ann Kjellberg of Belvidere; his brother-in-law, Norbert "Norb" Pankow of Belvidere; six grandchildren; and a great-granddaughter, Everly. He was preceded in death by his parents and his sister, Arlene Pankow.

The family wishes to thank Dr. Priya Raghunathan and the nurses of the cancer center for their kindness. Visitation will be 4 to 7 p.m. Wednesday at Lindahl-Wessels Funeral Home, Belvidere chapel. Funeral at 10 a.m. Thursday at Immanuel Lutheran Church, Belvidere. Burial in Belvidere Cemetery.""",
gold=[("RFD012", "survivor")]),
]
