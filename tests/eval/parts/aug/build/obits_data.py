"""Obituaries for the aug part, four house styles, hand-labelled (`gold=[(client_id, role)]`).
feed: kvs = Kennebec Valley Sentinel (newspaper, plain text); lh = Lacasse & Hodgkins Funeral Home (HTML in
content:encoded); ndk = Notre Dame du Kennebec Parish bulletin (plain text); pdn = paid death notices."""

ITEMS = [
# ---------------- Kennebec Valley Sentinel (newspaper) ----------------
dict(feed="kvs", guid="aug_kvs_obit_2026_0112", pub="2026-01-14T05:30:00-05:00",
title="Yvonne T. (Rancourt) Beaulieu",
body="""WINSLOW - Yvonne Therese (Rancourt) Beaulieu, 88, passed away peacefully Sunday, January 11, 2026, at MaineGeneral Medical Center in Augusta, surrounded by her family. She was born in Waterville on June 2, 1937, the daughter of Adelard and Rose (Pomerleau) Rancourt.

Yvonne graduated from Waterville High School in 1955 and worked for 31 years as a stitcher at the Hathaway shirt factory, where she never missed a Christmas party. She loved beano at St. John's, her tourtiere, and summers at the camp on China Lake.

She was predeceased by her husband of 52 years, Roger Beaulieu; and her brother, Lucien Rancourt.

She is survived by her son, Michel Beaulieu and his wife Tina of Benton; her sister, Jeannine Veilleux and her husband Normand of Waterville; five grandchildren; and many nieces and nephews.

A Mass of Christian Burial will be celebrated 11 a.m. Saturday at St. John the Baptist Church, Winslow. Spring committal at St. Francis Cemetery, Waterville. Arrangements are under the care of Gallant Funeral Home, Waterville.""",
gold=[("AUG002", "survivor"), ("AUG001", "survivor")]),

dict(feed="kvs", guid="aug_kvs_obit_2026_0329", pub="2026-04-02T05:30:00-04:00",
title="Wendell A. Hatch",
body="""HALLOWELL - Wendell Arthur Hatch, 81, of Second Street died March 30, 2026, at home, with his wife at his side. He was born in Augusta on September 12, 1944, a son of Ervin and Mildred (Lowell) Hatch.

Wendell graduated from Cony High School in 1962 and served with the U.S. Navy aboard the USS Independence. He worked for the Maine Department of Transportation for 34 years, retiring as a bridge inspector, and served eleven years on the Hallowell City Council. He never missed Old Hallowell Day.

He is survived by his wife of 58 years, Charlotte (Pease) Hatch of Hallowell; a daughter, Sarah Hatch-Ricker and her husband Dean of Readfield; and three grandchildren.

Bearers will be Toby Merrithew, Dean Ricker, Nathan Ricker and Carl Joly. A memorial service will be held 2 p.m. Saturday, April 11, at the Hallowell First Baptist Church, the Rev. Anne Boothby officiating. Arrangements by Staples Funeral Home, Gardiner.""",
gold=[("AUG006", "deceased_client"), ("AUG007", "spouse_of_deceased_client")]),

dict(feed="kvs", guid="aug_kvs_obit_2026_0207", pub="2026-02-10T05:30:00-05:00",
title="Gerard J. Thibodeau Sr.",
body="""AUGUSTA - Gerard Joseph Thibodeau Sr., 91, died Saturday, February 7, 2026, at the Maine Veterans' Home. He was born March 1, 1934, in Augusta, the son of Alphonse and Marie-Ange (Doyon) Thibodeau.

Gerard worked for 40 years at the Statler Tissue mill and was a lifelong communicant of St. Augustine Church. He was a Fourth Degree Knight of Columbus and could be found most mornings at the Sand Hill diner.

He was predeceased by his wife, Rita (Boucher) Thibodeau, and by his daughter, Claudette.

Surviving are his son, Gerard "Gerry" Thibodeau Jr. and his wife Pauline of Augusta; his daughter, Lise Gagnon of Nashua, N.H.; six grandchildren and four great-grandchildren.

Visiting hours 4-7 p.m. Thursday at Plummer Funeral Home, Augusta. A Mass of Christian Burial will be celebrated Friday at 10 a.m. at St. Augustine Church.""",
gold=[("AUG004", "survivor"), ("AUG005", "survivor")]),

dict(feed="kvs", guid="aug_kvs_obit_2026_0218", pub="2026-02-20T05:30:00-05:00",
title="Cody Allen Dunton",
body="""OAKLAND - Cody Allen Dunton, 22, died unexpectedly Monday, February 16, 2026. He was born in Waterville on October 3, 2003, the son of Russell and Tammy (Giroux) Dunton.

Cody graduated from Messalonskee High School in 2022, where he wrestled at 152 pounds, and was an apprentice lineman with Central Maine Power. He loved his truck, his dog Moose and ice fishing on Messalonskee Lake.

He is survived by his parents, Russell and Tammy Dunton of Oakland; his sister, Brianna Dunton of Oakland; his grandmother, Joyce Giroux of Belgrade; and his girlfriend, Kelsey Poulin.

A celebration of life will be held at 1 p.m. Saturday at the Oakland Fire Station. Arrangements by Lawry Brothers Funeral Home, Fairfield.""",
gold=[]),

dict(feed="kvs", guid="aug_kvs_obit_2026_0305", pub="2026-03-06T05:30:00-05:00",
title="Elias M. Karam",
body="""METHUEN, Mass. - Elias Michael Karam, 70, of Methuen, Massachusetts, and formerly of Lawrence, died March 3, 2026. He was born in Lawrence on August 9, 1955, the son of Michael and Labibe (Shaheen) Karam.

Elias owned Karam Auto Body in Lawrence for 38 years. He was a member of St. Anthony's Maronite Church and a devoted Red Sox fan.

He is survived by his wife, Josephine (Haddad) Karam of Methuen; his children, Michael Karam of Andover and Rita Karam of Salem, N.H.; and a brother, George Karam of Lawrence. His cousins in Waterville, Maine, are remembered with love.

Funeral Mass 10 a.m. Monday at St. Anthony's Maronite Church, Lawrence. Arrangements by Kern Funeral Home, Methuen.""",
gold=[]),

dict(feed="kvs", guid="aug_kvs_obit_2026_0416", pub="2026-04-17T05:30:00-04:00",
title="Lorraine A. Fecteau",
body="""WINSLOW - Lorraine Anita Fecteau, 84, of Clinton Avenue passed away April 14, 2026, at Lakewood Continuing Care Center, Waterville. She was born in Winslow on May 5, 1941, the daughter of Ovide and Bertha (Vachon) Poulin.

Lorraine was a cook at the Winslow Junior High cafeteria for 27 years and was famous for her ployes and her molasses cookies.

She was predeceased by her husband, Armand Fecteau.

She is survived by her daughter, Marie Claire Fecteau of Winslow, who cared for her at home for many years; a son, Paul Fecteau and his wife Donna of Biddeford; and four grandchildren.

Bearers will be Cody Dunton, Paul Fecteau, Adam Fecteau and Luc Poulin. A Mass of Christian Burial will be held 10 a.m. Tuesday at St. John the Baptist Church, Winslow, Father Daniel Baillargeon officiating.""",
gold=[("AUG008", "survivor")]),

# ---------------- Lacasse & Hodgkins Funeral Home (site) ----------------
dict(feed="lh", guid="aug_lh_arthur-spofford-2026", pub="2026-01-22T16:00:00-05:00",
title="Arthur \"Artie\" L. Spofford",
body="""Arthur Lee "Artie" Spofford, 79, of Pittston died January 19, 2026, at the Gardiner Health Care Facility after a short illness.

Artie was born in Gardiner on July 7, 1946, the son of Lester and Marion (Hinkley) Spofford. He drove a log truck for 45 years and could back a trailer down any camp road in Kennebec County. He was a member of the Pittston Fire Department for 30 years.

He was predeceased by his wife, Bonnie (Curtis) Spofford.

Artie leaves his daughter, Kayla Merrithew and her husband Toby of Gardiner; his son, Travis Spofford of Pittston; his grandchildren, Owen and Ella Merrithew and Maddox Spofford; and his brother, Earl Spofford of Dresden.

A graveside service will be held in the spring at Oak Grove Cemetery, Gardiner. Online condolences may be shared at lacassehodgkins.example.""",
gold=[("AUG013", "survivor"), ("AUG012", "survivor")]),

dict(feed="lh", guid="aug_lh_marguerite-cloutier-2026", pub="2026-03-13T15:00:00-04:00",
title="Marguerite R. Cloutier",
body="""Marguerite Rose Cloutier, 95, of Augusta went home to the Lord on March 10, 2026. She was born in Saint-Georges, Quebec, on April 28, 1930, and came to Augusta as a girl, where she worked at the Edwards Mill and later at Cushnoc Bakery.

Memere was happiest in her kitchen on Sand Hill, with a pot of pea soup on the stove and a house full of grandchildren.

She was predeceased by her husband, Raymond Cloutier, and her son, Andre.

She is survived by her daughters, Pauline (Gerry) Thibodeau of Augusta and Jacqueline Morin of Lewiston; eight grandchildren; and eleven great-grandchildren.

Mass of Christian Burial at St. Augustine Church, Augusta, Monday at 11 a.m. In lieu of flowers, donations may be made to the Augusta Food Bank.""",
gold=[("AUG005", "survivor"), ("AUG004", "survivor")]),

dict(feed="lh", guid="aug_lh_theophile-marquis-2026", pub="2026-05-05T14:00:00-04:00",
title="Theophile J. Marquis",
body="""Theophile Joseph Marquis, 96, of Madawaska died May 2, 2026, at the Northern Maine Medical Center in Fort Kent. He was born in Saint-David on February 11, 1930, and farmed potatoes on the same land in the St. John Valley for sixty years.

He was predeceased by his wife of 64 years, Simone (Cyr) Marquis, and by his brothers, Albert and Onesime.

He is survived by his daughter, Lucie Marquis of Madawaska; his grandchildren; and his nephew and namesake, Theophile "Ted" Marquis and his wife Jeanette of Skowhegan, who visited him every summer.

A Mass of Christian Burial will be celebrated at St. Thomas Aquinas Church, Madawaska. Arrangements by our Fort Kent chapel in cooperation with Lacasse & Hodgkins.""",
gold=[("AUG021", "survivor")]),

dict(feed="lh", guid="aug_lh_everett-whitcomb-2026", pub="2026-06-09T12:00:00-04:00",
title="Everett H. Whitcomb",
body="""Everett Harold Whitcomb, 90, of Fairfield died June 6, 2026, at Redington-Fairview General Hospital in Skowhegan. He was born in Fairfield on January 30, 1936.

Everett milked cows on the Whitcomb farm on the Norridgewock Road until he was 80 and showed oxen at the Skowhegan State Fair for fifty summers.

He was predeceased by his wife, Ruth, and his son-in-law, Dale Varney.

He is survived by his daughter, Priscilla Varney of Fairfield; his son, Wayne Whitcomb of Norridgewock; and six grandchildren.

Bearers will be Hollis Crommett, Wayne Whitcomb, Jesse Whitcomb and Tyler Varney. A funeral service will be held at 11 a.m. Friday at the Fairfield Center Union Church.""",
gold=[("AUG020", "survivor")]),

dict(feed="lh", guid="aug_lh_therese-lapointe-2026", pub="2026-07-21T13:00:00-04:00",
title="Therese M. Lapointe",
body="""Therese Marie Lapointe, 89, of Augusta died July 18, 2026, at Maplecrest Rehabilitation. She was born in Augusta on September 3, 1936, the daughter of Eugene and Laura (Bolduc) Giguere.

Therese was a telephone operator for New England Telephone and later a clerk at the Augusta City Center. She was a member of the Franco-American Club and St. Michael Parish.

She was predeceased by her husband, Leo Lapointe.

She is survived by her son, Roland Lapointe and his wife, Bernie, of Augusta; her granddaughter, Nicole Lapointe; and her sister, Jeanne Giguere of Winthrop.

Visiting hours will be Wednesday 5-7 p.m. Funeral Mass Thursday at 10 a.m. at St. Augustine Church, the Rev. Sylvain Paquet, celebrant. Committal at Holy Family Cemetery.""",
gold=[("AUG016", "survivor")]),

# ---------------- Notre Dame du Kennebec Parish bulletin ----------------
dict(feed="ndk", guid="aug_ndk_bulletin_2026_0308_1", pub="2026-03-08T07:00:00-05:00",
title="Lucien Fortier - Farmingdale",
body="""Please keep in your prayers the soul of Lucien Fortier of Farmingdale, who died on March 3. Arrangements are by Staples Funeral Home and will be announced. Eternal rest grant unto him, O Lord.""",
gold=[("AUG017", "possible_deceased_client")]),

dict(feed="ndk", guid="aug_ndk_bulletin_2026_0419_1", pub="2026-04-19T07:00:00-04:00",
title="Marcel Turcotte - Gardiner",
body="""Please pray for the repose of the soul of Marcel Turcotte, 86, of Gardiner, longtime usher at the 8 o'clock Mass, who died April 14. He leaves his sister, Doris Lachapelle of Gardiner, and his nephews Marc and Denis Turcotte of Randolph. He was predeceased by his wife, Yvette. Priez pour lui. The Mass of Christian Burial will be at St. Joseph Church, Gardiner, Friday at 10 a.m.""",
gold=[("AUG003", "survivor")]),

dict(feed="ndk", guid="aug_ndk_bulletin_2026_0524_1", pub="2026-05-24T07:00:00-04:00",
title="Antoinette Nassar - Waterville",
body="""Our sister parish of St. Joseph Maronite in Waterville asks our prayers for Antoinette Nassar, 92, who fell asleep in the Lord on May 19. She leaves her daughter, Nadia Karam and her husband, Lee, of Waterville, and her son, Fouad Nassar of Worcester, Mass. Divine Liturgy of Christian Burial was celebrated May 22 by Chorbishop Michel Aoun. May her memory be eternal.""",
gold=[("AUG010", "survivor"), ("AUG009", "survivor")]),

# ---------------- Paid death notices ----------------
dict(feed="pdn", guid="aug_pdn_2026_01987", pub="2026-04-06T06:00:00-04:00",
title="HATCH, Wendell A.",
body="""HALLOWELL - Wendell Arthur Hatch, 81, of Second Street died March 30, 2026, at home, with his wife at his side. He was born in Augusta on September 12, 1944, a son of Ervin and Mildred (Lowell) Hatch.

Wendell graduated from Cony High School in 1962 and served with the U.S. Navy aboard the USS Independence. He worked for the Maine Department of Transportation for 34 years, retiring as a bridge inspector, and served eleven years on the Hallowell City Council. He never missed Old Hallowell Day.

He is survived by his wife of 58 years, Charlotte (Pease) Hatch of Hallowell; a daughter, Sarah Hatch-Ricker and her husband Dean of Readfield; and three grandchildren.

Bearers will be Toby Merrithew, Dean Ricker, Nathan Ricker and Carl Joly. A memorial service will be held 2 p.m. Saturday, April 11, at the Hallowell First Baptist Church, the Rev. Anne Boothby officiating. Arrangements by Staples Funeral Home, Gardiner.""",
gold=[]),  # later copy of aug_kvs_obit_2026_0329: labelled on the earlier copy only

dict(feed="pdn", guid="aug_pdn_2026_01544", pub="2026-02-26T06:00:00-05:00",
title="PEASE, Harlan R.",
body="""PEASE, Harlan R., 90, of Hallowell, Feb. 23, 2026. Retired granite cutter. Survived by his sister, Charlotte Hatch (Wendell) of Hallowell; nephew, Reggie Bickford of Manchester. Predeceased by his wife, Evelyn. Graveside in May, Hallowell Cemetery. Staples Funeral Home.""",
gold=[("AUG007", "survivor"), ("AUG006", "survivor")]),

dict(feed="pdn", guid="aug_pdn_2026_02210", pub="2026-05-12T06:00:00-04:00",
title="DROUIN, Armand P.",
body="""DROUIN, Armand P., 80, of Augusta, May 9, 2026. Retired state trooper. Survived by his wife, Jacqueline (Ouellette) Drouin; daughter, Danielle Ouellette-Drouin of Augusta; son, Marc Drouin of Topsham. Funeral Mass Friday 11 a.m., St. Michael Parish, St. Mary's Church. Plummer Funeral Home.""",
gold=[("AUG011", "survivor")]),

dict(feed="pdn", guid="aug_pdn_2026_02455", pub="2026-06-02T06:00:00-04:00",
title="GOODHUE, Ramona L.",
body="""GOODHUE, Ramona L., 54, of Lakeland, Fla., formerly of Presque Isle, May 28, 2026. Survived by her husband, Gary; sons, Kyle and Brandon of Lakeland; mother, Phyllis Goodhue of Presque Isle. Services in Florida. Burial in Fairmount Cemetery, Presque Isle, in the summer.""",
gold=[]),

dict(feed="pdn", guid="aug_pdn_2026_02601", pub="2026-06-23T06:00:00-04:00",
title="CROMMETT, Evelyn M.",
body="""CROMMETT, Evelyn M., 99, of China, June 20, 2026. Survived by nephews, Dwight Crommett of Vassalboro and Alan Crommett of Palermo. Predeceased by her husband, Everett, and her brothers-in-law, Hollis Crommett and Merle Crommett. Graveside service at Chadwick Hill Cemetery, China, Saturday at 2 p.m.""",
gold=[]),
]
