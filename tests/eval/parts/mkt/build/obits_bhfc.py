"""Brandt-Hagen Funeral Chapels (invented; New Ulm, St. Peter, Le Center): funeral-home site, HTML in
content:encoded, one-sentence plain description, permalink guids. Hand-labelled."""

FEED = "bhfc"
BASE = "https://www.brandthagenchapels.example/obituaries/"
ITEMS = [
dict(guid="mkt_bhfc_lorraine-wenisch-2026-02-09", pub="2026-02-09T16:10:00-06:00",
title="Lorraine Wenisch (1941 - 2026)",
body="""Lorraine Agnes Wenisch, age 84, of Cleveland, Minnesota, entered eternal life on Thursday, February 5, 2026, at Mayo Clinic Health System - St. James.

Lorraine was born June 12, 1941, in Le Center to Anton and Mary (Kaus) Kolars. She married Leo Wenisch on October 8, 1960, at St. Mary's in Le Center; together they ran the Cleveland Café for 22 years, where her caramel rolls sold out by 8 a.m.

Lorraine is survived by her children, Mike (Patty) Wenisch of Cleveland and Theresa Wenisch of Mankato; sister-in-law, Dee Tschida of St. Peter; six grandchildren. She was preceded in death by her husband, Leo, in 2014, and her brothers, Donald and Ray Kolars.

Mass of Christian Burial will be 10:30 a.m. Friday, February 13, at Church of St. Michael, Cleveland, with Fr. Pat Sheehan presiding. Visitation Thursday 4-7 p.m. at the Brandt-Hagen Funeral Chapel, Le Center.""",
gold=[("MKT015", "survivor")]),

dict(guid="mkt_bhfc_hedwig-fritsche-2026-02-23", pub="2026-02-23T15:40:00-06:00",
title="Hedwig \"Hedy\" Fritsche (1931 - 2026)",
body="""Hedwig Marie "Hedy" Fritsche, 94, of New Ulm, went home to her Lord on February 20, 2026, at Oak Hills Living Center.

Hedy was born in Sleepy Eye to August and Frieda (Roesler) Beranek. She married Walter Fritsche in 1952 at St. Mary's Catholic Church, Sleepy Eye. She sewed costumes for the New Ulm Heritagefest for twenty summers and could still polka at 90.

Survivors include her daughters, Marlys (Gerd) Hillesheim of New Ulm and Connie (Jim) Ranweiler of Springfield; son, Tom Fritsche of Burnsville; 9 grandchildren and 14 great-grandchildren. She was preceded in death by her husband, Walter; son, Dennis; and sisters Elsie and Gertrude.

Mass of Christian Burial 11 a.m. Thursday at the Cathedral of the Holy Trinity, New Ulm. Burial at New Ulm Catholic Cemetery.""",
gold=[("MKT004", "survivor"), ("MKT003", "survivor")]),

dict(guid="mkt_bhfc_reinhold-schwermann-2026-03-12", pub="2026-03-12T14:20:00-05:00",
title="Reinhold A. \"Reiny\" Schwermann (1941 - 2026)",
body="""Reinhold Albert "Reiny" Schwermann, 85, of New Ulm, died Monday, March 9, 2026, at New Ulm Medical Center, surrounded by his family.

Reiny was born February 11, 1941, on the family farm in Milford Township, the son of Albert and Hulda (Meyer) Schwermann. He was baptized and confirmed at St. Paul's Lutheran Church. On June 13, 1964, he married Luella Kuehn at St. John's Lutheran Church, Searles. He was a lineman for New Ulm Public Utilities for 37 years, a Hermann Monument volunteer and a member of the Concord Singers.

He is survived by his wife of 61 years, Luella (Kuehn) Schwermann of New Ulm; children, Kevin (Shelly) Schwermann of New Ulm and Julie (Brian) Ahlness of Rochester; sister-in-law, Irma Rosenhahn of New Ulm; seven grandchildren. He was preceded in death by his parents, his brother Harold and his brother-in-law Elmer Rosenhahn.

Funeral service 11 a.m. Saturday, March 14, at St. Paul's Lutheran Church, New Ulm. Pallbearers will be his grandsons and Gerd Hillesheim. Interment at New Ulm City Cemetery.""",
gold=[("MKT001", "deceased_client"), ("MKT002", "spouse_of_deceased_client"), ("MKT005", "survivor")]),

dict(guid="mkt_bhfc_emil-chalupsky-2026-03-27", pub="2026-03-27T13:00:00-05:00",
title="Emil Chalupsky (1935 - 2026)",
body="""Emil Frank Chalupsky, 90, of Montgomery, died March 24, 2026, at Traditions of Montgomery.

Emil was born on a farm near Lonsdale and worked 41 years at the Green Giant plant in Montgomery. He never missed Kolacky Days and was a lifelong member of the Montgomery chapter of the Czech Heritage Club.

He is survived by his daughters, Mary Jo (Dennis) Pribyl of Le Center and Linda Chalupsky of Faribault; son, Tony (Deb) Chalupsky of New Prague; 8 grandchildren. He was preceded in death by his wife, Agnes, and infant son, Joseph.

Mass of Christian Burial 10:30 a.m. Tuesday, Most Holy Redeemer Catholic Church, Montgomery.""",
gold=[("MKT021", "survivor")]),  # Montgomery is ~14 km from Le Center; she is named with her roster husband

dict(guid="mkt_bhfc_harold-quade-2026-04-28", pub="2026-04-28T15:30:00-05:00",
title="Harold Quade (1936 - 2026)",
body="""Harold Wilbert Quade, 89, of Gaylord, passed away April 25, 2026, at Ridgeview Sibley Medical Center.

Harold farmed near Gaylord and raised Holsteins for more than fifty years. He served on the Sibley County Fair board and the Zion Lutheran church council.

Harold is survived by his wife, Lois; daughters, Janelle (Paul) Engebretson of St. Peter and Rachel (Chad) Dietz of Arlington; son, Mark Quade of Gaylord; grandchildren Sigrid, Nora, Owen and Levi. He was preceded in death by his parents and his sister, Marjorie.

Funeral 11 a.m. Friday at Zion Lutheran Church, Gaylord, with Rev. Kjersti Halvorsen-Moe and Pastor Dan Riebe officiating.""",
gold=[("MKT017", "survivor"), ("MKT016", "survivor")]),  # MKT018 officiates: nothing

dict(guid="mkt_bhfc_walter-kahlow-2026-05-18", pub="2026-05-18T12:10:00-05:00",
title="Walter Kahlow (1944 - 2026)",
body="""Walter "Wally" Kahlow, 81, of North Mankato, died May 14, 2026.

Wally was a machinist at Kato Engineering for 40 years and later built bird houses for half of Lower North Mankato. He was a member of St. Paul's Lutheran Church, North Mankato, and the North Mankato Fun Days committee.

He is survived by his wife, Joyce; son, Tyler Kahlow of Le Center; daughter, Amanda (Eric) Voss of Eagle Lake. Preceded in death by his parents and his sister, Edna.

Funeral 11 a.m. Thursday at St. Paul's Lutheran Church, North Mankato, Rev. Kjersti Halvorsen-Moe officiating. Pallbearers: Brad Koehnen Jr., Anders Thorsrud, Dale Ebert, Jim Voss, Todd Lang and Gary Schultz. Music by the St. Paul's choir. Lunch served by the church women after the committal.""",
gold=[]),  # clients only as officiant and pallbearers

dict(guid="mkt_bhfc_arlene-kuehn-2026-06-08", pub="2026-06-08T11:45:00-05:00",
title="Arlene Kuehn (1936 - 2026)",
body="""Arlene Emma Kuehn, 89, of Searles, died June 4, 2026, at Oak Hills Living Center in New Ulm.

Arlene was the eldest of the Kuehn sisters of Searles. She never married; she taught first grade at the Searles parochial school for 38 years and taught half the town to read.

She is survived by her sisters, Luella Schwermann and Irma Rosenhahn, both of New Ulm; nieces and nephews. She was preceded in death by her parents, Otto and Martha Kuehn; her brother, Vernon; and her brothers-in-law, Reinhold Schwermann and Elmer Rosenhahn.

Funeral 10:30 a.m. Wednesday at St. John's Lutheran Church, Searles.""",
gold=[("MKT002", "survivor"), ("MKT005", "survivor")]),  # MKT001 is preceded in death (died in March): nothing
]
