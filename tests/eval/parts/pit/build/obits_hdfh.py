"""Hrabik-Dunn Funeral Homes (Munhall, West Mifflin, Homewood chapels): funeral-home site, HTML in
content:encoded, permalink guids. Hand-labelled (`gold`)."""

BASE = "pit_hdfh_"
ITEMS = [
dict(guid=BASE + "helen-sefcik-2026", pub="2026-01-14T10:20:00-05:00", title="Helen Sefcik (1931 - 2026)",
body="""Helen (Popovich) Sefcik, 94, of Munhall, fell asleep in the Lord on Sunday, January 11, 2026, at the Sisters of St. Basil care home in Pittsburgh.

Born in Homestead on May 2, 1931, the daughter of the late Jan and Maria Popovich, Helen worked for thirty years in the cafeteria of Munhall's St. Therese school and kept house on Ravine Street for sixty-eight years. She made thousands of pirohi for the parish every Lent and never once wrote down the recipe. She was a member of St. John the Baptist Byzantine Catholic Church and its Altar Society.

Helen is survived by her daughter, Dorothy "Dottie" (Stephen) Hudak of Munhall; her son, Andrew Sefcik Jr. (Janice) of Cranberry Township; five grandchildren, Matthew, Kristen, Greg, Laura and Anne; and nine great-grandchildren. She was preceded in death by her husband of 59 years, Andrew Sefcik, and by her brother, Rev. Michael Popovich.

Friends will be received Thursday from 2 to 7 p.m. at the Hrabik-Dunn Funeral Home, 3700 Main St., Munhall, where a Panachida will be sung at 6:30 p.m. Divine Liturgy of Christian Burial Friday at 10 a.m. at St. John the Baptist Church, Very Rev. Jaroslav Dunda, celebrant. Interment St. John's Cemetery. Vičnaja pamjat!""",
gold=[("PIT002", "survivor"), ("PIT001", "survivor")]),

dict(guid=BASE + "odessa-whitlock-2026", pub="2026-02-09T13:00:00-05:00", title="Mother Odessa Mae Whitlock (1934 - 2026)",
body="""Mother Odessa Mae Whitlock, 91, of Homewood, received her wings and went home to be with the Lord on Wednesday, February 4, 2026, surrounded by her family.

Odessa was born in Selma, Alabama, and came to Pittsburgh with her husband in 1953. She was a nurse's aide at the old Homewood hospital for 28 years, and for more than sixty years a faithful member of Greater Bethesda Missionary Baptist Church, where she served as Mother of the Church, sang in the Senior Choir and led the Pastor's Aid Committee. No child on Upland Street went hungry while she was home.

She leaves to cherish her memory her son, Cornell Whitlock and his wife, Gloria Jean, of Pittsburgh; her daughter, Evangelist Delphine Whitlock-Carr of Detroit; eight grandchildren; fourteen great-grandchildren; and a host of nieces, nephews, church family and friends. She was preceded in death by her husband, Deacon Roosevelt Whitlock, and a son, Marcus.

Viewing Friday, 10 a.m. until the Homegoing Celebration at 12 noon at Greater Bethesda Missionary Baptist Church, Frankstown Ave. Eulogist: Rev. Dr. Thaddeus Greer, Pastor. Pallbearers: Terrence Whitlock, Jamal Carr, Andre Whitlock, Darnell Fitch and Dr. Lamont Pryor. Interment Homewood Cemetery. Arrangements by Hrabik-Dunn, Homewood Chapel.""",
gold=[("PIT009", "survivor"), ("PIT008", "survivor")]),

dict(guid=BASE + "joseph-mrozek-jr-2026", pub="2026-03-19T09:45:00-04:00", title="Joseph \"Joe\" Mrozek Jr. (1947 - 2026)",
body="""Joseph "Joe" Mrozek Jr., 78, of West Mifflin, passed away peacefully on Tuesday, March 17, 2026, at Jefferson Hospital.

Joe was born November 2, 1947, in McKeesport, the son of the late Joseph and Sophie Mrozek. He served with the U.S. Army in Vietnam and then worked 36 years at U.S. Steel's Irvin Works as a roller, retiring in 2005; he was a proud member of USW Local 2227 and of the Polish Falcons Nest 725. He coached Little League in West Mifflin for twenty years and could fix any lawnmower on Camp Hollow Road.

He is survived by his wife of 54 years, Irene (Wojcik) Mrozek; his sons, Joseph III (Kim) of Baldwin and Mark (Denise) of Jefferson Hills; his sister, Lorraine Szymanski of Monongahela; and six grandchildren. He was preceded in death by his brother, Stanley.

Visitation Friday 2-4 and 6-8 p.m. at the Hrabik-Dunn Funeral Home, West Mifflin. Mass of Christian Burial Saturday at 10 a.m. in Holy Spirit Parish, Rev. Tadeusz Gorski officiating. Pallbearers: Danny McCaffrey, Kevin Mrozek, Nick Mrozek and Ray Staszak. Military honors by the West Mifflin VFW.""",
gold=[("PIT003", "deceased_client"), ("PIT004", "spouse_of_deceased_client"), ("PIT020", "survivor")]),

dict(guid=BASE + "walter-kubiak-jr-2026", pub="2026-04-22T11:10:00-04:00", title="Walter J. Kubiak Jr. (1967 - 2026)",
body="""Walter J. Kubiak Jr., 58, of Glassport, died unexpectedly on Sunday, April 19, 2026, at his home.

Wally was a millwright at the Clairton Coke Works for 31 years, a member of USW Local 1557, and the best left-handed bowler the Glassport Polish Club ever had. He never missed a Steelers game or a pierogi sale at St. Cecilia's.

He is survived by his father, Walter "Walt" Kubiak Sr. of Glassport; his daughter, Kayla Kubiak of Dormont; his sister, Patricia (Ron) Levandoski of Port Vue; and his beloved dog, Franco. He was preceded in death by his mother, Regina (Nowak) Kubiak.

Friends received Thursday 4-8 p.m. at the Hrabik-Dunn Funeral Home, Munhall. Funeral Mass Friday at 10 a.m. at St. Cecilia Church, Glassport.""",
gold=[("PIT021", "survivor")]),

dict(guid=BASE + "carmela-ciccone-2026", pub="2026-05-08T15:30:00-04:00", title="Carmela Ciccone (1936 - 2026)",
body="""Carmela (Iannotti) Ciccone, 89, of Bloomfield, went to be with the Lord on May 5, 2026.

Born in Pacentro, Abruzzo, she came to Pittsburgh as a bride in 1956 and never left Bloomfield. For decades she made the wedding cookies for half the neighborhood, and her Sunday gravy was the reason her grandchildren all found jobs within ten minutes of Liberty Avenue. She was a member of Immaculate Conception-St. Joseph Parish and the Pacentro Society.

Beloved wife of the late Domenic Ciccone; loving mother of Rosemarie (Tony) DiNardo of Bloomfield and Paul Ciccone of Shaler; cherished nonna of Nicole, Anthony and Gina; also survived by her niece, Terri Bencivenga of Bridgeville, and many cousins in Italy.

Friends received Sunday 2-6 p.m. at the Hrabik-Dunn Funeral Home, Bloomfield Chapel. Mass of Christian Burial Monday 10 a.m. at St. Joseph Church.""",
gold=[("PIT007", "survivor"), ("PIT006", "survivor")]),

dict(guid=BASE + "agnes-lisko-2026", pub="2026-06-03T10:05:00-04:00", title="Agnes Lisko (1935 - 2026)",
body="""Agnes (Hudak) Lisko, 90, of Duquesne, died Monday, June 1, 2026, at Kane Regional Center, McKeesport.

Agnes was a checker at the Duquesne Thorofare for twenty-five years and a member of Holy Name Parish and the First Catholic Slovak Ladies Association, Branch 44.

She is survived by her daughters, Paulette Lisko of Duquesne and Barbara (Jim) Orsag of White Oak; and three grandchildren. She was preceded in death by her husband, John Lisko; her son, John Jr.; and her brothers, Stephen Hudak and George Hudak.

Parastas Thursday at 7 p.m. at the Hrabik-Dunn Funeral Home, Munhall. Funeral Mass Friday at 10 a.m. at Christ the Light of the World Parish, Duquesne.""",
gold=[]),
]
