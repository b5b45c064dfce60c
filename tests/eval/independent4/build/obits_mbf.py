"""Magnolia & Bluegrass Family Funeral Homes (chapels in Lexington and Nicholasville, Ky., and Summerville and
Mount Pleasant, S.C.): funeral-home site, HTML in content:encoded, permalink guids. Hand-labelled."""

FEED = "mbf"
BASE = "https://www.magnoliabluegrassfh.example/obituaries/"
ITEMS = [
dict(guid=BASE + "ora-mae-sturgill", pub="2026-01-14T10:20:00-05:00", title="Ora Mae Sturgill (1939 - 2026)",
body="""Ora Mae Sturgill, 86, of Nicholasville, went to be with her Lord and Savior on Sunday, January 11, 2026, at the UK Albert B. Chandler Hospital.

Born in Hazard, Kentucky, to the late Estill and Vernie (Combs) Fugate, she moved to Jessamine County as a young wife and worked twenty-eight years in the cafeteria at Nicholasville Elementary, where she knew which children needed a second biscuit and gave it to them without a word.

She is survived by her daughter, Betty Jo (Earl) Caudill of Nicholasville; her son, Ronnie Sturgill of Richmond; five grandchildren; and eleven great-grandchildren. She was preceded in death by her husband, Delmer Sturgill, and by a granddaughter, Amber.

Services will be held at 1 p.m. Thursday in the Nicholasville chapel, with Bro. Dwayne Hatfield officiating. Burial will follow in Maple Grove Cemetery. Visitation will be from 11 a.m. until the service.""",
gold=[("N041", "survivor"), ("N042", "survivor")]),

dict(guid=BASE + "harlan-boggs-jr", pub="2026-01-29T09:05:00-05:00", title="Harlan Edward Boggs Jr. (1946 - 2026)",
body="""Harlan Edward Boggs Jr., 79, of Georgetown, passed away peacefully on Monday, January 26, 2026, at his home, with his family around him and the basketball game on.

Harlan was born in Scott County, served in the U.S. Navy aboard the USS Forrestal, and spent 35 years at the Georgetown Toyota plant and the tobacco warehouses before it. He was a deacon of Great Crossing Baptist Church and could recite the starting five of every Kentucky championship team since 1948.

He is survived by his loving wife of 57 years, Nadine Boggs; his son, Harlan Boggs III (Tammy) of Georgetown; his daughter, Sherry Wilhoit of Frankfort; and seven grandchildren. He was preceded in death by his parents, Harlan Sr. and Mabel Boggs.

Funeral services will be held Saturday at 2 p.m. at Great Crossing Baptist Church with the Rev. Marcus Tolliver and Bro. Kenny Sparks officiating. Burial with military honors will follow in Georgetown Cemetery.""",
gold=[("N043", "survivor"), ("N044", "survivor")]),

dict(guid=BASE + "alejandro-delgado-ruiz", pub="2026-02-12T11:40:00-05:00", title="Alejandro Delgado Ruiz (1942 - 2026)",
body="""Alejandro Delgado Ruiz, 83, of Lexington, a native of Cienfuegos, Cuba, died on February 9, 2026, at Baptist Health Lexington.

Alejandro came to the United States in 1967 with his wife and one suitcase and worked for thirty years as a horse groom and later as a stable manager at farms along Paris Pike. Horsemen across the Bluegrass knew him as the man who could calm any yearling. He never lost his accent, his love of dominoes or his conviction that Cuban coffee should be taken as medicine.

Le sobreviven su hija, Rosa María Delgado, de Lexington; su hijo, Luis Delgado, de Miami; y cinco nietos. He is survived by his daughter, Rosa María Delgado of Lexington; his son, Luis Delgado of Miami; and five grandchildren. He was preceded in death by his wife of 51 years, Carmen Ferrer de Delgado.

A Mass of Christian Burial will be celebrated at 10 a.m. Saturday at the Cathedral of Christ the King, Lexington.""",
gold=[("N045", "survivor")]),

dict(guid=BASE + "tyler-james-ashcraft", pub="2026-02-25T15:10:00-05:00", title="Tyler James Ashcraft (2006 - 2026)",
body="""Tyler James Ashcraft, 19, of Versailles, was taken from us far too soon on Saturday, February 21, 2026, in an automobile accident on U.S. 60.

Tyler graduated from Woodford County High School in 2024, where he played center on the football team, and was studying diesel technology at Bluegrass Community and Technical College. He loved his truck, fishing the Kentucky River with his granddad and making his little sister laugh until she cried.

He is survived by his parents, Dale and Sherry Ashcraft of Versailles; his sister, Kaylee; his grandparents, Roy and Nell Ashcraft and Bill Prather; and a host of aunts, uncles, cousins and friends.

Visitation will be Thursday from 4 to 8 p.m. at the Lexington chapel. The funeral will be Friday at 11 a.m. at Versailles Christian Church. Pallbearers will be his teammates.""",
gold=[]),

dict(guid=BASE + "vada-sizemore-combs", pub="2026-03-06T10:00:00-05:00", title="Vada Sizemore Combs (1934 - 2026)",
body="""Vada Sizemore Combs, 91, of Winchester, passed away March 3, 2026, at the Clark Regional Medical Center.

Vada was born in Leslie County and came to Winchester in 1955. She worked at the shoe factory for twenty-two years and at the Clark County Public Library for eighteen more. She quilted for every baby born at Providence Baptist Church for half a century.

She is survived by her sister, Loretta Sizemore of Winchester, with whom she lived for the last twenty years; her son, Darrell Combs (Patty) of Mount Sterling; and four grandchildren. She was preceded in death by her husband, Orville Combs, and her brothers, Clyde, Elmer and Junior Sizemore.

The funeral will be held Monday at 1 p.m. at Providence Baptist Church. Burial in Winchester Cemetery.""",
gold=[("N048", "survivor")]),

dict(guid=BASE + "ernest-prewitt", pub="2026-03-18T09:30:00-04:00", title="Ernest Lee Prewitt (1937 - 2026)",
body="""Ernest Lee Prewitt, 88, of Wilmore, died Sunday, March 15, 2026, at his home.

A retired rural mail carrier who drove the same Jessamine County route for 34 years, Ernest knew every dog on it by name and kept biscuits in the glovebox for them. He was a member of Wilmore Free Methodist Church and volunteered at the Asbury seminary library after retirement.

He leaves behind his daughter, Gail Prewitt of Wilmore, who cared for him faithfully; his son, Dwight Prewitt of Danville; and three grandchildren. His wife, Frances, preceded him in death in 2012.

Services will be at 11 a.m. Friday at Wilmore Free Methodist Church. Pallbearers: Homer Kincaid, Dwight Prewitt, Aaron Prewitt, Jeff Sallee, Tim Hager and Ray Burton.""",
gold=[("N050", "survivor")]),

dict(guid=BASE + "wilburn-stamper", pub="2026-04-02T13:15:00-04:00", title="Wilburn Ray Stamper (1948 - 2026)",
body="""Wilburn Ray Stamper, 77, of Lexington, died March 30, 2026, at Saint Joseph Hospital after a short illness.

Wilburn was a carpenter and cabinetmaker for more than fifty years; there are kitchens in half the houses off Tates Creek Road with his initials penciled on the back of a drawer. He loved bluegrass music, and he played mandolin every Thursday night at the Southland Jamboree.

He is survived by his wife, Brenda Stamper; his daughters, Misty Powell and Crystal Stamper; and four grandchildren. He was preceded in death by his parents, Ray and Lula Stamper, and by his brothers, Vernon Stamper and Kenneth Stamper.

Funeral services will be held Monday at 2 p.m. in the Lexington chapel.""",
gold=[]),

dict(guid=BASE + "hattie-mae-simmons", pub="2026-04-15T12:00:00-04:00", title="Mother Hattie Mae Simmons (1936 - 2026)",
body="""Mother Hattie Mae Simmons of North Charleston entered into eternal rest on Saturday, April 11, 2026, at the age of 89.

She was born August 14, 1936, on Wadmalaw Island, the ninth of eleven children of the late Rev. Jacob and Sarah Brown Jenkins. She was a member of Greater St. Luke AME Church for seventy years, where she served as a Mother of the Church, a class leader and president of the Senior Choir. She worked for 31 years as a seamstress at the Navy Yard and was known across North Charleston for her sweet potato pies.

She was preceded in death by her husband, Deacon Samuel Simmons, and by her son, Frederick. She leaves to cherish her memory her daughters, Bernice Simmons Alston (Leroy) of Ladson and Gloria Simmons of Atlanta; twelve grandchildren; a host of great-grandchildren; and her church family.

Homegoing services will be held Saturday at 11 a.m. at Greater St. Luke AME Church, with the Rev. Dr. Clarence Polite delivering the eulogy. Pallbearers: Darius Grant, Marcus Alston, Andre Simmons, Kevin Alston, Terrence Jenkins and Rodney Simmons. Services entrusted to the Summerville chapel.""",
gold=[("N061", "deceased_client")]),

dict(guid=BASE + "guadalupe-soto-de-ibarra", pub="2026-04-28T10:45:00-04:00", title="Guadalupe Soto de Ibarra (1945 - 2026)",
body="""Guadalupe Soto de Ibarra, 80, passed away on April 24, 2026, in Summerville, surrounded by her children and grandchildren.

Born in Zacatecas, Mexico, Doña Lupe came to the Lowcountry in 1995 to be near her sons and quickly became the grandmother of half the parish of St. John the Beloved, where she organized the Guadalupe festival every December for twenty years.

She is survived by her sons, Ernesto Ibarra of Summerville and Rafael Ibarra of Ladson; her daughter, María Elena Ibarra Soto of Zacatecas; and nine grandchildren. She was preceded in death by her husband, Ernesto Ibarra Núñez.

A rosary will be prayed Wednesday at 7 p.m. at the Summerville chapel, and a Mass of Christian Burial will be celebrated Thursday at 10 a.m. at St. John the Beloved Catholic Church.""",
gold=[("N062", "survivor")]),

dict(guid=BASE + "mary-frances-rutledge-bell", pub="2026-05-07T09:00:00-04:00", title="Mary Frances Rutledge Bell (1941 - 2026)",
body="""Mary Frances Rutledge Bell, 84, of Mount Pleasant, died peacefully on May 4, 2026, at her home overlooking Shem Creek.

A daughter of the late Judge Henry Laurens Rutledge and Frances Huger Rutledge, she graduated from Ashley Hall and Converse College and taught English at Wando High School for thirty years. She was an indefatigable member of the Christ Church Altar Guild and the Mount Pleasant Garden Club.

She is survived by her son, Henry Rutledge Bell of Charlotte; her daughter, Frances Bell Simons of Mount Pleasant; her brother, Bo Rutledge of Mount Pleasant; and five grandchildren. Her husband, William Aiken Bell, died in 2016.

A service of witness to the resurrection will be held at 2 p.m. Saturday at Christ Church, Mount Pleasant, with burial in the churchyard.""",
gold=[("N063", "survivor")]),

dict(guid=BASE + "lottie-manigault-ravenel", pub="2026-05-21T11:30:00-04:00", title="Lottie Manigault Ravenel (1935 - 2026)",
body="""Mrs. Lottie Manigault Ravenel, 90, of Johns Island, transitioned peacefully on Sunday, May 17, 2026.

She was the eldest daughter of the late Isaiah and Rosa Manigault and spent her life on the island where she was born, raising seven children, teaching Sunday school at Wesley United Methodist Church and selling sweetgrass baskets on Highway 17 for four decades. Her baskets are in the Smithsonian and, more importantly to her, in every house in her family.

She leaves to cherish her memory her children, Joseph, Ruth, Alfred and Mae Ravenel; her sister, Geneva Manigault Brown of James Island; her brother, Deacon Isaiah Manigault Jr. of Hollywood; 23 grandchildren; and a host of nieces, nephews and friends.

Homegoing services will be held Saturday at noon at Wesley United Methodist Church, Johns Island.""",
gold=[("N064", "survivor")]),

dict(guid=BASE + "margaret-sinkler-ashby", pub="2026-06-03T10:10:00-04:00", title="Margaret Sinkler Ashby (1938 - 2026)",
body="""Margaret Sinkler Ashby, 87, of Charleston, the former Margaret Gaillard Sinkler, died on May 30, 2026, at Bishop Gadsden.

Peggy grew up at Belvidere Plantation in Eutawville and came to Charleston in 1960 as the bride of Dr. Thomas Ashby. She was a docent at the Gibbes Museum for 35 years, a founder of the Charleston Horticultural Society's spring tour, and famously unbeatable at bridge.

She is survived by her daughters, Anne Ashby Middleton of Columbia and Elizabeth Ashby of Charleston; her sister, Carrie (Edward) Pinckney of Charleston; and four grandchildren. She was predeceased by her husband and by her brother, Richard Sinkler.

A memorial service will be held at St. Michael's Episcopal Church, Charleston, on Friday at 11 a.m.""",
gold=[("N066", "survivor")]),

dict(guid=BASE + "deborah-ann-hill", pub="2026-06-16T09:40:00-04:00", title="Deborah Ann \"Debbie\" Hill (1960 - 2026)",
body="""Deborah Ann "Debbie" Hill, 66, of Charleston, West Virginia, passed away on June 12, 2026, at CAMC General Hospital after a courageous battle with cancer.

Debbie grew up in Kanawha City and worked for 30 years as a paralegal for the West Virginia Attorney General's office. Summers she came to the South Carolina coast, where her late parents had retired, and the family has asked that her service be announced here for the friends she made on Folly Beach.

She is survived by her husband of 40 years, Gary Hill; her sons, Jason and Eric Hill; and three grandchildren. A celebration of life will be held at the Kanawha City Community Center on June 20.""",
gold=[]),

dict(guid=BASE + "otis-middleton", pub="2026-06-30T14:20:00-04:00", title="Otis Lee Middleton (1944 - 2026)",
body="""Mr. Otis Lee Middleton, 81, of Moncks Corner, departed this life on June 26, 2026, at Roper St. Francis Berkeley Hospital.

Mr. Middleton retired from the Charleston Naval Weapons Station after 32 years and was a proud Vietnam veteran. He was a trustee of Mount Zion Baptist Church and coached the Moncks Corner Pop Warner Pirates for nineteen seasons.

He leaves to cherish his memory his wife, Ella Middleton; his sons, Tyrone Middleton of Hanahan and Otis Middleton Jr. of Moncks Corner; his daughter, Sharonda Middleton-Wright of Atlanta; and eight grandchildren.

Funeral services will be held Saturday at 1 p.m. at Mount Zion Baptist Church, Moncks Corner.""",
gold=[("N067", "survivor")]),
]
