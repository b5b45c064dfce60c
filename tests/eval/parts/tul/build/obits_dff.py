"""Deep Fork Family Funeral Service (Okmulgee and Henryetta): Muscogee (Creek) and Cherokee family obituaries,
church and stomp-ground details, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="tul_dff_2026_0107", pub="2026-01-09T10:00:00-06:00", title="Lucinda Fixico Harjochee (1936 - 2026)",
body="""Lucinda Fixico Harjochee, 89, of Okmulgee, passed from this life on January 5, 2026, at her home west of town surrounded by family. She was born May 3, 1936, at Nuyaka to Jackson and Sallie (Deere) Fixico. She was a citizen of the Muscogee (Creek) Nation, of the Wind Clan, and a lifelong member of Nuyaka Indian Baptist Church, where she cooked for camp meetings for more than fifty years.

She is survived by her sister, Louise Yahola and her husband, Sonny, of Okmulgee; her son, Rodney Harjochee of Henryetta; five grandchildren and a host of nieces, nephews and church family.

She was preceded in death by her husband, Amos Harjochee; her parents; and her brothers, Jimmy Fixico and Paul Fixico.

Wake service will be held 7 p.m. Thursday at Nuyaka Indian Baptist Church. Funeral service 10 a.m. Friday at the church with Rev. Tommy Bemo officiating. Burial will follow at Nuyaka Cemetery. Pallbearers: Rodney Harjochee, Marcus Fixico, Dale Larney, Curtis Blackfox, Aaron Harjochee and Levi Deere.""",
gold=[("TUL002", "survivor"), ("TUL001", "survivor")]),
]
