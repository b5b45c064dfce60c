"""Cassidy-Walrath / Walrath-Putnam funeral homes: tribute pages, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="glv_fh_tribute_8841", pub="2026-02-06T11:20:00-05:00", title="Agnes M. Dopp (1924 - 2026)",
body="""Agnes Mae Dopp, 101, of Northville, entered into eternal rest on Wednesday, February 4, 2026, at the Wells Nursing Home.

Born on a Sacandaga valley farm that now lies beneath the Great Sacandaga Lake, Agnes used to point out over the water to where her mother's kitchen had been. She taught in the one-room schools of Hope and Northampton before raising her family.

She leaves her daughter, Lorraine (Cliff) Pettengill of Northville; her son, Roger Dopp of Hadley; seven grandchildren and fourteen great-grandchildren. She was predeceased by her husband, Lester Dopp.

Services will be private at the convenience of the family.""",
gold=[("GLV009", "survivor"), ("GLV008", "survivor")]),

dict(guid="glv_fh_tribute_8902", pub="2026-03-02T13:05:00-05:00", title="Kevin R. Galusha (1931 - 2026)",
body="""Kevin Robert Galusha, 94, of Gloversville, died Friday, February 27, 2026, at the Fulton County Residential Health Care Facility.

Kevin worked 39 years as a beamhouse foreman at the Karg tannery and was an Army veteran of Korea. He was a member of the Gloversville Elks and bowled every Tuesday night until he was 90.

He is survived by his son, Richard Galusha of Gloversville; his grandchildren, including Kevin Galusha and his wife, Brittany, of Johnstown, who were his constant visitors; and his great-granddaughter, Harper. He was predeceased by his wife, June (Putnam) Galusha.

Calling hours will be Wednesday from 4 to 6 p.m. at the Cassidy-Walrath Funeral Home, with a service at 6 p.m. Burial with military honors will be at Prospect Hill Cemetery in the spring.""",
gold=[("GLV014", "survivor"), ("GLV015", "survivor")]),

dict(guid="glv_fh_tribute_8967", pub="2026-03-24T10:40:00-04:00", title="Marguerite H. Brower (1946 - 2026)",
body="""Marguerite Hladik Brower, 79, of Broadalbin, passed away Saturday, March 21, 2026, at Saratoga Hospital.

Marguerite was a nurse at Nathan Littauer Hospital for 35 years and sang alto in the choir of St. Joseph's Church in Broadalbin. She made potica every Christmas from her mother's Slovak recipe and gave most of it away.

She is survived by her husband, Frank Brower; her sister, Carla Mancusi (Tony) of Gloversville; and her nieces and nephews. She was predeceased by her parents, Joseph and Marie Hladik.

A Mass of Christian Burial will be celebrated Thursday at 11 a.m. at St. Joseph's Church. Her friend Mary Jo Vandenburgh will offer words of remembrance. Arrangements by Walrath-Putnam Funeral Home.""",
gold=[("GLV005", "survivor"), ("GLV004", "survivor")]),

dict(guid="glv_fh_tribute_9013", pub="2026-04-20T15:10:00-04:00", title="Irene T. Szczepanski (1954 - 2026)",
body="""Irene Theresa Szczepanski, 71, of Gloversville, died Thursday, April 16, 2026, after a long illness.

Irene worked for many years at the Gloversville Enlarged School District as a bus aide and was a member of the Polish Community Club and the Holy Trinity rosary society.

She is survived by her husband of 50 years, Stanley "Stan" Szczepanski; her children, Mark Szczepanski and Julie (Aaron) Loucks; and five grandchildren.

Calling hours and a Mass of Christian Burial were held at Holy Trinity. Arrangements by Walrath-Putnam Funeral Home.""",
gold=[]),

dict(guid="glv_fh_tribute_9058", pub="2026-05-08T09:30:00-04:00", title="Bernice A. Putman (1937 - 2026)",
body="""Bernice Ann Putman, 88, of Johnstown, went to be with the Lord on Tuesday, May 5, 2026.

Bernice kept the books for the Johnstown Knitting Mill and later for her husband's plumbing business. She was a lifelong member of St. John's Episcopal Church and a founding member of the Colonial Little Theatre's costume committee.

She is survived by her daughter, Renee Putman-Cudmore and her husband, Daniel, of Johnstown; her son, Steven Putman of Charlotte, N.C.; and four grandchildren. She was predeceased by her husband, Lewis Putman.

Calling hours will be Friday from 4 to 7 p.m. at Walrath-Putnam Funeral Home, Johnstown. The Rev. Anne Fredericks will officiate at a service Saturday at St. John's.""",
gold=[("GLV012", "survivor"), ("GLV013", "survivor")]),

dict(guid="glv_fh_tribute_9102", pub="2026-06-02T12:15:00-04:00", title="Lyle R. Yerdon (1955 - 2026)",
body="""Lyle Raymond Yerdon, 70, of Gloversville, died Saturday, May 30, 2026, at St. Mary's Healthcare in Amsterdam.

Lyle drove for the Fulton County Highway Department for 32 years and plowed the Bleecker road every winter. He was a member of the Fulton County Sportsmen's Club.

He is survived by his wife of 48 years, Nadine (Fosmire) Yerdon; his daughter, Brittany Galusha (Kevin) of Johnstown; his brother-in-law, Gene Fosmire of Broadalbin; and his granddaughter, Harper.

Calling hours will be Thursday from 4 to 7 p.m. at the Cassidy-Walrath Funeral Home, Gloversville.""",
gold=[("GLV019", "survivor"), ("GLV015", "survivor"), ("GLV014", "survivor"), ("GLV018", "survivor")]),
]
