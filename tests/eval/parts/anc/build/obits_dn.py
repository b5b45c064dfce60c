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
]
