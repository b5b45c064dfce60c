"""Obituaries for part pah, three house styles. Hand-labelled (gold beside each text)."""

# 1. The Purchase Area Herald (daily newspaper, Paducah): plain text, "Name, age, of Town" openings
HERALD = [
dict(guid="pah_herald_obit_20260212_0112", pub="2026-02-12T05:00:00-06:00",
title="Orville Lee 'Bud' Gattis",
body="""PADUCAH - Orville Lee "Bud" Gattis, 84, of Paducah, passed away Tuesday, Feb. 10, 2026, at Baptist Health Paducah.

He was born July 22, 1941, in Hickman County to the late Elmer and Ludie Gattis. Bud retired from the Paducah Gaseous Diffusion Plant after 34 years and was a member of Lone Star Church of Christ, where he led singing for many years. He never missed a Tilghman football game if he could help it.

He is survived by his wife of 61 years, Wanda Crittendon Gattis; a son, Dale Gattis and wife Renee of Reidland; a daughter, Karen Gattis Pace of Hopkinsville; five grandchildren; and three great-grandchildren.

He was preceded in death by his parents and a brother, Harold Gattis.

Funeral services will be at 1 p.m. Saturday at Tolbert-Hinkle Funeral Home with Bro. Wendell Perkins officiating. Burial will follow in Oak Grove Cemetery. Pallbearers will be Kendrick Oakley, Travis Pace, Jordan Gattis, Mike Shelby, Ray Dunn and Steve Page.

The family wishes to thank Dr. Amos Kimbro and the staff of Lourdes Hospice for their kindness.

Visitation will be from 5 to 8 p.m. Friday at the funeral home. Expressions of sympathy may take the form of contributions to Lourdes Hospice.""",
gold=[("PAH001", "deceased_client"), ("PAH002", "spouse_of_deceased_client")]),

dict(guid="pah_herald_obit_20260221_0130", pub="2026-02-21T05:00:00-06:00",
title="Edna Mae Outland",
body="""MURRAY - Edna Mae Outland, 91, of Murray, died Thursday, Feb. 19, 2026, at the Spring Creek Health Care.

Born Sept. 2, 1934, in Calloway County, she was a homemaker and a longtime member of Coldwater Church of Christ. She taught Sunday school to three generations of Calloway County children and kept a garden on Pottertown Road until she was 88.

Survivors include a daughter, Darla Tibbs and husband Clint of Murray; a son, Jimmy Outland of Paris, Tenn.; four grandchildren; and seven great-grandchildren.

She was preceded in death by her husband of 58 years, Guthrie Outland, and a sister, Inez Fielder.

Services will be at 11 a.m. Monday in the chapel of Churchill-Haley Funeral Home, Murray, with Bro. Jerry Bolls officiating. Burial will be in Coldwater Cemetery.""",
gold=[("PAH005", "survivor"), ("PAH004", "survivor")]),

dict(guid="pah_herald_obit_20260307_0165", pub="2026-03-07T05:00:00-06:00",
title="Hollis Wade Burkeen",
body="""MURRAY - Hollis Wade Burkeen, 24, of Murray, died Wednesday, March 4, 2026, as the result of an automobile accident on Ky. 94 East.

A 2019 graduate of Calloway County High School, he was a lineman for West Kentucky Rural Electric and loved deer hunting, Kentucky Lake and his bluetick hound, Sadie.

He is survived by his parents, Terry and Angela Burkeen of Murray; a sister, Kaylee Burkeen of Murray; his grandfather, Hollis Burkeen of Murray, for whom he was named; and his grandmother, Judy Paschall of Hazel.

He was preceded in death by his grandmother, Frances Burkeen.

Funeral will be at 2 p.m. Tuesday at Blood River Baptist Church with Bro. Keith Inglis officiating. Burial will follow in the Elm Grove Cemetery.""",
gold=[("PAH017", "survivor")]),

dict(guid="pah_herald_obit_20260318_0181", pub="2026-03-18T05:00:00-05:00",
title="Lowell Puckett Sr.",
body="""BENTON - Lowell Puckett Sr., 88, of Benton, passed away Monday, March 16, 2026, at his home.

He was a retired pipefitter and a member of Local 184 for 52 years, and he helped build half of the plants in Calvert City. He was a member of First Missionary Baptist Church and a U.S. Army veteran.

Survivors include a son, Lowell Puckett Jr. of Benton; a daughter, Teresa Darnall of Hardin; a sister-in-law, Mrs. Ronnie (Patsy) Wyatt of Benton; six grandchildren; and two great-grandchildren.

He was preceded in death by his wife, Alma Wyatt Puckett, and a brother, Curtis Puckett.

Services will be at 1 p.m. Friday at Filbeck & Cann Chapel of the Kentucky Lake & Purchase Funeral Chapels, Benton, with Rev. Darrell Cope officiating. Burial will be in Benton Cemetery with military honors.""",
gold=[("PAH006", "survivor"), ("PAH020", "survivor")]),

dict(guid="pah_herald_obit_20260402_0204", pub="2026-04-02T05:00:00-05:00",
title="Wendell Ray Hurt",
body="""ALMO - Wendell Ray Hurt, 82, of Almo, died Monday, March 30, 2026, at Murray-Calloway County Hospital.

He farmed tobacco and soybeans on the family place near Almo for over 50 years and served on the Calloway County Farm Bureau board. He was a member of Kirksey United Methodist Church.

He is survived by his wife, Norma Hurt of Almo; a daughter, Sherry (Verlin) Rudolph of Calvert City; a son, Randy Hurt of Almo; a sister, Beverly Shemwell of Mayfield; and four grandchildren.

He was preceded in death by his parents, Otis and Lavada Hurt.

Services will be at 11 a.m. Saturday at Churchill-Haley Funeral Home, Murray. Burial will follow in Almo Cemetery.""",
gold=[("PAH009", "survivor"), ("PAH008", "survivor")]),

dict(guid="pah_herald_obit_20260415_0219", pub="2026-04-15T05:00:00-05:00",
title="Mattie Lou Shemwell",
body="""MAYFIELD - Mattie Lou Shemwell, 97, of Mayfield, died Sunday, April 12, 2026, at Mills Health and Rehabilitation Center.

She worked for 31 years at the Merit Clothing factory and was a member of Mayfield First Christian Church.

Survivors include a son, Danny Shemwell and his wife Beverly of Mayfield; a grandson, Jerome Copeland of Atlanta, Ga.; and a granddaughter, Ashley Copeland Reyes of Nashville.

She was preceded in death by her husband, Thomas Shemwell, and a daughter, Gail Copeland.

Funeral will be at 10 a.m. Thursday at the Mayfield chapel of Kentucky Lake & Purchase Funeral Chapels. Burial will be in Maplewood Cemetery.""",
gold=[]),  # Beverly Shemwell is do_not_contact; Jerome Copeland of Atlanta is a namesake of PAH021 (Mayfield)
dict(guid="pah_herald_obit_20260528_0241", pub="2026-05-28T05:00:00-05:00",
title="Virgil Lee Copeland",
body="""MAYFIELD - Virgil Lee Copeland, 58, of Mayfield, died Tuesday, May 26, 2026, at Vanderbilt University Medical Center in Nashville.

He was a truck driver for 30 years, a deacon at Second Baptist Church of Mayfield and a lifelong Cardinals fan.

Survivors include his wife, Felicia Copeland; two daughters, Jasmine Copeland and Kiara Copeland Webb, both of Mayfield; a brother, Jerome Copeland of Mayfield; and three grandchildren.

He was preceded in death by his parents, Willie Copeland Jr. and Hattie Copeland.

Funeral will be at 1 p.m. Saturday at Second Baptist Church with Rev. Terrance Hale officiating. Burial will be in Maplewood Cemetery.""",
gold=[("PAH021", "survivor")]),
]

# 2. Kentucky Lake & Purchase Funeral Chapels (Benton, Calvert City, Mayfield): HTML content:encoded
FUNERAL = [
dict(guid="pah_klpfc_orville-lee-bud-gattis", pub="2026-02-13T09:30:00-06:00",
title="Orville Lee 'Bud' Gattis",
body=HERALD[0]["body"],
gold=[]),  # duplicate copy of the Herald obituary (published a day later): labelled on the earlier copy only

dict(guid="pah_klpfc_clarence-odell-lassiter", pub="2026-02-27T10:00:00-06:00",
title="Clarence Odell Lassiter",
body="""Clarence Odell Lassiter, 93, of Calvert City, went home to be with his Lord on Wednesday, February 25, 2026.

Odell was born on a farm in the Oak Level community and worked 38 years at the carbide plant in Calvert City. He was a deacon at Calvert City First Baptist Church and could fix anything with baling wire and a pocketknife.

He leaves behind his daughter, Jessie Lassiter Boyd of Calvert City; his son, Dwayne Lassiter and wife Pam of Gilbertsville; five grandchildren; and a host of nieces and nephews.

He was preceded in death by his wife of 64 years, Opal Lassiter, and his son-in-law, Wayne Boyd.

Funeral services will be held at 2 p.m. Saturday at the Calvert City chapel with Bro. Tim Goheen officiating. Interment will follow in Calvert City Cemetery.""",
gold=[("PAH007", "survivor")]),

dict(guid="pah_klpfc_mavis-colley", pub="2026-03-26T10:00:00-05:00",
title="Mavis Irene Colley",
body="""Mavis Irene Colley, 96, of Benton, passed away peacefully on Tuesday, March 24, 2026, at Britthaven of Benton.

Mavis was a charter member of Benton Church of Christ and a retired Marshall County school cook. Every child who came through South Marshall Elementary between 1962 and 1990 remembers her yeast rolls.

She is survived by her daughter, Glenda (Buddy) Elkins of Benton; two grandchildren, Chad Elkins of Murray and Misty Elkins Darnell of Paducah; and four great-grandchildren.

She was preceded in death by her husband, Hoyt Colley.

Services will be at 11 a.m. Friday at the Benton chapel with Bro. Darrell Cope officiating. Pallbearers will be Chad Elkins, Lowell Puckett Jr., Brent Darnell, Jimmy Colley, Gary York and Tony Lamb. Burial will follow in Briensburg Cemetery.""",
gold=[("PAH014", "survivor"), ("PAH013", "survivor")]),

dict(guid="pah_klpfc_elbert-stovall", pub="2026-04-20T10:00:00-05:00",
title="Rev. Elbert Stovall",
body="""Rev. Elbert Stovall, 89, of Mayfield, died Saturday, April 18, 2026, at Jackson Purchase Medical Center.

Brother Stovall pastored General Baptist churches across Graves and Hickman counties for 47 years and baptized, by his own count, more than 900 souls in Mayfield Creek and Obion Creek.

He is survived by his wife, Nadine Stovall; a sister, Rhetta Jo Hargrove of Mayfield; two sons, Mark Stovall of Wingo and Paul Stovall of Fulton; and nine grandchildren.

He was preceded in death by his parents, Lonnie and Beulah Stovall; a brother, Carl Stovall; and a brother-in-law, Dwight Hargrove.

Funeral will be at 1 p.m. Wednesday at Pleasant Hill General Baptist Church. Burial will be in Highland Park Cemetery.""",
gold=[("PAH003", "survivor")]),

dict(guid="pah_klpfc_loretta-quarles", pub="2026-05-06T10:00:00-05:00",
title="Loretta Quarles",
body="""Loretta Jean Quarles, 80, of Paducah, entered eternal rest on Sunday, May 3, 2026.

A 1963 graduate of Lincoln High School, Mother Quarles was a nurse's aide at Western Baptist Hospital for 30 years and a faithful member of Washington Street Missionary Baptist Church, where she sang in the Senior Choir.

She leaves to cherish her memory her son, Anthony Quarles of Louisville; her granddaughter, Tavia Quarles of Paducah, whom she raised; a sister, Ernestine Boyd of Chicago; and a host of cousins and church family.

She was preceded in death by her husband, Rev. Leon Quarles.

Homegoing services will be at noon Saturday at Washington Street Missionary Baptist Church. Interment in Oak Grove Cemetery.""",
gold=[("PAH010", "survivor")]),

dict(guid="pah_klpfc_thomas-earl-tucker", pub="2026-05-20T10:00:00-05:00",
title="Thomas Earl Tucker",
body="""Thomas Earl Tucker, 70, of Benton, passed away Monday, May 18, 2026, at his home on Kentucky Lake.

Tommy was a commercial fisherman and a retired TVA lineman. He was happiest on the water at daylight.

He is survived by his wife, Linda Tucker; a son, Trent Tucker of Hardin; a sister, Lorene Tucker of Tacoma, Wash.; and two grandsons.

Services will be at 2 p.m. Friday at the Benton chapel. Burial will be in Olive Cemetery.""",
gold=[]),  # "Lorene Tucker of Tacoma, Wash." is a namesake of PAH022 (Calvert City): nothing
]

# 3. Jackson Purchase Death Notices (paid notices, terse, surname first)
NOTICES = [
dict(guid="pah_jpdn_000341", pub="2026-04-06T06:00:00-05:00", title="FUTRELL, Ruby Nell",
body="""FUTRELL, Ruby Nell, Murray, died Friday, April 3, 2026. Arrangements are pending at Churchill-Haley Funeral Home, Murray.""",
gold=[("PAH018", "possible_deceased_client")]),

dict(guid="pah_jpdn_000352", pub="2026-04-09T06:00:00-05:00", title="SLEDD, Gary Wayne",
body="""SLEDD, Gary Wayne, 66, of Paducah, Texas, died April 6, 2026, in Childress. Born in Cottle County, Texas; rancher and county commissioner. Survived by wife, Darlene; daughters Kristi Sledd of Childress and Amber Ruiz of Lubbock. Services Saturday, First Baptist Church of Paducah, Texas.""",
gold=[]),  # namesake of PAH023 (Paducah, Ky., same age): a different Paducah

dict(guid="pah_jpdn_000366", pub="2026-04-24T06:00:00-05:00", title="BLEDSOE, Arvella",
body="""BLEDSOE, Arvella, 77, Paducah, died April 21, 2026. Retired from Paducah Public Schools food service. Survived by son, Neal Bledsoe of Paducah; daughter, Sharonda Bledsoe Hayes of Memphis; eight grandchildren. Preceded in death by husband, Cornelius Bledsoe Sr. Services 11 a.m. Saturday, Stars Funeral Home.""",
gold=[("PAH019", "survivor")]),

dict(guid="pah_jpdn_000378", pub="2026-05-11T06:00:00-05:00", title="KIMBRO, Lanelle H.",
body="""KIMBRO, Lanelle Harris, 61, Murray, died May 8, 2026, after a long illness. Murray State University nursing faculty for 22 years. Survived by husband, Dr. Amos Kimbro; daughters Brooke and Whitney Kimbro; her mother, Evelyn Harris of Benton. Memorial service 3 p.m. Sunday, First United Methodist Church, Murray.""",
gold=[("PAH011", "survivor")]),

dict(guid="pah_jpdn_000390", pub="2026-06-01T06:00:00-05:00", title="TIBBS, Clinton Earl",
body="""TIBBS, Clinton Earl, 91, Hazel, died May 29, 2026. Retired Calloway County road department. Survived by wife of 66 years, Opal; son Earl Tibbs of Hazel; nephew Clint Tibbs of Murray. Services 1 p.m. Tuesday, Miller Funeral Home of Murray. Burial Hazel Cemetery.""",
gold=[("PAH004", "survivor")]),  # the deceased is an older namesake of PAH004; the client is the nephew

dict(guid="pah_jpdn_000402", pub="2026-06-10T06:00:00-05:00", title="OAKLEY, Bernice",
body="""OAKLEY, Bernice, 88, Paducah, died June 7, 2026. Survived by grandsons Kendrick Oakley of Paducah and Darius Oakley of Evansville, Ind.; five great-grandchildren. Preceded in death by husband, Lawrence, and son, Curtis. Services noon Saturday, Harrison Street Baptist Church.""",
gold=[("PAH015", "survivor")]),
]

FEEDS = {"herald": HERALD, "funeral": FUNERAL, "notices": NOTICES}
ITEMS = HERALD + FUNERAL + NOTICES
