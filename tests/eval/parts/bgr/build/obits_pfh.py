"""Penobscot Valley Faith & Heritage Notes (community newsletter gathering notices from the Franco-American parish
of St. John, Congregation Beth Israel, Indian Island and the Acadian sister parish in Nova Scotia): plain text,
short headings, bilingual where the family wrote it so. Hand-labelled."""

FEED = "pfh"
ITEMS = [
dict(guid="bgr_pfh_2026_0327_garfinkle", pub="2026-03-27T12:00:00-04:00", title="Rose Garfinkle, z\"l",
body="""Congregation Beth Israel mourns the passing of Rose Garfinkle (Rachel bat Moshe v'Sarah), 94, of Bangor, on March 24, 2026.

Rose was born in Bangor in 1931 and grew up above her father's dry-goods store on Hancock Street. She ran the sisterhood's Purim carnival for thirty years and made the kugel that everyone pretended not to compare.

She is the beloved mother of Miriam "Mimi" Tepperman (Saul) of Bangor and Howard Garfinkle (Ellen) of Newton, Mass.; cherished grandmother of five and great-grandmother of two. She was predeceased by her husband, Irving Garfinkle.

The funeral was held Thursday at Beth Israel Cemetery. Shiva will be observed at the home of Saul and Mimi Tepperman, 35 Broadway, Sunday and Monday from 4 to 8 p.m., with minyan at 7. May her memory be a blessing.""",
gold=[("BGR013", "survivor"), ("BGR012", "survivor")]),

dict(guid="bgr_pfh_2026_0508_tardif", pub="2026-05-08T12:00:00-04:00", title="Marie-Ange Tardif (née Boisclair) - Brewer",
body="""Priez pour elle. Marie-Ange Tardif, née Boisclair, 96, of Brewer, died May 4, 2026, at St. Joseph Hospital in Bangor. Fille de feu Ovila Boisclair et de feu Délia Paradis, she was born in Saint-Léonard, New Brunswick, and came to Brewer as a girl. Épouse de feu Lucien Tardif.

Elle laisse dans le deuil son frère Armand Boisclair et son épouse Lucienne (née Quessy), de Brewer; her sons, Normand Tardif of Hampden and Richard Tardif of Lewiston; and many nieces and nephews.

Mass of Christian Burial Wednesday at 10 a.m. at St. John Catholic Church, Bangor, Father Gilles Poirier, celebrant. Prayers at the funeral home beforehand.""",
gold=[("BGR001", "survivor"), ("BGR002", "survivor")]),

dict(guid="bgr_pfh_2026_0604_nicolar", pub="2026-06-04T12:00:00-04:00", title="Clarence Nicolar - Penobscot Nation",
body="""Clarence Francis Nicolar, 77, a citizen of the Penobscot Nation, walked on May 31, 2026, at his home on Indian Island.

Clarence was born on Indian Island in 1948, served with the U.S. Marine Corps in Vietnam, and came home to work 30 years as a river guide and basket-maker. He taught brown ash pounding to anyone who would sit still long enough, and he paddled the Penobscot in the Nation's annual journey into his seventies.

He leaves his sister, Retta Nicolar of Indian Island; his daughter, Winona Nicolar Sapiel and her husband, Darren, of Old Town; his grandchildren, Kaya and Jordan; and his many relations on the island and in Princeton.

A wake will be held at the Penobscot Nation Community Building on Indian Island, with a funeral Mass at St. Ann Church, Indian Island, Friday at 11 a.m. Burial in the island cemetery.""",
gold=[("BGR011", "survivor")]),

dict(guid="bgr_pfh_2026_0924_dentremont", pub="2026-09-24T12:00:00-04:00", title="Gisèle d'Entremont - Pubnico-Ouest, N.-É. (paroisse soeur)",
body="""From our sister parish of Sainte-Anne-du-Ruisseau, Nova Scotia: please remember in your prayers Gisèle d'Entremont, 84, of West Pubnico, who died September 19, 2026.

Fille de feu Alphée d'Entremont et de feu Marie Amirault, she taught school in the Argyle district for 38 years and never married. She was predeceased by her brother, Gaston D'Entremont of Old Town, Maine, in March of this year.

She leaves her nephew, Philippe D'Entremont of Old Town, Maine; her niece, Josette Pothier of Yarmouth; and many cousins throughout Pubnico. Funeral Mass was celebrated at Église Saint-Pierre, West Pubnico.""",
gold=[("BGR010", "survivor")]),
]
