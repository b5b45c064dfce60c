"""Bethel Missionary Baptist Church (South Boston) Sunday bulletin: 'Bereavement' and 'Homegoing' notices,
plain text. Hand-labelled."""

ITEMS = [
dict(guid="dnv_bethel_bulletin_20260208_bereavement", pub="2026-02-08T08:00:00-05:00", title="Bereavement: Mother Pearlie Easley",
body="""The Bethel family extends its love and Christian sympathy to Deacon Lamont Easley and family in the passing of his grandmother, Mother Pearlie Mae Easley, 98, of South Boston, who fell asleep in Jesus on Tuesday, February 3. Mother Easley was Bethel's oldest member and sang in the Senior Choir until her ninety-fifth birthday.

Homegoing service: Saturday, February 14, 12 noon, here at Bethel. The family will assemble at the home of Deacon Easley, 880 Wilborn Avenue, at 11:15. The Pastor's Aid and the Hospitality Committee will serve the repast. Cards may be sent in care of Deacon Easley.""",
gold=[("DNV013", "survivor")]),

dict(guid="dnv_bethel_bulletin_20260412_homegoing", pub="2026-04-12T08:00:00-04:00", title="Homegoing: Mother Estelle Ferrell",
body="""It is with heavy hearts that we share that Mother Estelle Ferrell, 94, of Nathalie, mother of our pastor, the Rev. Dr. Cornelius Ferrell, and mother-in-law of First Lady Gloria Ferrell, was called home on Wednesday, April 8.

Mother Ferrell leaves her children, Rev. Dr. Cornelius Ferrell (Gloria) of South Boston, Deloris Ferrell Booker of Philadelphia and Nathaniel Ferrell of Nathalie, eleven grandchildren and a host of great-grandchildren.

Homegoing celebration Saturday, April 18, at 1 p.m. at Mount Olive Baptist Church, Nathalie, the Rev. Leon Womack, eulogist. Please keep Pastor and First Lady Ferrell and the family in your prayers. Pulpit supply next Sunday: Rev. Alvin Tuck.""",
gold=[("DNV015", "survivor")]),

dict(guid="dnv_bethel_bulletin_20260517_bereavement", pub="2026-05-17T08:00:00-04:00", title="Bereavement: Brother Junius Carrington",
body="""Our prayers and sympathy go out to Sister Mozelle Carrington and family in the passing of Brother Junius Carrington, 82, of Halifax, a faithful usher for fifty years, on Monday, May 11.

Funeral service: Friday, May 22, 11 a.m., at Bethel. Pastor Cornelius Ferrell will officiate. Interment in the church cemetery. Ushers are asked to wear white. Flowers may be sent to Powell-Tuck Funeral Service.""",
gold=[]),   # the pastor (DNV015) only officiates
]
