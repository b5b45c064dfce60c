"""High Plains Death Notices: brief paid notices, surname-first headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="gcm_hpdn_000412", pub="2026-02-19T07:00:00-06:00", title="WARSAME, Abdullahi",
body="""Abdullahi Warsame, 74, of Minneapolis, Minn., died Feb. 15, 2026. Born in Baidoa, Somalia. Survived by his wife, Faadumo; daughters Hodan Warsame of Garden City, Kan., and Ayaan Warsame of St. Paul; sons Mohamed and Abdirahman; 14 grandchildren. Janazah was held Feb. 16 at Abubakar As-Saddique Islamic Center.""",
gold=[("GCM019", "survivor")]),

dict(guid="gcm_hpdn_000437", pub="2026-03-19T07:00:00-05:00", title="RUPP, Delbert",
body="""Delbert Rupp, Liberal, died March 16, 2026. Services are pending with Prairie Rose Funeral Chapel, Liberal.""",
gold=[("GCM015", "possible_deceased_client")]),

dict(guid="gcm_hpdn_000451", pub="2026-03-28T07:00:00-05:00", title="STUCKY, Jo Ann",
body="""Jo Ann Stucky, 85, of Dodge City, died Monday, March 23, 2026, at Manor of the Plains.

She was born June 2, 1940, in Moundridge to Alvin and Edna (Kaufman) Schrag. She married Merle Stucky in 1959; he died in 2011. She kept the books for Stucky Implement for 40 years and volunteered at the Boot Hill Museum and the Dodge City Public Library.

Survivors include a son, Randall (Deb) Stucky of Wichita; a daughter, Lisa Stucky of Denver; and three grandchildren.

Memorial service will be 2 p.m. Saturday at First Presbyterian Church, Dodge City.""",
gold=[]),

dict(guid="gcm_hpdn_000468", pub="2026-04-23T07:00:00-05:00", title="TRAN, Minh Van",
body="""Minh Van Tran, 67, of Wichita, died April 19, 2026. Owner of Saigon Nails on West Central for 25 years. Survived by his wife, Hoa; sons Kevin and Danny Tran, Wichita; a brother, Tuan Tran, San Jose, Calif. Funeral Mass 10 a.m. Saturday, Church of the Magdalen, Wichita.""",
gold=[]),

dict(guid="gcm_hpdn_000490", pub="2026-05-21T07:00:00-05:00", title="OCHOA, Ernesto",
body="""Ernesto Ochoa, 66, of Ulysses, died May 17, 2026. Survived by wife, Alma; sister, Dolores "Lola" Ramirez Ochoa of Garden City; nephews and nieces. Pallbearers: Kenton Bexley, Ruben Ochoa, Luis Ochoa, Dwayne Hottman. Rosary 7 p.m. Thursday, Mass 10 a.m. Friday, St. Michael's Catholic Church, Ulysses.""",
gold=[("GCM003", "survivor")]),
]
