"""Valley Rest Funeral Home & Chapels (Huntsville, Madison and Decatur chapels): funeral-home site, HTML in
content:encoded, a one-sentence plain description, permalink guids. Hand-labelled (gold=[...])."""

BASE = "https://www.valleyrestchapels.example/obituaries/"
ITEMS = [
dict(guid="hsv_vr_harlan-quattlebaum", pub="2026-02-10T10:15:00-06:00", title="Harlan Lee Quattlebaum (1946 - 2026)",
body="""Harlan Lee Quattlebaum, 79, of Huntsville, passed away Saturday, February 7, 2026, at Huntsville Hospital.

Harlan was born in Gurley and spent 33 years as a machinist at Redstone Arsenal, where he said he built "the parts of rockets nobody photographs." He was a member of Oakwood Avenue Baptist Church and never missed a Grissom High football game while his grandsons were playing.

He is survived by his sister, Loretta (Tad) Brasfield of Huntsville; his sons, Dale Quattlebaum of Gurley and Kevin Quattlebaum of Arab; and four grandsons. He was preceded in death by his wife of 48 years, Wanda, and his parents, Luther and Ozella Quattlebaum.

Funeral services will be held at 2 p.m. Thursday in the Huntsville chapel, with the Rev. Obadiah Whitsett officiating. Pallbearers will be Dale and Kevin Quattlebaum, Beau Thigpen, Jerry Sims, Travis Gentle and Noah Quattlebaum. Burial will follow in Maple Hill Cemetery.""",
gold=[("HSV002", "survivor"), ("HSV001", "survivor")]),

dict(guid="hsv_vr_wendell-hargrove-sr", pub="2026-03-03T09:40:00-06:00", title="Wendell Thomas Hargrove Sr. (1937 - 2026)",
body="""Wendell Thomas Hargrove Sr., 88, of Madison, went home to be with the Lord on Sunday, March 1, 2026, at Crestwood Medical Center.

A native of Triana, Mr. Hargrove farmed cotton along Limestone Creek before joining the Madison Police Department in 1962, and he retired as its assistant chief in 1994. He taught Sunday school at First Baptist Church of Madison for forty years.

He is survived by his son, Wendell "Buddy" Hargrove Jr. (Charlene) of Madison; his daughter, Patsy Hargrove Kimbrough of Tanner; six grandchildren and three great-grandchildren. He was preceded in death by his wife, Opal, and his brother, Clyde.

The family wishes to thank Dr. Chidozie Anyanwu and the nurses of the Huntsville Hospital Heart Institute for their kindness. Visitation will be from 5 to 7 p.m. Wednesday at the Madison chapel; the funeral will be Thursday at 11 a.m. at First Baptist Church of Madison.""",
gold=[("HSV003", "survivor")]),

dict(guid="hsv_vr_celestine-van-pelt", pub="2026-05-12T11:05:00-05:00", title="Celestine Marguerite Van Pelt (1944 - 2026)",
body="""Celestine Marguerite Van Pelt, 81, of Huntsville, died peacefully on May 9, 2026, at Hospice Family Care's Caring House.

She was born May 19, 1944, in Grand Rapids, Michigan, and came to Huntsville in 1963 with her late husband, Dirk Van Pelt, an engineer on the Saturn V program. She taught piano to three generations of Huntsville children from the front room of her house on Old Monrovia Road, and she played the organ at Trinity United Methodist Church for 38 years.

She is survived by her nephew, Pieter De Graaf of Kalamazoo, Michigan; her niece, Annelies Byrd of Decatur; and a great many former students. She was preceded in death by her husband, Dirk, in 2009, and by her sister, Johanna De Graaf.

A memorial service will be held at 10 a.m. Saturday at Trinity United Methodist Church. In lieu of flowers, the family suggests gifts to the Huntsville Youth Orchestra.""",
gold=[("HSV008", "deceased_client")]),

dict(guid="hsv_vr_efrain-villarreal-garza", pub="2026-04-07T15:30:00-05:00", title="Efraín Villarreal Garza (1948 - 2026)",
body="""Efraín Villarreal Garza, 77, of Madison, a native of Sabinas Hidalgo, Nuevo León, passed away on April 4, 2026, surrounded by his family.

Don Efraín came to North Alabama in 1986 to work in the poultry plants and later laid brick across Madison County for 25 years. He was a devoted member of St. John the Baptist Catholic Church in Madison and the best cook of cabrito anyone in the parish had ever met.

Le sobreviven su esposa, Herminia Ochoa de Villarreal; sus hijas, Rosy Villarreal de Madison y Leticia Villarreal Ochoa de Houston, Texas; y siete nietos. He is survived by his wife, Herminia Ochoa de Villarreal; his daughters, Rosy Villarreal of Madison and Leticia Villarreal Ochoa of Houston, Texas; and seven grandchildren.

A rosary will be prayed at 6 p.m. Thursday in the Madison chapel. The Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. John the Baptist Catholic Church.""",
gold=[("HSV006", "survivor")]),

dict(guid="hsv_vr_fergus-patrick-oquinn", pub="2026-06-02T10:00:00-05:00", title="Fergus Patrick O'Quinn (1999 - 2026)",
body="""Fergus Patrick O'Quinn, 26, of Huntsville, was taken from us suddenly on Friday, May 29, 2026.

Fergus graduated from Huntsville High School and from the University of Alabama in Huntsville with a degree in mechanical engineering, and he was in his third year at a Research Park test lab. He ran the Cotton Row Run every Memorial Day and never once beat his father.

He is survived by his parents, Sean and Kathleen O'Quinn of Huntsville; his sister, Maeve O'Quinn of Nashville; his grandmother, Bridget O'Quinn of Boston; and his uncle and namesake, Fergus O'Quinn (Deirdre) of Huntsville, with whom he shared a love of the Red Sox and bad puns.

A funeral Mass will be celebrated at 11 a.m. Thursday at Holy Spirit Catholic Church.""",
gold=[("HSV007", "survivor")]),

dict(guid="hsv_vr_orville-pennebaker", pub="2026-06-23T09:20:00-05:00", title="Orville Dean Pennebaker (1941 - 2026)",
body="""Orville Dean Pennebaker, 84, of Hartselle, passed away Saturday, June 20, 2026, at his home.

Orville was born in Falkville and ran Pennebaker Feed & Seed on Main Street in Hartselle for 41 years. He was a deacon at Hartselle First Baptist Church, a lifelong member of the Morgan County Cattlemen's Association, and a fierce judge of tomato sandwiches.

He is survived by his wife of 61 years, Imogene Pennebaker; his sons, Dwight Pennebaker (Teresa) of Hartselle and Ronnie Pennebaker of Cullman; his daughter, Joy Lovelady of Priceville; and eight grandchildren. He was preceded in death by his parents and his brother, Virgil.

Funeral services will be at 2 p.m. Tuesday at Hartselle First Baptist Church. Pallbearers will be his grandsons and Lamar Tidwell. Burial in Hartselle Cemetery.""",
gold=[("HSV009", "deceased_client")]),

dict(guid="hsv_vr_clayton-boshell", pub="2026-07-15T12:40:00-05:00", title="Clayton Ray Boshell (1943 - 2026)",
body="""Clayton Ray Boshell, 82, of Hazel Green, died July 12, 2026, at the Madison Hospital.

Clayton drove a school bus for Madison County Schools for 30 years and kept bees on his place off Joe Quick Road. He was a member of Hazel Green Church of Christ.

He is survived by his sister, Earline Boshell Whisenant of Meridianville; his nephews, Gary and Allen Whisenant; and his beloved dog, Tuck. He was preceded in death by his parents, Homer and Lola Boshell, and his wife, Juanita.

Graveside services will be held at 10 a.m. Friday at Meridianville Cemetery.""",
gold=[("HSV019", "survivor")]),

dict(guid="hsv_vr_agnes-skipworth", pub="2026-08-18T10:10:00-05:00", title="Agnes Louise Skipworth (1935 - 2026)",
body="""Agnes Louise Skipworth, 90, of Decatur, passed away Sunday, August 16, 2026, at Decatur Morgan Hospital.

Born in Trinity, Alabama, she taught home economics at Austin High School for 29 years and was a charter member of the Decatur Garden Club. Her caramel cake was a fixture of every funeral dinner at Central United Methodist Church for half a century.

She is survived by her daughter, Mary Beth Tidwell and her husband, Lamar, of Decatur; her son, Curtis Skipworth of Birmingham; five grandchildren; and her nephew, Ambrose Spurlock of Decatur. She was preceded in death by her husband of 52 years, Lester Skipworth.

Services will be held at 11 a.m. Thursday at Central United Methodist Church, with visitation one hour prior.""",
gold=[("HSV004", "survivor"), ("HSV005", "survivor")]),
]
