"""Anchorage Daily Ledger: terse paid death notices, surname first. Hand-labelled."""

ITEMS = [
dict(guid="anc_adl_dn_2026_0312", pub="2026-03-12T05:30:00-09:00", title="NIKOLAIKIN, Agnes M.",
body="""NIKOLAIKIN, Agnes M., 41, of Fairbanks, died March 6, 2026. Services at Sacred Heart Cathedral, Fairbanks, March 14. Survived by her husband Dwayne and two sons.""",
gold=[]),

dict(guid="anc_adl_dn_2026_0512", pub="2026-05-12T05:30:00-09:00", title="BRENNEKE, Orrin J.",
body="""BRENNEKE, Orrin J., 85, of Palmer, died May 4, 2026. Retired master sergeant, USAF. Survived by his wife Marlys. Graveside service with military honors May 15, 2 p.m., Palmer Pioneer Cemetery. Chugach View Funeral Home.""",
gold=[]),

dict(guid="anc_adl_dn_2026_1102", pub="2026-11-05T05:30:00-09:00", title="STOLPESTAD, Jerome",
body="""STOLPESTAD, Jerome, Wasilla, died November 2, 2026. Arrangements pending with Valley Funeral Service.""",
gold=[("ANC020", "possible_deceased_client")]),

dict(guid="anc_adl_dn_2026_0730", pub="2026-07-30T05:30:00-09:00", title="NANUGAK, Walter E.",
body="""NANUGAK, Walter E., 58, of Kotzebue, died July 24, 2026, in Anchorage. Funeral at Friends Church, Kotzebue. Survived by his mother Hilda and sisters Ann and Bertha.""",
gold=[]),

dict(guid="anc_adl_dn_2026_0318_faavesi", pub="2026-03-18T05:30:00-09:00", title="FA'AVESI, Tavita",
body="""Tavita Fa'avesi, 79, of Anchorage, passed away peacefully on March 10, 2026, surrounded by his aiga.

Tavita was born in Leone, American Samoa, served in the U.S. Army, and moved his family to Anchorage in 1984, where he drove a city bus for 26 years and was a deacon of the Samoan Congregational Christian Church in Mountain View.

He was preceded in death by his wife, Siniva.

Tavita is survived by his son Iosefa "Joe" Fa'avesi and wife Losa of Anchorage; his daughters Mele Tuilagi of Carson, California, and Fetu Fa'avesi of Anchorage; 14 grandchildren and 6 great-grandchildren.

Lotu March 20, 6 p.m.; funeral March 21, 11 a.m., Samoan Congregational Christian Church. Chugach View Funeral Home.""",
gold=[]),

dict(guid="anc_adl_dn_2026_0925_pruett", pub="2026-09-25T05:30:00-09:00", title="PRUETT, Dennis R.",
body="""PRUETT, Dennis R., 70, of Soldotna, died September 20, 2026, at Central Peninsula Hospital. U.S. Army veteran (Fort Richardson, 1974-77), retired Kenai refinery operator. Survived by his wife Donna; son Travis of Sterling; and sister Carol (Dwight) Harrelkamp of Eagle River. Service September 28, 1 p.m., Soldotna Bible Chapel.""",
gold=[("ANC008", "survivor"), ("ANC007", "survivor")]),
]
