"""Lewis-Clark Valley Herald obituaries (the valley's daily newspaper): title "Name, age, Town", a plain-text
body in the paper's house style. Hand-labelled (`gold`)."""

FEED = "lcvh"
ITEMS = [
dict(guid="lws_lcvh_obit_20260114_0412", pub="2026-01-14T04:30:00-08:00", title="Leonard A. Dahmen, 79, Cottonwood",
body="""Leonard Albert Dahmen, 79, of Cottonwood, died Friday, Jan. 9, 2026, at St. Mary's Hospital in Cottonwood, surrounded by family, a few days after he finally agreed to let someone else feed the cows.

Leonard was born June 2, 1946, in Cottonwood to Albert and Rose (Schumacher) Dahmen, the fourth of eight children, and grew up on the home place on the Camas Prairie. He attended St. Joseph's School and Prairie High School. He served in the Army in Germany from 1966 to 1968 and came home to farm wheat, barley and peas with his father and, later, his own sons. He was a member of the Knights of Columbus, the Cottonwood Volunteer Fire Department for 31 years and the Prairie Grain Growers.

He married Anita Uhlenkott on Oct. 5, 1968, at St. Mary's Catholic Church. She died in 2015.

Survivors include his sons, Mark (Julie) Dahmen and Steven Dahmen, both of Cottonwood; his daughter, Renee Forsmann of Kamiah; his sister, Shirley Kinzer of Lewiston; his brothers, Ray Dahmen of Keuterville and Joe Dahmen of Ferdinand; 11 grandchildren; and four great-grandchildren. He was preceded in death by his wife, his parents, and his brothers Clarence and Gerald.

A rosary will be at 7 p.m. Thursday at St. Mary's Catholic Church in Cottonwood, with a funeral Mass at 10:30 a.m. Friday. Burial will be at the church cemetery. Pallbearers will be Russ Tollefsrud, Dan Rehder, Kurt Schaeffer, Mike Wemhoff, Tom Nuxoll and Brian Holthaus. Prairie Funeral Chapel of Cottonwood is in charge of arrangements.""",
gold=[("LWS014", "survivor")]),

dict(guid="lws_lcvh_obit_20260203_0388", pub="2026-02-03T04:30:00-08:00", title="Marvin E. Tuckness Sr., 88, Asotin",
body="""Marvin Eugene Tuckness Sr., 88, of Asotin, died Saturday, Jan. 31, 2026, at his home along Asotin Creek.

Marv was born Aug. 11, 1937, in Anatone to Eugene and Pearl Tuckness. He worked for the Washington State Department of Transportation for 33 years, most of it plowing the Rattlesnake Grade, which he called "the best office in the state." After he retired he built drift boats in his shop and guided steelhead trips on the Grande Ronde until he was 80.

He married Ardis Woodhull in 1957 at the Asotin Methodist Church. She died in 2009.

Survivors include his son, Marv (Loretta) Tuckness Jr. of Clarkston; his daughter, Cheryl Ann Pappas of Walla Walla; his sister-in-law, Kay Woodhull of Asotin; five grandchildren, including Marvin Tuckness III of Spokane Valley; and three great-grandchildren.

A celebration of life will be held at 1 p.m. Saturday, Feb. 7, at the Asotin Community Church, with Pastor Eldon Swartzmiller officiating. Burial will follow at Asotin Cemetery. Memorials may be made to the Asotin County Fire District 1. Heights Memorial Funeral Home of Clarkston is in charge of arrangements.""",
gold=[("LWS003", "survivor"), ("LWS004", "survivor")]),

dict(guid="lws_lcvh_obit_20260317_0519", pub="2026-03-17T04:30:00-07:00", title="Harlan J. Peplinski, 24, Pullman",
body="""Harlan James Peplinski, 24, of Pullman, died Wednesday, March 11, 2026, in a vehicle crash on U.S. Highway 195 near Colton.

Harlan was born Feb. 20, 2002, in Pullman to Craig and Melody Peplinski. He graduated from Pullman High School in 2020, where he ran cross-country, and was finishing his degree in agricultural technology at Washington State University. He worked summers at the Palouse Empire grain elevator and spent every spare weekend fishing the Clearwater with his grandfather, whose name he carried proudly.

Survivors include his parents, Craig and Melody Peplinski of Pullman; his sister, Kelsey Peplinski of Seattle; his grandparents, Harlan and Bernice Peplinski of Moscow and Ruth Anne Detweiler of Colfax; and a large circle of aunts, uncles, cousins and friends.

A funeral service will be held at 11 a.m. Saturday at Simpson United Methodist Church in Pullman. Palouse Memorial Chapel of Pullman is in charge of arrangements.""",
gold=[("LWS011", "survivor")]),

dict(guid="lws_lcvh_obit_20260409_0233", pub="2026-04-09T04:30:00-07:00", title="Gerald D. Vanderwilt, 79, Lynden, Wash.",
body="""Gerald Dirk "Jerry" Vanderwilt, 79, of Lynden, Wash., a former Lewiston resident, died Saturday, April 4, 2026, at his home in Lynden.

Jerry was born Nov. 30, 1946, in Lynden to Dutch immigrant dairy farmers. He came to the valley in 1970 to teach agriculture at Lewiston High School and stayed eight years before returning to Whatcom County to take over the family dairy, which he ran until 2012. He was an elder at Second Christian Reformed Church and never missed the Lynden Farmers Day parade.

Survivors include his wife of 55 years, Joyce Vanderwilt of Lynden; his sons, Dirk of Everson and Pieter of Lynden; his daughter, Annelies Kok of Bellingham; and 12 grandchildren.

Services were held April 8 at Second Christian Reformed Church in Lynden.""",
gold=[]),

dict(guid="lws_lcvh_obit_20260505_0167", pub="2026-05-05T04:30:00-07:00", title="Irene M. Hartzell, 89, Clarkston",
body="""Irene Marguerite Hartzell, 89, of Clarkston, died peacefully Thursday, April 30, 2026, at Tri-State Memorial Hospital.

Irene was born Feb. 14, 1937, in Uniontown, Wash., to Herman and Lydia Grote, and grew up on a wheat farm on the Palouse with her younger sister. She married Wendell Hartzell in 1956 and they moved to Clarkston in 1963, where he worked at the Potlatch mill and she taught second grade at Grantham Elementary for 28 years. Generations of Clarkston children learned their cursive from Mrs. Hartzell.

Survivors include her son, Curtis Hartzell of Boise; her daughter, Lynn Hartzell of Clarkston; her sister and best friend, Velma (Howard) Ashenfelter of Clarkston; four grandchildren; and six great-grandchildren. She was preceded in death by her husband in 2012 and her parents.

A memorial service will be at 2 p.m. Saturday at First Lutheran Church in Clarkston. Riverview-Hollis Funeral Home is in charge of arrangements.""",
gold=[("LWS022", "survivor"), ("LWS021", "survivor")]),

dict(guid="lws_lcvh_obit_20260611_0441", pub="2026-06-11T04:30:00-07:00", title="Wesley A. Tahmalwit, 71, Lapwai",
body="""Wesley Allen Tahmalwit, 71, of Lapwai, whose Nez Perce name was Hiyuumtamalwit, made his journey on Saturday, June 6, 2026, at his home in Lapwai with his family singing beside him.

Wesley was born Sept. 27, 1954, at the Indian Health Service hospital in Lapwai to Amos and Lucinda (Pinkham) Tahmalwit. He grew up in the Sweetwater country, attended Lapwai schools and served in the Navy aboard the USS Ranger. He worked 26 years for the Nez Perce Tribe's fisheries program counting chinook on the Clearwater and the South Fork, and taught his nieces and nephews to dip-net at Rapid River. He was a Washat drummer and a fine horseman who rode in every Chief Joseph and Warriors Memorial Pow Wow parade he could.

He leaves his sister, Rosalind "Roz" Tahmalwit-Crowe of Lewiston; his brother, Harrison Tahmalwit of Kamiah; his daughters, Leah Tahmalwit of Lapwai and Carmen Oatman of Toppenish, Wash.; seven grandchildren; and many relatives throughout the Nez Perce, Umatilla and Yakama nations. He was preceded in death by his parents, his wife, Doreen, and his brother, Alvin.

Dressing will be at 10 a.m. Tuesday at the Pi-Nee-Waus Community Center, followed by overnight Washat services. Burial will be at sunrise Wednesday at the Spalding Cemetery, followed by a meal and giveaway at Pi-Nee-Waus.""",
gold=[("LWS006", "survivor")]),

dict(guid="lws_lcvh_obit_20260922_0390", pub="2026-09-22T04:30:00-07:00", title="Everett L. \"Ev\" Brusven, 82, Lewiston",
body="""Everett Lamont "Ev" Brusven, 82, of Lewiston, died Friday, Sept. 18, 2026, at St. Joseph Regional Medical Center after a short battle with pancreatic cancer.

Ev was born Aug. 14, 1943, in Nezperce, Idaho, to Lamont and Gudrun Brusven, and grew up on a farm near Mohler. He graduated from Nezperce High School in 1961 and from Lewis-Clark Normal School in 1965. He taught industrial arts at Jenifer Junior High for 34 years, where he was famous for letting no student leave his shop class without ten fingers and a birdhouse.

He married Darlene Ruckdashel on June 12, 1966, at Bethany Lutheran Church in Lewiston. They built their house in the Orchards with their own hands and lived in it for 55 years. Ev bowled in the Tuesday night league at Orchards Lanes, fished the Snake with anyone who would go, and never met a garage sale he could drive past.

He is survived by his wife of 60 years, Darlene, at the home; his sons, Kurt (Marcy) Brusven of Meridian and Todd Brusven of Lewiston; his daughter, Kari (Dean) Lindquist of Spokane; seven grandchildren; and his sister, Ingrid Moe of Grangeville. He was preceded in death by his parents and his brother, Arne.

A funeral service will be at 11 a.m. Saturday, Sept. 26, at Bethany Lutheran Church, with the Rev. Sonja Haugland officiating. Pallbearers will be his grandsons and his longtime fishing partner, Jerry Vanderwilt. Riverview-Hollis Funeral Home is in charge of arrangements.""",
gold=[("LWS001", "deceased_client"), ("LWS002", "spouse_of_deceased_client")]),

dict(guid="lws_lcvh_obit_20261020_0277", pub="2026-10-20T04:30:00-07:00", title="Alvin R. Musselman, 91, Clarkston",
body="""Alvin Ray Musselman, 91, of Clarkston, died Thursday, Oct. 15, 2026, at Tri-State Memorial Hospital.

Al was born March 8, 1935, in Pomeroy, Wash. He drove log truck out of Orofino for 20 years and then a school bus for the Clarkston School District for 22 more, and he knew every kid on the Heights route by name and by birthday. He loved square dancing with his late wife, Ethel, who died in 2020.

He is survived by his nephew, Ronald Musselman of Pomeroy, and his niece, Carol Sue Finke of Lewiston.

Graveside services will be at 10 a.m. Friday at Vineland Cemetery in Clarkston. Pallbearers are Ron Musselman, Duane Pfefferkorn, Larry Finke and Jeff Oberg. Heights Memorial Funeral Home is in charge of arrangements.""",
gold=[]),
]
