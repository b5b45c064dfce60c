"""Obituaries for part ncw, three house styles. Hand-labelled (gold=[(client_id, role)])."""

# 1. The Wenatchee Valley Herald (daily newspaper; plain-text descriptions)
HERALD = [
dict(guid="ncw_wvh_obit_2026_0112", pub="2026-02-03T06:00:00-08:00", title="Ilse Margarete Vossler, 97, Wenatchee",
body="""Ilse Margarete Vossler, 97, of Wenatchee, passed away peacefully Jan. 29, 2026, at Cashmere Manor surrounded by family.

Ilse was born Sept. 4, 1928, in Bremen, Germany, and came to the Wenatchee Valley in 1952 with her husband, Walter, who preceded her in death in 2004. Together they ran a Red Delicious orchard on the Sunnyslope bench for forty years. She sang alto in the choir at Grace Lutheran Church and never missed an Apple Blossom parade.

She is survived by her daughter, Loretta (Hal) Brenneke of Wenatchee; her son, Dieter Vossler of Portland, Ore.; five grandchildren and nine great-grandchildren.

Funeral service 11 a.m. Saturday, Feb. 7, at Grace Lutheran Church, Wenatchee, with Pastor Anders Holmquist officiating. Pallbearers will be her grandsons and Everett Kimmerle. Arrangements by Orchard Hills Funeral Chapel.""",
gold=[("NCW002", "survivor"), ("NCW001", "survivor")]),

dict(guid="ncw_wvh_obit_2026_0188", pub="2026-03-10T06:00:00-08:00", title="Vernon A. 'Vern' Okerlund, 87, Chelan",
body="""Vernon Arthur "Vern" Okerlund, 87, of Chelan, died March 6, 2026, at his home overlooking the lake he loved.

Vern was born Feb. 9, 1939, in Chelan to Nils and Ruth Okerlund. He graduated from Chelan High School in 1957, served two years in the Army, and came home to build boats. For 38 years he ran Okerlund Marine on the south shore, and there are still Okerlund-built wooden runabouts on Lake Chelan every summer.

He is survived by his wife of 63 years, Ardith (Haugen) Okerlund; his sons, Mark Okerlund of Manson and Paul (Tanya) Okerlund of Bellevue; his sister-in-law, Pauline Haugen of Chelan; and six grandchildren. He was preceded in death by his brother, Gustav.

A celebration of life will be held at 2 p.m. Saturday, March 21, at Chelan Lutheran Church. Memorials to the Lake Chelan Sailing Association.""",
gold=[("NCW007", "deceased_client"), ("NCW008", "spouse_of_deceased_client")]),

dict(guid="ncw_wvh_obit_2026_0203", pub="2026-03-17T06:00:00-07:00", title="Everett J. Kimmerle, 91, Quincy",
body="""Everett John Kimmerle, 91, a wheat farmer on the Quincy flats for most of seven decades, died March 13, 2026, in Quincy.

Born in Ephrata in 1934, Everett farmed with his father and later his sons, served on the Quincy school board and was a charter member of the Quincy Lions. He was preceded in death by his wife, Irene, in 2019.

Survivors include his sons, Dale (Sharon) Kimmerle of Quincy and Roger Kimmerle of Moses Lake; four grandchildren, including Everett Kimmerle of Wenatchee, who was named for him; and two great-grandchildren.

Services were held March 16 at Quincy Community Church.""",
gold=[("NCW020", "survivor")]),

dict(guid="ncw_wvh_obit_2026_0241", pub="2026-04-07T06:00:00-07:00", title="Dennis M. Kowalchuk, 72, Spokane Valley",
body="""Dennis Michael Kowalchuk, 72, of Spokane Valley, died April 2, 2026, at Valley Hospital after a short illness.

Dennis grew up in Cheney and worked 35 years for the Spokane County road department. He spent summers camping at Lake Chelan's Twenty-Five Mile Creek with his family, which is why his family asked that this notice run in the Herald.

He is survived by his wife, Darlene; his daughters, Kristi Kowalchuk of Spokane and Amber (Josh) Lange of Liberty Lake; and three grandchildren.

A funeral Mass will be celebrated at 10 a.m. Friday at St. Mary Catholic Church, Spokane Valley.""",
gold=[]),

dict(guid="ncw_wvh_obit_2026_0266", pub="2026-04-21T06:00:00-07:00", title="Arvid Lindahl Sr., 95, Cashmere",
body="""Arvid Emil Lindahl Sr., 95, of Cashmere, died April 17, 2026, at home on the family pear orchard on Mission Creek.

Arvid was born in 1930 in the house he died in. He grew Bartletts and d'Anjous for seventy years, served on the Cashmere Valley Bank board and the Chelan County Fire District 6 board, and could tell you the bloom date of every spring since 1946.

He is survived by his son, Arvid Lindahl Jr. (Gail) of Cashmere; his daughter, Solveig Lindahl Berg of Seattle; six grandchildren and eleven great-grandchildren. He was preceded in death by his wife of 61 years, Margit, and by his brother, Olof.

Funeral 1 p.m. Monday, April 27, Cashmere Evangelical Covenant Church, Rev. Dana Whitcomb officiating. Interment Cashmere Cemetery.""",
gold=[("NCW003", "survivor"), ("NCW004", "survivor")]),

dict(guid="ncw_wvh_obit_2026_0290", pub="2026-05-05T06:00:00-07:00", title="Manuel Ochoa Reyes, 79, Wenatchee",
body="""Manuel Ochoa Reyes, 79, of Wenatchee, died April 30, 2026, at Central Washington Hospital.

Manuel was born in Tangancícuaro, Michoacán, and came to the Wenatchee Valley as a young man to pick apples and cherries. He later became an orchard foreman for the Dryden and Monitor ranches, and he taught three generations of pickers how to set a ladder.

He is survived by his wife of 54 years, Esperanza; his daughters, Lupe Cervantes (Rogelio) of East Wenatchee and Rosa Ochoa of Yakima; his son, Javier Ochoa of Wenatchee; and eleven grandchildren.

Rosario 7 p.m. Thursday and Misa de cuerpo presente 10 a.m. Friday at St. Joseph Catholic Church, Wenatchee. Burial at Evergreen Memorial Park, East Wenatchee.""",
gold=[("NCW005", "survivor"), ("NCW006", "survivor")]),

dict(guid="ncw_wvh_obit_2026_0322", pub="2026-05-26T06:00:00-07:00", title="Lorna Teague, 70, Bend, Ore.",
body="""Lorna Kay Teague, 70, of Bend, Ore., formerly of Wenatchee, died May 20, 2026, in Bend.

Lorna taught first grade at Lincoln Elementary in Wenatchee for 22 years before retiring to central Oregon. She is survived by her daughter, Roz Teague of East Wenatchee, owner of the Loaf & Ladle bakery; her son, Brian Teague of Redmond, Ore.; and her sister, Carol Ames of Bend.

A memorial gathering will be held in Wenatchee this summer.""",
gold=[("NCW017", "survivor")]),
]

# 2. Orchard Hills & Okanogan Valley Funeral Chapels (funeral-home site; HTML in content:encoded)
CHAPEL = [
dict(guid="ncw_ohfc_2026_haugen-pauline", pub="2026-05-12T10:00:00-07:00", title="Pauline Haugen",
body="""Pauline Ingrid Haugen, 84, of Chelan, went to be with her Lord on May 8, 2026.

Pauline was born in Chelan in 1941 and never lived more than a mile from the lake. She kept the books for the Chelan Fruit cooperative for 31 years and was known for her lefse at the Sons of Norway bazaar.

She is survived by her sister, Ardith Okerlund of Chelan (the late Vern Okerlund); her nephews, Mark and Paul Okerlund; and cousins in Norway. She was preceded in death by her parents and by her brother-in-law Vern, who died in March.

Service 11 a.m. Friday, May 15, Chelan Lutheran Church.""",
gold=[("NCW008", "survivor")]),

dict(guid="ncw_ohfc_2026_bjornstad-gunnar", pub="2026-02-17T10:00:00-08:00", title="Gunnar O. Bjornstad",
body="""Gunnar Olav Bjornstad, 88, of Manson, died Feb. 12, 2026, at Lake Chelan Health.

Gunnar planted some of the first wine grapes on the Manson bench when everyone told him apples were the only thing that would grow there. He was a volunteer firefighter for 25 years.

Survivors include his daughter, Kirsten, and her husband, Randy Fruehauf, of Manson; his son, Erik Bjornstad of Anchorage; grandchildren Elsa and Nils Fruehauf; and his companion, Marit Solheim. He was preceded in death by his wife, Judith.

Memorial service 2 p.m. Saturday, Feb. 21, Manson Community Church. Pallbearers: Dennis Kowalchuk, Tom Ruud, Wes Aldrich, Erik Bjornstad.""",
gold=[("NCW015", "survivor"), ("NCW014", "survivor")]),

dict(guid="ncw_ohfc_2026_solano-rafael", pub="2026-06-09T10:00:00-07:00", title="Rafael Solano Briones",
body="""Rafael Solano Briones, 58, of Malaga, died June 4, 2026, in an accident at the orchard where he had worked for 30 years.

Rafael was born in Jalisco and came to Malaga in 1994. He coached youth soccer at Kenroy Park and never missed a Sunday Mass.

He is survived by his wife, Leticia; his children, Daniel, Marisol and Adrián; his mother, Consuelo, in Jalisco; his brother, Ernesto Solano, and his wife, Betty, of Malaga; and many nieces and nephews.

Rosary 7 p.m. Wednesday, Mass 11 a.m. Thursday, St. Joseph Catholic Church, Wenatchee.""",
gold=[("NCW021", "survivor")]),

dict(guid="ncw_ohfc_2026_pflueger-lorraine", pub="2026-07-07T10:00:00-07:00", title="Lorraine E. Pflueger",
body="""Lorraine Edith Pflueger, 88, of Wenatchee, died July 2, 2026.

Lorraine raised four children on Western Avenue and worked for years in the cafeteria at Wenatchee High School, where she was known for her cinnamon rolls.

She is survived by her children, Gerald Pflueger of Leavenworth, Anne (Steve) Malloy of Ellensburg and Ruth Pflueger of Tacoma; her daughter-in-law, Mary Jo Pflueger of Wenatchee; and nine grandchildren. She was preceded in death by her husband, Otto, and her son, Karl.

Funeral 10 a.m. Saturday, July 11, at St. Joseph Catholic Church.""",
gold=[("NCW012", "survivor")]),

dict(guid="ncw_ovfc_2026_stoddard-clifford", pub="2026-08-18T10:00:00-07:00", title="Clifford James Stoddard",
body="""Clifford James Stoddard, 24, of Okanogan, died Aug. 13, 2026, in a rafting accident on the Methow River.

Cody, as everyone called him, graduated from Okanogan High School in 2020 and worked as a wildland firefighter for the Okanogan-Wenatchee National Forest. He was named for his grandfather.

He is survived by his parents, Wade and Tina Stoddard of Okanogan; his sister, Kelsey; his grandparents, Cliff and Norma Stoddard of Okanogan; and his grandmother, Darla Pruitt of Tonasket.

Services 1 p.m. Saturday at the Okanogan County Fairgrounds Agriplex.""",
gold=[("NCW010", "survivor"), ("NCW011", "survivor")]),

dict(guid="ncw_ovfc_2026_wittkopf-hilda", pub="2026-09-01T10:00:00-07:00", title="Hilda Wittkopf",
body="""Hilda Rose Wittkopf, 93, of Brewster, died Aug. 28, 2026.

Hilda packed apples at the Brewster co-op for forty years and ran the Brewster Methodist rummage sale for longer than anyone can remember.

She is survived by her sons, Gene Wittkopf of Brewster and Marvin (Jean) Wittkopf of Pateros, and seven grandchildren. Preceded in death by her husband, Alvin.

Graveside service 10 a.m. Thursday, Brewster Cemetery.""",
gold=[]),
]

# 3. Okanogan Valley Chronicle paid death notices (brief, surname-first)
NOTICES = [
dict(guid="ncw_ovc_dn_2026_031", pub="2026-03-12T05:00:00-07:00", title="OKERLUND, Vernon A. \"Vern\"",
body="""Vernon A. "Vern" Okerlund, 87, Chelan, died March 6, 2026. Boatbuilder, Okerlund Marine. Survived by wife Ardith; sons Mark and Paul. Celebration of life 2 p.m. March 21, Chelan Lutheran Church.""",
gold=[]),  # later, shorter copy of ncw_wvh_obit_2026_0188: labelled there only

dict(guid="ncw_ovc_dn_2026_058", pub="2026-06-11T05:00:00-07:00", title="HASKINS, Wilbur",
body="""Wilbur Haskins, Omak, died June 8, 2026. Arrangements pending with Okanogan Valley Funeral Chapel.""",
gold=[("NCW018", "possible_deceased_client")]),

dict(guid="ncw_ovc_dn_2026_064", pub="2026-06-25T05:00:00-07:00", title="PICHETTE, Alvina Rose",
body="""Alvina Rose Pichette, 88, Omak, died June 21, 2026, at Mid-Valley Hospital. Enrolled member of the Colville Confederated Tribes; beadworker and longtime cook at the Omak Stampede. Survived by daughters Jolene Pichette, Omak, and Carla (Ray) Antoine, Nespelem; sister-in-law Delphine Marchand, Omak; 14 grandchildren. Preceded in death by husband Leo. Rosary 7 p.m. Thursday, St. Mary's Mission; burial Friday, Omak.""",
gold=[("NCW019", "survivor"), ("NCW009", "survivor")]),

dict(guid="ncw_ovc_dn_2026_071", pub="2026-07-16T05:00:00-07:00", title="TIEGS, Harvey L.",
body="""Harvey L. Tiegs, 90, Leavenworth, died July 12, 2026. Retired Great Northern / BNSF section foreman. Survived by daughter Gail (Arvid) Lindahl, Cashmere; son Curtis Tiegs, Wenatchee. Preceded in death by wife Edna. Service 11 a.m. Monday, Leavenworth Community Church.""",
gold=[("NCW004", "survivor"), ("NCW003", "survivor")]),

dict(guid="ncw_ovc_dn_2026_083", pub="2026-08-06T05:00:00-07:00", title="AMUNDSON, Petra J.",
body="""Petra J. Amundson, 85, East Wenatchee, died Aug. 2, 2026. Survived by son Lars Amundson, East Wenatchee; three grandchildren. The family thanks Dr. Suresh Kallur and the staff of Columbia Valley Hospice for their kindness. No services at her request.""",
gold=[]),
]
