"""Obituaries for the prc part, hand-labelled. Feeds: 'courier' (newspaper, legacy titles, plain text),
'chapel' (funeral home, HTML content:encoded), 'bulletin' (parish bulletin, plain), 'notices' (paid death notices)."""

ITEMS = [
# ---------------- The Granite Dells Courier (newspaper) ----------------
dict(feed="courier", guid="prc_gdc_obit_20260114_0412", pub="2026-01-14T05:30:00-07:00",
title="Tomás Chavarría Obituary (1935 - 2026) - Prescott Valley, AZ - The Granite Dells Courier",
body="""PRESCOTT VALLEY - Tomás Ignacio Chavarría, 90, of Prescott Valley, died January 10, 2026, at the Pioneers' Home in Prescott, surrounded by his family.

Tomás was born in Jerome on June 2, 1935, the youngest son of a copper miner, and remembered the day the United Verde shut down as the day his boyhood ended. He worked thirty-one years for Arizona Public Service, served in the Army in Korea after the armistice, and for decades ran the fry-bread booth at the Yavapai County Fair with more discipline than the Army ever showed him.

He is survived by his sister, Lola Ybarra of Prescott Valley; his sons, Ruben (Diane) Chavarría of Flagstaff and Adrian Chavarría of Las Cruces, N.M.; seven grandchildren; and a great many nieces and nephews. He was preceded in death by his wife of 58 years, Consuelo, in 2019.

A rosary will be prayed Thursday at 6 p.m. at St. Germaine Catholic Church, Prescott Valley, with the funeral Mass Friday at 10 a.m. Burial will follow at Mountain View Cemetery.""",
gold=[("PRC003", "survivor")]),

dict(feed="courier", guid="prc_gdc_obit_20260203_0455", pub="2026-02-03T05:30:00-07:00",
title="Gustavo Arriola Obituary (2005 - 2026) - Prescott Valley, AZ - The Granite Dells Courier",
body="""PRESCOTT VALLEY - Gustavo Efraín Arriola, 20, of Prescott Valley, died January 30, 2026, in a single-vehicle accident on State Route 69 near Mayer.

Gustavo graduated from Bradshaw Mountain High School in 2023, where he wrestled at 157 pounds and was known for never losing his temper or his appetite. He was in his second year of the welding program at Yavapai College and worked weekends at his uncle's tire shop.

He is survived by his parents, Efraín and Marisol Arriola of Prescott Valley; his sisters, Jazmín and Abril; his grandparents, Rogelio and Eva Arriola of Nogales; and his girlfriend, Kaylee Burris.

Services will be held Saturday at 11 a.m. at Heritage Memorial Chapel, Prescott Valley.""",
gold=[]),   # young namesake: client Gus Arriola is 57 with wife Yesenia; this Gustavo is 20, survived by parents

dict(feed="courier", guid="prc_gdc_obit_20260305_0520", pub="2026-03-05T05:30:00-07:00",
title="Harlan Tewksbury Obituary (1946 - 2026) - Prescott, AZ - The Granite Dells Courier",
body="""PRESCOTT - Harlan Wayne Tewksbury, 79, of Prescott, died peacefully at home on Sunday, March 1, 2026, after a long illness borne with good humor.

Harlan was born April 12, 1946, in Kingman, and came to Prescott in 1971 to teach industrial arts at Prescott High School, where he taught for 33 years and built, by his own count, eleven homecoming floats that did not catch fire. He was a volunteer with the Sharlot Hall Museum blacksmith shop and a longtime member of the Prescott Corral of Westerners.

He is survived by his wife of 54 years, Loretta (Vosburgh) Tewksbury; his son, Dale Tewksbury (Amy) of Flagstaff; his daughter, Karen Liddell (Mark) of Mesa; and five grandchildren. He was preceded in death by his parents and his brother, Everett.

A memorial service will be held Saturday, March 14, at 2 p.m. at First Congregational Church of Prescott. Memorials may be made to Hospice of Yavapai.""",
gold=[("PRC001", "deceased_client"), ("PRC002", "spouse_of_deceased_client")]),

dict(feed="courier", guid="prc_gdc_obit_20260326_0577", pub="2026-03-26T05:30:00-07:00",
title="Raymond Okerlund Obituary (1934 - 2026) - Mayer, AZ - The Granite Dells Courier",
body="""MAYER - Raymond Leif Okerlund, 91, of Mayer, a rancher, hard-rock miner and teller of long stories, died March 22, 2026, at Mayer.

Ray was born in Bisbee on October 7, 1934, and spent his working life on the Hassayampa and in the mines of the Bradshaws before buying the Big Bug Creek place in 1968. He served on the Mayer Unified school board for 16 years.

He is survived by his daughter, Ingrid Okerlund Sayre of Prescott; his grandson and namesake, Ray Okerlund of Mayer, who runs the ranch today; his granddaughter, Sigrid Haines of Tempe; and three great-grandchildren. He was preceded in death by his wife, Thora, in 2011, and his son, Nils.

A graveside service will be held at the Mayer Cemetery on Saturday at 10 a.m.""",
gold=[("PRC022", "survivor")]),   # old namesake of a young client; the client is the grandson

dict(feed="courier", guid="prc_gdc_obit_20260409_0603", pub="2026-04-09T05:30:00-07:00",
title="Wendell Pruitt Sr. Obituary (1931 - 2026) - Chino Valley, AZ - The Granite Dells Courier",
body="""CHINO VALLEY - Wendell Amos Pruitt Sr., 94, who farmed alfalfa in Chino Valley for sixty years and never once admitted the wind had beaten him, died Monday, April 6, 2026.

Born in Stillwater, Okla., Wendell came west with his parents in 1946 and took over the family farm on Road 1 East in 1958. He was a charter member of the Chino Valley Volunteer Fire Department and a deacon of Chino Valley First Baptist Church.

He is survived by his son, Wendell "Buddy" Pruitt Jr. and his wife, Carolyn, of Chino Valley; his daughter, Nadine Starkey of Cottonwood; eight grandchildren and eleven great-grandchildren. He was preceded in death by his wife of 67 years, Opal, in 2021.

Funeral services will be Friday at 1 p.m. at Chino Valley First Baptist Church, Pastor Dwayne Rusk officiating. Interment at Chino Valley Cemetery.""",
gold=[("PRC004", "survivor"), ("PRC005", "survivor")]),

dict(feed="courier", guid="prc_gdc_obit_20260512_0688", pub="2026-05-12T05:30:00-07:00",
title="Norman Hostetler Obituary (1945 - 2026) - Prescott, AZ - The Granite Dells Courier",
body="""PRESCOTT - Norman Eli Hostetler, 80, of Prescott, died May 8, 2026, at Yavapai Regional Medical Center.

Norm was born in Goshen, Ind., and came to Prescott in 1987 after a career with the Indiana State Police. He volunteered at the VA, sang bass in the Prescott Chorale, and walked Thumb Butte every morning until he was 78.

He is survived by his wife, Elaine; his stepdaughter, Kristin Vail of Chino Valley; and his sister-in-law, Beverly Ann "Bev" Hostetler of Prescott, widow of his brother, Glenn, who preceded him in death in 2020.

A celebration of life will be held June 6 at the Prescott Elks Lodge.""",
gold=[("PRC019", "survivor")]),

dict(feed="courier", guid="prc_gdc_obit_20260602_0731", pub="2026-06-02T05:30:00-07:00",
title="Verna Moffitt Obituary (1933 - 2026) - Prescott, AZ - The Granite Dells Courier",
body="""PRESCOTT - Verna Jean Moffitt, 92, of Prescott, died May 29, 2026, at Granite Gate Senior Living.

Verna was born in Safford and taught first grade at Lincoln Elementary for 29 years. Former pupils still stop her family in Safeway to say so.

She is survived by her son, Dennis Moffitt of Prescott; her grandchildren, Clayton Moffitt (Brianna) of Paulden and Tessa Moffitt of Phoenix; and two great-grandchildren. She was preceded in death by her husband, Harold.

Services will be held Monday at 10 a.m. at Ruth & Sons Prescott Chapel. Pallbearers will be Clayton Moffitt, Dennis Moffitt, Tad Quarles and Ray Okerlund.""",
gold=[("PRC020", "survivor")]),   # Paulden is ~15 km north of Chino Valley; same family name. Tad Quarles, Ray Okerlund: pallbearers -> nothing

# ---------------- Thumb Butte & Verde Valley Funeral Chapels (funeral home, HTML) ----------------
dict(feed="chapel", guid="prc_tbvv_evangeline-haskins-pope-2026", pub="2026-01-22T11:00:00-07:00",
title="Evangeline Haskins Pope",
body="""Evangeline Ruth Haskins Pope, age 88, of Prescott, passed away January 19, 2026.

Evangeline was born in Globe in 1937 and raised on the Haskins cattle ranch on Pinal Creek. She married Lowell Pope in 1959; they came to Prescott in 1975, where she ran the fabric counter at Bashford's until it closed.

She is survived by her daughter, Carolyn (Buddy) Pruitt of Chino Valley; her son, Lowell Pope Jr. of Yuma; five grandchildren and nine great-grandchildren. She was preceded in death by her husband, Lowell, and her brother, Amos Haskins.

Visitation will be Monday from 5 to 7 p.m. at our Prescott chapel, with the funeral Tuesday at 10 a.m.""",
gold=[("PRC005", "survivor"), ("PRC004", "survivor")]),

dict(feed="chapel", guid="prc_tbvv_guadalupe-montano-2026", pub="2026-02-17T11:00:00-07:00",
title="Guadalupe \"Lupe\" Montaño",
body="""Guadalupe "Lupe" Montaño, 86, of Camp Verde, went to be with the Lord on February 13, 2026.

Lupe was born in Clarkdale in 1939 to a family that had worked the smelter for two generations. She cooked for the Camp Verde schools for 27 years and fed half the Verde Valley at the Fort Verde Days tamale sale.

She is survived by her daughter, Rosalinda "Rosie" Velarde (Nacho) of Camp Verde; her sons, Arturo Montaño of Cottonwood and Felipe Montaño of Glendale; fourteen grandchildren; and twenty great-grandchildren. Le sobreviven su hija Rosalinda y su esposo Ignacio, sus hijos Arturo y Felipe, y sus nietos. She was preceded in death by her husband, Esteban, in 2008.

A rosary will be recited Thursday at 6 p.m. and the Mass of Christian Burial celebrated Friday at 10 a.m. at Immaculate Conception Church, Cottonwood. Pastor Marcus Haskie of Camp Verde Community Church will offer a reading at the family's request. Interment at Camp Verde Cemetery.""",
gold=[("PRC008", "survivor"), ("PRC007", "survivor")]),   # Marcus Haskie reads: nothing

dict(feed="chapel", guid="prc_tbvv_opal-stoneking-barrow-2026", pub="2026-03-18T11:00:00-07:00",
title="Opal Stoneking Barrow",
body="""Opal Marie Stoneking Barrow, 81, of Cottonwood, passed away March 15, 2026, at Verde Valley Medical Center.

Opal was born in Clarkdale in 1944 and worked 35 years as a bookkeeper for the Verde Valley Medical Center. She was a quilter, a birder and a fierce canasta player.

She is survived by her daughters, Deanna Cole of Cottonwood and Lisa Barrow of Prescott; her brother, Elwood "Woody" Stoneking and his wife, Marjorie, of Clarkdale; and four grandchildren. She was preceded in death by her husband, Gene Barrow.

Services will be held at our Cottonwood chapel on Saturday at 11 a.m.""",
gold=[("PRC014", "survivor")]),

dict(feed="chapel", guid="prc_tbvv_ernestine-quarles-2026", pub="2026-04-21T11:00:00-07:00",
title="Ernestine Quarles",
body="""Ernestine Bell Quarles, 94, of Cottonwood, passed away peacefully April 18, 2026.

Ernestine was born in Jerome in 1931 and taught piano to Verde Valley children for more than fifty years from the front room of her house on Main Street.

She is survived by her son, Leon Quarles of Phoenix, and her grandson, Thaddeus "Tad" Quarles of Cottonwood. She was preceded in death by her husband, Thaddeus Quarles Sr., in 1998.

A memorial service will be held at First Baptist Church of Cottonwood on Saturday, April 25, at 2 p.m.""",
gold=[("PRC009", "survivor")]),

dict(feed="chapel", guid="prc_tbvv_lyle-brannock-2026", pub="2026-06-16T11:00:00-07:00",
title="Lyle Brannock",
body="""Lyle Dean Brannock, 84, of Dewey, passed away June 12, 2026.

Lyle was born in Ash Fork in 1942. He drove a Santa Fe freight route for 30 years, retired to Dewey in 1995 and spent the rest of his life building birdhouses for anyone who stood still long enough.

He is survived by his daughter, Jolene (Rusty) Ashworth of Dewey-Humboldt; his son, Curtis Brannock of Kingman; and six grandchildren. He was preceded in death by his wife, Arlene.

Graveside services will be at Humboldt Cemetery on Friday at 9 a.m.""",
gold=[("PRC012", "survivor"), ("PRC011", "survivor")]),

dict(feed="chapel", guid="prc_tbvv_wilbur-finch-2026", pub="2026-07-07T11:00:00-07:00",
title="Wilbur Finch",
body="""Wilbur James Finch, 83, of Camp Verde, passed away July 3, 2026.

Wil was a Navy Seabee, a retired Arizona Department of Transportation foreman and a fixture at the Camp Verde Community Church potluck.

He is survived by his wife, Darlene; his sons, Curt and Wade; and six grandchildren.

Services will be held Thursday at 10 a.m. at Camp Verde Community Church, Pastor Marcus Haskie officiating. Pallbearers: Gus Arriola, Wade Finch, Curt Finch, Ignacio Velarde Montoya, Leo Paz and Daniel Finch.""",
gold=[]),   # officiant and pallbearers who are clients -> nothing

dict(feed="chapel", guid="prc_tbvv_imogene-saltz-2026", pub="2026-08-04T11:00:00-07:00",
title="Imogene Saltz",
body="""Imogene Dorothy Saltz, 88, of Cottonwood, passed away July 31, 2026.

Imogene came to the Verde Valley from Wichita in 1962 as the new home-economics teacher at Mingus Union High School and never left.

She leaves her nephew, Carl Saltz of Wichita, Kan.; her goddaughter, Amanda Rios of Sedona; and her dearest friend of sixty years, Phyllis Dunnigan of Cottonwood, with whom she drove to every Mingus football game until last fall. Imogene was preceded in death by her husband, Walter.

A memorial will be held at our Cottonwood chapel on August 8.""",
gold=[("PRC021", "survivor")]),   # judgement call: a close friend named among those she leaves

dict(feed="chapel", guid="prc_tbvv_harlan-tewksbury-2026", pub="2026-03-06T09:00:00-07:00",
title="Harlan Wayne Tewksbury",
body="""PRESCOTT - Harlan Wayne Tewksbury, 79, of Prescott, died peacefully at home on Sunday, March 1, 2026, after a long illness borne with good humor.

Harlan was born April 12, 1946, in Kingman, and came to Prescott in 1971 to teach industrial arts at Prescott High School, where he taught for 33 years and built, by his own count, eleven homecoming floats that did not catch fire. He was a volunteer with the Sharlot Hall Museum blacksmith shop and a longtime member of the Prescott Corral of Westerners.

He is survived by his wife of 54 years, Loretta (Vosburgh) Tewksbury; his son, Dale Tewksbury (Amy) of Flagstaff; his daughter, Karen Liddell (Mark) of Mesa; and five grandchildren. He was preceded in death by his parents and his brother, Everett.

A memorial service will be held Saturday, March 14, at 2 p.m. at First Congregational Church of Prescott. Memorials may be made to Hospice of Yavapai.""",
gold=[]),   # duplicate copy of prc_gdc_obit_20260305_0520 (labelled on the earlier copy only)

# ---------------- St. Germaine / Sacred Heart parish bulletin ----------------
dict(feed="bulletin", guid="prc_stg_bulletin_20260208_prayers", pub="2026-02-08T07:00:00-07:00",
title="Lorraine Vosburgh Kemp - Prescott",
body="""Please keep in your prayers Lorraine Vosburgh Kemp, 82, who died February 4 in Prescott, sister of our parishioner Loretta Tewksbury. A vigil will be held Tuesday evening at Sacred Heart. Eternal rest grant unto her, O Lord.""",
gold=[("PRC002", "survivor")]),

dict(feed="bulletin", guid="prc_stg_bulletin_20260426_prayers", pub="2026-04-26T07:00:00-07:00",
title="Teodoro Arriola - Prescott Valley",
body="""Please pray for the repose of the soul of Teodoro Arriola, 93, who died April 21 at his home in Prescott Valley, father of Gustavo Arriola and father-in-law of Yesenia Arriola, who serve as our Sunday hospitality ministers. The rosary will be led by Bernice Gorecki on Wednesday at 6 p.m.; the funeral Mass is Thursday at 10 a.m.""",
gold=[("PRC017", "survivor"), ("PRC018", "survivor")]),   # Bernice Gorecki (do_not_contact) leads the rosary: nothing

dict(feed="bulletin", guid="prc_stg_bulletin_20260719_prayers", pub="2026-07-19T07:00:00-07:00",
title="Harold Ashurst - Prescott",
body="""We commend to the Lord Harold Ashurst, 90, of Prescott, who died July 14, and we hold in prayer his sister, Mary Lou Kimbrough, and all his family. Funeral Mass Monday at 11 a.m., Sacred Heart Church.""",
gold=[("PRC006", "survivor")]),

# ---------------- Verde Valley & Quad Cities paid death notices ----------------
dict(feed="notices", guid="prc_vvqc_dn_20260304_1101", pub="2026-03-04T06:00:00-07:00",
title="HOSTETLER, Beverly Ann",
body="""HOSTETLER, Beverly Ann, 70, of Goshen, Ind., died Feb. 26, 2026. Survived by her husband, Merle; sons Jonas and Eli; and her sister, Marlene Yoder of Cottonwood, Ariz. Services were held in Goshen.""",
gold=[]),   # far-away namesake of PRC019 (same age, widow in Prescott; this one survived by husband Merle in Indiana)

dict(feed="notices", guid="prc_vvqc_dn_20260506_1187", pub="2026-05-06T06:00:00-07:00",
title="FENSTERMAKER, Cordelia",
body="""FENSTERMAKER, Cordelia, of Sedona, died May 3, 2026. Private services. Arrangements by Thumb Butte & Verde Valley Funeral Chapels.""",
gold=[("PRC013", "possible_deceased_client")]),   # same name and town, no age or family to corroborate

dict(feed="notices", guid="prc_vvqc_dn_20260610_1215", pub="2026-06-10T06:00:00-07:00",
title="GORECKI, Stanley J.",
body="""GORECKI, Stanley J., 84, of Prescott Valley, died June 6, 2026. Survived by his sister, Bernice Gorecki of Prescott Valley, and nephews. Mass at St. Germaine, Saturday 9 a.m.""",
gold=[]),   # Bernice Gorecki is do_not_contact
]
