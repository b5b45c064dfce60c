"""The Westmoreland Slavic Herald (invented weekly of the Slovak and Carpatho-Rusyn fraternal lodges and the
Byzantine and Latin-rite Slovak parishes of Westmoreland County, with notices sent in from sister lodges): plain
text, "Vičnaja jemu pamjat!", Parastas and Divine Liturgy, "reposed in the Lord". guids lbe_sh_*. Hand-labelled."""

FEED = "sh"
ITEMS = [
dict(guid="lbe_sh_2026_02_wasilchak_binghamton", pub="2026-02-19T07:00:00-05:00",
title="Helen Wasilchak, 91 - Binghamton, N.Y. (Lodge 412)",
body="""Sent in by Sts. Cyril and Methodius Lodge 412, Binghamton, N.Y.: Helen Wasilchak, 91, of Binghamton, reposed in the Lord on February 12, 2026. Born in Johnson City to Slovak parents, she worked at the Endicott-Johnson shoe factory and sang in the choir of St. Michael Byzantine Catholic Church for seventy years. She is survived by her son, Peter Wasilchak of Vestal, and two grandchildren. Her husband, Michael, reposed in 1999. Vičnaja jej pamjat! Eternal memory!""",
gold=[]),

dict(guid="lbe_sh_2026_03_hudak_latrobe", pub="2026-03-26T07:00:00-04:00",
title="Mary Hudak, 94 - Latrobe (Lodge 155)",
body="""Mary Hudak, 94, of Latrobe, a member of First Catholic Slovak Ladies Lodge 155 for 76 years, fell asleep in the Lord on Saturday, March 21, 2026, at Loyalhanna Care Center.

Born in Latrobe to the late Jan and Zuzana (Kocur) Hudak, immigrants from the Spiš region, she never married and kept house for her brothers and, later, for the parish rectory of St. Vincent Basilica Parish. For fifty Easters she made the paska and the hrudka for the parish basket blessing.

Surviving are her nieces, Mrs. Carmen Della Penna of Latrobe and Mrs. Frank (Frances) Zelenak of Derry, and many grandnieces and grandnephews. She was preceded in death by her brothers, Andrew, John and Joseph Hudak.

A Funeral Mass was celebrated Wednesday at St. Vincent Basilica, with burial in St. Vincent Cemetery. Odpočívaj v pokoji. Rest in peace.""",
gold=[("LBE019", "survivor")]),

dict(guid="lbe_sh_2026_04_pisula_derry", pub="2026-04-23T07:00:00-04:00",
title="Andrew Pisula, 88 - Derry (Sobor 218)",
body="""Andrew Pisula, 88, of Derry, reposed in the Lord on Thursday, April 16, 2026. He was a member of Sobor 218 of the Greek Catholic Union and a cantor at Sts. Peter and Paul Byzantine Catholic Church, Derry, for 52 years; his tenor carried the Christ is Risen over every Pascha since 1961.

He is survived by his wife, Olga (Bodnar) Pisula; his sons, Andrew Jr. of Blairsville and Daniel of Latrobe; and six grandchildren.

Parastas was served Sunday evening and the Divine Liturgy of Christian Burial on Monday, the Very Rev. Father John Hanchin presiding. Pallbearers were his grandsons and his friends Raymond Gesalman and Greg Pisarcik. Vičnaja jemu pamjat! Memory eternal!""",
gold=[]),

dict(guid="lbe_sh_2026_05_wasilchak_crabtree", pub="2026-05-21T07:00:00-04:00",
title="Eugene M. \"Gene\" Wasilchak, 82 - Crabtree (Sobor 218)",
body="""Eugene M. "Gene" Wasilchak, 82, of Crabtree, reposed in the Lord on Saturday, May 16, 2026, at Latrobe Hospital, with his family praying at his bedside.

Gene was born March 9, 1944, in Hostetter, a son of the late Michael and Anna (Dudas) Wasilchak. He worked 36 years as a coal miner and later as a mine inspector, served on the parish council of St. Mary Byzantine Catholic Church in Latrobe and was a member of Sobor 218 of the Greek Catholic Union. He could be found every Friday in Lent at the parish pirohy sale, pinching dough.

He is survived by his wife of 58 years, Helen (Hornyak) Wasilchak; his daughter, Natalie Wasilchak of Pittsburgh; his son, Paul Wasilchak of Crabtree; and four grandchildren. He was preceded in death by his brother, George.

Parastas was served Tuesday evening and the Divine Liturgy of Christian Burial Wednesday at St. Mary Byzantine Catholic Church, Latrobe. Burial in the church cemetery, Crabtree. Vičnaja jemu pamjat! Memory eternal!""",
gold=[("LBE020", "deceased_client"), ("LBE021", "spouse_of_deceased_client")]),

dict(guid="lbe_sh_2026_07_dzurenda_greensburg", pub="2026-07-16T07:00:00-04:00",
title="Mary Ann (Brezicky) Dzurenda, 88 - Greensburg (Lodge 155)",
body="""Mary Ann (Brezicky) Dzurenda, 88, of Greensburg, fell asleep in the Lord on Friday, July 10, 2026, at Westmoreland Manor.

The daughter of the late Jozef and Verona Brezicky of Jeannette, she was a registered nurse for 40 years and a member of Lodge 155 and of Holy Cross Slovak Catholic Church, where she led the slovenské koledy at Christmas.

She is survived by her daughter, Dr. Elaine Dzurenda of Greensburg; her son, Thomas Dzurenda of Columbus, Ohio; and three grandchildren. She was preceded in death by her husband, Paul Dzurenda.

A Funeral Mass was celebrated Tuesday at Holy Cross Church. Odpočívaj v pokoji.""",
gold=[("LBE015", "survivor")]),
]
