"""The Heritage Trail Herald (weekly, Middlebury / Nappanee / Goshen): community-paper obituaries in the plain
Amish-Mennonite style, and a bilingual notice from Goshen's Mexican community. Plain text. Hand-labelled."""

ITEMS = [
dict(guid="sbn_hth_obit_0414", pub="2026-04-14T05:00:00-04:00",
title="Lizzie Schrock, 97",
body="""Lizzie Schrock, 97, of rural Middlebury, passed away at 4:20 a.m. Friday, April 10, 2026, at the home of a son, where she had lived the past six years.

She was born Jan. 6, 1929, in LaGrange County, a daughter of the late Joni and Katie (Miller) Bontrager. On Nov. 20, 1947, she married Jonas M. Schrock, who died in 1998.

She was a member of the Old Order Amish Church. She loved quilting and her flower garden, and kept a record of every birth in the family.

Surviving are four sons, Menno (Ruth Ann) Schrock of Middlebury, Eli (Fannie) Schrock of Shipshewana, Jonas Jr. (Mary) Schrock of Topeka and Harley (Edna) Schrock of Arthur, Ill.; three daughters, Mrs. Lavern (Katie) Yoder of Middlebury, Mrs. Joe (Sarah) Lambright of LaGrange and Mrs. Ervin (Esther) Hershberger of Goshen; 61 grandchildren; 212 great-grandchildren; and 18 great-great-grandchildren.

She was preceded in death by her husband, a son, Joni, and a granddaughter.

Funeral services will be held at 9 a.m. Monday at the Menno J. Schrock residence, 11482 County Road 16, Middlebury, with Bishop Jake Bontrager officiating. Burial will be in the Schrock Cemetery. Arrangements by Yoder-Culp Funeral Home, Goshen.""",
gold=[("SBN006", "survivor"), ("SBN007", "survivor")]),

dict(guid="sbn_hth_obit_0519", pub="2026-05-19T05:00:00-04:00",
title="Mose L. Hochstetler, 84",
body="""Mose L. Hochstetler, 84, of Nappanee, passed away Saturday, May 16, 2026, at his home after a long illness.

He was born Aug. 1, 1941, in Elkhart County, a son of the late Levi and Mattie (Weaver) Hochstetler. On Dec. 5, 1963, he married Emma Borntrager; she survives.

Mose built horse-drawn buggies in his shop on County Road 7 for more than forty years.

Also surviving are three sons, Levi (Anna) of Nappanee, Daniel (Lydia) of Bremen and Mose Jr. (Ruby) of Milroy; two daughters, Mrs. Vernon (Mary) Stutzman of Nappanee and Mrs. Atlee (Rosanna) Miller of Wakarusa; a nephew, Menno Schrock of Arthur, Ill.; 38 grandchildren and 44 great-grandchildren.

Services were held Tuesday at the Levi Hochstetler residence. Bearers were Colby Stutsman, Wilbur Martin, Perry Weaver and Aden Hochstetler. Burial in Union Center Cemetery.""",
gold=[]),   # "Menno Schrock of Arthur, Ill." is a namesake (SBN006 lives in Middlebury); Colby Stutsman (SBN014) a bearer: nothing

dict(guid="sbn_hth_obit_0630", pub="2026-06-30T05:00:00-04:00",
title="Aurelio Ontiveros Beltrán, 79 / Falleció Aurelio Ontiveros Beltrán",
body="""Aurelio Ontiveros Beltrán, 79, of Goshen, died Thursday, June 25, 2026, at Goshen Hospital. He was born Oct. 4, 1946, in Moroleón, Guanajuato, Mexico, and came to Goshen in 1989 to work at the Elkhart County RV plants. He was a founding member of the Spanish-language choir at St. John the Evangelist Catholic Church.

Aurelio Ontiveros Beltrán falleció el 25 de junio de 2026 en Goshen. Le sobreviven su esposa, María Elena Ríos de Ontiveros; sus hijas, Yesenia Ontiveros de Cuevas y su esposo Reinaldo, de Goshen, y Guadalupe Ontiveros de Salcedo, de Moroleón; su hijo, Jesús Ontiveros, de Elkhart; y nueve nietos.

A rosary will be prayed at 7 p.m. Monday and the funeral Mass will be celebrated at 10 a.m. Tuesday at St. John the Evangelist Church, Goshen.""",
gold=[("SBN005", "survivor"), ("SBN004", "survivor")]),   # Yesenia "Ontiveros de Cuevas" (maiden + married name), her husband Reinaldo (roster Cuevas Mondragon)

dict(guid="sbn_hth_obit_0908", pub="2026-09-08T05:00:00-04:00",
title="Verna Mae Stoltzfus, 88",
body="""Verna Mae Stoltzfus, 88, of Goshen, died Sept. 5, 2026, at Greencroft Goshen.

She was born March 12, 1938, in Lancaster County, Pennsylvania, to Amos and Verna (Kauffman) Stoltzfus. She taught at Bethany Christian Schools for 33 years and sang in the Assembly Mennonite Church choir.

Surviving are her nieces, Ruthann Schrock of Kokomo and Joanne Kauffman of Lancaster, Pa.; a nephew, David Stoltzfus of Harrisonburg, Va.; and many former students.

A memorial service will be held at 2 p.m. Saturday at Assembly Mennonite Church, with Pastor Lois Kuhns officiating.""",
gold=[]),   # "Ruthann Schrock of Kokomo" is a namesake of SBN007 (Middlebury, ~120 km away): nothing
]
