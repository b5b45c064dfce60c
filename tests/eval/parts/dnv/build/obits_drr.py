"""Dan River Register (Danville daily): newspaper obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="dnv_drr_obit_20260112_4410", pub="2026-01-12T05:30:00-05:00", title="Hattie Hodnett Price",
body="""DANVILLE - Mrs. Hattie Hodnett Price, 79, of Danville, departed this life on Friday, January 9, 2026, at SOVAH Health-Danville.

She was born in Pittsylvania County on May 3, 1946, a daughter of the late Rufus and Cora Hodnett. Mrs. Price retired from Dan River Inc. after thirty-one years in the weave room, and afterward kept the nursery at Loyal Baptist Church, where she was a faithful member of the Senior Choir and the Willing Workers.

She was preceded in death by her husband, Willie James Price, and a brother, Rufus Hodnett Jr.

Left to cherish her memory are her devoted sister, Lorene Yeatts of Ringgold; two sons, Anthony Price (Sheila) of Greensboro, N.C., and Marcus Price of Danville; a nephew she raised as her own, Reginald "Reggie" Wimbush and his wife, Tamika, of Danville; six grandchildren; and a host of nieces, nephews, church family and friends.

A celebration of life will be held at 1 p.m. Saturday, January 17, at Loyal Baptist Church, with the Rev. Dr. Cornelius Ferrell delivering the eulogy. Interment will follow in Highland Burial Park. The family will receive friends at the residence of Lorene Yeatts. Dan River Memorial Chapel is serving the family.""",
gold=[("DNV006", "survivor"), ("DNV003", "survivor"), ("DNV004", "survivor")]),

dict(guid="dnv_drr_obit_20260203_4488", pub="2026-02-03T05:30:00-05:00", title="Wendell Ray Dalton II",
body="""GRETNA - Wendell Ray Dalton II, 24, of Gretna, died Saturday, January 31, 2026, as the result of an automobile accident on Route 29.

Wendell was born in Lynchburg on August 2, 2001, the son of Ray and Susan Pickeral Dalton, who survive. He graduated from Gretna High School in 2019, where he played on the offensive line, and was a lineman apprentice with Mecklenburg Electric Cooperative. He loved deer season, his Ford truck and his nephew, in that order, he said, though his family knew better.

In addition to his parents, he is survived by his sister, Kayla Dalton Reynolds (Brent) of Hurt; his nephew, Colton; his grandmother, Nell Dalton of Hurt; and his girlfriend, Abby Mays.

The funeral will be held at 2 p.m. Thursday at Gretna Baptist Church. Burial will follow in the church cemetery. Visitation will be Wednesday from 6 to 8 p.m. at Whitlow-Hall Funeral Home, Gretna.""",
gold=[]),

dict(guid="dnv_drr_obit_20260219_4521", pub="2026-02-19T05:30:00-05:00", title="Thelma Womack Rice",
body="""Thelma Womack Rice, 88, of Danville, formerly of Halifax County, went home to be with her Lord on Tuesday, February 17, 2026.

Born July 21, 1937, in Halifax County, she was the daughter of the late Otis and Lula Mae Womack. Thelma taught home economics at George Washington High School for twenty-eight years and was known across Danville for her pound cakes, which she gave away by the dozen and never once wrote down the recipe for.

She was predeceased by her husband of 52 years, Floyd Rice, and by her brothers, Otis Womack Jr. and Clifton Womack.

Survivors include her sister, Bettie (Garland) Puryear of South Boston; her daughter, Phyllis Rice Goode (Darnell) of Chesapeake; two grandchildren, Jordan and Alexis Goode; and a special friend, Inez Watlington.

Services will be held at 11 a.m. Saturday at Trinity United Methodist Church. Pallbearers will be Jordan Goode, Darnell Goode, Lamont Easley, Curtis Rice, Wayne Womack and Ronald Tuck. Memorials may be made to the Danville Life Saving Crew.""",
gold=[("DNV012", "survivor"), ("DNV011", "survivor")]),

dict(guid="dnv_drr_obit_20260305_4590", pub="2026-03-05T05:30:00-05:00", title="Samuel Jackson Via",
body="""MEADOWS OF DAN - Samuel Jackson Via, 93, of Meadows of Dan, passed away Tuesday, March 3, 2026, at the home he built with his own hands in 1957.

Mr. Via was born in Patrick County on October 30, 1932, a son of the late Dock and Essie Via. He served with the U.S. Army in Korea, farmed cabbage and burley tobacco on the Blue Ridge for more than sixty years, and played the fiddle at the Friday night jam at the Mabry Mill store until he was ninety.

He was preceded in death by his wife, Velma Scott Via, and by his brothers, Arthur and Wiley Via.

He is survived by his daughter, Linda Via Cockram (Dean) of Stuart; two grandsons; and his nephew and namesake, Samuel "Sonny" Via and his wife, Doris, of Martinsville, who visited every Sunday.

A funeral service will be held at 2 p.m. Saturday at Meadows of Dan Baptist Church, with burial in the Via family cemetery.""",
gold=[("DNV021", "survivor")]),

dict(guid="dnv_drr_obit_20260324_4655", pub="2026-03-24T05:30:00-04:00", title="Clarence Edward \"Buddy\" Motley",
body="""DANVILLE - Clarence Edward "Buddy" Motley, 84, of Danville, entered into eternal rest on Thursday, March 19, 2026, surrounded by his family.

Buddy was born June 14, 1941, in Danville, the son of the late Rev. Edward and Pearl Motley. He retired from Goodyear after 36 years, served as a deacon at High Street Baptist Church and coached Little League at Grove Park for two decades.

He leaves to cherish his memory his wife of 61 years, Ola Mae Shelton Motley; his daughters, Sharon Motley Lipscomb (Kevin) of Danville and Angela Motley of Charlotte, N.C.; five grandchildren; three great-grandchildren; and his brother, Leroy Motley of Baltimore, Md.

Homegoing services will be held at noon Saturday, March 28, at High Street Baptist Church. Dan River Memorial Chapel is serving the family. (This obituary first appeared on the funeral home's website.)""",
gold=[]),   # second copy of dnv_dmc_motley_clarence: labelled on the earlier copy only

dict(guid="dnv_drr_obit_20260410_4712", pub="2026-04-10T05:30:00-04:00", title="Bernice Easley Carter",
body="""Bernice Easley Carter, 81, of Baltimore, Md., formerly of South Boston, died Monday, April 6, 2026, at Johns Hopkins Bayview Medical Center.

A 1962 graduate of Mary M. Bethune High School, Mrs. Carter moved to Baltimore in 1963 and worked for thirty years as a licensed practical nurse. She never missed a Halifax County homecoming.

She is survived by her son, Lamont Easley of Baltimore; her daughter, Denise Carter of Towson, Md.; her brother, Walter Easley of Alton; her cousin, Mildred "Millie" Fuller of Danville; and four grandchildren.

Funeral services will be held in Baltimore. A graveside service will follow Saturday, April 18, at 2 p.m. at Oak Ridge Cemetery, South Boston.""",
gold=[("DNV022", "survivor")]),

dict(guid="dnv_drr_obit_20260502_4790", pub="2026-05-02T05:30:00-04:00", title="Ernestine Oakes",
body="""CHATHAM - Mrs. Ernestine Blair Oakes, 90, of Chatham, made her peaceful transition on Wednesday, April 29, 2026, at the Chatham Health and Rehabilitation Center.

Mrs. Oakes was born December 1, 1935, and was a lifelong member of Mount Zion Baptist Church, Chatham, where she served as church clerk for forty years. She taught first grade at Chatham Elementary, and half the town learned to read at her table.

She was preceded in death by her husband, Deacon Thomas Oakes, and her son, Thomas Oakes Jr.

Survivors include her daughter, Patrice Oakes-Jennings (Marvin) of Chatham; her grandson, Marcus Jennings of Richmond; her sister-in-law, Gertrude Oakes of Blairs; and a devoted neighbor, Fran Shumate, who drove her to church every Sunday.

Services will be held at 1 p.m. Thursday at Mount Zion Baptist Church, Chatham.""",
gold=[("DNV010", "survivor"), ("DNV008", "survivor")]),   # Fran Shumate listed among the survivors as a devoted neighbor
]
