"""Northwest Oklahoma Death Notices: brief paid notices, surname-first headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="wdg_nwdn_2026_0212_wedel", pub="2026-02-12T06:00:00-06:00", title="WEDEL, Claude E. Sr.",
body="""Claude Everett Wedel Sr., 88, Enid, died Feb. 2, 2026. Survived by wife Lorene; son Claude Jr. (Pam), Enid; daughter Karen (Ron) Dirksen, Ponca City; brother Harvey, Meno. Services were held Feb. 7, Grace Mennonite Brethren Church, Enid.""",
gold=[]),  # a later second copy of wdg_epc_obit_20260205_wedel: labelled on the earlier copy only

dict(guid="wdg_nwdn_2026_0306_leck", pub="2026-03-06T06:00:00-06:00", title="LECK, Garrett A.",
body="""Garrett Albert Leck, 92, Medford, died March 3, 2026. Retired Grant County wheat farmer and 4-H leader. Survived by daughter Janet Leck, Medford; son Roger Leck, Pond Creek; grandson Garrett Leck, Enid, who was named for him; three other grandchildren. Preceded in death by wife, Evelyn. Services 10 a.m. Monday, First Christian Church, Medford.""",
gold=[("WDG020", "survivor")]),

dict(guid="wdg_nwdn_2026_0427_tallbird", pub="2026-04-27T06:00:00-05:00", title="TALLBIRD, Clarence",
body="""Clarence Tallbird, 73, Kingfisher, died April 23, 2026. Cheyenne, Vietnam veteran (U.S. Army). Survived by sister Gwen Tallbird, Kingfisher; sons Curtis and Lamont Tallbird, Geary; many grandchildren. Wake 7 p.m. Tuesday at the Concho Community Building; funeral 10 a.m. Wednesday, with burial at Concho Indian Cemetery.""",
gold=[("WDG015", "survivor")]),

dict(guid="wdg_nwdn_2026_0601_ott", pub="2026-06-01T06:00:00-05:00", title="OTT, Wilbur H.",
body="""Wilbur Henry Ott, 85, Cherokee, died May 28, 2026. Survived by brother Wendell (Maxine) Ott, Cherokee; nieces and nephews. Preceded in death by wife, Fern. Services 2 p.m. Tuesday, First Baptist Church, Cherokee.""",
gold=[("WDG021", "survivor"), ("WDG022", "survivor")]),

dict(guid="wdg_nwdn_2026_0709_pankratz", pub="2026-07-09T06:00:00-05:00", title="PANKRATZ, Opal",
body="""Opal Pankratz, Fairview. Arrangements pending with Cimarron Valley Funeral Home, Fairview.""",
gold=[("WDG019", "possible_deceased_client")]),
]
