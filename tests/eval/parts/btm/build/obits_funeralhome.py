"""Kearney & Pintar Mortuaries (invented; Butte, Anaconda, Deer Lodge): funeral-home site, HTML in content:encoded,
one-sentence plain description, permalink guids. Hand-labelled."""

BASE = "https://www.kearneypintar.example/obituaries/"

ITEMS = [
dict(guid="btm_kp_bertoglio_jerome", pub="2026-03-12T10:15:00-06:00", title="Jerome \"Jerry\" Bertoglio (1942 - 2026)",
body="""Jerome "Jerry" Bertoglio, 83, of Butte, passed away on March 9, 2026, at St. James Healthcare after a short illness.

Jerry was born in Meaderville on Aug. 1, 1942, to Battista and Giuseppina Bertoglio, and was seven when the Berkeley Pit began to swallow the neighborhood. The family moved to the Flats, but Jerry never stopped calling himself a Meaderville boy. He ran Bertoglio's Market on Harrison Avenue for 35 years, where his ravioli sold out every Friday before noon.

Jerry is survived by his wife of 58 years, Loretta; his sons, Gino (Stacy) Bertoglio of Butte and Paul Bertoglio of Denver; his sister, Dolly (Bertoglio) Antonioli of Walkerville; and six grandchildren.

A rosary will be recited at 7 p.m. Thursday at our Butte chapel. Mass of Christian Burial at 10 a.m. Friday at Immaculate Conception Church, Father Tom Haffey celebrant. Interment at Holy Cross Cemetery.""",
gold=[("BTM021", "survivor")]),

dict(guid="btm_kp_pavlovich_rudolph_sr", pub="2026-04-02T09:40:00-06:00", title="Rudolph \"Rudy\" Pavlovich Sr. (1938 - 2026)",
body="""Rudolph "Rudy" Pavlovich Sr., 87, of Anaconda, died peacefully March 30, 2026, at Community Hospital of Anaconda.

Rudy was born in Anaconda on Nov. 12, 1938, the son of Croatian immigrants, and grew up in the shadow of the Washoe Stack. He went to work at the smelter at 18 and stayed until the last day, Sept. 29, 1980. Afterward he ran the pro shop at Old Works and served two terms on the Anaconda-Deer Lodge County commission.

He is survived by his son, Rudy Pavlovich Jr. (Theresa) of Anaconda; his daughter, Zora (Mike) Kambich of Anaconda; seven grandchildren and four great-grandchildren. He was preceded in death by his wife, Anne, in 2019, and his brothers, Joe and Tony.

Funeral services will be held at 10 a.m. Monday at St. Peter's Catholic Church, Anaconda. Burial in Mount Olivet Cemetery. Memorials may be made to the Anaconda Smelter Stack Historical Society.""",
gold=[("BTM006", "survivor"), ("BTM007", "survivor")]),

dict(guid="btm_kp_duffner_leonard", pub="2026-05-06T14:20:00-06:00", title="Leonard A. Duffner (1936 - 2026)",
body="""Leonard A. Duffner, 89, of Deer Lodge, died May 3, 2026, at the Powell County Memorial Hospital.

Leonard was born on the family ranch on Cottonwood Creek, west of Deer Lodge, on Jan. 5, 1937. He ran cattle there for 60 years, served on the Powell County Fair board and was a member of the Deer Lodge Elks for as long as anyone can remember.

He is survived by his sister, Aggie Peterka of Deer Lodge; his nieces and nephews; and his faithful border collie, Tess. He was preceded in death by his wife, Marian, his brother, Ed, and his parents.

Funeral services will be held at 11 a.m. Saturday at Immaculate Conception Church in Deer Lodge, with Father Jim Trobaugh officiating. Pallbearers will be Rod McQuillan, Garrett Lindqvist, Dan Oberweiser, Jake Duffner, Cal Rasmussen and Lee Ferris. Burial at Hillcrest Cemetery.""",
gold=[("BTM016", "survivor")]),

dict(guid="btm_kp_lindqvist_evelyn", pub="2026-06-18T11:05:00-06:00", title="Evelyn M. Lindqvist (1933 - 2026)",
body="""Evelyn Marie Lindqvist, 92, of Deer Lodge, died June 15, 2026, at the Deer Lodge Care Center.

Evelyn was born in Garrison in 1933 and married Arne Lindqvist in 1954. Together they opened Lindqvist Saddlery on Main Street in 1976, where she kept the books and he cut the leather. She was a charter member of the Grant-Kohrs Ranch Friends and taught Sunday school at First Lutheran for 40 years.

Evelyn is survived by her son and daughter-in-law, Garrett and Shelby Lindqvist of Deer Lodge; her daughter, Karin Lindqvist Abbott of Coeur d'Alene, Idaho; and five grandchildren. She was preceded in death by her husband, Arne, in 2010.

A memorial service will be held at 2 p.m. Friday at First Lutheran Church, Deer Lodge, Pastor Ruth Engebretson officiating. Inurnment at Hillcrest Cemetery.""",
gold=[("BTM014", "survivor"), ("BTM015", "survivor")]),
]
