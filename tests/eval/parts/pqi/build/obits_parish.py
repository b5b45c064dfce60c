"""Our Lady of the Valley Parish (invented cluster parish of the Upper St. John Valley): "Priez pour nos
défunts / Pray for our deceased" column of the weekly bulletin, bilingual church-bulletin style, plain text.
Includes one Mass-intentions list (not a death). Hand-labelled (gold beside each)."""

FEED = "parish"
ITEMS = [
dict(guid="pqi_olv-bulletin-2026-03-01", pub="2026-03-01T07:00:00-05:00", title="Priez pour / Please pray for: Philomène Tardif",
body="""Priez pour elle. Please keep in your prayers Philomène (Ouellette) Tardif, 96, of Lewiston, formerly of Sinclair, who died February 24 at St. Marguerite d'Youville Pavilion in Lewiston. She left the Valley in 1952 to work in the mills and never lost her accent or her recipe for ployes.

Her family in the Valley asks for your prayers: she is survived by her nephew, Azade Madore of Van Buren, and by many nieces and nephews here and in Lewiston. Her husband, Wilfrid Tardif, died in 1998. A Mass will be offered for her at St. Joseph Church, Sinclair, on Saturday, March 7, at 4 p.m. Que son âme repose en paix.""",
gold=[("PQI017", "survivor")]),   # not PQI018 Philomene "Phyllis" Tardif of Eagle Lake (b. 1935, maiden Daigle)

dict(guid="pqi_olv-bulletin-2026-04-12", pub="2026-04-12T07:00:00-04:00", title="Priez pour / Please pray for: Lucille Sirois",
body="""We commend to God our sister Lucille (Michaud) Sirois, 90, of Grand Isle, who died April 6 at her home. Lucille was a member of the Dames de Sainte-Anne for sixty years and taught catechism to three generations of Grand Isle children.

She is survived by her daughter, Yolande Bossé and her husband, Réal, of Grand Isle; her son, Jacques Sirois of Van Buren; her granddaughter, Kendra Lunn-Sirois of Presque Isle; and five great-grandchildren. Her husband, Ernest Sirois, died in 2015.

Her funeral Mass was celebrated Thursday at St. Gérard Church, Grand Isle. Eternal rest grant unto her, O Lord.""",
gold=[("PQI023", "survivor"), ("PQI007", "survivor")]),

dict(guid="pqi_olv-bulletin-2026-05-17", pub="2026-05-17T07:00:00-04:00", title="Priez pour / Please pray for: Émile Deschaine",
body="""Priez pour lui. Émile Deschaine, 79, of Saint Agatha, went home to God on May 12 at Northern Maine Medical Center. A lifelong bachelor and potato farmer on the Cleveland Road, he played the fiddle at every soirée on Long Lake for fifty years.

He is survived by his sisters, Jeannine Fongemie of Madawaska and Rachel Deschaine of Hartford, Connecticut, and by many nieces and nephews. He was predeceased by his sister Thérèse, who died in February, by his brother Fernand, and by his brother-in-law, Rosaire Fongemie.

His Mass of Christian Burial was celebrated Friday at St. Agatha Church.""",
gold=[("PQI012", "survivor")]),   # Rosaire (PQI011) is named as predeceased: nothing

dict(guid="pqi_olv-bulletin-2026-05-24", pub="2026-05-24T07:00:00-04:00", title="Mass Intentions / Intentions de messe, May 30-31",
body="""Saturday, May 30, 4:00 p.m., St. Agatha: Omer Tardif, 1st anniversary, requested by his wife, Phyllis. Saturday, 4:00 p.m., St. Luce, Frenchville: Thérèse Deschaine, requested by the Frenchville Co-op. Sunday, May 31, 8:30 a.m., St. Louis, Fort Kent: Fidèle and Rose-Anna Gendreau, requested by the family. Sunday, 10:30 a.m., St. David, Madawaska: Rosaire Fongemie, requested by the Acadian Festival committee.

The sanctuary lamp at St. Agatha burns this week for the intentions of Clovis Chassé.""",
gold=[]),   # Mass intentions for people already dead: no death is announced here
]
