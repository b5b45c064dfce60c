"""Portage Lake Memorial Chapels (Hancock, Calumet and L'Anse): funeral-home site, HTML in content:encoded,
one-sentence plain description, non-permalink guids (cmx_plmc_<slug>), the permalink in <link>. Hand-labelled."""

BASE = "cmx_plmc_"
ITEMS = [
dict(guid=BASE + "harold-bud-penhale", pub="2026-02-05T10:30:00-05:00", title="Harold \"Bud\" Penhale (1941 - 2026)",
body="""Harold "Bud" Penhale, 84, of Hubbell, passed away on Tuesday, February 3, 2026, at his home on Duncan Avenue.

Bud was born in Hubbell to Cornish parents, Thomas and Jennie (Pascoe) Penhale, and worked at the Calumet & Hecla stamp mill in Hubbell until it closed, and then drove truck for thirty years. He made the best pasty on Torch Lake and would tell you so, rutabaga and all.

Bud is survived by his brother, Wilfred "Willy" Penhale of Hubbell; his nieces, Karen Penhale of Lansing and Diane Tolonen of Lake Linden; and his faithful dog, Tinker.

He was preceded in death by his parents and by his sister-in-law, Joyce Penhale.

A graveside service will be held in the spring at Hubbell Cemetery. Portage Lake Memorial Chapels, Calumet, are assisting the family.""",
gold=[("CMX012", "survivor")]),

dict(guid=BASE + "reino-saari", pub="2026-02-19T11:15:00-05:00", title="Reino A. Saari (1934 - 2026)",
body="""Reino August Saari, 91, of Lake Linden, passed away Monday, February 16, 2026, at Aspirus Keweenaw Hospital.

Reino was born in Gay to Finnish immigrants Oskari and Hanna Saari. He served in the U.S. Navy, fished commercially out of Gay and Lac La Belle, and for many years sold smoked whitefish and lake trout from a stand by the Traprock River.

He is survived by his sister, Helmi Kaukola of Lake Linden; his daughter, Patricia (Robert) Dompierre of Hubbell; and five grandchildren.

He was preceded in death by his wife, Elvi (Rantala) Saari, and his brothers, Urho and Veikko.

Funeral services will be held at 11 a.m. Saturday at Faith Lutheran Church, Lake Linden, with Pastor Ruth Jarvi officiating.""",
gold=[("CMX007", "survivor")]),

dict(guid=BASE + "oiva-pietila", pub="2026-04-22T09:40:00-04:00", title="Oiva J. Pietila (1946 - 2026)",
body="""Oiva John Pietila, 79, of Mohawk, passed away on Sunday, April 19, 2026, at Aspirus Keweenaw Hospital in Laurium after a short illness.

Oiva was born in Ahmeek and worked on the Keweenaw County Road Commission plow crews for 31 years, keeping US-41 open to Copper Harbor through winters of 300 inches. He loved deer camp, his sauna and his grandchildren, in that order on some days.

He is survived by his wife of 45 years, Cheryl Ann (Mattson) Pietila of Mohawk; his sons, Eric (Jen) Pietila of Ahmeek and Nick Pietila of Houghton; and four grandchildren.

He was preceded in death by his parents, Toivo and Lydia Pietila, and his brother, Arnold.

Visitation will be from 10 a.m. until the 11 a.m. funeral service on Friday at the Calumet chapel. Burial will be at Mohawk Cemetery.""",
gold=[("CMX020", "survivor")]),

dict(guid=BASE + "matthew-kangas", pub="2026-05-20T14:05:00-04:00", title="Matthew R. Kangas (1958 - 2026)",
body="""Matthew Robert Kangas, 67, of Houghton, died Sunday, May 17, 2026, at Aspirus Keweenaw Hospital.

Matt was born in Houghton and worked as a surveyor for Houghton County and Michigan Tech for forty years. He coached youth hockey at the Dee Stadium and was at every Huskies home game.

He is survived by his wife, Joanne (Rowe) Kangas of Houghton; his daughters, Emily Kangas of Houghton and Sarah (Jacob) Wood of Traverse City; and two grandchildren.

He was preceded in death by his parents and his brother, Toivo Kangas.

The family thanks Dr. Paavo Lindroos and the staff of the Aspirus Keweenaw intensive care unit for their kindness. Funeral services will be held Thursday at Gloria Dei Lutheran Church, Hancock, with Pastor Lauri Vainio officiating. Pallbearers will be Arvo Hautamaki, Wayne Heikkinen, Jacob Wood, Tom Rowe, Dale Lahti and Ben Kangas.""",
gold=[]),

dict(guid=BASE + "richard-trevarthen-sr", pub="2026-06-24T10:50:00-04:00", title="Richard \"Rich\" Trevarthen Sr. (1937 - 2026)",
body="""Richard "Rich" Trevarthen Sr., 89, of Calumet, died Sunday, June 21, 2026, at his home in Calumet.

Rich was born in Calumet to Cornish mining families and worked underground at the Kingston and Centennial mines before C&H shut down, then ran Trevarthen's Hardware on Fifth Street for 35 years. He was a life member of the Calumet Elks and played in the Calumet & Hecla Band.

He is survived by his son, Richard "Dick" Trevarthen Jr. (Mary Jo) of Calumet; his daughter, Susan Trevarthen of Milwaukee; and four grandchildren.

He was preceded in death by his wife, Betty (Pascoe) Trevarthen, in 2019.

Funeral services will be held at 11 a.m. Saturday at the Calumet chapel, with burial at Lake View Cemetery.""",
gold=[("CMX005", "survivor"), ("CMX006", "survivor")]),

dict(guid=BASE + "arvo-e-hautamaki", pub="2026-09-09T09:10:00-04:00", title="Arvo E. Hautamaki (1961 - 2026)",
body="""Arvo Eric Hautamaki, 65, of Astoria, Oregon, died on Friday, September 4, 2026, at Columbia Memorial Hospital in Astoria. His family has asked that his obituary be shared with friends in the Copper Country, where his grandparents lived before moving west.

Arvo was born in Astoria and fished the Columbia River bar for forty years. He was a member of the Astoria Finnish Brotherhood and sang at every Midsummer festival.

He is survived by his wife, Linda Hautamaki of Astoria; his daughters, Kirsten and Anna; and three grandchildren.

Services will be held at Hughes-Ransom Mortuary in Astoria.""",
gold=[]),
]
