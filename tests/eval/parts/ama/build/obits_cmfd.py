"""Caprock Memorial Funeral Directors (Amarillo and Canyon chapels): funeral-home site, HTML in content:encoded,
one-sentence description, permalink guids prefixed ama_. Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="ama_cmfd_merle-dean-hutto-sr", pub="2026-01-20T10:15:00-06:00", title="Merle Dean Hutto Sr. (1935 - 2026)",
body="""Merle Dean Hutto Sr., 90, of Canyon, went home to be with the Lord on Friday, January 16, 2026, at BSA Hospital in Amarillo.

Merle was born on a dryland wheat farm south of Happy, Texas, and farmed in Randall County for more than fifty years. He served on the Canyon ISD school board, never missed a Buffaloes home game at Kimbrough Stadium and could tell you the rainfall total for any year since 1952.

He is survived by his son, Merle Hutto Jr. and wife Brenda of Canyon; his daughter, Gaylene Ratliff and husband Dub of Hereford; six grandchildren; and nine great-grandchildren. He was preceded in death by his wife of 61 years, Inez, and by a brother, Delbert Hutto.

Services will be at 2 p.m. Tuesday at First Baptist Church of Canyon with Dr. Randall Epley officiating. Burial will follow in Dreamland Cemetery under the direction of Caprock Memorial Funeral Directors, Canyon.""",
gold=[("AMA005", "survivor")]),

dict(guid="ama_cmfd_thaddeus-tj-blankenbaker", pub="2026-02-09T09:40:00-06:00", title="Thaddeus \"T.J.\" Blankenbaker (1999 - 2026)",
body="""Thaddeus James "T.J." Blankenbaker, 26, of Amarillo, died Thursday, February 5, 2026, in a work accident near Borger.

T.J. was born in Amarillo, graduated from Tascosa High School in 2018 and worked as a lineman for a rural electric cooperative. He loved team roping, his blue heeler, Scout, and Sunday dinners at his grandparents' house, where he was named for his grandfather and never let him forget it.

He is survived by his parents, Curtis and Renee Blankenbaker of Amarillo; his sister, Kinsley; his grandparents, Tad and Loretta Blankenbaker of Amarillo; and his grandmother, Fay Whitlock of Pampa.

A celebration of T.J.'s life will be held at 10 a.m. Saturday at Paramount Baptist Church, Amarillo. Pallbearers will be his fellow linemen.""",
gold=[("AMA001", "survivor"), ("AMA002", "survivor")]),

dict(guid="ama_cmfd_wanda-strawn-pickens", pub="2026-03-03T11:05:00-06:00", title="Wanda Strawn Pickens (1941 - 2026)",
body="""Wanda Strawn Pickens, 84, of Amarillo, passed away peacefully on Saturday, February 28, 2026, at The Arbors.

Wanda was born in Tulia to Otis and Lela Strawn, the eldest of three girls. She taught first grade at Wolflin Elementary for thirty-one years and kept a box of every class picture in the hall closet.

She is survived by her sisters, Billie Jo Cathey of Canyon and Nell Strawn Lacy of Tulia; her son, Kirk Pickens of Fort Worth; and four grandchildren. She was preceded in death by her husband, Lonnie Pickens.

Services will be held at 11 a.m. Thursday at Polk Street United Methodist Church. Scripture will be read by Lt. Col. (Ret.) Garrison Ebersole, a longtime friend of the family. Interment at Llano Cemetery.""",
gold=[("AMA006", "survivor")]),

dict(guid="ama_cmfd_margaret-rose-oshaughnessy", pub="2026-03-18T14:30:00-05:00", title="Margaret Rose O'Shaughnessy (1932 - 2026)",
body="""Margaret Rose O'Shaughnessy, 93, of Amarillo, died March 15, 2026, the Ides of March, which she would have found very funny.

Born in Boston, she followed her husband, Francis, to Amarillo Air Force Base in 1958 and never went back. She was a surgical nurse at St. Anthony's Hospital for 27 years and a eucharistic minister at St. Hyacinth's for longer than that.

Survivors include her son, Kenny (Trudy) O'Shaughnessy of Amarillo; her daughter, Maureen Kessel of Denver; five grandchildren and three great-grandchildren. She was preceded in death by Francis and by her son, Patrick.

A Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. Hyacinth Catholic Church with Father Tomas Ekwueme celebrant. Rosary Thursday at 7 p.m. at the Amarillo chapel.""",
gold=[("AMA013", "survivor"), ("AMA014", "survivor")]),

dict(guid="ama_cmfd_roy-dale-kitchings", pub="2026-03-30T09:00:00-05:00", title="Roy Dale Kitchings (1946 - 2026)",
body="""Roy Dale Kitchings, 79, of Hereford, passed away on Thursday, March 26, 2026, at Hereford Regional Medical Center.

Roy was born in Deaf Smith County and spent his life around cattle, first on the family place west of town and then for forty years as a pen rider and later yard manager at a feedyard north of Hereford. He could rope a calf at seventy and said so often.

He is survived by his wife, Jolene Kitchings; his sister, Luella Mae Birdwell of Hereford; his cousin and lifelong roping partner, Haskell "Buck" Tindall of Amarillo; and many nieces and nephews. He was preceded in death by his parents, Claude and Ima Kitchings.

Graveside services will be at 2 p.m. Monday at West Park Cemetery, Hereford.""",
gold=[("AMA017", "survivor"), ("AMA021", "survivor")]),

dict(guid="ama_cmfd_everett-lyle-sandoval", pub="2026-04-07T10:00:00-05:00", title="Dr. Everett Lyle Sandoval (1944 - 2026)",
body="""Dr. Everett Lyle Sandoval, 81, of Canyon, professor emeritus of history at West Texas A&M University, died April 3, 2026.

A native of Las Vegas, New Mexico, Dr. Sandoval taught the history of the Southern Plains to four decades of students and wrote three books on the Comanchero trade. He is survived by his wife, Beatriz; his daughters, Lena Sandoval of Austin and Carla Moody of Canyon; and five grandchildren.

Honorary pallbearers will be his colleagues in the history department and Judge Rosalind Achterberg. Memorials may be made to the WTAMU history scholarship fund. Services at 3 p.m. Saturday at St. Ann's Catholic Church, Canyon.""",
gold=[]),

dict(guid="ama_cmfd_cordelia-delia-fenstermacher", pub="2026-04-14T09:30:00-05:00", title="Cordelia \"Delia\" Fenstermacher (1937 - 2026)",
body="""Cordelia "Delia" Albracht Fenstermacher, 88, of Amarillo, passed from this life on Saturday, April 11, 2026, surrounded by her family.

Delia was born November 22, 1937, in Nazareth, Texas, to Anton and Maria Albracht, the sixth of nine children. She married Harlan Fenstermacher at Holy Family Church in 1961 and together they ran Fenstermacher Upholstery on Sixth Avenue for thirty-five years.

She is survived by her husband of 64 years, Harlan; her sons, Dale Fenstermacher of Amarillo and Roger Fenstermacher of Lubbock; her daughter, Anita Bauer of Canyon; eleven grandchildren; and a great many Albracht nieces and nephews.

Services will be at 10 a.m. Thursday at Mount Zion Missionary Baptist Church, where the family has been welcomed for many years, with the Rev. Lucius Pettigrew officiating. Pallbearers will be Dale Fenstermacher, Roger Fenstermacher, Trent Bauer, Wyatt Hollenbeck, Cole Albracht and Jared Albracht.""",
gold=[("AMA008", "deceased_client")]),
]
