"""Penns Valley Gazette (small-town weekly, central Pennsylvania): obituaries, plain text, published on
Thursdays. Hand-labelled."""

FEED = "pvg"
ITEMS = [
dict(guid="pvg-2026-w03-obit-1", pub="2026-01-15T06:00:00-05:00", title="Samuel K. Zook, 84, Belleville",
body="""Samuel K. Zook, 84, of Belleville, died Sunday, Jan. 11, at his home in the Kishacoquillas Valley, the farm on which he was born.

He was a son of the late Christian and Lydia (Kauffman) Zook, and farmed with horses until 1970 and with a tractor, reluctantly, thereafter. He was a member of Locust Grove Mennonite Church, where he served on the board of trustees, and he made the valley's best apple butter every October in a copper kettle older than the church.

Surviving are his wife of 61 years, Martha (Yoder) Zook; a son, John Zook of Allensville; a daughter, Ada, wife of Mervin Peachey, of Belleville; 14 grandchildren; and 9 great-grandchildren.

Services were held Wednesday at Locust Grove Mennonite Church, with burial in the church cemetery.""",
gold=[("N141", "survivor"), ("N142", "survivor")]),

dict(guid="pvg-2026-w05-obit-1", pub="2026-01-29T06:00:00-05:00", title="Doris Confer Yarnell, 83, Bellefonte",
body="""Doris Confer Yarnell, 83, of Bellefonte, passed away Monday, Jan. 26, at Mount Nittany Medical Center.

Born in Howard, she was the daughter of the late Chester and Alma (Bierly) Confer. Doris worked 30 years at the Bellefonte post office and for two decades more ran the bake table at the Centre County Grange Fair, where her shoofly pie took a blue ribbon so often that the judges eventually asked her to stop entering.

She is survived by a sister, Janet, the former Janet Confer, now Mrs. Ralph Kreamer of Bellefonte; a sister-in-law, Wilma Confer of Port Matilda; and several nieces and nephews. She was preceded in death by her husband, Harry Yarnell, in 2003, and by her brother, Glenn Confer.

Friends will be received from 10 to 11 a.m. Saturday at the Koch Funeral Home, Bellefonte, where the funeral will follow at 11, the Rev. Paul Stover officiating. Burial in Union Cemetery.""",
gold=[("N145", "survivor"), ("N154", "survivor")]),

dict(guid="pvg-2026-w08-obit-1", pub="2026-02-19T06:00:00-05:00", title="Harold \"Hap\" Bierly, 80, Port Matilda",
body="""Harold L. "Hap" Bierly, 80, of Port Matilda, died unexpectedly Saturday, Feb. 14, while clearing snow from the lane of the hunting camp he had shared with his brothers for fifty years.

Hap retired from the Pennsylvania Department of Transportation in 2006 and was a member of the Port Matilda fire company for 55 years. He is survived by his wife, Shirley; two daughters, Lisa Bierly of Warriors Mark and Renee Fye of Tyrone; and five grandchildren. He was preceded in death by his brothers, Gerald "Jerry" Bierly and Robert Bierly.

A funeral service will be held at 11 a.m. Tuesday at the Koch Funeral Home, Bellefonte, with the Rev. Paul Stover officiating. Timothy Koch, funeral director. Burial will follow in Port Matilda Cemetery.""",
gold=[]),

dict(guid="pvg-2026-w10-obit-1", pub="2026-03-05T06:00:00-05:00", title="Donald E. Shuey, 74, Myerstown",
body="""Donald E. Shuey, 74, of Myerstown, Lebanon County, died Feb. 28 at Good Samaritan Hospital, Lebanon. The Gazette prints this notice at the request of friends in Penns Valley, where Don spent boyhood summers on his uncle's farm near Spring Mills.

Don was a Myerstown dairy farmer and a longtime member of Tulpehocken United Church of Christ. Surviving are his wife, Arlene (Brubaker) Shuey; sons Dean and Dale; and four grandchildren. Services were held March 4 in Myerstown.""",
gold=[]),

dict(guid="pvg-2026-w12-obit-1", pub="2026-03-19T06:00:00-04:00", title="Margaret Lingenfelter, 88, Hollidaysburg",
body="""Margaret Jean Lingenfelter, 88, of Hollidaysburg, died peacefully Sunday, March 15, at Garvey Manor.

Peg was a 1955 graduate of Hollidaysburg High School and worked for many years as a secretary at the Altoona railroad shops, where, she liked to say, she kept three thousand men in line. She was a member of First Lutheran Church and the Blair County Genealogical Society.

Surviving are a daughter, Sandy Lingenfelter of Altoona; a son, Mark Lingenfelter of Pittsburgh; and three grandchildren. She was preceded in death by her husband, Walter, in 1998.

There will be no public viewing. A memorial service will be held at a later date.""",
gold=[("N149", "survivor")]),

dict(guid="pvg-2026-w14-obit-1", pub="2026-04-02T06:00:00-04:00", title="Raymond A. Dattilo, 90, Altoona",
body="""Raymond Anthony Dattilo, 90, of Altoona, died March 29 at UPMC Altoona. A son of Italian immigrants from Calabria, Ray ran Dattilo's Market on Sixth Avenue for forty-five years, sponsored more Little League teams than anyone could count and never charged a widow for her Sunday bread.

Surviving are his daughters, Lori Dattilo of Altoona and Angela Marasco of Hollidaysburg; six grandchildren; and a brother, Frank, of Johnstown. He was preceded in death by his wife, Rose (Grazioli) Dattilo.

A Mass of Christian Burial was celebrated Wednesday at St. Leo Catholic Church.""",
gold=[]),

dict(guid="pvg-2026-w16-obit-1", pub="2026-04-16T06:00:00-04:00", title="Beatrice M. Harpster, 87, Pleasant Gap",
body="""Beatrice Mae Harpster, 87, of Pleasant Gap, passed away Saturday, April 11, at her home.

Bea was a homemaker, a 4-H leader for thirty years and a member of the Pleasant Gap United Methodist Church, where she organized the strawberry festival each June. She is survived by her son, Keith (Denise) Harpster of Bellefonte; her daughter, Joyce Rimmey of Centre Hall; seven grandchildren; and twelve great-grandchildren. She was preceded in death by her husband, Lloyd Harpster, and by a son, Larry, in infancy.

The family will receive friends from 6 to 8 p.m. Tuesday at the Koch Funeral Home. The funeral will be held Wednesday at 11 a.m. at the church.""",
gold=[("N152", "survivor"), ("N153", "survivor")]),

dict(guid="pvg-2026-w18-obit-1", pub="2026-04-30T06:00:00-04:00", title="Elizabeth \"Betty\" Musser, 95, Boalsburg",
body="""Elizabeth "Betty" Musser, 95, died Friday, April 24, at The Village at Penn State, where she had moved from her Boalsburg farmhouse at the age of 92 under mild protest.

Betty taught first grade in the State College Area School District for 34 years and was a founding volunteer of the Pennsylvania Military Museum. She is survived by her daughter, Carol Musser of Boalsburg, and a nephew, Robert Musser of Mechanicsburg. She was preceded in death by her husband, Dr. John Musser, a Penn State professor of agronomy, in 1990.

A memorial service will be held May 9 at 2 p.m. at St. John's United Church of Christ, Boalsburg.""",
gold=[("N156", "survivor")]),

dict(guid="pvg-2026-w20-obit-1", pub="2026-05-14T06:00:00-04:00", title="Luther D. Wertz, 70, Altoona",
body="""Luther Dean Wertz, 70, of Altoona, died May 9 at home after a long battle with COPD.

Luther worked thirty-one years as a brakeman and conductor for Conrail and Norfolk Southern and was a lifelong member of the Altoona Moose. He loved deer season, the Steelers and his grandchildren, in an order that varied by month.

He is survived by his son, Brett Wertz of Altoona; his daughter, Tina Wertz of Duncansville; and four grandchildren. Services were private.""",
gold=[("N150", "survivor")]),

dict(guid="pvg-2026-w22-obit-1", pub="2026-05-28T06:00:00-04:00", title="Nathaniel J. Reish, 88, Millheim",
body="""Nathaniel James Reish, 88, of Millheim, died Tuesday, May 19, at the Centre Crest nursing home in Bellefonte.

Nate, as everyone called him, ran the Reish hardware store on Main Street in Millheim from 1962 until 2009 and could find any bolt in it blindfolded. He was a member of Millheim Evangelical Lutheran Church and of the Penns Valley Lions Club for 60 years.

Surviving are his sons, Daniel Reish of Spring Mills and Thomas Reish of Lancaster; five grandchildren, including Nate Reish of State College, who was named for him; and two great-grandchildren. His wife, Miriam, preceded him in death in 2018.

Services were held Saturday at the church, with Pastor Emily Zerby officiating.""",
gold=[("N155", "survivor")]),

dict(guid="pvg-2026-w24-obit-1", pub="2026-06-11T06:00:00-04:00", title="Grace E. Lytle, 92, Huntingdon",
body="""Grace Elizabeth Lytle, 92, of Huntingdon, died June 5 at J.C. Blair Memorial Hospital.

She was a nurse at J.C. Blair for 38 years and a member of Stone Church of the Brethren. Surviving are her daughter, Joan Pheasant of Huntingdon; a son, Ronald Lytle of Mount Union; eight grandchildren; and sixteen great-grandchildren. She was preceded in death by her husband, Clair Lytle.

Funeral services were held Wednesday at the Stone Church of the Brethren. Pallbearers were Evan Lytle, Adam Kerstetter, Kyle Pheasant, Josh Rupert, Matthew Isenberg and Caleb Wagner.""",
gold=[]),
]
