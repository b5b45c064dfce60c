"""Pinoy Vegas Chronicle (Filipino-American community paper): "In Memoriam" column, plain text. Hand-labelled."""

FEED = "pvc"
ITEMS = [
dict(guid="las_pvc_2026_inmem_031", pub="2026-03-19T08:00:00-07:00", title="In Memoriam: Perla Agustin Tolentino, 90",
body="""Perla Agustin Tolentino, 90, a beloved lola of our community, passed away on March 15, 2026, in North Las Vegas, surrounded by family. Born in Vigan, Ilocos Sur, she came to Las Vegas in 1988 and worked for twenty years in housekeeping at the Riviera, where she was a proud member of Culinary Local 226.

Nanay Perla is survived by her sons, Ernesto (Luz) Tolentino of Las Vegas and Ramil Tolentino of Vallejo, Calif.; her daughter, Imelda Tolentino-Cruz of Honolulu; seven grandchildren, including Kristine, who sang at her 90th birthday; and two great-grandchildren. She was preceded in death by her husband, Florentino.

A nine-day novena will be prayed at the family home on Camino Al Norte. Funeral Mass Saturday, 10 a.m., at St. Christopher Catholic Church, North Las Vegas. Interment at Palm Valley View. Salamat po to all who brought food and prayers.""",
gold=[("LAS003", "survivor")]),

dict(guid="las_pvc_2026_inmem_044", pub="2026-04-23T08:00:00-07:00", title="In Memoriam: Dionisio \"Dion\" Agbayani, 88",
body="""Dionisio "Dion" Agbayani, 88, of North Las Vegas, a U.S. Navy steward for 22 years and later a banquet captain at the Sahara, died April 17, 2026. He founded the Ilocano Association of Southern Nevada and led its Rondalla for three decades.

He is survived by his wife of 61 years, Felicidad; his children, Danilo, Rosalinda and Edgardo; and nine grandchildren.

The novena was led by Luz Tolentino of the Ilocano Association. Pallbearers were Rogelio Bautista, Nestor Ramos, Jun Villanueva, Edgardo Agbayani Jr., Benjie Cabreros and Romy Soriano. Funeral Mass at St. Christopher; interment with military honors at the Southern Nevada Veterans Memorial Cemetery.""",
gold=[]),  # novena leader and pallbearer are clients but not survivors: nothing

dict(guid="las_pvc_2026_inmem_058", pub="2026-06-11T08:00:00-07:00", title="In Memoriam: Teofila \"Pilang\" Macaraeg, 85",
body="""Teofila "Pilang" Macaraeg, 85, of Las Vegas, formerly of Dagupan City, Pangasinan, went home to the Lord on June 6, 2026.

A seamstress who sewed barong Tagalogs and debut gowns for half of the valley, Lola Pilang also taught catechism at St. Francis de Sales for twenty-five years.

She is survived by her sons, Arnel (Jocelyn) Macaraeg of Las Vegas and Ronaldo Macaraeg of San Diego; her daughter, Marites Macaraeg-Uy of Carson, Calif.; and six grandchildren. Preceded in death by her husband, Crisanto.

Viewing Thursday at Palm Northwest; Mass Friday 9 a.m. at St. Francis de Sales.""",
gold=[("LAS011", "survivor")]),
]
