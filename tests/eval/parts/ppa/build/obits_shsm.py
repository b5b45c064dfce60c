"""Catholic Communities of the Top o' Texas (St. Vincent de Paul, Pampa; Sacred Heart, White Deer; St. Mary's,
Groom): weekly bulletin notices "Pray for the faithful departed", plain text. Hand-labelled."""

ITEMS = [
dict(guid="ppa_shsm_bulletin_20260419_wiedeman", pub="2026-04-19T07:00:00-05:00", title="Pray for Dorothy Ann Wiedeman - White Deer",
body="""Please pray for the repose of the soul of Dorothy Ann Wiedeman (née Kotara), 80, of White Deer, who died April 14. Dorothy was baptized, married and confirmed at Sacred Heart and was a member of the Altar Society for more than fifty years; she made the kolaches for every parish picnic since 1968.

She leaves her husband, Bernard Wiedeman; her sons Gary and Mike; her sister, Irene (Stanley) Urbanczyk of White Deer; and her brother, Joe Kotara of Amarillo.

Funeral Mass was celebrated Friday at Sacred Heart. Eternal rest grant unto her, O Lord.""",
gold=[("PPA018", "survivor"), ("PPA017", "survivor")]),

dict(guid="ppa_shsm_bulletin_20260614_hoelscher", pub="2026-06-14T07:00:00-05:00", title="Pray for Bernadette Hoelscher - Groom",
body="""Please keep in your prayers Bernadette Hoelscher, 88, of Groom, who died June 9, and her husband Leroy and their family. Bernadette taught second grade at Groom Elementary for 33 years and sang in the St. Mary's choir.

Her Mass of Christian Burial was celebrated June 12 at St. Mary's. Pallbearers were Sonny Frerich, Dale Britten, Kyle Hoelscher and Brad Homer. Lunch following the Mass was served by the Altar Society.

May she rest in peace.""",
gold=[]),

dict(guid="ppa_shsm_bulletin_20260823_britten", pub="2026-08-23T07:00:00-05:00", title="Pray for Alvin Britten - Panhandle",
body="""Please pray for the repose of the soul of Alvin Joseph Britten, 87, of Panhandle, father of Darlene (Sonny) Frerich of Groom and Dale Britten of Panhandle. Alvin was a longtime usher at St. Theresa's and a founding member of its Knights of Columbus council. His funeral Mass will be Tuesday at 10 a.m. at St. Theresa's in Panhandle.

Also remember in your prayers the sick of our parishes: Helen Kuehler, Raymond Friemel, Esperanza Luna.""",
gold=[("PPA006", "survivor"), ("PPA005", "survivor")]),
]
