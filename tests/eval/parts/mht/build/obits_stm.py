"""Bulletin of the Franco-American parishes of Manchester's West Side (Ste. Marie and St. Augustin): "Priez pour
nos défunts" notices, bilingual, plain text, guids mht_stm_*. Hand-labelled."""

FEED = "stm"
ITEMS = [
dict(guid="mht_stm_2026_03_01_lemieux", pub="2026-03-01T07:00:00-05:00", title="Priez pour lui / Please pray for Alphonse Lemieux dit Lamontagne",
body="""Please remember in your prayers Alphonse Joseph Lemieux dit Lamontagne, 96, of our parish, who died February 24 at the Villa Crest. Alphonse was born in Saint-Georges de Beauce, Québec, and came to Manchester in 1949 to work at the Chicopee mill. He sang in the choir of Ste. Marie for seventy years and signed every letter "Lemieux dit Lamontagne," as his grandfather did.

Il laisse dans le deuil sa fille, Yvette (Armand) Roy, de Manchester; son fils, Normand Lemieux, de Bedford; ses petits-enfants et arrière-petits-enfants. His daughter Yvette Roy of Manchester, his son Normand Lemieux of Bedford, and his grandchildren and great-grandchildren survive him. He was preceded by his wife, Cécile (Gagnon) Lemieux.

Mass of Christian Burial was celebrated Saturday in the church he loved. Readers were Terry Bergeron and Jean-Paul Côté. Qu'il repose en paix.""",
gold=[("MHT022", "survivor")]),
# Readers Terry Bergeron (MHT002) and Jean-Paul Côté (MHT021): nothing. Armand Roy is not a client.

dict(guid="mht_stm_2026_05_17_fortin", pub="2026-05-17T07:00:00-04:00", title="Priez pour elle / Please pray for Georgette Fortin",
body="""Priez pour elle. We commend to God Georgette (Dionne) Fortin, 83, of St. Augustin parish, who died May 11 at the Hillsborough County Nursing Home in Goffstown. Georgette worked forty years at the Sweeney Post shoe shop and crocheted the altar cloths still in use at St. Augustin.

She is survived by her sister, Marie-Claire Paquette of Goffstown, widow of Gérard; her nephew, Marc Paquette; and her godchildren. Her husband, Raymond Fortin, and her brother, Laurent Dionne, preceded her.

Her funeral was celebrated Thursday at Ste. Marie. The Dames de Ste-Anne served the reception. Qu'elle repose en paix.""",
gold=[("MHT003", "survivor")]),

dict(guid="mht_stm_2026_08_09_gagne", pub="2026-08-09T07:00:00-04:00", title="Priez pour elle / Please pray for Sister Cécile Gagné, s.c.",
body="""Please pray for Sister Cécile Gagné, s.c., 94, a Sister of Charity for 72 years, who died August 3 at the Mount Saint Vincent motherhouse. Sister Cécile taught first grade at Ste. Marie School for 25 years; many of our parishioners learned their prayers, in two languages, from her.

She leaves her niece, Denise Pelletier (Gagné) of Hooksett, and many cousins in Québec, as well as her sisters in religion.

A Mass of Christian Burial was offered at the motherhouse chapel. Readings were given by Theresa Bergeron. Qu'elle repose en paix.""",
gold=[("MHT005", "survivor")]),
# Only Denise is named (MHT004 Lou is not): MHT005 only. Reader Theresa Bergeron (MHT002): nothing.
]
