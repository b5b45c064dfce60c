"""The Acadiana Advertiser (Lafayette daily): paid death notices, surname-first headings, plain text.
Hand-labelled."""

FEED = "adv"
ITEMS = [
dict(guid="lft_adv_2001", pub="2026-04-21T05:00:00-05:00", title="SIMONEAUX, Theogene \"T-Gene\"",
body="""SIMONEAUX, Theogene "T-Gene", of Carencro, passed away Sunday, April 19, 2026. Arrangements are pending with Carencro Memorial Funeral Home.""",
gold=[("LFT010", "possible_deceased_client")]),

dict(guid="lft_adv_2002", pub="2026-03-05T05:00:00-06:00", title="DARTEZ, Marie Therese \"Tess\" Fuselier",
body="""DARTEZ, Marie Therese "Tess" Fuselier, 81, of Breaux Bridge, died Feb. 28, 2026. Mass was celebrated March 4 at St. Bernard Catholic Church. Survived by son Russell Dartez, daughter Gail Verret (Lamar), three grandchildren. Teche Oaks Funeral Home, Breaux Bridge.""",
gold=[]),  # later short copy of lft_tof_1001: labelled on the earlier copy only

dict(guid="lft_adv_2003", pub="2026-03-18T05:00:00-05:00", title="GASPARD, Wilfred \"Bill\"",
body="""GASPARD, Wilfred "Bill", 77, of Jeanerette, died March 15, 2026. Retired welder, Korea-era Navy veteran. Survived by his wife, Rita Gaspard; daughter Michelle Gaspard Broussard of Jeanerette; brother Anatole "Toto" Gaspard of New Iberia. Funeral Friday 10 a.m., St. John the Evangelist Church, Jeanerette. Segura Funeral Home.""",
gold=[("LFT022", "survivor")]),

dict(guid="lft_adv_2004", pub="2026-01-14T05:00:00-06:00", title="ARRIAGA, Consuelo Mendoza de",
body="""ARRIAGA, Consuelo Mendoza de, 88, of Monterrey, Nuevo León, Mexico, died Jan. 9, 2026. Survived by her sons, Rodrigo Arriaga (Ximena) of Lafayette and Javier Arriaga of Monterrey; five grandchildren. A memorial rosary will be prayed Saturday 6 p.m. at Our Lady of Fatima Church, Lafayette.""",
gold=[("LFT006", "survivor"), ("LFT005", "survivor")]),

dict(guid="lft_adv_2005", pub="2026-02-24T05:00:00-06:00", title="STELLY, Clovis Paul",
body="""STELLY, Clovis Paul, 44, of Port Arthur, Texas, died Feb. 21, 2026. Refinery operator. Survived by his wife, Amber, and sons Tanner and Cade. Services Thursday at Clayton Thompson Funeral Home, Port Arthur.""",
gold=[]),  # namesake: LFT004 Clovis P. Stelly is of New Iberia, born 1957

dict(guid="lft_adv_2006", pub="2026-06-09T05:00:00-05:00", title="BERGEAUX, Lionel J.",
body="""BERGEAUX, Lionel J., 90, of Lafayette, retired attorney, died June 6, 2026. Survived by his daughter, Judge Adaline "Addie" Bergeaux of Lafayette; son Lionel Bergeaux Jr. of Mandeville. Preceded in death by wife Rose Mary. Mass Wednesday 10 a.m., Cathedral of St. John the Evangelist. Delhomme Funeral Home.""",
gold=[("LFT013", "survivor")]),

dict(guid="lft_adv_2007", pub="2026-07-02T05:00:00-05:00", title="MELANCON, Octave Jr.",
body="""MELANCON, Octave Jr., 74, of Scott, died June 29, 2026. Founded Melancon's Meat Market in 1979. Survived by his wife of 52 years, Doris; son Octave "Trey" Melancon III (Danielle) of Scott; daughter Renee Melancon Guidry of Carencro. Funeral Mass Saturday 11 a.m., St. Peter the Apostle Church (Scott). Pallbearers: Trey Melancon, Cedric Fontenette, Lamar Verret. Martin & Castille Funeral Home, Scott.""",
gold=[("LFT016", "survivor")]),
]
