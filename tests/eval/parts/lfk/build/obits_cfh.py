"""Carraway & Sons Funeral Homes (chapels in Lufkin, Diboll and Crockett): funeral-home site, one-sentence plain
description and HTML in content:encoded. Hand-labelled."""

import obits_pws

FEED = "cfh"
BASE = "https://www.carrawayandsons.example/obituaries/"

_PRUITT = next(it for it in obits_pws.ITEMS if it["guid"].endswith("_pruitt"))

ITEMS = [
dict(guid="lfk_cfh_opal-inez-skeeters", link=BASE + "opal-inez-skeeters", pub="2026-01-09T14:30:00-06:00",
     title="Opal Inez Skeeters (1935 - 2026)",
body="""Opal Inez Skeeters, 90, of Pollok passed away peacefully Tuesday, January 6, 2026, at Pine Haven Nursing and Rehabilitation in Lufkin.

Mrs. Skeeters was born August 19, 1935, in the Ryan's Chapel community. She kept the books for Skeeters Logging for thirty years, raised three children and a great many tomatoes, and sang alto in the Pollok Baptist choir until she was 85.

She is survived by her daughters, Wanda Faye (Bud) Pruitt of Lufkin and Glenda (Ronnie) Mott of Wells; her son, Darrell Skeeters of Pollok; eight grandchildren; and fourteen great-grandchildren.

She was preceded in death by her husband of 58 years, Homer Skeeters, and by a grandson, Jeremy Mott.

Funeral services will be held at 2:00 p.m. Saturday in the Carraway & Sons Lufkin chapel with Bro. Terry Windham officiating. Interment will follow in Bethlehem Cemetery.""",
gold=[("LFK002", "survivor"), ("LFK001", "survivor")]),

dict(guid="lfk_cfh_alton-ray-westbrook", link=BASE + "alton-ray-westbrook", pub="2026-02-14T11:05:00-06:00",
     title="Alton Ray Westbrook (1939 - 2026)",
body="""Alton Ray Westbrook, 86, of Grapeland passed away Wednesday, February 11, 2026, at Crockett Medical Center.

Alton was born in Houston County and never saw a reason to live anywhere else. He raised cattle and hay on the Westbrook place north of Grapeland, served on the Grapeland ISD school board for twelve years, and judged the Houston County Fair steer show longer than anyone can remember.

He is survived by his daughter, Kathy Sessions and her husband, Jimmie Don, of Crockett; his son, Wesley Westbrook and wife Renee of Grapeland; seven grandchildren; and five great-grandchildren.

He was preceded in death by his wife of 60 years, Jo Nell Westbrook, and a sister, Imogene Dailey.

Services will be held at 10:00 a.m. Monday at the Carraway & Sons Crockett chapel, with burial in Grapeland City Cemetery.""",
gold=[("LFK007", "survivor"), ("LFK006", "survivor")]),

dict(guid="lfk_cfh_harlan-odell-pruitt", link=BASE + "harlan-odell-pruitt", pub="2026-03-11T09:40:00-05:00",
     title="Harlan Odell \"Bud\" Pruitt (1942 - 2026)", body=_PRUITT["body"],
gold=[]),   # duplicate copy of the Sentinel obituary published a day earlier: labelled there only

dict(guid="lfk_cfh_lois-thigpen-harkey", link=BASE + "lois-thigpen-harkey", pub="2026-03-20T15:20:00-05:00",
     title="Lois Thigpen Harkey (1937 - 2026)",
body="""Lois Thigpen Harkey, 88, of Diboll went to be with her Savior on Wednesday, March 18, 2026.

Lois was born in Diboll, the daughter of a Temple Lumber Company sawyer, and worked thirty-one years in the company commissary and later the Diboll post office. She was a charter member of the Diboll Garden Club and made the best chicken and dumplings at First Baptist Church Diboll, though she would never say so.

She is survived by her sister, Ethel Mae Whitmire of Diboll; her son, Keith Harkey of Lufkin; her niece, Priscilla Vansickle and husband Roy Dean of Diboll; three grandchildren; and many nieces and nephews.

She was preceded in death by her husband, Burl Harkey; her brother, Claude Thigpen; and her sister, Vivian Thigpen Moore.

Services will be held at 11 a.m. Monday at First Baptist Church Diboll. Burial in Diboll City Cemetery.""",
gold=[("LFK005", "survivor"), ("LFK020", "survivor"), ("LFK021", "survivor")]),

dict(guid="lfk_cfh_jose-angel-ocampo", link=BASE + "jose-angel-ocampo-garza", pub="2026-04-14T10:10:00-05:00",
     title="José Ángel Ocampo Garza (1951 - 2026)",
body="""José Ángel Ocampo Garza, 74, of Lufkin passed away Saturday, April 11, 2026, surrounded by his family.

Born in Sabinas Hidalgo, Nuevo León, José came to Lufkin in 1979 to work at the Lufkin Industries foundry, where he poured iron for twenty-eight years. He was a founding member of the Guadalupanos at St. Patrick Catholic Church and for years cooked the barbacoa for the parish jamaica.

Le sobreviven su esposa, Guadalupe Rangel de Ocampo; su hija, María Guadalupe "Lupe" Ocampo Rangel (Rubén Salinas), de Lufkin; su hijo, José Ángel Ocampo Rangel, de Houston; y cinco nietos. He is survived by his wife, Guadalupe Rangel de Ocampo; his daughter, Lupe Ocampo Rangel and her husband Rubén Salinas of Lufkin; his son, José Ángel Ocampo Jr. of Houston; and five grandchildren.

The Holy Rosary will be prayed at 7 p.m. Tuesday at the Carraway & Sons Lufkin chapel. A Mass of Christian Burial will be celebrated at 10 a.m. Wednesday at St. Patrick Catholic Church.""",
gold=[("LFK014", "survivor")]),

dict(guid="lfk_cfh_inez-cudd-pope", link=BASE + "inez-cudd-pope", pub="2026-06-03T13:45:00-05:00",
     title="Inez Cudd Pope (1948 - 2026)",
body="""Inez Cudd Pope, 77, of Zavalla passed away Sunday, May 31, 2026, at her home on the lake.

Inez ran the bait shop at Cassells-Boykin for twenty years and knew where the crappie were biting before the crappie did. She was a member of Zavalla First Baptist Church.

She is survived by her brother, Luther Earl Cudd of Zavalla; her sister-in-law, Ruby Nell Crager of Huntington; her daughter, Tammy Pope Landry of Jasper; and two grandchildren.

She was preceded in death by her husband, Dewey Pope, and her brother, Arlis Cudd.

A graveside service will be held 10 a.m. Friday at Zavalla Cemetery.""",
gold=[("LFK011", "survivor")]),   # LFK015 Luther Cudd is do_not_contact
]
