"""Kuhn-Stauffer Funeral Homes (chapels in Fleetwood, Shillington and Hamburg): funeral-home site, Berks County
house style ("He was the husband of ...", "Surviving are ...", "daughter, Arlene, wife of Lamar Dieffenbach").
HTML in content:encoded, one-sentence description. Hand-labelled (`gold`)."""

BASE = "rdg_ksfh_"
ITEMS = [
dict(guid=BASE + "hilda-m-hartranft", pub="2026-02-05T10:15:00-05:00", title="Hilda M. Hartranft (1929 - 2026)",
body="""Hilda M. (Rothermel) Hartranft, 96, of Kutztown, passed away Monday, February 2, 2026, at Kutztown Manor. She was the wife of the late Paul W. Hartranft, who died in 2011.

Born in Maxatawny Township, she was a daughter of the late Irwin and Sallie (Dries) Rothermel. Hilda worked for many years in the cafeteria of Kutztown Area School District and was a lifelong member of St. John's Lutheran Church, Kutztown, where she sang in the choir and baked for the Easter sale. She was known far and wide for her shoofly pies and her Pennsylvania Dutch sayings.

Surviving are her daughter, Arlene, wife of Lamar Dieffenbach, Fleetwood; her son, Glenn Hartranft, husband of Sandra, Topton; five grandchildren and nine great-grandchildren. She was predeceased by a sister, Esther Heffner.

Services will be held Saturday at 11 a.m. at St. John's Lutheran Church, Kutztown, with the Rev. Karl Reinhard officiating. Interment in Hope Cemetery. Contributions may be made to the church. Kuhn-Stauffer Funeral Home, Fleetwood, is in charge of arrangements.""",
gold=[("RDG002", "survivor"), ("RDG001", "survivor")]),

dict(guid=BASE + "luther-e-mengel", pub="2026-03-12T09:40:00-04:00", title="Luther E. Mengel (1938 - 2026)",
body="""Luther E. Mengel, 87, of Mohnton, passed away Tuesday, March 10, 2026, in Reading Hospital, West Reading. He was the husband of Rosalind "Roz" (Hafer) Mengel, with whom he shared 64 years of marriage.

Born May 9, 1938, in Cumru Township, he was a son of the late Ira and Stella (Fry) Mengel. Luther graduated from Governor Mifflin High School in 1956 and served in the U.S. Army in Germany. He worked 38 years as a tool-and-die maker at the Carpenter Technology plant and retired in 2000. He was a member of St. John's (Gernant's) Church, a life member of the Mohnton Fire Company and never missed a Fleetwood Fair.

In addition to his wife, he is survived by his son, Kurt L., husband of Denise Mengel, Wernersville; his daughter, Lori A., wife of Gary Brossman, Mohnton; five grandchildren; and a sister, Verna Fry, Lancaster. He was predeceased by a brother, Harold Mengel.

A funeral service will be held Monday at 11 a.m. in the Kuhn-Stauffer Funeral Home, Shillington chapel, with the Rev. Deborah Kline officiating. Interment will follow in Gernant's Cemetery.""",
gold=[("RDG018", "deceased_client"), ("RDG019", "spouse_of_deceased_client")]),

dict(guid=BASE + "sterling-r-gernerd", pub="2026-04-14T11:00:00-04:00", title="Sterling R. Gernerd (1934 - 2026)",
body="""Sterling R. Gernerd, 91, of Shoemakersville, died Saturday, April 11, 2026, at his home. He was the husband of the late Miriam (Dunkelberger) Gernerd, who died in 2019.

Born in Perry Township, he was a son of the late Elmer and Mabel (Adam) Gernerd. Sterling drove a milk truck for Clover Farms for 31 years and farmed on the side. He was a member of St. Paul's Union Church, Shoemakersville, and of the Hamburg Rod and Gun Club.

Surviving are his brother, Wilmer "Bud" Gernerd, Hamburg; and several nieces and nephews. He was predeceased by a sister, Anna Mae Heinly.

A graveside service will be held Thursday at 10 a.m. in St. Paul's Union Cemetery. Kuhn-Stauffer Funeral Home, Hamburg, is in charge of arrangements.""",
gold=[("RDG010", "survivor")]),

dict(guid=BASE + "clarence-e-fegley-sr", pub="2026-05-20T10:30:00-04:00", title="Clarence E. Fegley Sr. (1933 - 2026)",
body="""Clarence E. Fegley Sr., 92, of Shillington, passed away Sunday, May 17, 2026, at Berkshire Commons, Cumru Township. He was the husband of the late Mae E. (Reber) Fegley.

Born in Reading, he was a son of the late Oscar and Beulah (Moyer) Fegley. Clarence was a mail carrier in Shillington for 34 years and later a crossing guard at Governor Mifflin Intermediate School, where generations of children knew him as "Mr. Clarence." He was a member of Grace Lutheran Church, Shillington.

Surviving are his son, Clarence E. "Clancy" Fegley Jr., husband of Doris Fegley, Shillington; his daughter, Janet, wife of Robert Hain, Mohnton; four grandchildren and six great-grandchildren.

Services will be held Friday at 10 a.m. in the Kuhn-Stauffer Funeral Home, Shillington chapel. Interment in Charles Evans Cemetery, Reading.""",
gold=[("RDG003", "survivor")]),

dict(guid=BASE + "shirley-a-brumbach", pub="2026-06-02T12:20:00-04:00", title="Shirley A. Brumbach (1940 - 2026)",
body="""Shirley A. (Stauffer) Brumbach, 85, of Gilbertsville, Douglass Township, Montgomery County, passed away Friday, May 29, 2026, at Pottstown Hospital. She was the wife of the late Roy M. Brumbach, a longtime member of the Boyertown Area Fire Company.

Born in Boyertown, she was a daughter of the late Harvey and Ella (Gabel) Stauffer. Shirley was a bookkeeper at the family hardware store in Pottstown for forty years and a member of St. John's Lutheran Church, Boyertown.

Surviving are her son, Dennis "Denny" Brumbach, husband of Karen, Pottstown; her daughter, Susan, wife of Mark Weller, Bechtelsville; and six grandchildren.

Members of the Boyertown Area Fire Company, led by Chief Frank Stitzel, will provide an honor guard. Services will be held Thursday at 11 a.m. at St. John's Lutheran Church, Boyertown. Interment in Fairview Cemetery.""",
gold=[("RDG023", "survivor")]),

dict(guid=BASE + "dorothy-l-shirk", pub="2026-07-08T09:50:00-04:00", title="Dorothy L. \"Dot\" Shirk (1931 - 2026)",
body="""Dorothy L. "Dot" Shirk, 94, of Morgantown, Caernarvon Township, went home to be with the Lord on Sunday, July 5, 2026. She was the wife of the late Walter H. Shirk.

Dot was born in Robeson Township, a daughter of the late Jacob and Ida (Kurtz) Hertzler. She kept the books for Shirk's Feed Mill for 45 years and taught Sunday school at Conestoga Mennonite Church for longer than anyone can remember.

She is survived by her son, Dean Shirk (Patricia) of Elverson; her granddaughter, Tami (Brent) Yocum of Birdsboro; her grandson, Kyle Shirk of Lititz; and three great-grandchildren, including Kaylee Yocum.

A memorial service will be held Saturday at 2 p.m. at Conestoga Mennonite Church, Morgantown. Kuhn-Stauffer Funeral Home is assisting the family.""",
gold=[("RDG013", "survivor"), ("RDG014", "survivor")]),

dict(guid=BASE + "harold-j-ziemer", pub="2026-08-11T10:05:00-04:00", title="Harold J. Ziemer (1935 - 2026)",
body="""Harold J. Ziemer, 90, of Leesport, passed away Friday, August 7, 2026, at Reading Hospital. He was the husband of the late Ruth A. (Seidel) Ziemer.

Born in Ontelaunee Township, he was a son of the late Harvey and Clara (Kemp) Ziemer. Harold was an electrician with Metropolitan Edison for 36 years and a member of Epler's Church, where he served on the church council.

Surviving are his daughter, MaryBeth Ziemer, Wyomissing; his son, Gregory Ziemer, husband of Lynn, Leesport; and four grandchildren, including Caitlin Ziemer.

Services will be held Wednesday at 10 a.m. at Epler's Church, Bern Township. Kuhn-Stauffer Funeral Home, Fleetwood, is in charge of arrangements.""",
gold=[("RDG004", "survivor")]),
]
