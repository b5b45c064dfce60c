"""Lookout Valley Funeral Home & Cremation (Chattanooga / Hixson chapels): funeral-home site, HTML in
content:encoded, one-sentence plain description, permalink guids. Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="cha_lvfh_obit_2026_0412", pub="2026-02-09T10:15:00-05:00", title="Nola Jean Gentry",
body="""Nola Jean Gentry, 97, of Soddy-Daisy, went to be with her Lord and Savior on Saturday, February 7, 2026, at Alexian Village, surrounded by family.

She was born on a farm on Walden Ridge in 1928, the seventh of nine children of Arlis and Minnie (Hatfield) Gentry, and married her high school sweetheart, Clyde Gentry (no relation, she always added), in 1947. She worked thirty-one years in the sewing room at Dixie Yarns and was a charter member of Sale Creek Church of God, where she taught the Young Married Women's class for twenty years.

She was preceded in death by her husband of 58 years, Clyde; her son, Dale; and all of her brothers and sisters.

Left to cherish her memory are her daughter, Opal (Beau) Tillotson of Red Bank; her son, Arlis Gentry and wife Faye of Dunlap; five grandchildren; and eleven great-grandchildren, who called her "Mamaw Nola."

The family will receive friends Tuesday from 4 to 7 p.m. at our Hixson Chapel. Funeral services will be Wednesday at 11 a.m. in the chapel with Pastor Dewayne Cross officiating. Interment will follow at Hamilton Memorial Gardens. Pallbearers will be Royce Dillehay, Curtis Gentry, Jared Tillotson, Bobby Lusk, Wade Nipper and Aaron Gentry.""",
gold=[("CHA002", "survivor"), ("CHA001", "survivor")]),

dict(guid="cha_lvfh_obit_2026_0419", pub="2026-02-23T09:40:00-05:00", title="Cordell Pettijohn Sr.",
body="""Mr. Cordell Pettijohn Sr., 86, of Chattanooga, entered into eternal rest on Friday, February 20, 2026, at Erlanger Medical Center.

A 1957 graduate of Howard High School, Mr. Pettijohn served two years in the U.S. Army in Germany and then spent 34 years as a machinist at Combustion Engineering. He was a deacon at Greater New Hope Missionary Baptist Church for more than forty years and coached Little League on the Eastside long after his own boys had grown.

He was preceded in death by his wife, Geraldine, and his daughter, Vanessa.

He leaves to cherish his memory his sons, Cordell "Dell" Pettijohn Jr. (Rhonda) of Chattanooga and Terrence Pettijohn of Atlanta; his sister, Willa Mae Hardwick of Dalton, Ga.; eight grandchildren; and a host of nieces, nephews and church family.

The homegoing service will be held Saturday at noon at Greater New Hope Missionary Baptist Church, the Rev. Cleo Stribling, pastor, officiating and delivering the eulogy. Interment at Chattanooga National Cemetery with military honors.""",
gold=[("CHA003", "survivor")]),

dict(guid="cha_lvfh_obit_2026_0433", pub="2026-04-10T11:05:00-04:00", title="Lafayette \"Fate\" Hembree",
body="""Lafayette "Fate" Hembree of the East Brainerd community passed away peacefully on Wednesday, April 8, 2026, at the home he built with his own hands in 1966.

Fate was born October 5, 1939, in Ringgold, Georgia, the son of Thurman and Essie Hembree. He drove a Coca-Cola route in Chattanooga for thirty-eight years, knew every store owner from Brainerd Road to Lee Highway by name, and never missed a Friday night fish fry at Standifer Gap Baptist Church.

He was preceded in death by his wife of 49 years, Ollie Hembree, in 2011, and by his brothers, J.T. and Homer.

He is survived by his nephews, Dale Hembree (Carla) of Ringgold and Ronnie Hembree of Cleveland; his niece, Sharon Petty of Chickamauga; and his faithful beagle, Buster.

Visitation will be Sunday from 2 to 4 p.m. at our East Brainerd Chapel, with the funeral service following at 4 p.m., Brother Lonnie Sewell officiating. Honorary pallbearers are his fishing partners of forty years, Harlan Van Huss and Everett Gladden.""",
gold=[("CHA011", "deceased_client")]),

dict(guid="cha_lvfh_obit_2026_0447", pub="2026-05-04T10:30:00-04:00", title="Harlan Eugene Van Huss",
body="""Harlan Eugene Van Huss of Ooltewah went home to be with the Lord on Saturday, May 2, 2026.

Harlan was a proud son of Carter County who came down the valley to work for TVA in 1972 and stayed for thirty-five years, most of it at Sequoyah Nuclear Plant. After retiring he turned his garage into a woodshop, and there is hardly a family at Ooltewah United Methodist Church without one of his cedar chests or birdhouses.

He is survived by his wife of 51 years, Marjorie (Lusk) Van Huss; his daughters, Karen Van Huss Abel (Tim) of Collegedale and Laura Van Huss of Knoxville; his brother, Dean Van Huss of Elizabethton; and four grandchildren.

The family will receive friends Wednesday from 5 to 8 p.m. at our Ooltewah Chapel. A celebration of his life will be held Thursday at 11 a.m. at Ooltewah United Methodist Church. In lieu of flowers, memorials may be made to the church's building fund.""",
gold=[("CHA018", "deceased_client")]),

dict(guid="cha_lvfh_obit_2026_0460", pub="2026-06-15T09:50:00-04:00", title="Ruby Faye Kilgore",
body="""Ruby Faye Kilgore, 88, of Sale Creek, passed from this life on Saturday, June 13, 2026.

Ruby was a lifelong member of Sale Creek Presbyterian Church and kept the church nursery for more years than anyone can count. She canned, quilted, and grew the best Cherokee Purple tomatoes in Hamilton County.

She was preceded in death by her husband, Orville Kilgore, and her son, Gary.

Survivors include her daughter, Glenda Dillehay and husband Royce of Hixson; her son, Larry Kilgore (Deb) of Sale Creek; her grandchildren, Brandon Dillehay, Whitney Kilgore Shaw and Cole Kilgore; and six great-grandchildren.

Graveside services will be held Tuesday at 2 p.m. at Sale Creek Cemetery.""",
gold=[("CHA009", "survivor"), ("CHA008", "survivor")]),

dict(guid="cha_lvfh_obit_2026_0472", pub="2026-07-06T14:20:00-04:00", title="Royce Allen Dillehay",
body="""Royce Allen Dillehay, 34, of Cleveland, Tennessee, passed away unexpectedly on Thursday, July 2, 2026.

Royce was a lineman for Cleveland Utilities and was never happier than when he was on his bass boat on Lake Chickamauga with his two boys.

He is survived by his wife, Brittany Dillehay; his sons, Kason and Kolt; his parents, Terry and Lisa Dillehay of Cleveland; and his sister, Amber Dillehay Raines.

Services will be held Friday at 7 p.m. at our Hixson Chapel.""",
gold=[]),

dict(guid="cha_lvfh_obit_2026_0488", pub="2026-08-03T10:00:00-04:00", title="Dorothy \"Dot\" Scruggs Pelfrey",
body="""Dorothy "Dot" Scruggs Pelfrey, 79, of LaFayette, Georgia, passed away Friday, July 31, 2026, at Hutcheson Medical Center.

Dot was born in Walker County, the youngest daughter of Luther and Beulah Scruggs, and taught second grade at Naomi Elementary for 33 years.

She was preceded in death by her husband, Roy Pelfrey, and her brother, Luther Scruggs Jr.

She is survived by her son, Michael Pelfrey of LaFayette; her sisters, Mary Alice Vandergriff of Fort Oglethorpe and Pauline "Polly" Kirkendoll of Fort Oglethorpe; and a number of nieces and nephews.

Funeral services will be held Monday at 1 p.m. at our chapel with the Rev. Jim Tatum officiating.""",
gold=[("CHA004", "survivor")]),
]
