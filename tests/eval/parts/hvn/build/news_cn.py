"""Shoreline & Valley Neighbors: community papers for the New Haven suburbs (schools, milestones, engagements,
sports, volunteers). Teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "cn"
ITEMS = [
dict(guid="hvn_cn_2026_0410", pub="2026-01-29T09:00:00-05:00", title="Wallingford officer promoted to sergeant",
body="""WALLINGFORD - Officer Kyle Przybylski has been promoted to sergeant, Police Chief Marisa Deluca announced this week. Przybylski, a 12-year veteran of the department, will supervise the evening patrol shift.

A Lyman Hall High School graduate, Sgt. Przybylski is the son of Ted and Carol Przybylski of Wallingford. His grandfather, the late Thaddeus Przybylski Sr. of Meriden, died earlier this month.""",
gold=[("HVN012", "parent_of_subject")]),

dict(guid="hvn_cn_2026_0433", pub="2026-03-05T09:00:00-05:00", title="Hamden Hall's Kiana Threadgill signs with UConn women's basketball",
body="""HAMDEN - Hamden Hall Country Day School senior guard Kiana Threadgill signed her letter of intent Wednesday to play basketball at the University of Connecticut.

Threadgill, the daughter of Reginald and Yvette Threadgill of Hamden, averaged 24 points a game this season and became the school's all-time leading scorer in January. "She has been dribbling in the driveway since she was four," her father said.""",
gold=[("HVN008", "parent_of_subject")]),

dict(guid="hvn_cn_2026_0458", pub="2026-04-02T09:00:00-04:00", title="Engagement: Dunnigan - Okwuosa",
body="""BRANFORD - Mary Beth and Gerry Dunnigan of Branford announce the engagement of their daughter, Caitlin Dunnigan, to Chinedu Okwuosa, son of Ngozi and Emmanuel Okwuosa of West Hartford.

The bride-to-be, a graduate of Branford High School and Boston College, is a nurse practitioner at Yale New Haven Hospital. Her fiance, a graduate of UConn, is an engineer at Electric Boat. A September 2027 wedding is planned at St. Therese Church, Branford.""",
gold=[("HVN013", "parent_of_subject"), ("HVN014", "parent_of_subject")]),

dict(guid="hvn_cn_2026_0472", pub="2026-05-14T09:00:00-04:00", title="Clinton names Henrietta Ostergaard volunteer of the year",
body="""CLINTON - For 31 years, Henrietta Ostergaard has run the Clinton Food Pantry's Thursday distribution, and on Monday the Board of Selectmen named her the town's Volunteer of the Year.

Ostergaard, who turns 80 next month, retired as a school librarian in 2008. "I just kept showing up," she said. The award will be presented at the Clinton Memorial Day ceremony.""",
gold=[("HVN021", "subject")]),

dict(guid="hvn_cn_2026_0489", pub="2026-06-18T09:00:00-04:00", title="Friends of the Whitneyville Library thank spring book-sale donors",
body="""HAMDEN - The Friends of the Whitneyville Library raised $6,200 at their spring book sale. The Friends thank this year's donors and volunteers, including Rose Marie Vitagliano, Guy and Linda D'Errico, Patricia Cavallaro, the Hamden Rotary Club, Whitney Hardware and the Hamden Hall Key Club. The fall sale is set for October 17.""",
gold=[]),  # donor/volunteer list -> nothing for HVN015, HVN016

dict(guid="hvn_cn_2026_0503", pub="2026-07-09T09:00:00-04:00", title="Wooster Square couple marks 55 years with a feast at St. Michael's",
body="""NEW HAVEN - Sal and Connie Abbruzzese of Wooster Square celebrated their 55th wedding anniversary Sunday with a Mass at St. Michael Church, where they were married on July 10, 1971, and a dinner for 120 relatives and friends at the church hall.

The couple met at the Feast of St. Andrew in 1968, when Sal, just home from the Army, bought Connie three zeppole and told her mother he would marry her daughter. They have three children and seven grandchildren.""",
gold=[("HVN001", "subject"), ("HVN002", "subject")]),
]
