"""The Central Coast Courier (daily newspaper, San Luis Obispo): obituaries and paid death notices. Full obituaries
carry legacy-style titles ("Name Obituary (1950 - 2026) - Town, CA - The Central Coast Courier"); paid notices are
terse, surname first. Plain text. Hand-labelled."""

FEED = "ccc"
ITEMS = [
dict(guid="sbp_ccc_2026_0331", pub="2026-03-03T05:30:00-08:00",
title="Douglas Quisenberry Obituary (1961 - 2026) - Owensboro, KY - The Central Coast Courier",
body="""Douglas Wayne Quisenberry, 64, of Owensboro, Kentucky, died February 26, 2026, at Owensboro Health Regional Hospital after a long illness.

Doug attended Cal Poly in San Luis Obispo from 1979 to 1981 and played rugby there before returning home to run the family's hardware store on Frederica Street for thirty-five years. He never stopped telling people about the fog in Morro Bay.

He is survived by his wife of 40 years, Carla (Ballard) Quisenberry; his sons, Wade and Tanner; and his mother, Lorene Quisenberry of Owensboro. Services were held in Owensboro. The family asked that his Cal Poly teammates be told.""",
gold=[]),   # namesake in Kentucky, same age as SBP006 but another town and another wife: nothing

dict(guid="sbp_ccc_2026_1187", pub="2026-04-22T05:30:00-07:00",
title="Jean-Baptiste Etcheverry Obituary (1941 - 2026) - San Luis Obispo, CA - The Central Coast Courier",
body="""Jean-Baptiste "Johnny" Etcheverry, 84, of San Luis Obispo, died April 18, 2026, at Sierra Vista Regional Medical Center.

Johnny was born in 1941 on a sheep ranch in the Carrizo Plain to Basque parents from Baigorri, and herded sheep with his father in the Temblor Range before he was ten. He later spent thirty years as a foreman for the county road department and was a founding member of the San Luis Obispo Basque club, where he was the undisputed champion of mus, the Basque card game, for a quarter century.

He is survived by his sister, Josephine "Jo" Aldecoa of Santa Maria; his nieces and nephews, Michel, Gracie and Paulette Aldecoa; and his many friends at the Basque club. He was preceded in death by his parents, Pierre and Maialen Etcheverry, and his brother, Pete.

A Funeral Mass will be held at 11 a.m. Monday, April 27, at the Old Mission, followed by a lamb barbecue at the Basque club hall.""",
gold=[("SBP021", "survivor")]),

dict(guid="sbp_ccc_2026_1934", pub="2026-07-15T05:30:00-07:00",
title="DAUGHTRY, Ruth Ellen",
body="""DAUGHTRY, Ruth Ellen, 90, of Morro Bay, passed away July 11, 2026. Ruth ran the Embarcadero bait shop with her late husband, Clyde, for 31 years. Survived by her son, Gerald (Pippa) Daughtry of Cayucos; her grandsons, Liam and Owen; and her sister, Alma Pruitt of Visalia. Graveside service 10 a.m. Tuesday, Los Osos Valley Memorial Park.""",
gold=[("SBP011", "survivor")]),   # Pippa "of Cayucos" (roster Morro Bay, adjacent); Gerald is not a client

dict(guid="sbp_ccc_2026_2106", pub="2026-08-09T05:30:00-07:00",
title="O'SHAUGHNESSY, Cornelius J. \"Neil\"",
body="""O'SHAUGHNESSY, Cornelius J. "Neil", 85, of San Luis Obispo, died Aug. 2, 2026. Retired San Luis Obispo High School history teacher and coach. Husband of Bernadette; father of Kevin and Maura. Vigil 7 p.m. Aug. 13, Cuesta Oaks Funeral Home; Funeral Mass 10 a.m. Aug. 14, Old Mission San Luis Obispo.""",
gold=[]),   # a later second copy of sbp_cofh_cornelius-oshaughnessy: labelled there only

dict(guid="sbp_ccc_2026_2560", pub="2026-10-14T05:30:00-07:00",
title="Harold Trewhella Obituary (1946 - 2026) - Los Osos, CA - The Central Coast Courier",
body="""Harold Thomas Trewhella, 80, of Los Osos, died October 9, 2026, at home, looking out at the back bay.

A Cornish-born marine engineer, Harold came to the Central Coast in 1979 to work at the Diablo Canyon power plant and retired in 2008. He built wooden boats in his garage and sailed them, slowly, across Morro Bay every Sunday that the wind allowed.

He is survived by his wife, Imogen Trewhella of Los Osos; his daughter, Rowan Trewhella of Portland, Oregon; and his brother, Jory, in Penzance. A celebration of life will be held at the Morro Bay Yacht Club in November.""",
gold=[]),   # SBP018 Imogen Trewhella is do_not_contact: nothing

dict(guid="sbp_ccc_2026_2811", pub="2026-12-03T05:30:00-08:00",
title="BRAMBLETT, Everard",
body="""BRAMBLETT, Everard, of Paso Robles, died Nov. 28, 2026. Private services. Arrangements by Oak Hollow Chapel, Paso Robles.""",
gold=[("SBP023", "possible_deceased_client")]),   # name and town, no age, no spouse: please verify
]
