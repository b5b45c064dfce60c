"""The Lowcountry Courier: paid death notices, surname-first headings, terse plain text. Hand-labelled."""

ITEMS = [
dict(guid="chs_lcdn_20260209_0117", pub="2026-02-09T05:30:00-05:00", title="GAILLARD, Thomas Prioleau Jr.",
body="""GAILLARD, Thomas Prioleau Jr., 97, of Charleston, died February 6, 2026. Born in Charleston to the late Thomas P. Gaillard and Elise Ravenel Gaillard. Graduate of the College of Charleston and the University of Virginia School of Law; served in the U.S. Navy in Korea; member of the Carolina Yacht Club and the St. Cecilia Society. Predeceased by his wife, Mary Middleton Gaillard. Survived by his son, Thomas P. Gaillard III (Libba) of Charleston; his daughter, Elise Gaillard Smythe of Asheville, N.C.; and six grandchildren. Funeral 11 a.m. Wednesday at St. Michael's Episcopal Church; interment in the churchyard. J. Henry Stuhr, Downtown Chapel.""",
gold=[("CHS001", "survivor"), ("CHS002", "survivor")]),

dict(guid="chs_lcdn_20260316_0288", pub="2026-03-16T05:30:00-04:00", title="O'NEILL, Margaret Mary \"Peggy\"",
body="""O'NEILL, Margaret Mary "Peggy", 84, of North Charleston, died March 13, 2026, at Bishop Gadsden. Born in Cork, Ireland; retired from the Charleston Naval Shipyard payroll office. Predeceased by her husband, Francis X. O'Neill. Survived by her sons, Patrick O'Neill (Colleen) of Hanahan and Brendan O'Neill of Savannah, Ga.; seven grandchildren. Mass of Christian Burial 10 a.m. Friday, St. Thomas the Apostle Catholic Church. Memorials to the Sisters of Charity of Our Lady of Mercy.""",
gold=[("CHS013", "survivor")]),

dict(guid="chs_lcdn_20260420_0351", pub="2026-04-20T05:30:00-04:00", title="OCAMPO, Hernán",
body="""OCAMPO, Hernán, 81, of Medellín, Colombia, died April 14, 2026, in Medellín. A retired civil engineer who built bridges across Antioquia. Predeceased by his wife, Luz Marina Restrepo de Ocampo. Survived by his daughter, María José Ocampo of Summerville, S.C.; his sons, Andrés and Felipe Ocampo of Medellín; and four grandchildren. A memorial Mass will be offered at 6 p.m. Friday at St. John the Beloved Catholic Church, Summerville.""",
gold=[("CHS011", "survivor")]),

dict(guid="chs_lcdn_20260707_0502", pub="2026-07-07T05:30:00-04:00", title="SIMONS, Frances \"Frankie\"",
body="""SIMONS, Frances "Frankie", 79, of Mount Pleasant, Texas, died July 2, 2026. Born in Beaufort, S.C., she moved to Titus County in 1969 and taught home economics at Mount Pleasant High School for thirty years. Survived by her husband of 55 years, Dwayne Simons; sons, Travis and Cody Simons, both of Mount Pleasant, Texas; and five grandchildren. Services were held in Mount Pleasant, Texas. Her Beaufort cousins ask that memorials be sent to the Beaufort County Library.""",
gold=[]),

dict(guid="chs_lcdn_20260901_0633", pub="2026-09-01T05:30:00-04:00", title="MAZYCK, Louis Alston",
body="""MAZYCK, Louis Alston, 88, of James Island, died August 29, 2026. A shrimper out of Folly River for forty years and a deacon of Payne RMUE Church. Survived by his wife, Ernestine; daughters, Carolyn Mazyck Smalls and Deborah Mazyck; sons, Louis Jr. and Kevin; and fourteen grandchildren. Homegoing 1 p.m. Saturday at Payne RMUE Church, James Island. Fielding Home for Funerals.""",
gold=[]),

dict(guid="chs_lcdn_20261105_0764", pub="2026-11-05T05:30:00-05:00", title="GADSDEN, Isaiah",
body="""GADSDEN, Isaiah, of North Charleston, entered into eternal rest on Monday, November 2, 2026. Funeral arrangements will be announced by Lowcountry Family Mortuary, North Charleston.""",
gold=[("CHS018", "possible_deceased_client")]),
]
