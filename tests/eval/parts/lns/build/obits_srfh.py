"""Snavely-Reist Funeral Homes (Lititz, Manheim and Strasburg chapels): funeral-home site, HTML in content:encoded,
one-sentence plain description, permalink-style links, guids prefixed lns_. Hand labels in gold=[...]."""

ITEMS = [
dict(guid="lns_srfh_thaddeus-r-wissler", pub="2026-02-16T10:15:00-05:00", title="Thaddeus R. \"Thad\" Wissler (1941 - 2026)",
body="""Thaddeus R. "Thad" Wissler, 84, of Manheim, passed away on Friday, February 13, 2026, at Lancaster General Hospital after a short illness. He was the husband of Verna (Hershey) Wissler, to whom he was married for 61 years.

Born September 3, 1941, in Rapho Township, he was the son of the late Amos and Edna (Nolt) Wissler. Thad farmed the family dairy on Doe Run Road for over forty years, served on the Manheim Central school board and never missed a Manheim Farm Show. He was a member of Chiques Church of the Brethren.

In addition to his wife, he is survived by a son, Kevin Wissler of Manheim; a daughter, Joanne wife of Scott Kreider of Elizabethtown; seven grandchildren; and two great-grandchildren. He was preceded in death by a brother, Ivan.

A funeral service will be held at 10 a.m. Thursday at Chiques Church of the Brethren, with the Rev. Kathryn Stauffacher officiating. Bearers will be his grandsons and Curt Sollenberger. Interment in Chiques Cemetery. Memorial contributions may be made to Hospice & Community Care.""",
gold=[("LNS006", "deceased_client")],
note="Deceased client corroborated: born September 3, 1941 = roster birth_date; wife Verna = roster spouse. "
     "Rev. Kathryn Stauffacher officiates (LNS010: nothing); Curt Sollenberger is a bearer (LNS018: nothing)."),

dict(guid="lns_srfh_clarence-e-landvater", pub="2026-03-04T09:30:00-05:00", title="Clarence E. Landvater (1952 - 2026)",
body="""Clarence E. Landvater, 73, of Lititz, died peacefully at home on Sunday, March 1, 2026, surrounded by his family.

Clarence was a machinist at the Wilbur Chocolate plant for 31 years and afterwards drove a school bus for Warwick School District, where a generation of children knew him as "Mr. L." He was a member of Lititz Moravian Congregation and sang bass in its choir.

He is survived by his wife of 50 years, Shirley (Ober) Landvater; two daughters, Amy Landvater of Lititz and Beth wife of Todd Rohrer of Brownstown; his sister, Henrietta "Hettie" Pfautz and her husband, Ronald, of Akron; and four grandchildren. He was preceded in death by his brother, Merle Landvater.

A memorial service will be held Saturday at 11 a.m. at Lititz Moravian Church, the Rev. Kate Stauffacher officiating. In lieu of flowers, donations may be made to the Warwick Food Bank.""",
gold=[("LNS013", "survivor")],
note="Hettie Pfautz: maiden Landvater = the deceased's surname; 'of Akron' is ~5 km from roster Ephrata (adjacent town). "
     "Officiant Kate Stauffacher (LNS010): nothing. 'Merle Landvater' is not Merle Bixler."),

dict(guid="lns_srfh_ruth-ann-eberly", pub="2026-03-27T14:00:00-04:00", title="Ruth Ann Eberly (1932 - 2026)",
body="""Ruth Ann Eberly, 93, formerly of Lititz, entered into rest on Wednesday, March 25, 2026, at Moravian Manor.

She was the wife of the late Harold Eberly, who died in 2011. Ruth Ann taught second grade at Kissel Hill Elementary for 29 years and was known for her pies at the Lititz Moravian candle tea.

Surviving are a daughter, Darlene (Marlin) Hackman of Lititz; a son, Glenn Eberly of Rothsville; five grandchildren and nine great-grandchildren.

Services will be private at the convenience of the family. Snavely-Reist Funeral Home, Lititz, is in charge of arrangements.""",
gold=[("LNS002", "survivor"), ("LNS001", "survivor")],
note="'Darlene (Marlin) Hackman' spouse notation; roster Marlin is 'Hackman Jr.', Darlene's maiden name is Eberly."),

dict(guid="lns_srfh_kenneth-ray-bixler", pub="2026-04-09T11:20:00-04:00", title="Kenneth Ray Bixler (1956 - 2026)",
body="""Kenneth Ray Bixler, 69, of Ephrata, died Tuesday, April 7, 2026, at WellSpan Ephrata Community Hospital.

Ken was a self-employed carpenter who built half the porches on Fulton Street and was a longtime member of the Ephrata Fire Company.

He is survived by his brother, Merle Bixler of Ephrata; his sister, Connie Hoover of Stevens; and several nieces and nephews.

A viewing will be held Monday from 6 to 8 p.m. at the Snavely-Reist Ephrata chapel. Pallbearers will be Dwight Eshbach, Larry Hoover, Dean Sahd and Tom Weaver.""",
gold=[],
note="Merle Bixler (LNS017) is do_not_contact: nothing. Dwight Eshbach (LNS007) is a pallbearer: nothing."),

dict(guid="lns_srfh_curtis-j-sollenberger", pub="2026-04-21T16:45:00-04:00", title="Curtis J. Sollenberger (1991 - 2026)",
body="""Curtis J. Sollenberger, 34, of Chambersburg, formerly of Manheim, died unexpectedly on Saturday, April 18, 2026.

Curtis graduated from Manheim Central High School in 2009 and from Penn State Mont Alto. He worked as a diesel mechanic for a trucking company in Chambersburg and loved fishing the Conococheague.

He is survived by his parents, Wayne and Denise Sollenberger of Chambersburg; his sister, Kayla; and his grandmother, Betty Sollenberger of Manheim.

A celebration of life will be held at the Manheim chapel on Friday at 7 p.m.""",
gold=[],
note="Namesake of LNS018 Curtis 'Curt' Sollenberger of Lancaster (born 1956, age 69): age 34, lives in Chambersburg, survived by parents: nothing."),

dict(guid="lns_srfh_doris-fasnacht", pub="2026-05-12T10:05:00-04:00", title="Doris L. Fasnacht (1937 - 2026)",
body="""Doris L. Fasnacht, 88, of Ephrata, went home to be with the Lord on Sunday, May 10, 2026, at Fairmount Homes.

Doris was born in Hinkletown to the late Paul and Ada (Burkholder) Weaver and was married to the late Leroy Fasnacht for 52 years. She kept the books for the family feed mill, quilted with the Martindale Mennonite sewing circle and never turned away a visitor without a whoopie pie.

She is survived by a daughter, Glenda, wife of Dwight Eshbach, of Ephrata; a son, Lester Fasnacht and his wife Joyce of New Holland; six grandchildren; and three great-grandchildren.

A funeral service will be held at Martindale Mennonite Church on Thursday at 10 a.m. Interment in the church cemetery.""",
gold=[("LNS008", "survivor"), ("LNS007", "survivor")],
note="Glenda Eshbach (maiden Fasnacht) named as 'Glenda, wife of Dwight Eshbach'; Dwight is the son-in-law named with her."),

dict(guid="lns_srfh_walter-rathvon", pub="2026-06-02T09:40:00-04:00", title="Walter H. Rathvon (1945 - 2026)",
body="""Walter H. Rathvon, 80, of Strasburg, died on Saturday, May 30, 2026, in the orchard he planted, doing what he loved.

Walt taught chemistry at Lampeter-Strasburg High School for 33 years and then, in retirement, grafted apple trees for anyone who asked. He was predeceased by his wife, Carol, in 2019.

He is survived by his daughter, Pippa Rathvon, owner of Rathvon Cider Works in Strasburg; his son, Peter Rathvon of Pittsburgh; and three grandchildren.

A memorial gathering will be held at the cider works on Sunday afternoon. Snavely-Reist Funeral Home, Strasburg, is assisting the family.""",
gold=[("LNS021", "survivor")],
note="Pippa = nickname of roster Philippa Rathvon, Strasburg."),
]
