"""Chugach View Funeral Home & Crematory: funeral-home obituaries (Filipino and Samoan families, JBER military
retirees, Mat-Su homesteaders). Teaser description + HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="anc_cvfh_2026_0207_lagasca", pub="2026-02-07T11:00:00-09:00", title="Lolita Reyes Lagasca (1941 - 2026)",
body="""Lolita Reyes Lagasca, 84, of Anchorage, went home to the Lord on February 2, 2026, at her daughter's home in East Anchorage.

Lola Lita was born in Laoag, Ilocos Norte, Philippines, and came to Anchorage in 1979 to join her husband, Ernesto, who worked at the Captain Cook Hotel. She worked in housekeeping at Providence for 24 years, cooked pancit for every baptism in the parish, and led the Monday rosary group at St. Benedict's for two decades.

She was preceded in death by her husband Ernesto and her son Ferdinand.

She is survived by her daughters Maria Cristina "Tina" Dimaculangan and husband Rudy of Anchorage, and Josephine Lagasca of Daly City, California; her son Ernesto Lagasca Jr. of Honolulu; eight grandchildren; and two great-grandchildren.

A nine-day novena will be prayed at the family home. Viewing will be February 11 from 5 to 8 p.m. at Chugach View Funeral Home, with a Mass of Christian Burial February 12 at 10 a.m. at St. Benedict Catholic Church. Interment at Angelus Memorial Park.""",
gold=[("ANC004", "survivor"), ("ANC003", "survivor")]),

dict(guid="anc_cvfh_2026_0316_faavesi", pub="2026-03-16T10:30:00-09:00", title="Tavita Fa'avesi (1946 - 2026)",
body="""Tavita Fa'avesi, 79, of Anchorage, passed away peacefully on March 10, 2026, surrounded by his aiga.

Tavita was born in Leone, American Samoa, served in the U.S. Army, and moved his family to Anchorage in 1984, where he drove a city bus for 26 years and was a deacon of the Samoan Congregational Christian Church in Mountain View. He grew taro in a greenhouse that everyone said would never work in Alaska, and it did.

He was preceded in death by his wife, Siniva.

Tavita is survived by his son Iosefa "Joe" Fa'avesi and wife Losa of Anchorage; his daughters Mele Tuilagi of Carson, California, and Fetu Fa'avesi of Anchorage; 14 grandchildren and 6 great-grandchildren.

A family service (lotu) will be held March 20 at 6 p.m. at the church, officiated by Rev. Faamatala Tauanu'u, with the funeral on March 21 at 11 a.m. and burial at Anchorage Memorial Park. Fa'afetai tele lava for all the love shown to our family.""",
gold=[("ANC005", "survivor"), ("ANC006", "survivor")]),

dict(guid="anc_cvfh_2026_0509_brenneke", pub="2026-05-09T09:00:00-09:00", title="Orrin James Brenneke (1941 - 2026)",
body="""Orrin James Brenneke of Palmer died May 4, 2026, at home in the house he built on South Alaska Street. He was 85.

Orrin was born March 3, 1941, in Fergus Falls, Minnesota. He enlisted in the Air Force in 1959 and came to Elmendorf AFB in 1963, just in time for the Good Friday earthquake. After retiring as a master sergeant in 1981 he taught welding at the Palmer vocational school and built, by his own count, fourteen greenhouses and one very crooked moose rack display.

He is survived by his wife of 61 years, Marlys (Sundquist) Brenneke; his sons Carl of Palmer and Leif of Fairbanks; his daughter Kristin Haugen of Spokane; and seven grandchildren.

Military honors will be rendered by the JBER honor guard at a graveside service at the Palmer Pioneer Cemetery on May 15 at 2 p.m. Pallbearers are Carl and Leif Brenneke, Kyle Lindvahl, Tom Haugen, and Eric and Nils Brenneke.""",
gold=[("ANC012", "deceased_client"), ("ANC011", "spouse_of_deceased_client")]),

dict(guid="anc_cvfh_2026_0704_harrelkamp", pub="2026-07-04T12:00:00-09:00", title="CMSgt (Ret.) Lyle Harrelkamp (1932 - 2026)",
body="""Chief Master Sergeant (Ret.) Lyle Eugene Harrelkamp, 94, of Eagle River, died June 29, 2026, at the Alaska Veterans and Pioneers Home in Palmer.

Lyle served 30 years in the U.S. Air Force, including tours in Korea, Thailand and three at Elmendorf, where he retired as senior enlisted advisor of the 21st Tactical Fighter Wing in 1982. He then spent fifteen years as a civilian aircraft maintenance supervisor on base. He was a life member of the VFW Post 9785 in Eagle River and never missed a Fur Rondy.

He was preceded in death by his wife, June, and his daughter, Patricia.

Lyle is survived by his son Dwight Harrelkamp and wife Carol of Eagle River; his granddaughters Megan and Alison; and four great-grandchildren.

Visitation will be July 9 at Chugach View Funeral Home. A funeral will follow at Joint Base Elmendorf-Richardson Chapel 1 at 11 a.m., with interment with full military honors at Fort Richardson National Cemetery.""",
gold=[("ANC007", "survivor"), ("ANC008", "survivor")]),

dict(guid="anc_cvfh_2026_0915_bagaoisan", pub="2026-09-15T10:00:00-09:00", title="Consolacion Bagaoisan (1937 - 2026)",
body="""Consolacion "Connie" Bagaoisan, 89, passed away September 9, 2026, in Anchorage.

Connie was born in Pangasinan and worked as a nurse in Manila and then in Kodiak, where she cared for cannery workers for twenty years before the family moved to Anchorage in 1990. She loved her orchids, her mahjong group and her grandchildren, in that order on Saturdays.

She was preceded in death by her husband, Benigno, and her son, Ramon.

She is survived by her daughter Teodora "Dory" Bagaoisan of Anchorage; her son Romeo Bagaoisan of Kodiak; her sister Teodora Villanueva of Dagupan City; and five grandchildren.

Viewing and rosary will be September 18 from 6 p.m. at Chugach View Funeral Home; Funeral Mass September 19 at 10 a.m. at Holy Family Cathedral.""",
gold=[("ANC013", "survivor")]),

dict(guid="anc_cvfh_2026_1012_tauanuu", pub="2026-10-12T10:00:00-09:00", title="Leota Tauanu'u (1943 - 2026)",
body="""High Chief Leota Tauanu'u, 83, of Anchorage, passed away October 6, 2026, at Alaska Regional Hospital, with hymns sung at his bedside by three generations of his family.

Leota was born in Fagatogo, Tutuila, and served 20 years in the U.S. Army, the last six at Fort Richardson, where he retired as a first sergeant in 1983 and decided Alaska was home. He then worked for the Anchorage School District as a custodian and coached Bartlett High football linemen for 22 seasons. He held the matai title Leota and settled more family disputes than any court in Anchorage.

He was preceded in death by his wife, Falaniko, and his son, Tavita.

He is survived by his daughter, the Rev. Faamatala "Mata" Tauanu'u of Anchorage; his sons Sefo Tauanu'u of Anchorage and Pita Tauanu'u of Kent, Washington; 19 grandchildren; and 11 great-grandchildren.

A family service will be held October 16 at 6 p.m. and the funeral October 17 at 10 a.m. at the Samoan Congregational Christian Church, officiated by Rev. Iosefa Lealaiauloto. Interment with military honors at Fort Richardson National Cemetery. Pallbearers: his grandsons.""",
gold=[("ANC017", "survivor")]),

dict(guid="anc_cvfh_2026_1103_lindvahl", pub="2026-11-03T09:30:00-09:00", title="Arvid Nils Lindvahl (1935 - 2026)",
body="""Arvid Nils Lindvahl, 91, who proved up on a 160-acre homestead at Big Lake in 1961 with an axe, a chainsaw and a borrowed D4 Cat, died October 28, 2026, at the Alaska Veterans and Pioneers Home in Palmer.

Arvid was born in Two Harbors, Minnesota, served in the Army at Fort Richardson from 1955 to 1957, and never went back. He ran a sawmill, a gravel pit and, briefly and disastrously, a mink farm. He flew his Super Cub until he was 84.

He was preceded in death by his wife, Inga, and his son, Nils.

He is survived by his daughter Karen Lindvahl-Moss of Big Lake; his grandsons Kyle Lindvahl of Wasilla and Erik Moss of Houston; and four great-grandchildren.

A celebration of life will be held November 8 at 1 p.m. at the Big Lake Lions Club, with a beer from Kyle's brewery raised in his honor. Burial in the spring at the family plot on the homestead.""",
gold=[("ANC014", "survivor")]),
]
