"""Capilla del Mar Funeral Homes (Corpus Christi, Robstown, Kingsville): a Tejano family funeral home's site,
bilingual where the family wrote it so, Rosary and Mass of Christian Burial. HTML in content:encoded.
Hand-labelled: gold=[(client_id, role), ...] beside each text."""

FEED = "cdm"
ITEMS = [
dict(guid="crp_cdm_2026_0211_zertuche", pub="2026-02-11T09:15:00-06:00",
title="Arnulfo \"Ñuño\" Zertuche (1948 - 2026)",
body="""Arnulfo "Ñuño" Zertuche, 77, of Corpus Christi, entered eternal rest on Sunday, February 8, 2026, at Christus Spohn Hospital Shoreline, surrounded by his family. He was born on March 14, 1948, in Benavides, Texas, to the late Anselmo and Petra (Garza) Zertuche.

Ñuño worked 36 years as a pipefitter at the refineries along the Ship Channel and was a proud member of Pipefitters Local 390. He served his country in the U.S. Army in Vietnam and never missed a Friday night at Buccaneer Stadium. He could fix anything with baling wire, and his carne guisada was known on every block of Carroll Lane.

He is survived by his loving wife of 54 years, Dolores "Lola" (Quintanilla) Zertuche; his sons, Arnulfo Zertuche Jr. (Cynthia) of Robstown and Rene Zertuche of San Antonio; his daughter, Marisa Zertuche Longoria (Javier) of Corpus Christi; nine grandchildren and two great-grandchildren. He was preceded in death by his brother, Anselmo Jr.

Visitation will be Thursday from 5 to 9 p.m. at Capilla del Mar Funeral Home, Corpus Christi, with a Holy Rosary recited at 7 p.m. Mass of Christian Burial will be celebrated Friday at 10 a.m. at St. Pius X Catholic Church. Interment with military honors will follow at Coastal Bend State Veterans Cemetery. Que en paz descanse.""",
gold=[("CRP001", "deceased_client"), ("CRP002", "spouse_of_deceased_client")]),

dict(guid="crp_cdm_2026_0305_villafranca", pub="2026-03-05T10:30:00-06:00",
title="Eustolia Olguin de Villafranca (1933 - 2026)",
body="""Doña Eustolia Olguin de Villafranca, 93, of Robstown, went to be with Our Lord on March 2, 2026, at her home on Avenue F, holding the rosary her mother gave her on her wedding day. She was born January 19, 1933, in Agua Dulce to Bernardino and Francisca Olguin.

For forty years she made tortillas by hand at the family tortillería on Main Avenue, and half of Robstown learned to count by paying for a dozen. She was a founding member of the Guadalupanas of Our Lady of Guadalupe Church.

Le sobreviven sus hijas, Rosalinda "Linda" Villafranca of Robstown and Irma Villafranca Salinas (Rodolfo) of Bishop; su hijo, Tomás Villafranca of Houston; 11 nietos and 14 bisnietos. She is survived by her daughters, Linda and Irma; her son, Tomás; 11 grandchildren and 14 great-grandchildren. She was preceded in death by her husband, Pedro Villafranca, in 1998.

Rosario: Friday, 7 p.m., Capilla del Mar, Robstown Chapel. Misa de cuerpo presente: Saturday, 10 a.m., Our Lady of Guadalupe Church, Robstown. Sepelio: Robstown Cemetery.""",
gold=[("CRP008", "survivor")]),

dict(guid="crp_cdm_2026_0324_ozuna", pub="2026-03-24T08:45:00-05:00",
title="Leopoldo \"Leo\" Ozuna (2003 - 2026)",
body="""Leopoldo "Leo" Ozuna, 22, of Kingsville, was called home unexpectedly on Friday, March 20, 2026. He was born on July 2, 2003, in Kingsville to Ramiro and Delia Ozuna, and was named for his uncle.

Leo graduated from H.M. King High School in 2021, where he played left tackle for the Brahmas, and was in his final year of the mechanical engineering program at Texas A&M University-Kingsville. He worked summers on the King Ranch and was happiest on a deer lease with his cousins.

He is survived by his parents, Ramiro and Delia Ozuna of Kingsville; his sisters, Daniela and Sofia; his grandmother, Elvira Ozuna; his uncle and aunt, Polo and Araceli Ozuna of Kingsville, and many cousins who were more like brothers.

Visitation will be Wednesday from 4 to 9 p.m. at Capilla del Mar Funeral Home, Kingsville Chapel, with a Rosary at 7 p.m. Funeral Mass will be celebrated Thursday at 10 a.m. at St. Gertrude Catholic Church.""",
gold=[("CRP013", "survivor"), ("CRP014", "survivor")]),

dict(guid="crp_cdm_2026_0416_ybarbo", pub="2026-04-16T09:00:00-05:00",
title="Ofelia Ybarbo (1937 - 2026)",
body="""Ofelia Ybarbo, 88, a lifelong resident of Corpus Christi, passed away peacefully on April 13, 2026. She was born on October 4, 1937, in Corpus Christi to Cipriano and Juana Ybarbo.

Ofelia was a seamstress at the old Lichtenstein's department store downtown for 31 years and sewed quinceañera dresses for three generations of the Molina neighborhood. She was a faithful member of Most Precious Blood Catholic Church.

She is survived by her daughter, Norma (Eddie) Del Bosque of Flour Bluff; her sons, Cipriano "Chano" Ybarbo (Rita) of Corpus Christi and Arturo Ybarbo of Victoria; eight grandchildren and five great-grandchildren. She was preceded in death by her husband, Ramón Ybarbo.

Rosary will be recited Sunday at 7 p.m. at Capilla del Mar Funeral Home, Corpus Christi. Mass of Christian Burial will be Monday at 9:30 a.m. at Most Precious Blood Catholic Church. Pallbearers: her grandsons.""",
gold=[("CRP010", "survivor"), ("CRP009", "survivor")]),

dict(guid="crp_cdm_2026_0507_ximenez", pub="2026-05-07T10:10:00-05:00",
title="Herminia Ximenez (1941 - 2026)",
body="""Herminia Ximenez, 84, of Corpus Christi, entered into rest on May 4, 2026. She was born on June 11, 1941, in San Diego, Texas.

Herminia was a cafeteria manager for Corpus Christi ISD for 28 years and never let a child go hungry, whether or not they had lunch money. She loved loteria, Selena and her garden of roses on Gollihar Road.

She is survived by her son, Gilberto "Gil" Ximenez of Corpus Christi; her daughter, Anita Ximenez Peña of Alice; six grandchildren and one great-grandchild. She was preceded in death by her husband, Gilberto Ximenez Sr.

Visitation will be Friday from 5 to 9 p.m. at Capilla del Mar Funeral Home, with a Rosary at 7 p.m. Mass of Christian Burial will be Saturday at 10 a.m. at Holy Family Catholic Church.""",
gold=[]),  # Gil Ximenez (CRP017) is do_not_contact

dict(guid="crp_cdm_2026_0619_olguin", pub="2026-06-19T09:20:00-05:00",
title="Rosalinda Olguin (1960 - 2026)",
body="""Rosalinda Olguin, 66, of San Antonio, passed away June 16, 2026, at Methodist Hospital in San Antonio. She was born February 3, 1960, in Laredo.

Rosalinda retired from USAA after 30 years and was a devoted member of St. Mary Magdalen Catholic Church in San Antonio, where she sang in the choir.

She is survived by her husband of 45 years, Tomás Olguin; her sons, Tomás Jr. and Daniel; and five grandchildren, all of San Antonio. Her family asked that this notice also be published in Corpus Christi, where she spent summers with her grandparents.

Rosary and Mass will be held at St. Mary Magdalen Catholic Church, San Antonio. Arrangements by Capilla del Mar Funeral Homes in cooperation with a San Antonio funeral home.""",
gold=[]),  # namesake of CRP008 in San Antonio, different birth date, husband Tomás

dict(guid="crp_cdm_2026_0709_heinsohn", pub="2026-07-09T11:00:00-05:00",
title="Arlen W. Heinsohn (1939 - 2026)",
body="""Arlen Walter Heinsohn, 86, of Ingleside, died July 6, 2026, at his home on the bay. He was born September 8, 1939, in Fredericksburg, Texas, to Walter and Hilda (Kott) Heinsohn.

Arlen came to the Coastal Bend in 1962 to work at the Reynolds aluminum plant and stayed 34 years. He built three wooden boats in his garage, launched all of them and sank one. He was a member of St. Paul Lutheran Church.

He is survived by his son, Curt Heinsohn and his wife Billie Jo of Ingleside; his daughter, Karen Heinsohn Moeller of Fredericksburg; four grandchildren; and his sister, Ilse Kott of Kerrville. He was preceded in death by his wife of 55 years, Marlene.

A memorial service will be held Saturday at 2 p.m. at St. Paul Lutheran Church, Ingleside. Arrangements by Capilla del Mar Funeral Homes.""",
gold=[("CRP012", "survivor")]),
]
