"""Buhler-Dietze Funeral Home (chapels in Cuero and Yoakum): funeral-home site, HTML in content:encoded,
permalink guids. Hand-labelled."""

FEED = "bd"
BASE = "vct_bd_"
ITEMS = [
dict(guid=BASE + "emil-pesek", pub="2026-01-20T14:10:00-06:00", title="Emil Frank Pesek (1932 - 2026)",
body="""Emil Frank Pesek, age 93, of Yoakum, went to be with the Lord on January 17, 2026.

Emil was born on a cotton farm near Hope, Lavaca County, on May 3, 1932, to the late Frank and Ludmila (Kocurek) Pesek. He served in Korea with the 2nd Infantry Division, came home, married Vlasta Kocian at St. Joseph's, and worked 37 years at the Tandy leather plant in Yoakum.

Emil is survived by his son, Erwin Pesek and wife Irene of Yoakum; his daughter, Anna Kolar of Schulenburg; his sister, Dolores "Lola" Hajek of Shiner; six grandchildren and three great-grandchildren. He was preceded in death by his wife, Vlasta, in 2018.

A Rosary will be prayed at 6 p.m. Monday at our Yoakum chapel. Funeral Mass will be celebrated Tuesday at 10 a.m. at St. Joseph Catholic Church, Yoakum. Burial at St. Joseph Cemetery with military honors.""",
gold=[("VCT017", "survivor"), ("VCT010", "survivor")]),

dict(guid=BASE + "lola-hajek", pub="2026-02-16T10:30:00-06:00", title="Dolores Marie \"Lola\" Hajek (1938 - 2026)",
body="""Dolores Marie "Lola" Hajek, 87, of Shiner, passed away peacefully on Friday, February 13, 2026, at Lavaca Medical Center in Hallettsville.

Lola was born December 8, 1938, in Hope to Frank and Ludmila Pesek, and married Edwin Hajek at Sts. Cyril and Methodius Church in Shiner in 1958. She kept the books at the Shiner co-op gin for 25 years, baked for the Shiner Catholic Picnic every summer, and never lost a game of 42 she did not want to lose.

She is survived by her nephew, Erwin Pesek of Yoakum; her goddaughter, Jana Wenske of Moulton; and many cousins. She was preceded in death by her husband, Edwin Hajek, in 2011; her brother, Emil Pesek, in January; and her sister-in-law, Vlasta Pesek.

Rosary Wednesday 6 p.m. at Sts. Cyril and Methodius Catholic Church, Shiner; Funeral Mass Thursday at 10 a.m. with Father Paul Kahanek officiating. Interment at Sts. Cyril and Methodius Cemetery.""",
gold=[("VCT010", "deceased_client"), ("VCT017", "survivor")]),

dict(guid=BASE + "hattie-schaefer", pub="2026-03-10T09:00:00-05:00", title="Hattie Louise Schaefer (1929 - 2026)",
body="""Hattie Louise Schaefer, 96, of Yoakum, was welcomed into heaven on March 7, 2026.

Hattie was born in Sweet Home to the late August and Frieda Hermes. She married Arnold Schaefer in 1950 and raised four children on a dairy farm west of Yoakum. She was a faithful member of St. Paul Lutheran Church, Yoakum, and its Ladies Aid for seventy years.

Survivors include her daughter, Jo Beth Schaefer of Yoakum; her son, Arnold Schaefer Jr. of Victoria; her niece, Wanda Kahlich and husband Delbert of Yoakum; ten grandchildren and fourteen great-grandchildren. She was preceded in death by her husband, Arnold; her son, Kenneth; and her brother, Albert Hermes.

Funeral service Thursday at 2 p.m. at St. Paul Lutheran Church, Yoakum, with Pastor Ruth Lindemann officiating. Interment in Yoakum City Cemetery. Pallbearers: her grandsons.""",
gold=[("VCT022", "survivor"), ("VCT021", "survivor")]),

dict(guid=BASE + "otto-dornburg", pub="2026-04-21T11:45:00-05:00", title="Otto Emil Dornburg (1939 - 2026)",
body="""Otto Emil Dornburg, 86, of Cuero, died on April 18, 2026, at Cuero Regional Hospital.

Otto was born in Arneckeville to the late Emil and Martha Dornburg. He ran the Dornburg feed store on Main Street for 40 years and sang bass in the Cuero Saengerbund.

He is survived by his sister, Lorene Kusserow of Cuero; his son, Russell Dornburg of Cuero; and three grandchildren. He was preceded in death by his wife, Adeline; and his brother-in-law, Willie Kusserow, who died in January.

Funeral service Saturday at 10 a.m. at our Cuero chapel, Pastor Glenn Riedesel officiating. Burial at Hillside Cemetery.""",
gold=[("VCT002", "survivor")]),

dict(guid=BASE + "gerald-hermes", pub="2026-05-05T15:20:00-05:00", title="Gerald Wayne Hermes (1944 - 2026)",
body="""Gerald Wayne Hermes, 81, of Cuero, passed away on May 2, 2026.

Gerald was a rural mail carrier in DeWitt County for 32 years, a charter member of the Cuero Rotary Club, and a dominoes player of local fame.

He is survived by his wife of 58 years, Bernice Hermes; his son, the Rev. Dwight Hermes of Cuero; and his daughter, Lisa Ortmann of New Braunfels. He was preceded in death by his parents and his brother, Albert.

Funeral service Thursday at 10 a.m. at First United Methodist Church, Cuero. Pallbearers: Erwin Pesek, Delbert Kahlich, Jimmy Lott, Wade Thieme, Cody Ortmann and Ryan Ortmann. Honorary pallbearer: Leroy Boehm Jr.""",
gold=[]),
]
