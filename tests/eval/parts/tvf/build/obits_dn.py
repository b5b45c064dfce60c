"""Tri-County Death Notices (paid notices, surname-first) and the Our Savior's Lutheran weekly bulletin
("Please remember in prayer ..."): plain text. Hand-labelled."""

ITEMS = [
dict(guid="tvf_dn_2026_0314_torkelson", pub="2026-03-14T07:00:00-05:00", title="TORKELSON, Arvid M.",
body="""TORKELSON, Arvid Martin "Arv," 79, Thief River Falls, died March 8, 2026. Born June 2, 1946. Survived by wife Marlys; sons Jon (Tammy) and Eric; daughter Kari (Brad) Lien; seven grandchildren. Funeral 11 a.m. Saturday, Our Savior's Lutheran Church. Sorensen-Halvorson Funeral Chapel.""",
gold=[]),  # a later copy of tvf_ntw_obit_2026_0311: labelled on the earlier copy only

dict(guid="tvf_dn_2026_0130_byklum", pub="2026-01-30T07:00:00-06:00", title="BYKLUM, Orville",
body="""BYKLUM, Orville Sigurd, 91, Thief River Falls, died January 27, 2026. Retired Soo Line section foreman. Survived by daughters Carol Ann Byklum, Thief River Falls, and Linda (Rick) Tveit, Moorhead; four grandchildren. Preceded by wife Evangeline. Service 1 p.m. Tuesday, Trinity Lutheran Church.""",
gold=[("TVF020", "survivor")]),

dict(guid="tvf_dn_2026_0219_svendsgaard", pub="2026-02-19T07:00:00-06:00", title="SVENDSGAARD, Alma",
body="""SVENDSGAARD, Alma (Lee), 94, Warren, died February 16, 2026. Survived by sons Harlan Svendsgaard, Warren, and Roger (Janet) Svendsgaard, Alvarado; six grandchildren. Funeral 10 a.m. Friday, Our Saviour's Lutheran Church, Warren.""",
gold=[]),  # Harlan Svendsgaard is do_not_contact

dict(guid="tvf_dn_2026_0409_rasmussen", pub="2026-04-09T07:00:00-05:00", title="RASMUSSEN, Lois",
body="""RASMUSSEN, Lois Jean (Nygaard), 79, Warren, died April 6, 2026. Survived by son Dennis (Kim) Rasmussen, Warren; daughter Sheila Froemke, Stephen; five grandchildren. Preceded by husband Norman. Funeral 2 p.m. Monday, Warren Free Church.""",
gold=[("TVF021", "survivor")]),

dict(guid="tvf_dn_2026_0607_ostlie", pub="2026-06-07T08:00:00-05:00", title="Please remember in prayer: Ardell Ostlie",
body="""Please remember in prayer the family of Ardell Ostlie, 70, of Newfolden, who entered the Church Triumphant on Tuesday, June 2. Ardell was confirmed at Our Savior's and sang in our choir until he moved north. He is survived by his wife Janice, his brother Ted Ostlie (Renae) of Thief River Falls, and his sister Carolyn Moen. His funeral was held Saturday at Newfolden Lutheran. Cards may be left in the church office and we will forward them.""",
gold=[("TVF013", "survivor")]),

dict(guid="tvf_dn_2026_0820_amundson", pub="2026-08-20T07:00:00-05:00", title="AMUNDSON, Harold",
body="""AMUNDSON, Harold Peder, 80, Crookston, died August 17, 2026. Survived by wife Marlene; son Scott (Jill), Crookston; niece Kristin Amundson-Roy, Red Lake Falls, whom he helped raise. Funeral 11 a.m. Saturday, Trinity Lutheran Church, Crookston.""",
gold=[("TVF009", "survivor")]),
]
