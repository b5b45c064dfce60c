"""Four Lakes Memorial Chapels (Madison, Sun Prairie, Middleton): funeral-home site, HTML in content:encoded,
one-sentence plain description, permalink guids. Hand-labelled (gold=[...])."""

BASE = "https://www.fourlakesmemorial.example/obituaries/"
ITEMS = [
dict(guid="msn_flc_arnold-brekkestad", pub="2026-03-11T10:15:00-05:00", title="Arnold \"Arnie\" L. Brekkestad (1941 - 2026)",
body="""Arnold "Arnie" L. Brekkestad, age 84, of Sun Prairie, passed away peacefully on Monday, March 9, 2026, at Sun Prairie Health Care Center.

Arnie was born on August 12, 1941, in Stoughton, the son of the late Olaf and Borghild (Rue) Brekkestad. He graduated from Stoughton High School in 1959 and served two years in the U.S. Army at Fort Leonard Wood. He married Lorraine Pfundtner on June 16, 1962, at Christ Lutheran Church in Marshall. Arnie sold seed corn and farm implements across eastern Dane County for forty years and never met a stranger at a county fair. He loved sheepshead, the Badgers and Friday fish fry at the Legion.

He is survived by his wife of 63 years, Lorraine (Pfundtner); his children, Kurt (Deb) Brekkestad of Cottage Grove and Lisa (Mark) Haack of Waunakee; six grandchildren; and four great-grandchildren. He was preceded in death by his brother, Orrin.

Funeral services will be held at 11 a.m. Saturday, March 14, at Sacred Hearts Lutheran Church, Sun Prairie, with the Rev. Ted Oberdorfer officiating. Pallbearers will be his grandsons, Tyler, Cody and Evan Brekkestad, Jacob Haack, and family friends Toby Kuehnhold and Dale Pinnow. Memorials may be made to Agrace HospiceCare.""",
gold=[("MSN001", "deceased_client"), ("MSN002", "spouse_of_deceased_client")]),

dict(guid="msn_flc_vernon-ruedebusch-sr", pub="2026-04-04T09:40:00-05:00", title="Vernon A. Ruedebusch Sr. (1936 - 2026)",
body="""Vernon A. Ruedebusch Sr., 89, of DeForest, died Thursday, April 2, 2026, at his home on the family farm, where he was born.

Vern milked cows on the same eighty acres north of DeForest for sixty years and served on the Windsor Town Board for three terms. He was a member of St. Olaf Catholic Church and a fixture at the DeForest Lions' chicken barbecue.

Survivors include his son, Vernon "Butch" Ruedebusch Jr. (Carol) of Madison; his daughter, Janice (Leo) Schwoegler of Madison; seven grandchildren; and twelve great-grandchildren. He was preceded in death by his wife, Dolores, in 2019.

A Mass of Christian Burial will be celebrated at 10:30 a.m. Wednesday at St. Olaf Catholic Church, DeForest. Visitation will be held from 4 to 7 p.m. Tuesday at the Four Lakes Memorial Chapel, Sun Prairie.""",
gold=[("MSN004", "survivor"), ("MSN005", "survivor")]),

dict(guid="msn_flc_henrietta-vander-schaaf", pub="2026-05-19T14:05:00-05:00", title="Henrietta \"Etta\" Vander Schaaf (1934 - 2026)",
body="""Henrietta "Etta" Vander Schaaf, 91, of Verona, went home to her Lord on Saturday, May 16, 2026.

Etta was born on June 17, 1934, in Oostburg, to the late Pieter and Johanna (Kloostra) Bakker. She married Gerrit Vander Schaaf in 1955, and the couple farmed near Verona until 1990. Gerrit preceded her in death in 2009. Etta taught Sunday school for fifty years, quilted for every new baby at church and kept a garden that fed half the block.

She is survived by her sons, Peter (Linda) Vander Schaaf of Sheboygan and John Vander Schaaf of Verona; her daughter, Anna (Craig) Meinholz of Mount Horeb; nine grandchildren; and fourteen great-grandchildren.

The family thanks Dr. Priya Venkataraghavan and the nurses of Agrace HospiceCare for their tender care. A memorial service will be held at 2 p.m. Friday at Verona Christian Reformed Church. Scripture will be read by her longtime neighbor, Judge Marisol Etxeberria.""",
gold=[("MSN012", "deceased_client")]),

dict(guid="msn_flc_rosemary-hoesly", pub="2026-06-02T11:20:00-05:00", title="Rosemary T. Hoesly (1937 - 2026)",
body="""Rosemary Theresa Hoesly, 88, of Cross Plains, died May 30, 2026, at St. Mary's Hospital in Madison, surrounded by her family.

Rosemary was born in Mazomanie and married Joseph Hoesly in 1958. Together they ran Hoesly's Corner Store in Cross Plains for thirty-five years, where generations of children bought penny candy and Rosemary knew every customer's order by heart.

She is survived by her daughters, Mary Beth (Dennis) Kalscheur of Middleton and Ann (Steve) Ballweg of Cross Plains; her son, Thomas (Julie) Hoesly of Black Earth; eleven grandchildren; and five great-grandchildren. She was preceded in death by her husband, Joseph, and her sister, Lucille.

Mass of Christian Burial will be held at 11 a.m. Friday at St. Francis Xavier Catholic Church, Cross Plains. Burial will follow in the parish cemetery.""",
gold=[("MSN003", "survivor")]),

dict(guid="msn_flc_declan-oshaughnessy", pub="2026-07-08T16:30:00-05:00", title="Declan J. O'Shaughnessy (1935 - 2026)",
body="""Declan Joseph O'Shaughnessy, 90, of Middleton, died peacefully on Sunday, July 5, 2026, at Middleton Glen.

Born in County Clare, Ireland, Declan came to Madison in 1961 to teach physics at the university and never left. He played the tin whistle at every Irish Fest that would have him and never lost the brogue.

He is survived by his daughter, Siobhan (Michael) Ryan of Madison; his son, Brendan O'Shaughnessy of Chicago; and four grandchildren, including his grandson and namesake, Declan O'Shaughnessy of Middleton. He was preceded in death by his wife, Nora, in 2020.

A funeral Mass will be celebrated at 10 a.m. Saturday at St. Bernard Catholic Church, Middleton, followed by a luncheon.""",
gold=[("MSN009", "survivor")]),

dict(guid="msn_flc_evelyn-dahlquist", pub="2026-08-26T09:00:00-05:00", title="Evelyn M. Dahlquist (1928 - 2026)",
body="""Evelyn Margit Dahlquist, 97, formerly of Stoughton, died Monday, August 24, 2026, at Oak Park Place in Madison.

Evelyn was born in Stoughton to Norwegian immigrants and spoke only Norwegian until first grade. She married Elmer Dahlquist in 1949; they ran a dairy near Utica until 1985. Her lefse was famous at the Syttende Mai festival, and her rosemaling hangs in three churches.

She is survived by her daughter, Solveig (Harlan) Ingebritsen of Monona; her son, Paul (Karen) Dahlquist of Stoughton; five grandchildren; and seven great-grandchildren. She was preceded in death by her husband, Elmer, and a son, Donald.

Funeral services will be at 11 a.m. Saturday at Covenant Lutheran Church, Stoughton.""",
gold=[("MSN015", "survivor")]),

dict(guid="msn_flc_harold-pfundtner", pub="2026-09-15T13:45:00-05:00", title="Harold E. Pfundtner (1946 - 2026)",
body="""Harold Edwin Pfundtner, 80, of Marshall, passed away September 12, 2026, at UW Hospital.

Harold was born in Marshall and farmed the Pfundtner home place his whole life. He was a 4-H leader for thirty years and drove the Marshall Fire Department's tanker until he was seventy.

He is survived by his wife, Joyce; his sons, Gary (Pam) and Brian Pfundtner, both of Marshall; his sister, Lorraine Brekkestad of Sun Prairie; and many nieces and nephews. He was preceded in death by his parents, Edwin and Hilda Pfundtner, and his brother-in-law, Arnie Brekkestad.

Funeral services will be held at 11 a.m. Friday at Christ Lutheran Church, Marshall. Pallbearers are Gary and Brian Pfundtner, Kurt Brekkestad, Jim Haack, Ray Tschudy and Mike Hellenbrand.""",
gold=[("MSN002", "survivor")]),
]
