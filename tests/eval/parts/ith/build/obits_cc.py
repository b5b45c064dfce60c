"""Finger Lakes Faith & Community Notes: a community paper's weekly page of congregational notices (Temple Beth-El,
the Korean church, the Hindu cultural center, the Old Order Mennonite scribe column, a Catholic parish bulletin),
each written in its own community's customs. Teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "cc"
ITEMS = [
dict(guid="ith_flfc_2026_0307", pub="2026-03-06T07:00:00-05:00", title="Temple Beth-El mourns Ruth Glickman",
body="""Ruth Glickman (Rivka bat Moshe v'Sarah), 94, of Cayuga Heights, died on Shabbat, 15 Adar 5786 (February 28, 2026), at home, surrounded by her family.

Born in the Bronx, Ruth came to Ithaca in 1958 when her husband joined the Cornell physics faculty. She taught Hebrew school at Temple Beth-El for forty years and ran its rummage sale with an iron hand and a soft heart.

Beloved wife of the late Irving Glickman. Devoted mother of Miriam (Howard) Feuerstein of Ithaca and Daniel (Karen) Glickman of Pittsford. Cherished grandmother of Noah, Eliana and Sam.

The funeral was held Monday at Temple Beth-El with Rabbi Leah Adelman officiating; burial followed in the Beth-El section of Lake View Cemetery. Shiva is being observed at the home of Miriam and Howard Feuerstein through Thursday, with minyan at 7 p.m. Contributions may be made to the Temple Beth-El Religious School. May her memory be a blessing.""",
gold=[("ITH020", "survivor"), ("ITH021", "survivor")]),

dict(guid="ith_flfc_2026_0342", pub="2026-04-17T07:00:00-04:00", title="Ithaca Korean Presbyterian Church: Elder Cho Byung-chul called home",
body="""Elder Cho Byung-chul (조병철 장로), 91, of Ithaca, was called home to the Lord on April 12, 2026, at Cayuga Medical Center.

Born in Daegu in 1934, Elder Cho taught mathematics at Kyungpook National University for thirty years before he and his wife, Kwon Soon-ja, came to Ithaca in 2003 to be near their daughter. He was an elder of our congregation for twenty years and led the early-morning prayer meeting until he was 88.

He is survived by his wife of 66 years, Kwon Soon-ja (권순자), of Ithaca; his daughter, Mi-Kyung (Grace) Yeom, and son-in-law, Dong-hyun Yeom, of Ithaca; his son, Cho Jae-won, of Fort Lee, N.J.; and his grandchildren, Hannah and Daniel Yeom and Cho Min-seo.

The funeral worship service (천국환송예배) was held April 15 at the church, with Pastor Kim Sung-ho presiding. Please keep the family in your prayers.""",
gold=[("ITH018", "survivor")]),  # Dong-hyun Yeom is her roster spouse but not a client

dict(guid="ith_flfc_2026_0389", pub="2026-06-05T07:00:00-04:00", title="Ithaca Hindu Cultural Center: prayer meeting for Smt. Kamala Krishnaswamy",
body="""Smt. Kamala Krishnaswamy (1937-2026), wife of the late Sri R. Krishnaswamy of Mylapore, Chennai, attained the lotus feet of the Lord on May 29, 2026, in Chennai, at the age of 88.

She was a Carnatic vocalist who taught music to three generations of girls in Mylapore, and she visited Ithaca every autumn for twenty years, where many in our community learned bhajans from her.

She is survived by her son, Dr. Anand Krishnaswamy (Lakshmi) of Ithaca; her daughter, Smt. Vasanthi Raghavan (Srinivasan) of Chennai; and four grandchildren.

A prayer meeting (shraddhanjali) in her memory will be held Sunday, June 7, at 4 p.m. at the Ithaca Hindu Cultural Center. All are welcome.""",
gold=[("ITH013", "survivor")]),  # Lakshmi is his roster spouse but not a client

dict(guid="ith_flfc_2026_0415", pub="2026-07-24T07:00:00-04:00", title="From the Ovid Mennonite scribe: Ezra Zimmerman laid to rest",
body="""Ovid, Seneca County - A large funeral was held on Thursday for Ezra M. Zimmerman, 81, who passed away on Monday evening at his home on the Ovid-Lodi line after a stroke in the hayfield.

Ezra was the husband of Lydia (Martin) Zimmerman. He is survived by his wife and eleven children: Amos and wife Esther (Weaver) of Romulus; Mary, wife of Nelson Hoover, of Penn Yan; Elvin and wife Anna (Sensenig) at home; and eight others, with 64 grandchildren and 9 great-grandchildren. He was predeceased by a son, John, in 1981.

Services were held at the Fairview meetinghouse with burial in the adjoining cemetery. Ministers Aaron Shirk and Leon Horst had the sermons. The family wishes to thank their English neighbor, Pippa Ashgrove, who drove Lydia to the hospital, and all who brought food.

The weather has been hot and dry; the second cutting of hay is in, and the sweet corn is coming on fast.""",
gold=[]),  # Pippa Ashgrove (ITH022) is a neighbour thanked: nothing

dict(guid="ith_flfc_2026_0447", pub="2026-09-11T07:00:00-04:00", title="St. Rita Parish bulletin: please pray for our faithful departed",
body="""Please pray for the repose of the soul of Arthur "Artie" Bogardus, 72, of Groton, who died September 6, 2026, the brother of our parishioner Corinne Mugglestone of Freeville. A Mass of Christian Burial will be celebrated Monday at 10 a.m. at St. Anthony's in Groton.

Please also remember in your prayers the intentions of the sick of the parish, and the Knights of Columbus chicken barbecue volunteers this Saturday.""",
gold=[("ITH012", "survivor")]),  # only Corinne is named; her husband Tad is not
]
