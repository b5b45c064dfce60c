"""Bluebonnet Hills Funeral Chapels (Temple, Killeen and Copperas Cove): funeral-home site, slug guids,
one-sentence plain description and the obituary in HTML (content:encoded). Hand-labelled."""

FEED = "bhf"
BASE = "tpl_bhf-obit-"
ITEMS = [
dict(guid=BASE + "darrell-wayne-kitchings", pub="2026-02-10T14:20:00-06:00",
title="SFC (Ret.) Darrell Wayne Kitchings (1954 - 2026)",
body="""Sergeant First Class (Retired) Darrell Wayne Kitchings, 71, of Copperas Cove passed from this life on Friday, February 6, 2026, at Carl R. Darnall Army Medical Center.

Darrell was born in Lampasas on August 30, 1954, and enlisted in the Army the week after he graduated from Lampasas High School. He served 22 years as a tank mechanic with the 1st Cavalry Division and 2nd Armored Division, with tours in Germany and in Operation Desert Storm, then spent another eighteen years as a civilian maintenance supervisor on Fort Hood. He was a member of VFW Post 9192 and Cove Church of Christ and could fix anything with a diesel engine and most things without one.

He is survived by his wife of 47 years, Brenda Kitchings of Copperas Cove; his daughters, Tonya Kitchings Reyes (Adrian) of Copperas Cove and Kayla Kitchings of Lampasas; his sister, Wanda Brummett and her husband Cletus of Kempner; and four grandchildren. He was preceded in death by his parents, Otis and Verna Kitchings.

Visitation will be held 5 to 7 p.m. Thursday at our Copperas Cove chapel. Funeral services will be at 11 a.m. Friday at Cove Church of Christ, with burial and full military honors at the Central Texas State Veterans Cemetery in Killeen.""",
gold=[("TPL017", "survivor")]),

dict(guid=BASE + "otis-lee-ruffin", pub="2026-03-18T11:05:00-05:00",
title="Deacon Otis Lee Ruffin (1949 - 2026)",
body="""Celebrating the life of Deacon Otis Lee Ruffin. On Saturday, March 14, 2026, God called His faithful servant home. Deacon Ruffin, 77, of Temple, transitioned peacefully at Baylor Scott & White Medical Center - Temple, with his beloved family at his side.

Otis was born January 9, 1949, in Temple to the late Rev. Isaiah Ruffin and Mother Lillie Pearl Ruffin. He graduated from Dunbar High School in 1967, served his country in the United States Navy, and retired from the Temple post office after 33 years as a letter carrier, during which he was bitten by exactly one dog and forgave it. He served as a deacon of Greater Mount Zion Missionary Baptist Church for more than forty years and sang bass in the men's chorus.

He leaves to cherish his memory his devoted wife of 52 years, Gloria Ruffin; his sons, Otis Ruffin Jr. (Tamika) of Dallas and Marcus Ruffin of Temple; his sister, Cordelia "Dee" Tatum of Temple; his brother, Clarence Ruffin of Houston; seven grandchildren; two great-grandchildren; and a host of nieces, nephews, cousins, church family and friends.

Homegoing services will be held at 11 a.m. Saturday, March 21, at Greater Mount Zion Missionary Baptist Church, Pastor Lemuel Hightower, eulogist. Interment will follow at Hillcrest Cemetery. The family will receive friends Friday evening from 6 to 8 p.m. at our Temple chapel.""",
gold=[("TPL003", "survivor")]),

dict(guid=BASE + "herminia-salinas-cuellar", pub="2026-05-05T09:45:00-05:00",
title="Herminia Salinas Cuellar (1932 - 2026)",
body="""Herminia Salinas Cuellar, 94, of Temple went to be with the Lord on Friday, May 1, 2026, at her son's home, where she had lived since 2019.

Herminia was born in Rosebud on January 16, 1932, to Jesús and Petra Salinas. She picked cotton as a girl, married Arnulfo Cuellar Sr. in 1950 and raised six children in the little house on East Adams that the whole neighborhood called "la casa de la abuela." She was a Guadalupana at St. Mary's Catholic Church for more than sixty years and never let anyone leave her kitchen hungry.

Le sobreviven sus hijos Arnulfo "Arnie" Cuellar y su esposa Josie, de Temple; Estela Cuellar Ybarra y su esposo Rogelio, de Belton; y Victor Cuellar, de Waco; 19 nietos y 27 bisnietos. She is survived by her children, Arnulfo "Arnie" Cuellar and wife Josie of Temple, Estela Cuellar Ybarra (Rogelio) of Belton and Victor Cuellar of Waco; 19 grandchildren and 27 great-grandchildren. She was preceded in death by her husband, Arnulfo Sr., in 1998, and by her daughters Alicia, Rosa and Dora.

El Santo Rosario será rezado el jueves a las 7 p.m. en nuestra capilla de Temple. Misa de Cuerpo Presente: viernes a las 10 a.m., St. Mary's Catholic Church. Burial at Mount Calvary Cemetery.""",
gold=[("TPL014", "survivor"), ("TPL013", "survivor")]),

dict(guid=BASE + "kum-ja-cho", pub="2026-05-27T16:30:00-05:00",
title="Cho Kum-ja (1937 - 2026)",
body="""Cho Kum-ja, 88, of Killeen, passed away on Sunday, May 24, 2026, at her daughter's home in Killeen.

Mrs. Cho was born in Daegu, Korea, on February 3, 1937. She came to the United States in 1979 to join her daughter, whose husband was stationed at Fort Hood, and for many years she made kimchi for the whole congregation of Killeen Korean Central Presbyterian Church in her garage, two hundred heads of cabbage at a time. She was a deaconess of the church and a member of its Tuesday prayer group for 45 years.

She is survived by her daughters, Myong-suk "Suki" (Duane) Bramlett of Killeen and Myong-hee Cho of Seoul, Korea; her son, Cho Sung-ho of Busan; five grandchildren; and two great-grandchildren. She was preceded in death by her husband, Cho Byung-chul.

A funeral service will be held at 10 a.m. Friday at Killeen Korean Central Presbyterian Church, conducted in Korean and English, with Rev. Park Jin-woo officiating. Burial will follow at Killeen City Cemetery.""",
gold=[("TPL004", "survivor")]),

dict(guid=BASE + "mae-threadgill-polk", pub="2026-07-21T10:15:00-05:00",
title="Mae Ola Threadgill Polk (1935 - 2026)",
body="""Mae Ola Threadgill Polk, 91, of Nolanville went home to glory on Saturday, July 18, 2026.

Mother Polk was born in Nolanville on April 5, 1935, one of eleven children of Rufus and Hattie Threadgill. She cooked in the Killeen ISD cafeterias for 29 years and was a faithful member of Pleasant Hill Baptist Church of Nolanville, where she served on the mothers' board.

She leaves to cherish her memory her sister, Ozella Threadgill of Nolanville; her sons, Leonard Polk of Killeen and Curtis Polk (Angela) of Harker Heights; nine grandchildren and a host of great-grandchildren, nieces and nephews. She was preceded in death by her husband, Deacon Walter Polk, and by nine brothers and sisters.

Services will be held at 11 a.m. Saturday at Pleasant Hill Baptist Church. Interment, Nolanville Cemetery.""",
gold=[]),

dict(guid=BASE + "guadalupe-lupe-zamarripa", pub="2026-09-14T13:00:00-05:00",
title="Guadalupe \"Lupe\" Zamarripa (1959 - 2026)",
body="""Guadalupe "Lupe" Zamarripa, 67, of Killeen passed away Thursday, September 10, 2026, at AdventHealth Central Texas.

Lupe was born in Del Rio and moved to Killeen in 1981. He drove a city bus in Killeen for 27 years, and regular riders knew him for the radio he kept tuned to Tejano 106 and the mints he handed to every child who got on. He was a member of St. Joseph Catholic Church and the Knights of Columbus Council 3153.

Survivors include his wife of 44 years, Irma; his daughters, Leticia Zamarripa of Killeen and Veronica Zamarripa Hale of Belton; and four grandchildren.

Rosary will be at 7 p.m. Tuesday at our Killeen chapel. Mass of Christian Burial will be at 10 a.m. Wednesday at St. Joseph Catholic Church.""",
gold=[]),
]
