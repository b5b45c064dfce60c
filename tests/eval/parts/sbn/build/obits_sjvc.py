"""The St. Joseph Valley Courier: paid death notices, surname-first headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="sbn_sjvc_dn_260904", pub="2026-09-04T06:00:00-04:00",
title="VANDERHEYDEN, Cletus",
body="""Cletus Vanderheyden, of South Bend, died Thursday, Sept. 3, 2026, at Memorial Hospital. Arrangements are pending with Wojcik-Lindell Family Funeral Home, South Bend chapel.""",
gold=[("SBN013", "possible_deceased_client")]),   # name + town only, no age, no spouse: possible only

dict(guid="sbn_sjvc_dn_260915", pub="2026-09-15T06:00:00-04:00",
title="RZEPECKI, Genevieve M.",
body="""Genevieve M. Rzepecki, 76, of Hamtramck, Mich., formerly of Detroit, died Sept. 11, 2026. Retired Chrysler Dodge Main assembler. Survived by her sons, Gregory (Lisa) of Warren and Paul of Sterling Heights; sister, Irene Nowicki of Troy, Mich. Mass 10 a.m. Saturday at St. Florian Church, Hamtramck. Local arrangements by Kowalski-Bielak Funeral Home, Hamtramck.""",
gold=[]),   # namesake of SBN015 (also 76) but in Hamtramck, Mich.: nothing

dict(guid="sbn_sjvc_dn_261013", pub="2026-10-13T06:00:00-04:00",
title="BASSANELLI, Lorenzo \"Larry\"",
body="""Lorenzo "Larry" Bassanelli, 87, of Elkhart, died Sunday, Oct. 11, 2026, at Elkhart General Hospital. He was born May 30, 1939, in Elkhart to Italian immigrants Ottavio and Rosa Bassanelli. A U.S. Army veteran, he spent 41 years as a brass finisher at the Conn band instrument factory and played second trumpet in the Elkhart Municipal Band for decades. Survived by his wife of 63 years, Vivian; daughters, Teresa (Mark) Hoover of Elkhart and Angela Bassanelli of Chicago; and four grandchildren. Preceded in death by brother, Dino. Mass of Christian Burial 11 a.m. Friday at St. Vincent de Paul Catholic Church, Elkhart. Military honors by VFW Post 985.""",
gold=[("SBN019", "deceased_client")]),   # born 5/30/1939 = roster; wife Vivian = roster spouse (not a client)

dict(guid="sbn_sjvc_dn_260722", pub="2026-07-22T06:00:00-04:00",
title="STUTSMAN, Colby Ray",
body="""Colby Ray Stutsman, 19, of Nappanee, died July 19, 2026, as the result of a motorcycle accident near Wakarusa. A 2025 graduate of NorthWood High School, he worked at Patrick Industries. Survived by his parents, Dwayne and Kristi Stutsman of Nappanee; his sister, Kenzie; and grandparents, Leon and Arlene Stutsman of Bremen. Services 11 a.m. Saturday at Nappanee Missionary Church.""",
gold=[]),   # young namesake of SBN014 (b. 1961, wife Debra): nothing

dict(guid="sbn_sjvc_dn_260826", pub="2026-08-26T06:00:00-04:00",
title="PAULAUSKAS, Vytautas \"Vic\"",
body="""Vytautas "Vic" Paulauskas, 88, of South Bend, died Aug. 23, 2026. Born in Kaunas, Lithuania, he came to South Bend as a displaced person in 1950 and worked at the Oliver plow works. Survived by wife, Aldona; son, Algis (Rita) Paulauskas of Mishawaka. Funeral Mass 10 a.m. Wednesday at St. Casimir Catholic Church; readings by Judge Philippa Szalontai and Dr. Jonas Brazaitis. Memorial gifts to the Lithuanian Club of South Bend; donors to date include Lorcan O'Dwyer and the Notre Dame Irish Studies faculty.""",
gold=[]),   # Judge Szalontai (SBN009) a reader, Lorcan O'Dwyer (SBN022) a donor: nothing

dict(guid="sbn_sjvc_dn_260619", pub="2026-06-19T06:00:00-04:00",
title="LEMMENS, Henri J.",
body="""Henri J. Lemmens, 90, of Mishawaka, died June 16, 2026. Owner of Lemmens Hardware on Lincolnway West from 1961 to 1998 and a champion rolle bolle player. Survived by his son, Augustin "Gus" (Colette) Lemmens of Mishawaka; daughter, Josephine Van Belle of Osceola; seven grandchildren. Preceded in death by his wife, Simonne. Mass 10 a.m. Saturday, St. Bavo Catholic Church.""",
gold=[("SBN017", "survivor")]),

dict(guid="sbn_sjvc_dn_260210", pub="2026-02-10T06:00:00-05:00",
title="TREMBATH, Lucius A. Sr.",
body="""Lucius A. Trembath Sr., 96, of Cassopolis, Mich., died Feb. 7, 2026. Retired dairy farmer and 60-year member of the Cass County Grange. Survived by his son, Lucius Jr. (Marlene) of Elkhart; daughter, Nora Beebe of Cassopolis; nine grandchildren. Preceded in death by his wife, Ada. Services 1 p.m. Wednesday at Cassopolis United Methodist Church.""",
gold=[("SBN010", "survivor")]),   # roster Lucius Trembath (no suffix stored), wife Marlene, Elkhart

dict(guid="sbn_sjvc_dn_260127", pub="2026-01-27T06:00:00-05:00",
title="SZALONTAI, Erzsebet \"Elizabeth\"",
body="""Elizabeth "Erzsi" Szalontai (nee Kovacs), 94, of South Bend, died Jan. 24, 2026. Born in Debrecen, Hungary, she fled in 1956 and settled on South Bend's west side, where she taught Hungarian folk dance at the Hungarian Reformed Church for forty years. Survived by her daughter, the Hon. Philippa Szalontai of Granger; son, Istvan "Steve" Szalontai of Mishawaka; and three grandchildren. Preceded in death by her husband, Laszlo. Services 11 a.m. Friday at First Hungarian Reformed Church.""",
gold=[("SBN009", "survivor")]),
]
