"""Neighbors - Lincoln's community paper (Near South, Havelock and the small towns): milestones, church, schools,
engagements and donor lists; teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "nbr"
ITEMS = [
dict(guid="lnk_nbr_2026_0428_truong", pub="2026-04-28T09:00:00-05:00", title="LPS names Kim Loan Truong interpreter of the year",
body="""Lincoln Public Schools has named Kim Loan Truong its interpreter of the year. Truong, who came to Lincoln from Vietnam with her parents in 1991 and graduated from Lincoln High, has interpreted at parent-teacher conferences, IEP meetings and the occasional kindergarten meltdown for 24 years.

"She doesn't just translate the words," said Principal Angela Roebke of Elliott Elementary. "She translates the worry." Truong will be honored at the Board of Education's May 12 meeting.""",
gold=[("LNK023", "subject")]),

dict(guid="lnk_nbr_2026_0526_grosshans", pub="2026-05-26T09:00:00-05:00", title="Pastor Grosshans to retire after 31 years at Zion Congregational",
body="""After 31 years, 1,400 baptisms, weddings and funerals, and uncounted pans of bierocks at the fall supper, Pastor Marvin Grosshans will retire from Zion Congregational Church on June 28.

Grosshans, 65, grew up in Lincoln's North Bottoms, a great-grandson of Volga German immigrants, and came to Zion in 1995 after serving churches in Scottsbluff and Sutton. The congregation will hold a farewell potluck after the 10 a.m. service on his last Sunday. He and his wife, Carol, plan to stay in Lincoln.""",
gold=[("LNK021", "subject")]),

dict(guid="lnk_nbr_2026_0609_hall_of_fame", pub="2026-06-09T09:00:00-05:00", title="Seward County Ag Hall of Fame inducts four",
body="""SEWARD - The Seward County Agricultural Society inducted four farmers into its Hall of Fame at the county fairgrounds on Saturday.

The late Walter Pflugradt, who pioneered no-till farming north of Seward in the 1970s, was honored posthumously; his widow, JoAnn Pflugradt, accepted the plaque. Also inducted were Dale Rempe of Utica, Lois Bartels of Goehner and the Schmieding family of Milford.""",
gold=[]),   # LNK007 accepts her late husband's honour: nothing

dict(guid="lnk_nbr_2026_0721_library_donors", pub="2026-07-21T09:00:00-05:00", title="Friends of the Bethany Library thank summer book-sale donors",
body="""The Friends of the Bethany Branch Library raised $14,200 at this year's summer book sale, a record. The Friends thank everyone who donated books, baked goods and time, including: Marlene Adler, Wilhelmina Feyerherm, Ruth and Dale Grabenstein, Siobhan O'Dwyer, Paul Rezac, Kim Loan Truong and the Lincoln Northeast Key Club.

The next sale is October 10-11.""",
gold=[]),   # donor list: nothing

dict(guid="lnk_nbr_2026_0818_engagement", pub="2026-08-18T09:00:00-05:00", title="Engagement: Tzintzun - Lindahl",
body="""Efraín and Rosalinda Tzintzun of Lincoln announce the engagement of their daughter, Itzel Tzintzun, to Jacob Lindahl, son of Erik and Jody Lindahl of Wahoo.

Itzel is a 2020 graduate of Lincoln North Star High School and a 2024 graduate of Nebraska Wesleyan University; she is a pharmacist at Bryan Medical Center. Jacob is a graduate of Wahoo High School and the University of Nebraska-Lincoln and farms with his father near Wahoo. A May 2027 wedding is planned at Our Lady of Guadalupe Catholic Church, Lincoln.""",
gold=[("LNK005", "parent_of_subject"), ("LNK004", "parent_of_subject")]),
]
