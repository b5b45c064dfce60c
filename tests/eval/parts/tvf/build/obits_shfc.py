"""Sorensen-Halvorson Funeral Chapel (Thief River Falls, Red Lake Falls, Goodridge): funeral-home site, HTML in
content:encoded, a one-sentence description, permalink guids. Hand-labelled."""

BASE = "https://www.sorensenhalvorson.example/obituaries/"
ITEMS = [
dict(guid="tvf_shfc_rosalie-beauchaine", pub="2026-01-09T14:10:00-06:00", title="Rosalie T. Beauchaine (1937 - 2026)",
body="""Rosalie Therese Beauchaine, 88, of Red Lake Falls, entered eternal life on Tuesday, January 6, 2026, at Hillcrest Nursing Home in Red Lake Falls.

Rosalie was born in Gentilly to Joseph and Aurore (Pelletier) Gervais, and married Armand Beauchaine at St. Joseph's Catholic Church in Red Lake Falls in 1957. She raised six children on the farm along the Clearwater River, sang in the St. Joseph's choir for fifty years, and made tourtiere for the whole parish every Christmas Eve.

She is survived by her children, Rene (Colette) Beauchaine of Red Lake Falls, Bev Knutson of Red Lake Falls, Michelle (Dan) Olstad of Crookston, and Paul Beauchaine of Fargo; 15 grandchildren; and 21 great-grandchildren. She was preceded in death by her husband, Armand, in 2009; her son, Gerard; and her daughter, Yvonne.

Mass of Christian Burial will be celebrated at 10:30 a.m. Monday at St. Joseph's Catholic Church, Red Lake Falls, with Fr. Luc Perreault as celebrant. The Rosary will be prayed Sunday at 6 p.m. Pallbearers are her grandsons.""",
gold=[("TVF006", "survivor"), ("TVF007", "survivor"), ("TVF022", "survivor")]),

dict(guid="tvf_shfc_gordon-dahlstrom", pub="2026-02-12T11:30:00-06:00", title="Gordon E. Dahlstrom (1941 - 2026)",
body="""Gordon Emil Dahlstrom, 84, of Goodridge, passed away Monday, February 9, 2026, at his home.

Gordy was born in Goodridge and farmed and logged in the Goodridge area all his life. He was a charter member of the Goodridge Fire Department and could still tell you which barn burned in which year.

He is survived by his brother, Jerry (Bonnie) Dahlstrom of Goodridge; his nieces and nephews; and his faithful dog, Buster. He was preceded in death by his wife, Phyllis, and his sister, Marian Bergeland.

Funeral services will be held at 2 p.m. Saturday at Goodridge Lutheran Church, with Pastor Nels Engebretson officiating. Casket bearers will be Dennis Rasmussen, Lyle Bergeland, Gary Dahlstrom, Troy Dahlstrom, Chad Bergeland and Jim Kvien.""",
gold=[("TVF010", "survivor"), ("TVF011", "survivor")]),

dict(guid="tvf_shfc_selmer-ystebo", pub="2026-04-02T09:45:00-05:00", title="Selmer O. Ystebo (1930 - 2026)",
body="""Selmer Olaf Ystebo, 95, of Goodridge, died peacefully on Sunday, March 29, 2026, at Valley Home in Thief River Falls.

Selmer was born in 1930 in Norden Township to Ole and Bertha Ystebo. He ran the Goodridge creamery and later the feed mill, and he played the Hardanger fiddle at every Syttende Mai he could reach.

Selmer is survived by his daughter, Mary Jo Halvorson of Goodridge; his son, Arlen (Deb) Ystebo of Thief River Falls; five grandchildren; and two great-grandchildren. He was preceded in death by his wife, Agnes, and his son-in-law, Curtis Halvorson.

Funeral services will be held at 11 a.m. Thursday at Goodridge Lutheran Church.""",
gold=[("TVF008", "survivor")]),

dict(guid="tvf_shfc_theodore-ostlie", pub="2026-05-19T10:15:00-05:00", title="Theodore \"Ted\" Ostlie (1958 - 2026)",
body="""Theodore "Ted" Ostlie, 67, of Fargo, North Dakota, died Friday, May 15, 2026, at Sanford Medical Center Fargo after a long illness.

Ted was born in Hatton, North Dakota, and spent his working life as a mail carrier in south Fargo. He is survived by his wife of 41 years, Sharon (Lee) Ostlie; his sons, Derek and Tyler; and three grandchildren.

A memorial service will be held Wednesday at Hope Lutheran Church in Fargo. Sorensen-Halvorson Funeral Chapel is posting this notice as a courtesy to the family's friends in the Thief River Falls area.""",
gold=[]),

dict(guid="tvf_shfc_delphine-desjarlais", pub="2026-06-03T15:00:00-05:00", title="Delphine M. Desjarlais (1940 - 2026)",
body="""Delphine Marie Desjarlais, 85, of Red Lake Falls, began her journey to the spirit world on Saturday, May 30, 2026, at Hillcrest Nursing Home.

Delphine was born in Red Lake to Joseph and Angeline (Bellanger) Desjarlais. She was a beadworker whose moccasins and medallions are in homes all over the Red River Valley, and she taught the Ojibwe language to anyone who sat still long enough.

She is survived by her son, Wayne Desjarlais of Red Lake; her grandson, Travis (Shawna) Desjarlais of Red Lake Falls; great-grandchildren Addison and Cole; and many relatives on the Red Lake Nation. She was preceded in death by her husband, Francis, and a daughter, Rose.

A wake will be held Tuesday evening at the Red Lake Falls Community Center, and funeral services Wednesday at 11 a.m. at St. Joseph's Catholic Church, with Fr. Luc Perreault officiating.""",
gold=[("TVF016", "survivor"), ("TVF015", "survivor")]),

dict(guid="tvf_shfc_evelyn-lizotte", pub="2026-07-22T13:20:00-05:00", title="Evelyn A. Lizotte (1932 - 2026)",
body="""Evelyn Agnes Lizotte, 93, of Red Lake Falls, died Sunday, July 19, 2026, at Hillcrest Nursing Home.

Evelyn was born in Terrebonne Township to Alphonse and Marie (Bruneau) Dufault and married Lucien Lizotte in 1953. She kept the books for Lizotte Implement for thirty years and was a lifelong member of St. Joseph's Catholic Church and its Christian Mothers.

She is survived by her daughters, Colette (Rene) Beauchaine of Red Lake Falls and Denise Lizotte of Minneapolis; her son, Marc (Lisa) Lizotte of East Grand Forks; eight grandchildren; and eleven great-grandchildren. She was preceded in death by her husband, Lucien, and her brother, Roland Dufault.

Mass of Christian Burial will be celebrated at 10:30 a.m. Saturday at St. Joseph's Catholic Church, Red Lake Falls.""",
gold=[("TVF007", "survivor"), ("TVF006", "survivor")]),
]
