"""Guidry-Broussard Funeral Home site feed (HTML in content:encoded, Acadiana Catholic style). Hand-labelled."""

FEED = "gbfh"
BASE = "https://www.guidrybroussardfh.example/obituaries/"
ITEMS = [
dict(guid=BASE + "alcide-joseph-thibodeaux", pub="2026-03-02T14:30:00-06:00", title="Alcide Joseph \"Cide\" Thibodeaux",
body="""A Mass of Christian Burial will be celebrated at 10:00 a.m. on Thursday, March 5, 2026, at Sacred Heart of Jesus Catholic Church in Broussard for Alcide Joseph "Cide" Thibodeaux, 87, who passed away on Saturday, February 28, 2026, at his home in Broussard, surrounded by his family.

The family requests that visitation be observed at Guidry-Broussard Funeral Home on Wednesday from 5:00 p.m. until 9:00 p.m. A rosary will be prayed at 7:00 p.m. by the Knights of Columbus Council 3371.

Cide was born on October 5, 1938, in Broussard to the late Onezime and Eve Bourque Thibodeaux. He farmed sugarcane with his father and brothers, then drove a truck for Acadiana Cane Haulers for 31 years. He loved his Saturday boucherie, a good game of bourré and a cold Dixie after mass. He never met a stranger, and he never let anyone leave the house hungry.

He is survived by his wife of 64 years, Marie (née Guidry) Thibodeaux of Broussard; his daughters, Billie Jo Landry and her husband Keith of Scott, and Annette Thibodeaux of Lafayette; his son, Gerard Thibodeaux and his wife Tina of Maurice; nine grandchildren; fourteen great-grandchildren; and his sister, Eula Mae Dupuis of Abbeville.

He was preceded in death by his parents; his brothers, Clovis and Wilson Thibodeaux; and his grandson, Jacob Landry.

Pallbearers will be his grandsons, Trey, Cody and Brennan Landry, Luke and Max Thibodeaux, and Chase Dupuis. Rev. Msgr. Jude Savoy will officiate.

Guidry-Broussard Funeral Home, 600 E. Main Street, Broussard, Paul Mouton, Funeral Director, is in charge of arrangements.""",
gold=[("R051", "deceased_client"), ("R050", "spouse_of_deceased_client"), ("R052", "survivor")]),

dict(guid=BASE + "odile-savoy-hebert", pub="2026-03-16T10:00:00-05:00", title="Odile Savoy Hebert",
body="""Funeral services will be held at 11:00 a.m. on Wednesday, March 18, 2026, at St. Peter Catholic Church in Carencro for Odile Savoy Hebert, 91, who died peacefully on Saturday, March 14, 2026, at Carencro Nursing and Rehab.

Mrs. Odile was a homemaker and a seamstress who sewed first-communion dresses for half the girls in Carencro. She was a charter member of the Catholic Daughters and made the best fig preserves on Gloria Switch Road.

Survivors include her daughter, Mrs. Harold LeBlanc of Carencro; her daughter-in-law, Jo Ann Hebert of Carencro; eleven grandchildren; and twenty great-grandchildren.

She was preceded in death by her husband of 58 years, Ulysse Hebert; her son, Ronald Hebert; her parents, Alphonse and Octavie Savoy; and her brothers, Willis and Eraste Savoy.

Visitation will be at Guidry-Broussard Funeral Home, Carencro chapel, on Tuesday from 4:00 p.m. until 9:00 p.m., with a rosary at 6:30 p.m.""",
gold=[("R061", "survivor"), ("R055", "survivor")]),

dict(guid=BASE + "lucien-paul-broussard", pub="2026-04-02T09:15:00-05:00", title="Lucien Paul Broussard",
body="""Lucien Paul Broussard, 84, of Youngsville, passed from this life on Monday, March 30, 2026, at Acadiana Regional Medical Center, with his family by his side.

A Mass of Christian Burial will be celebrated at 2:00 p.m. on Friday, April 3, at St. Anne Catholic Church in Youngsville. Interment will follow in the church cemetery.

Lucien was a rice and crawfish farmer all his life and a proud Army veteran of the Korean era. He played the accordion at every family gathering and taught all his grandchildren to two-step in the kitchen.

He leaves behind his son, Wade Broussard and his wife Sue Ellen of Youngsville; his daughter, Paulette Broussard Meaux and her husband Rusty of Milton; seven grandchildren; and his lifelong friend and hunting partner, Nonc Ovey Duhon.

He was preceded in death by his wife, Yvonne Romero Broussard, and his parents, Theophile and Ida Broussard.""",
gold=[("R054", "survivor"), ("R053", "survivor")]),

dict(guid=BASE + "anastasie-tasie-guidry", pub="2026-04-19T16:00:00-05:00", title="Anastasie \"Tasie\" Guidry",
body="""Anastasie "Tasie" Guidry, 79, of New Iberia, died Thursday, April 16, 2026, at Iberia Medical Center.

A funeral mass will be held at 10:00 a.m. on Tuesday at St. Edward Catholic Church in New Iberia, with burial in St. Peter's Cemetery.

Tasie taught home economics at New Iberia Senior High for 30 years and never married; her nieces and nephews were her children. She is survived by her brother, Lionel Guidry of Jeanerette; her sister-in-law, Celeste Guidry of New Iberia, who shared her home; and numerous nieces, nephews, great-nieces and great-nephews.

She was preceded in death by her parents, Ulysse and Aurelie Guidry, and her brother, Norris Guidry.""",
gold=[("R060", "survivor")]),

dict(guid=BASE + "renee-marie-fontenot", pub="2026-05-05T11:00:00-05:00", title="Renee Marie Fontenot",
body="""Renee Marie Fontenot of Lafayette passed away on Saturday, May 2, 2026, after a courageous three-year battle with cancer.

She is survived by her husband of 22 years, Gary Fontenot; her children, Blake and Chloe Fontenot, both at home; her mother, Janice Robichaux of Lafayette; and her sister, Amy Robichaux Duplantis of Houma.

Renee was a pediatric nurse at Women's and Children's Hospital and coached her daughter's softball team. Her laugh could be heard across the ballpark.

Visitation will be held at Guidry-Broussard Funeral Home, Lafayette, on Thursday from 9:00 a.m. until the funeral mass at 11:00 a.m. in the funeral home chapel.""",
gold=[]),

dict(guid=BASE + "claudette-boudreaux", pub="2026-05-21T13:45:00-05:00", title="Claudette Melancon Boudreaux",
body="""Claudette Melancon Boudreaux, 92, of Breaux Bridge, went to be with the Lord on Monday, May 18, 2026.

Mass of Christian Burial will be held Friday at 10:00 a.m. at St. Bernard Catholic Church in Breaux Bridge.

She is survived by her sons, Pierre Boudreaux (Monique) of Breaux Bridge and Jules Boudreaux of Houston; her daughter, Annie Boudreaux Castille of Cecilia; fifteen grandchildren; and twenty-two great-grandchildren.

She was preceded in death by her husband, Adam Boudreaux, and by her sisters, Leona and Ida. Claudette ran the family dance hall kitchen for 40 years, and her crawfish étouffée was the reason many people came.""",
gold=[("R059", "survivor")]),

dict(guid=BASE + "ophelia-duhon", pub="2026-06-08T08:30:00-05:00", title="Ophelia Landreneau Duhon",
body="""Ophelia Landreneau Duhon, 96, of Lafayette, passed away on Friday, June 5, 2026, at Heritage Manor.

Mass of Christian Burial will be celebrated Tuesday at 11:00 a.m. at St. Genevieve Catholic Church. She is survived by her daughters, Gail Duhon Robin of Lafayette and Dana Duhon of Baton Rouge; six grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Eraste Duhon.

Ophelia worked for 35 years as a telephone operator and loved her rosary group and her camp on Henderson Lake.""",
gold=[]),

dict(guid=BASE + "wilfred-boo-leger", pub="2026-06-24T15:00:00-05:00", title="Wilfred \"Boo\" Leger",
body="""Wilfred "Boo" Leger, 72, of Scott, passed away on Sunday, June 21, 2026, at his home.

Funeral services will be held Thursday at 10:00 a.m. at St. Joseph Catholic Church in Scott.

He leaves behind his wife of 30 years, Rita Champagne Leger; his stepdaughter, Desiree Champagne of Scott; his stepson, Cody Champagne of Duson; his brother, Ferdinand Leger of Rayne; and five grandchildren who called him Paw-Paw Boo.

Boo was a welder in the oilfield for 35 years and smoked the best boudin balls in Scott, which is saying something.""",
gold=[("R063", "survivor")]),

dict(guid=BASE + "mae-savoie", pub="2026-07-09T10:00:00-05:00", title="Mae Broussard Savoie",
body="""Mae Broussard Savoie, 93, of Lafayette, died Tuesday, July 7, 2026.

A funeral mass will be held Saturday at 10:00 a.m. at St. Pius X Catholic Church. She is survived by her daughter, Yvette Savoie of Scott; her son, Roy Savoie of Lake Charles; and four grandchildren. She was preceded in death by her husband, Numa Savoie.

Mae was a lunch lady at Northside High for 25 years and played the organ at daily mass.""",
gold=[]),

dict(guid=BASE + "gerald-jerry-comeaux", pub="2026-07-28T12:00:00-05:00", title="Gerald \"Jerry\" Comeaux",
body="""Gerald "Jerry" Comeaux, 70, of Lafayette, passed away on Saturday, July 25, 2026, at Lafayette General Medical Center.

A Mass of Christian Burial will be celebrated Wednesday at 10:00 a.m. at Our Lady of Fatima Catholic Church.

He is survived by his son, Travis Comeaux of Lafayette; his daughter, Brandi Comeaux Guidroz of Youngsville; his former wife and friend, Debbie Comeaux of Lafayette; and three grandchildren.

Jerry was a mechanic who could fix anything with an engine. He was preceded in death by his parents, Leo and Alma Comeaux.""",
gold=[("R064", "survivor")]),

dict(guid=BASE + "ovide-prejean", pub="2026-08-19T09:00:00-05:00", title="Ovide Joseph Prejean",
body="""Ovide Joseph Prejean, 88, of Lafayette, passed away on Sunday, August 16, 2026, at Our Lady of Lourdes Hospice.

A Mass of Christian Burial will be held Thursday at 2:00 p.m. at Cathedral of St. John the Evangelist.

He is survived by his sons, Dale Prejean of Lafayette and Glenn Prejean of Beaumont, Texas; his granddaughter, Rosalie Prejean of Lafayette, who lived with him and cared for him; four other grandchildren; and his sister, Alida Prejean Hebert of Church Point.

He was preceded in death by his wife of 61 years, Lena Arceneaux Prejean. Ovide was a retired Lafayette Parish deputy and a lifelong member of the Carencro Council of the Knights of Columbus.""",
gold=[("R072", "survivor")]),

dict(guid=BASE + "jean-baptiste-jb-melancon", pub="2026-09-10T11:30:00-05:00", title="Jean-Baptiste \"J.B.\" Melancon",
body="""Jean-Baptiste "J.B." Melancon, 85, of Breaux Bridge, passed away on Monday, September 7, 2026.

Mass of Christian Burial will be held Saturday at 10:00 a.m. at St. Francis Regis Catholic Church in Arnaudville. He is survived by his wife, Lorena Guilbeau Melancon; his sons, Andrew and Louis Melancon, both of Breaux Bridge; and eight grandchildren.

J.B. farmed crawfish on the Atchafalaya side of the parish for fifty years. Pallbearers will be his grandsons.""",
gold=[]),
]
