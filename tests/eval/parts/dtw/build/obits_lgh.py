"""Lathan-Greer Home for Funerals, Detroit: African American homegoing notices ("Celebration of Life",
"transitioned", "Homegoing Service", "Repast"). HTML in content:encoded. Hand-labelled."""

FEED = "lgh"
ITEMS = [
dict(guid="dtw_lgh_celebration_2026_0105", pub="2026-01-08T12:00:00-05:00", title="Celebrating the Life of Mother Ruby Lee Fountain",
body="""Mother Ruby Lee Fountain, 95, transitioned from labor to reward on Monday, January 5, 2026. Born in Greenwood, Mississippi, she came to Detroit in 1951 and was a faithful member of Greater New Mount Moriah Missionary Baptist Church for 68 years, where she served on the Mothers' Board.

She leaves to cherish her memory two daughters, Bernice (Odell) Dismukes of Detroit and Gwendolyn Fountain of Atlanta, Ga.; one son, Rev. Leon Fountain of Inkster; eleven grandchildren; twenty-three great-grandchildren; and a host of nieces, nephews, church family and friends. She was preceded in death by her husband, Deacon Willie Fountain, and her son, Clarence.

Homegoing Service: Saturday, January 10, 11 a.m., Greater New Mount Moriah, 586 Owen St. Family hour 10 a.m. Eulogist: Rev. Cornelius Hollowell. Interment: Woodlawn Cemetery. Repast to follow at the church.""",
gold=[("DTW016", "survivor"), ("DTW015", "survivor")]),

dict(guid="dtw_lgh_celebration_2026_0211", pub="2026-02-14T12:00:00-05:00", title="Celebrating the Life of Deacon Harold Oglesby",
body="""Deacon Harold Oglesby, 81, of Detroit, peacefully transitioned on February 11, 2026. A 1962 graduate of Northwestern High School, he drove a DDOT bus for 33 years and never missed a Sunday at Hartford Memorial Baptist Church.

He leaves to cherish his memory his wife of 58 years, Dorothy; his daughters, Kendra (Marcus) Pettaway and Alicia Oglesby, both of Detroit; his son, Harold Oglesby Jr. of Southfield; seven grandchildren, including Jordan Pettaway; and a host of relatives and friends. He was preceded in death by his half-brother, Odell Dismukes Sr.

Homegoing Celebration Friday, February 20, 11 a.m., Hartford Memorial Baptist Church, 18700 James Couzens Fwy. Interment Detroit Memorial Park East.""",
gold=[("DTW021", "survivor"), ("DTW020", "survivor")]),

dict(guid="dtw_lgh_celebration_2026_0318", pub="2026-03-20T12:00:00-04:00", title="Celebrating the Life of Sister Mattie Threadgill",
body="""Sister Mattie Threadgill, 88, of Detroit, went home to be with the Lord on March 18, 2026. Born in Selma, Alabama, she was a retired Detroit Public Schools cafeteria manager and sang in the Voices of Zion choir for 40 years.

She leaves to cherish her memory her daughter, LaVerne "Vernie" Threadgill of Detroit; her granddaughter, Tamika (Andre) Banks of Detroit; her great-grandsons, Andre Jr. and Isaiah; and a host of family and friends.

Homegoing Service Thursday, March 26, 11 a.m., Zion Hill Missionary Baptist Church, 13400 Puritan. Officiating: Rev. Cornelius Hollowell. Interment Elmwood Cemetery.""",
gold=[("DTW017", "survivor"), ("DTW018", "survivor")]),

dict(guid="dtw_lgh_celebration_2026_0406", pub="2026-04-08T12:00:00-04:00", title="Celebrating the Life of Marcus D. Pettaway",
body="""Marcus Dwayne Pettaway, 19, of Flint, transitioned on April 4, 2026. A sophomore at Mott Community College, he loved basketball and his little sister.

He leaves to cherish his memory his mother, Shanice Pettaway of Flint; his sister, Kiara; his grandparents, Walter and Inez Pettaway of Flint; and a host of family and friends.

Homegoing Service Saturday, April 11, noon, Greater Holy Temple Church of God in Christ, Flint.""",
gold=[]),

dict(guid="dtw_lgh_celebration_2026_0512", pub="2026-05-14T12:00:00-04:00", title="Celebrating the Life of Mr. James Earl Hollowell",
body="""Mr. James Earl Hollowell, 74, of Inkster, peacefully transitioned on May 12, 2026. Born in Tuskegee, Alabama, he retired from the Ford Wixom Assembly Plant after 32 years and coached Little League in Inkster for two decades.

He leaves to cherish his memory his devoted wife, Loretta; his sons, James Jr. and Derrick; his brother, Rev. Cornelius (Gloria) Hollowell of Detroit; his sister, Mae Ella Watts of Tuskegee; eight grandchildren; and a host of nieces, nephews and friends.

Homegoing Service Wednesday, May 20, 11 a.m., Second Baptist Church of Inkster. Eulogist: Pastor Dwayne Ricks. Interment Cadillac Memorial Gardens West.""",
gold=[("DTW019", "survivor")]),
]
