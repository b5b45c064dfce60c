"""Obituaries for part jxn, three house styles. Hand labels in gold=[...] beside each text."""

# 1. The Jackson Courier-Herald: daily newspaper, plain text, "Name, age, of Town" headlines
JCH = [
dict(guid="jxn_jch_obit_20260210_0141", pub="2026-02-10T05:15:00-05:00", title="Harold W. \"Hal\" Brinkerhoff, 79, of Jackson",
body="""Harold William "Hal" Brinkerhoff, age 79, of Jackson, passed away Saturday, February 7, 2026, at Henry Ford Jackson Hospital, surrounded by his family.

Hal was born August 12, 1946, in Jackson, the son of the late William and Edna (Roush) Brinkerhoff. He graduated from Jackson High School in 1964 and served with the U.S. Army in Germany. On June 19, 1971, he married the former Doris Schaible at Trinity Lutheran Church; she survives. For 36 years he ran the second shift at Jackson Tool & Gauge, and after retiring he could be found most mornings at the Ella Sharp Park golf course or in line at the Roast & Toast.

Surviving in addition to his wife of 54 years, Doris, are his son, Nate (Alyssa) Brinkerhoff of Jackson; daughter, Kimberly (Todd) Haskins of Traverse City; four grandchildren, including newborn granddaughter Josie; and his sister, Marlene Teske of Leslie. He was preceded in death by his parents and by his brother, Glen.

Funeral services will be held at 11 a.m. Friday at Trinity Lutheran Church, with Pastor Ruth Engstrom officiating. Burial will follow at Woodland Cemetery. Pallbearers will be Reggie Tuttle, Dale Haskins, Mike Sobczak and Jerry Teske. In lieu of flowers, memorials may be made to the Jackson County Honor Flight.""",
gold=[("JXN001", "deceased_client"), ("JXN002", "spouse_of_deceased_client"), ("JXN022", "survivor")]),

dict(guid="jxn_jch_obit_20260114_0087", pub="2026-01-14T05:15:00-05:00", title="Stanislawa \"Stella\" Kowalczyk, 97, of Jackson",
body="""Stanislawa "Stella" Kowalczyk, 97, of Jackson, died Monday, January 12, 2026, at Countryside Care Center.

Stella was born in Krosno, Poland, on March 2, 1928, and came to Jackson in 1951 with her husband, Jozef, who preceded her in death in 1994. She worked for 22 years in the cafeteria at St. Mary Star of the Sea School and never let a child leave the line hungry. Her pierogi were a fixture of every parish festival.

She is survived by her daughter, Aggie Lutz (the late Ron) of Jackson; her son, Tadeusz "Ted" Kowalczyk of Rzeszow, Poland; five grandchildren; and nine great-grandchildren. She was also preceded in death by a son, Stanley, and a grandson, Michael.

A Mass of Christian Burial will be celebrated at 10 a.m. Saturday at St. Joseph Shrine, Brooklyn. Rosary at 9:30 a.m. Arrangements by Desnoyer Funeral Home.""",
gold=[("JXN017", "survivor")]),

dict(guid="jxn_jch_obit_20260123_0112", pub="2026-01-23T05:15:00-05:00", title="Duane R. Vandermolen Sr., 86, of Hillsdale",
body="""Duane Robert Vandermolen Sr., 86, of Hillsdale, went to be with his Lord on Tuesday, January 20, 2026, at his farm on Hallett Road, where he had lived since 1962.

Born November 4, 1939, in Zeeland, Mich., to Gerrit and Hendrika (Bos) Vandermolen, Duane moved to Hillsdale County to farm dairy and later cash crops. He served on the Fayette Township board for 20 years and was a deacon at the Hillsdale Christian Reformed Church.

He is survived by his son, Duane Jr. (Sherri) Vandermolen of Hillsdale, who farms the home place; his daughter, Karen DeVries of Holland; his sister, Fern (Mahlon) Yoder of Hillsdale; eight grandchildren and three great-grandchildren. He was preceded in death by his wife of 52 years, Wilma, in 2014.

Visitation will be Sunday from 2 to 5 p.m. at Eagle Funeral Home, Hillsdale. Funeral service Monday at 11 a.m. at the church, Rev. Peter Kuiper officiating. Interment in Lakeview Cemetery.""",
gold=[("JXN004", "survivor"), ("JXN005", "survivor"), ("JXN019", "survivor")]),

dict(guid="jxn_jch_obit_20260305_0233", pub="2026-03-05T05:15:00-05:00", title="Everett L. Dunnigan, 91, formerly of Brooklyn",
body="""Everett Lee Dunnigan, 91, of Lakeland, Fla., formerly of Brooklyn, Mich., died February 26, 2026, in Lakeland.

Everett was born in Brooklyn in 1934 and worked at the Ford plant in Saline until 1989, when he and his wife, Bonnie, moved to Florida. He was a lifetime member of the Brooklyn VFW Post and never missed a race at Michigan International Speedway until his eyes gave out.

Survivors include his wife of 68 years, Bonnie; his sons, Craig of Lakeland and Dennis of Ocala, Fla.; and six grandchildren. A memorial service was held in Lakeland. Burial of ashes will be at Brooklyn's Highland Cemetery this summer.""",
gold=[]),

dict(guid="jxn_jch_obit_20260318_0260", pub="2026-03-18T05:15:00-04:00", title="Gladys M. Ritzenthaler, 88, of Grass Lake",
body="""Gladys Marie Ritzenthaler, 88, of Grass Lake, passed away peacefully March 15, 2026, at home.

Gladys was born in Chelsea in 1937 to Otto and Martha (Faist) Heydlauff and married Leonard Ritzenthaler in 1958; he preceded her in death in 2011. Together they farmed on Mount Hope Road for more than 50 years. She was a member of St. Jacob Lutheran Church in Grass Lake, and her rhubarb pie took blue ribbons at the Jackson County Fair six years running.

She is survived by her brother-in-law, Cletus Ritzenthaler of Grass Lake; her nieces, Mary Beth (Karl) Haeussler of Chelsea and Janet Heydlauff of Ann Arbor; and many cousins. She was preceded in death by her sister, Irma.

Funeral service at 1 p.m. Saturday at St. Jacob Lutheran, with burial in Grass Lake Cemetery.""",
gold=[("JXN006", "survivor"), ("JXN007", "survivor")]),

dict(guid="jxn_jch_obit_20260402_0301", pub="2026-04-02T05:15:00-04:00", title="Dwight Allen Pung, 34, of Manchester",
body="""Dwight Allen Pung, 34, of Manchester, died unexpectedly on Sunday, March 29, 2026.

Dwight graduated from Manchester High School in 2010, where he wrestled at 152 pounds, and worked as a lineman for a utility contractor. He loved deer camp in Roscommon, his Harley and his daughter, Kaylee.

He is survived by his daughter, Kaylee; his parents, Gary and Linda Pung of Manchester; his sister, Heather (Josh) Wahl of Clinton; and his grandmother, Vera Pung. Visitation Thursday 4-8 p.m. at Jenter Funeral Home, Manchester.""",
gold=[]),

dict(guid="jxn_jch_obit_20260421_0355", pub="2026-04-21T05:15:00-04:00", title="Walter F. Gutekunst, 80, of Chelsea",
body="""Walter Friedrich Gutekunst, 80, of Chelsea, died April 18, 2026, at Chelsea Retirement Community.

Walt was born on the family farm in Sylvan Township in 1945. He taught industrial arts at Chelsea High School for 31 years and built half the sets for the Purple Rose Theatre's early seasons. He was a member of Zion Lutheran Church and the Chelsea Lions.

He is survived by his wife, Elaine; his sons, Mark (Debbie) of Dexter and Paul of Denver; his sister, Arlene (Bud) Klopfenstein of Spring Arbor; and five grandchildren. He was preceded in death by his brother, Herbert.

Memorial service Saturday at 2 p.m. at Zion Lutheran Church, Chelsea.""",
gold=[("JXN011", "survivor"), ("JXN010", "survivor")]),
]

# 2. Harwood & Lindqvist Family Funeral Homes (Jackson - Albion - Hillsdale): HTML in content:encoded
HLF = [
dict(guid="jxn_hlf_ernestine-tuttle-2026", pub="2026-02-20T16:00:00-05:00", title="Mother Ernestine Tuttle",
body="""Mother Ernestine Tuttle, 90, of Albion, Michigan, transitioned from labor to reward on Monday, February 16, 2026.

Born in Clarksdale, Mississippi, in 1935, she came north to Albion in 1953 and worked for thirty years at the Albion Malleable Iron foundry cafeteria. She was a mother of Bethel AME Church, where she sang in the Senior Choir for more than half a century.

She leaves to cherish her memory her son, Reginald "Reggie" Tuttle (Monique) of Albion; her daughters, Loretta Simms of Battle Creek and Denise Tuttle of Detroit; twelve grandchildren; a host of great-grandchildren, nieces, nephews and church family. She was preceded in death by her husband, Deacon Willie Tuttle, and her son, Calvin.

Homegoing service Saturday at 11 a.m. at Bethel AME Church, Albion, Rev. Dr. Calvin Haynes, eulogist. Interment Riverside Cemetery.""",
gold=[("JXN013", "survivor")]),

dict(guid="jxn_hlf_irene-nowicki-2026", pub="2026-03-09T15:30:00-05:00", title="Irene T. Nowicki",
body="""Irene Theresa Nowicki, 84, of Marshall, passed away on March 6, 2026, at Oaklawn Hospital.

Irene was born in Albion in 1941, one of seven children of Stanley and Helen Nowicki, and never married. She kept the books for Marshall's Brooks Fountain merchants for 40 years and was a faithful member of St. Mary Catholic Church.

Irene is survived by her sister, Geraldine "Gerry" Wojtaszek of Albion, and by many nieces and nephews. She was preceded in death by her parents, her brothers Edward, Joseph and Leon, her sisters Dorothy and Frances, and her brother-in-law, Walter Wojtaszek.

A Mass of Christian Burial will be celebrated Thursday at 10 a.m. at St. Mary Catholic Church, Marshall.""",
gold=[("JXN003", "survivor")]),

dict(guid="jxn_hlf_herman-lehmann-2026", pub="2026-04-08T14:10:00-04:00", title="Herman J. Lehmann",
body="""Herman Johann Lehmann, 92, of Chelsea, died April 5, 2026, at home on the farm where he was born.

Herman farmed in Lima Township all his life and was a founding member of the Chelsea Area Historical Society. He could name every barn between Chelsea and Dexter, and who had built it.

He is survived by his wife of 66 years, Louise; his children, Ronald Lehmann of Chelsea and Carol (Steve) Pratt of Saline; seven grandchildren and eleven great-grandchildren.

The funeral liturgy will be Saturday at 11 a.m. at St. Mary Parish, Chelsea, Deacon Karl Haeussler presiding. Scripture will be read by longtime neighbor Lucy Van Horn. Burial at Mount Olivet Cemetery.""",
gold=[]),

dict(guid="jxn_hlf_conrad-mapes-2026", pub="2026-04-27T10:45:00-04:00", title="Conrad E. Mapes",
body="""Conrad Earl Mapes, 87, of Jackson, formerly of Parma, died April 24, 2026, at Vista Grande Villa.

Conrad worked 35 years at the Parma elevator and served on the Western School District board. He liked Tigers radio, euchre and the Parma Cherry Festival, in that order.

He is survived by his son, Terry (Roz) Mapes of Parma; his daughter, Linda Coles of Concord; six grandchildren; and eight great-grandchildren. He was preceded in death by his wife, Ruth, and by his brother, Harlan.

Funeral service Wednesday at 11 a.m. at the Harwood & Lindqvist Jackson chapel, with Pastor Dean Ecker officiating.""",
gold=[("JXN015", "survivor"), ("JXN016", "survivor")]),

dict(guid="jxn_hlf_ruth-ann-brower-2026", pub="2026-05-19T09:20:00-04:00", title="Ruth Ann Brower",
body="""Ruth Ann Brower, 87, of Marshall, passed away peacefully on May 16, 2026, at Marshall's Tendercare.

Ruth Ann was born in 1938 in Homer and taught second grade at Gordon Elementary in Marshall for 33 years. She volunteered at the Honolulu House museum and was a member of Trinity Episcopal Church.

She is survived by her daughters, Connie (Wendell) Huizenga of Marshall and Beth Ann Cole of Kalamazoo; her grandchildren, Jacob, Emily and Lauren; and two great-grandsons. She was preceded in death by her husband, Dale Brower.

Services will be held Friday at 2 p.m. at Trinity Episcopal Church, Marshall.""",
gold=[("JXN014", "survivor")]),
]

# 3. South-Central Michigan Death Notices: brief paid notices, surname-first headings
MDN = [
dict(guid="jxn_mdn_20260214_brinkerhoff", pub="2026-02-14T06:00:00-05:00", title="BRINKERHOFF, Harold W. \"Hal\"",
body="""BRINKERHOFF, Harold W. "Hal", age 79, of Jackson, passed away Saturday, February 7, 2026. Born August 12, 1946. Survived by his wife of 54 years, Doris; son Nate (Alyssa) Brinkerhoff of Jackson; daughter Kimberly (Todd) Haskins of Traverse City; four grandchildren; sister Marlene Teske. Funeral Friday 11 a.m., Trinity Lutheran Church, Jackson. (Second notice; first published Feb. 10.)""",
gold=[]),

dict(guid="jxn_mdn_20260404_pfeifle", pub="2026-04-04T06:00:00-04:00", title="PFEIFLE, Lorraine",
body="""PFEIFLE, Lorraine, of Jonesville, passed away April 2, 2026. Arrangements are pending with Eagle Funeral Home, Jonesville.""",
gold=[("JXN012", "possible_deceased_client")]),

dict(guid="jxn_mdn_20260226_ostrander", pub="2026-02-26T06:00:00-05:00", title="OSTRANDER, Leon J.",
body="""OSTRANDER, Leon J., 70, of Jackson, died February 23, 2026. Retired Jackson Public Schools custodian and Navy veteran. Survived by his daughter, Tamika Ostrander-Bell of Jackson; son Marcus Ostrander of Lansing; sister Evelyn Dawkins; three grandchildren. Service Monday 1 p.m., Second Missionary Baptist Church, Jackson.""",
gold=[("JXN009", "survivor")]),

dict(guid="jxn_mdn_20260507_schaible", pub="2026-05-07T06:00:00-04:00", title="SCHAIBLE, Roland A.",
body="""SCHAIBLE, Roland A., 75, of Napoleon, died May 4, 2026. Survived by his wife, Karen; his sister, Doris Brinkerhoff of Jackson; and nephews Nate Brinkerhoff and Kevin Schaible. Preceded in death by his brother-in-law, Hal Brinkerhoff. Memorial service Saturday 11 a.m., Napoleon United Methodist Church.""",
gold=[("JXN002", "survivor"), ("JXN022", "survivor")]),

dict(guid="jxn_mdn_20260612_yoder", pub="2026-06-12T06:00:00-04:00", title="YODER, Mahlon E.",
body="""YODER, Mahlon E., 76, of Hillsdale, died June 9, 2026. Survived by his wife of 50 years, Fern (Vandermolen); sons Aaron and Levi; seven grandchildren. Preceded in death by his brother-in-law, Duane Vandermolen Sr. Service Monday 10:30 a.m., Hillsdale Mennonite Church.""",
gold=[("JXN019", "survivor")]),

dict(guid="jxn_mdn_20260618_klopfenstein", pub="2026-06-18T06:00:00-04:00", title="KLOPFENSTEIN, Bernard A. \"Bud\"",
body="""KLOPFENSTEIN, Bernard A. "Bud", 52, of Fort Wayne, Ind., died June 15, 2026. Survived by his wife, Tammy; daughters Brooke and Kelsey; mother Janice Klopfenstein of Berne, Ind. Service Saturday at First Mennonite Church, Berne.""",
gold=[]),
]
