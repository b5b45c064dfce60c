"""Valley Rivers Funeral Home & Cremation Services (invented; chapels in Fort Kent and Madawaska): the funeral
home's own obituary pages, St. John Valley Acadian style ("passed away peacefully", "son of the late",
"Mass of Christian Burial", French given names with accents). HTML in content:encoded, permalink guids.
Hand-labelled (gold beside each)."""

FEED = "valleyrivers"
BASE = "https://www.valleyriversfh.example/obituaries/"
ITEMS = [
dict(guid="pqi_vrfh-benoit-gendreau-2026", pub="2026-01-20T10:00:00-05:00", title="Benoît Joseph Gendreau (1941 - 2026)",
body="""Benoît Joseph Gendreau, 84, of Fort Kent, passed away peacefully January 17, 2026, at Northern Maine Medical Center, surrounded by his family. He was born September 4, 1941, in Wallagrass, the son of the late Fidèle and Rose-Anna (Nadeau) Gendreau.

Benoît spent forty winters cutting wood in the Allagash and forty summers guiding fishermen on the Fish River chain of lakes. He could tell you where the trout were by the smell of the wind, and he told the same three jokes at every Christmas Eve réveillon for sixty years.

He is survived by his wife of 62 years, Lorraine (Dionne) Gendreau of Fort Kent; his son, Marcel Gendreau and his wife Diane of Wallagrass; his daughter, Carmen (Guy) Charette of Eagle Lake; his grandchildren, Benoît (Amélie) Gendreau of Wallagrass, Josée Charette of Bangor and Luc Charette of Quebec City; and his great-granddaughter, Océane.

A Mass of Christian Burial will be celebrated Saturday at 11 a.m. at St. Louis Church, Fort Kent. Interment will be in the spring in St. Louis Cemetery.""",
gold=[("PQI019", "survivor"), ("PQI020", "survivor")]),   # grandson Benoît, 45, not the deceased Benoît, 84

dict(guid="pqi_vrfh-therese-deschaine-2026", pub="2026-02-10T10:00:00-05:00", title="Thérèse Marie Deschaine (1937 - 2026)",
body="""Thérèse Marie Deschaine, 88, of Frenchville, passed away February 7, 2026, at the Forest Hill Manor in Fort Kent. She was born June 1, 1937, in Saint Agatha, the daughter of the late Joseph and Eva (Lavoie) Deschaine.

Thérèse never married. She taught at the one-room school in Upper Frenchville and later kept the books for the Frenchville Co-op for thirty years, and every niece and nephew in the Valley learned to play cribbage at her kitchen table.

She is survived by her sisters, Jeannine (Rosaire) Fongemie of Madawaska and Rachel Deschaine of Hartford, Connecticut; her brother, Émile Deschaine of Saint Agatha; and many nieces and nephews. She was predeceased by her brother, Fernand.

A Mass of Christian Burial will be celebrated at St. Luce Church, Frenchville, on Friday at 10 a.m.""",
gold=[("PQI012", "survivor"), ("PQI011", "survivor")]),

dict(guid="pqi_vrfh-rosaire-fongemie-2026", pub="2026-03-24T10:00:00-04:00", title="Rosaire Joseph Fongemie (1944 - 2026)",
body="""Rosaire Joseph Fongemie, 82, of Madawaska, passed away peacefully at home on March 21, 2026. He was born February 3, 1944, in Madawaska, the son of the late Alphée and Léa (Cyr) Fongemie.

Rosaire worked 41 years at the paper mill in Madawaska, most of them on the night shift, and spent his days off on the ice of Long Lake. He served two terms on the Madawaska school board and was a founding member of the Acadian Festival committee, where he flipped ployes on the griddle every August until last summer.

He is survived by his wife of 59 years, Jeannine (Deschaine) Fongemie; his sons, Marc Fongemie of Madawaska and Paul Fongemie of Augusta; his daughter, Nicole (Steve) Plourde of Caribou; his sister, Marie-Paule Corriveau and her husband Lionel of Frenchville; his brother-in-law, Émile Deschaine of Saint Agatha; and seven grandchildren. He was predeceased by his sister-in-law, Thérèse Deschaine, only last month.

A Mass of Christian Burial will be celebrated Saturday at 11 a.m. at St. David Church, Madawaska. In lieu of flowers, donations may be made to the Madawaska Food Pantry.""",
gold=[("PQI011", "deceased_client"), ("PQI012", "spouse_of_deceased_client"),
      ("PQI015", "survivor"), ("PQI016", "survivor")]),   # born Feb 3, 1944 = roster; wife Jeannine (Deschaine) = roster

dict(guid="pqi_vrfh-clovis-chasse-2026", pub="2026-06-09T10:00:00-04:00", title="Clovis Chassé (1938 - 2026)",
body="""Clovis Chassé, 88, of Saint Agatha, passed away June 6, 2026, at Northern Maine Medical Center in Fort Kent. He was born May 11, 1938, in Saint Agatha, the son of the late Ludger and Albertine (Ouellet) Chassé.

Clovis drove a milk truck up and down the Valley for 35 years, knew every farm dog between Sinclair and Saint Francis by name, and in retirement became the unofficial historian of Saint Agatha, filling three notebooks with the names of the families who settled on Long Lake.

He was predeceased by his wife of 55 years, Rita (Ayotte) Chassé, in 2020, and by his brothers, Armand and Léo. He is survived by his nieces, Yolande Bossé of Grand Isle and Diane Chassé of Lewiston; his nephew, Roger Chassé of Sinclair; and by his faithful dog, Ti-Loup.

A Mass of Christian Burial will be celebrated Tuesday at 10 a.m. at St. Agatha Church, followed by burial in the parish cemetery.""",
gold=[("PQI014", "deceased_client"), ("PQI023", "survivor")]),   # born May 11, 1938 = roster birth_date

dict(guid="pqi_vrfh-albertine-thibodeau-2026", pub="2026-07-06T10:00:00-04:00", title="Albertine Thibodeau (1932 - 2026)",
body="""Albertine (Pelletier) Thibodeau, 93, of Fort Kent, passed away July 3, 2026, at Forest Hill Manor. She was born March 19, 1932, in Saint Francis, the daughter of the late Thomas and Délima (Nadeau) Pelletier.

Albertine raised nine children on a farm on the Soldier Pond road, sang in the St. Louis choir for seventy years, and made the best pot-en-pot in the parish, a fact her daughters do not dispute.

She is survived by her daughters, Mrs. Normand (Gisèle) Voisine of Fort Kent, Mrs. Gilles (Lucie) Ouellette of Wallagrass and Mrs. Peter (Annette) Kelly of Bangor; her sons, Raymond, Robert and Jean-Guy Thibodeau; 21 grandchildren and 30 great-grandchildren. She was predeceased by her husband, Onésime Thibodeau, by her sons Denis and Marc, and by her daughter, Claudette.

A Mass of Christian Burial will be celebrated Thursday at 10 a.m. at St. Louis Church, Fort Kent.""",
gold=[("PQI013", "survivor")]),

dict(guid="pqi_vrfh-aj-madore-2026", pub="2026-08-03T10:00:00-04:00", title="Azade \"AJ\" Madore Jr. (2007 - 2026)",
body="""Azade "AJ" Madore Jr., 19, of Van Buren, died August 1, 2026, in a single-vehicle accident on Route 1 in Hamlin. He was born April 14, 2007, in Caribou, the son of Azade and Lise (Cyr) Madore.

AJ graduated from Van Buren District Secondary School in 2025, where he played goalie for the soccer team, and had just finished his first year in the welding program at Northern Maine Community College. He loved four-wheeling, his truck, and his little sister, in that order, or so he claimed.

He is survived by his parents, Azade "Zade" and Lise Madore of Van Buren; his sister, Chloé, at home; his grandparents, Gérard and Thérèse Cyr of Grand Isle; and many aunts, uncles and cousins. He was predeceased by his grandparents, Wilfred and Jeanne Madore.

A Mass of Christian Burial will be celebrated Wednesday at 11 a.m. at St. Bruno-St. Remi Church, Van Buren.""",
gold=[("PQI017", "survivor")]),   # the roster Azade (b. 1966) is the father, not the 19-year-old

dict(guid="pqi_vrfh-rejean-bouchard-2026", pub="2026-10-12T10:00:00-04:00", title="Réjean Bouchard (1956 - 2026)",
body="""Réjean Bouchard, 70, of Edmundston, New Brunswick, passed away October 9, 2026, at the Edmundston Regional Hospital. He was born in Saint-Jacques, N.B., on January 30, 1956, the son of the late Léopold and Jeanne (Soucy) Bouchard.

Réjean crossed the bridge to Madawaska every working day for 38 years to work at the paper mill, and liked to say he had spent half his life in each country. He is survived by his wife, Monique (Violette) Bouchard; his daughters, Marie-Claire Corriveau of Saint-Basile, N.B., and Sophie Bouchard of Moncton; and four grandchildren.

A funeral will be held Saturday at the Cathédrale Immaculée-Conception, Edmundston. Local arrangements by Valley Rivers Funeral Home, Madawaska.""",
gold=[]),   # Marie-Claire Corriveau of Saint-Basile is not PQI015 Marie Paule Corriveau of Frenchville
]
