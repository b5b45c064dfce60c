"""Obituary feeds for part sjn (all people invented). Four house styles; gold=[...] is the hand label."""

# ---- 1. The Kingdom Courier (daily newspaper, St. Johnsbury): plain text ----
COURIER = [
dict(guid="sjn_kc_obit_20260112", pub="2026-01-12T06:10:00-05:00", title="Everett J. Gingue",
body="""CONCORD - Everett Joseph Gingue, 97, died peacefully on Friday, January 9, 2026, at Northeastern Vermont Regional Hospital in St. Johnsbury, with his daughter at his side.

Everett was born on the family farm in Concord on March 2, 1928, the son of Joseph and Alma (Dussault) Gingue. He drove milk truck for the Cabot creamery for 31 years and never missed a pickup, mud season included. He was a lifelong member of the Concord Volunteer Fire Department and of the Moose Lodge.

He is survived by his daughter, Therese (Luc) Pelletier of St. Johnsbury; his son, Daniel Gingue and his wife Cheryl of Lunenburg; six grandchildren and nine great-grandchildren. He was predeceased by his wife of 58 years, Pauline (Morrill) Gingue, and by his brothers Armand and Leo.

A Mass of Christian Burial will be celebrated Saturday at 11 a.m. at St. Aloysius Church, St. Johnsbury, with Father Rene Thibault as celebrant. Bearers will be Ezra Pettengill, Scott Morrill, Kevin Gingue and Jacob Pelletier. Interment will be in the spring in Concord Village Cemetery.""",
gold=[("SJN002", "survivor"), ("SJN001", "survivor")]),

dict(guid="sjn_kc_obit_20260207", pub="2026-02-07T06:05:00-05:00", title="Marcel R. Brochu",
body="""ISLAND POND - Marcel Rene Brochu, 88, of Island Pond, passed away Wednesday, February 4, 2026, at his home on Derby Street.

Born in Norton, he worked in the woods of Essex County and across the line in Quebec for most of his life, and later for the Canadian National railroad in Island Pond. He could still tell you where every logging camp on the Nulhegan had stood.

Survivors include his sister, Yvette Lafoe and her husband, Clem, of Island Pond; his nephews, Paul Lafoe of Brighton and Michel Brochu of Coaticook, Que.; and many cousins on both sides of the border. He was predeceased by his parents, Ovila and Yvonne Brochu, and his brother, Gerard.

A funeral Mass will be held at St. James Church, Island Pond, on Monday at 10 a.m. Arrangements are by Jenness & Brochu Funeral Home.""",
gold=[("SJN012", "survivor"), ("SJN011", "survivor")]),

dict(guid="sjn_kc_obit_20260316", pub="2026-03-16T06:00:00-04:00", title="Nathaniel P. Fadden",
body="""LOWELL, Mass. - Nathaniel Patrick Fadden, 81, of Lowell, Massachusetts, died March 12, 2026, at Lowell General Hospital.

A machinist at Wang Laboratories and later at Raytheon, Nat spent his summers at a camp on Lake Memphremagog that his father built in 1952, and the Courier is printing this notice at his family's request.

He leaves his wife of 55 years, Joan (Sweeney) Fadden of Lowell; his sons, Brendan Fadden of Chelmsford, Mass., and Kevin Fadden of Nashua, N.H.; and five grandchildren.

A funeral Mass will be held at St. Margaret's Church, Lowell. Burial will be private.""",
gold=[]),

dict(guid="sjn_kc_obit_20260417", pub="2026-04-17T06:10:00-04:00", title="Harland E. Wheelock",
body="""LYNDONVILLE - Harland Eugene Wheelock, 84, of Lyndonville, died Tuesday, April 14, 2026, at Northeastern Vermont Regional Hospital after a short illness.

Harland was born September 22, 1941, in Sutton, the son of Ernest and Bernice (Hale) Wheelock. He graduated from Lyndon Institute in 1959 and ran Wheelock's Hardware on Depot Street for forty years. At town meeting he always had a question about the highway budget, and usually the answer too.

He is survived by his wife of 60 years, Ardis (Bemis) Wheelock of Lyndonville; his daughters, Lisa Wheelock Hale of Burke and Carla Simpson of Littleton, N.H.; his brother-in-law, Hollis Bemis of Peacham; and four grandchildren. He was predeceased by his brother, Merton Wheelock.

A celebration of his life will be held Saturday at 2 p.m. at the Lyndonville Congregational Church, with the Rev. Alice Trombley officiating. Memorial gifts may be made to the Lyndonville Fire Department.""",
gold=[("SJN003", "deceased_client"), ("SJN004", "spouse_of_deceased_client"), ("SJN022", "survivor")]),

dict(guid="sjn_kc_obit_20260504", pub="2026-05-04T06:00:00-04:00", title="Germaine Houde",
body="""DERBY - Germaine (Boucher) Houde, 99, of Derby, passed away on May 1, 2026, at the Maple Lane Nursing Home in Barton, three months shy of her hundredth birthday.

Germaine was born in Stanstead, Que., and came across the line in 1948 as a bride. She sewed for the shirt factory in Newport and later for half the brides in Orleans County.

She is survived by her daughter, Jeannette "Jenny" Beaudoin of Orleans; her son, Armand Houde of Derby Line; her grandchildren, Russell Tanguay of Derby Line, Nicole Houde of Burlington and Marc Beaudoin of Orleans; and eight great-grandchildren. She was predeceased by her husband, Lionel Houde, and her son-in-law, Armand Beaudoin.

Mass of Christian Burial will be celebrated Thursday at 11 a.m. at St. Edward's Church, Derby Line.""",
gold=[("SJN016", "survivor")]),

dict(guid="sjn_kc_obit_20260611", pub="2026-06-11T06:00:00-04:00", title="Gaetan 'Guy' Labounty Sr.",
body="""DERBY - Gaetan "Guy" Labounty Sr., 86, of Derby, died June 8, 2026, at North Country Hospital in Newport.

Guy was born in Newport in 1939 and drove a log truck and then a school bus in Derby for 42 years; three generations of North Country Union High School students learned the words to his Johnny Cash tapes.

He is survived by his son, Guy Labounty Jr. and his wife Denise of Derby; his daughter, Lise Labounty of St. Albans; and three grandchildren. He was predeceased by his wife, Rita (Gosselin) Labounty, in 2019.

Visiting hours will be Thursday from 5 to 7 p.m. at Curtis-Britch-Converse-Young Funeral Home, Newport. A funeral Mass will be held Friday at St. Mary Star of the Sea Church.""",
gold=[("SJN006", "survivor"), ("SJN007", "survivor")]),
]

# ---- 2. Kingdom Valley Funeral Home (St. Johnsbury and Newport chapels): HTML in content:encoded ----
FUNERAL = [
dict(guid="sjn_kvfh_lorraine-marcotte", pub="2026-02-20T14:30:00-05:00", title="Lorraine T. Marcotte (1953 - 2026)",
body="""Lorraine Therese Marcotte, 72, of Newport, passed away on February 17, 2026, at North Country Hospital, surrounded by her family.

Lorraine worked for thirty years at the Newport post office and never forgot a box number. She loved cribbage, the Red Sox and her Thursday bowling league at the Newport lanes.

She leaves her son, Richard Marcotte of Coventry; her granddaughter, Brianna Marcotte of Newport, who was the light of her life; her sister, Claudette Roy of Sherbrooke, Que.; and many nieces and nephews. She was predeceased by her husband, Roger Marcotte.

Calling hours will be held Monday from 4 to 7 p.m. at our Newport chapel. A Mass of Christian Burial will be held Tuesday at St. Mary Star of the Sea Church.""",
gold=[("SJN013", "survivor")]),

dict(guid="sjn_kvfh_wendell-james-sanville", pub="2026-05-12T11:15:00-04:00", title="Wendell James Sanville (2001 - 2026)",
body="""Wendell James Sanville, 24, of Danville, died unexpectedly on Friday, May 8, 2026.

Wendell graduated from Danville School in 2019 and worked as a lineman for Green Mountain Power, climbing poles in every kind of weather the Kingdom could throw at him. He was happiest in deer camp or on his sled on the VAST trails.

He is survived by his parents, Craig and Lisa Sanville of Danville; his sister, Hannah; his grandparents, Wendell and Bonnie Sanville of Danville, for whom he was named, and Gail Rowell of Walden; and his girlfriend, Maddie Roberge.

A service will be held Saturday at 1 p.m. at the Danville Congregational Church, with Pastor Jim Osgood officiating.""",
gold=[("SJN010", "survivor")]),

dict(guid="sjn_kvfh_simone-laroche", pub="2026-03-24T10:00:00-04:00", title="Simone Laroche (1934 - 2026)",
body="""Simone (Lamoureux) Laroche, 91, of Barton, passed away peacefully on March 21, 2026, at the Maple Lane Nursing Home.

Simone raised seven children on a dairy farm on the Glover road and was known for her tourtieres at Christmas and her maple sugar pie at every church supper in Barton.

She is survived by her children, Marguerite "Margie" Chaloux and husband Roland of Barton, Jean-Paul Laroche of Orleans, Denis Laroche of Irasburg and Lucie Drown of St. Johnsbury; 17 grandchildren; and 22 great-grandchildren. She was predeceased by her husband, Emile Laroche, and by her sons Andre, Gilles and Raymond.

A Mass of Christian Burial will be held Saturday at St. Paul's Church, Barton.""",
gold=[("SJN018", "survivor"), ("SJN019", "survivor")]),

dict(guid="sjn_kvfh_beverly-lussier", pub="2026-04-02T15:45:00-04:00", title="Beverly A. Lussier (1935 - 2026)",
body="""Beverly Ann (Young) Lussier, 90, of Newport, died on Sunday, March 29, 2026, at her daughter's home, where she had lived since 2023.

Beverly taught third grade in Newport City for 33 years and was a longtime member of the Goodrich Memorial Library board.

She is survived by her daughter, Mary Jane Royer of Newport, who lovingly cared for her; her son, Thomas Lussier of Concord, N.H.; and five grandchildren. She was predeceased by her husband, Gerald Lussier, and her son-in-law, Normand Royer.

A graveside service will be held in June at St. Mary's Cemetery, Newport.""",
gold=[("SJN005", "survivor")]),

dict(guid="sjn_kvfh_ezra-h-pettengill", pub="2026-06-22T09:30:00-04:00", title="Ezra H. Pettengill (1932 - 2026)",
body="""Ezra Hollister Pettengill, 94, of East Burke, died June 19, 2026, at the Pines in Lyndonville.

Ezra farmed on Darling Hill for seventy years and served the town of Burke as lister and road commissioner. He rode the chairlift at Burke Mountain on his 90th birthday.

He is survived by his son and namesake, Ezra Pettengill, and his wife, Carol, of East Burke; his daughter, Ruth Pettengill Wells of Sheffield; six grandchildren and eleven great-grandchildren. He was predeceased by his wife, Frances (Darling) Pettengill.

A graveside service will be held at the East Burke cemetery on Saturday at 11 a.m. Arrangements are in the care of our St. Johnsbury chapel.""",
gold=[("SJN020", "survivor")]),
]

# ---- 3. Parish bulletin (Notre-Dame des Frontieres parishes, Newport, Derby Line, Island Pond): plain text ----
BULLETIN = [
dict(guid="sjn_ndf_bulletin_20260301_1", pub="2026-03-01T07:00:00-05:00", title="Pray for our faithful departed: Jean-Guy St. Pierre",
body="""Please keep in your prayers the soul of Jean-Guy St. Pierre, 79, of Newport Center, who died on February 24, and his sister, our parishioner Solange St. Pierre, who cared for him through his long illness. Jean-Guy was an usher at the 8 o'clock Mass for twenty years. His funeral Mass was celebrated Saturday. Priez pour lui.""",
gold=[("SJN021", "survivor")]),

dict(guid="sjn_ndf_bulletin_20260301_2", pub="2026-03-01T07:00:00-05:00", title="Pray for our faithful departed: Lucien Pelletier",
body="""The Sisters of the Presentation in Sherbrooke ask our prayers for Lucien Pelletier, 54, of Sherbrooke, Quebec, brother of Sister Helene Pelletier, who died suddenly on February 22. Lucien often came to our Canadian-border Masses with his family. May he rest in peace.""",
gold=[]),

dict(guid="sjn_ndf_bulletin_20260510_1", pub="2026-05-10T07:00:00-04:00", title="Pray for our faithful departed: Armand Houde",
body="""Please pray for the repose of the soul of Armand Houde, 71, of Derby Line, who died on May 6, only days after his mother, Germaine. He leaves his sister, Jeannette Beaudoin of Orleans, his nephew, Russell Tanguay of Derby Line, and many friends in the parish. The funeral Mass will be celebrated Tuesday at 11 a.m. at St. Edward's.""",
gold=[("SJN016", "survivor")]),

dict(guid="sjn_ndf_bulletin_20260510_2", pub="2026-05-10T07:00:00-04:00", title="Mass intentions this week",
body="""Saturday 4:00 p.m. - In memory of Normand Royer (3rd anniversary), requested by his wife, Mary Jane. Sunday 8:00 a.m. - For the parishioners. Sunday 10:30 a.m. - In memory of Rita Labounty, requested by the family. Tuesday 8:00 a.m. - For the health of Clem Lafoe, requested by Yvette.""",
gold=[]),
]

# ---- 4. Northeast Kingdom Death Notices (brief paid notices, surname-first headings): plain text ----
NOTICES = [
dict(guid="sjn_nekdn_20260306_bickford", pub="2026-03-06T05:30:00-05:00", title="BICKFORD, Orrin W.",
body="""BICKFORD, Orrin W., of Barton, died Tuesday, March 3, 2026, at North Country Hospital in Newport. A graveside service will be held in the spring at Welcome O. Brown Cemetery. Arrangements by Curtis-Britch-Converse-Young Funeral Home.""",
gold=[("SJN008", "possible_deceased_client")]),

dict(guid="sjn_nekdn_20260420_wheelock", pub="2026-04-20T05:30:00-04:00", title="WHEELOCK, Harland E.",
body="""LYNDONVILLE - Harland Eugene Wheelock, 84, of Lyndonville, died Tuesday, April 14, 2026, at Northeastern Vermont Regional Hospital after a short illness.

Harland was born September 22, 1941, in Sutton, the son of Ernest and Bernice (Hale) Wheelock. He graduated from Lyndon Institute in 1959 and ran Wheelock's Hardware on Depot Street for forty years. At town meeting he always had a question about the highway budget, and usually the answer too.

He is survived by his wife of 60 years, Ardis (Bemis) Wheelock of Lyndonville; his daughters, Lisa Wheelock Hale of Burke and Carla Simpson of Littleton, N.H.; his brother-in-law, Hollis Bemis of Peacham; and four grandchildren. He was predeceased by his brother, Merton Wheelock.

A celebration of his life will be held Saturday at 2 p.m. at the Lyndonville Congregational Church, with the Rev. Alice Trombley officiating. Memorial gifts may be made to the Lyndonville Fire Department.""",
gold=[]),  # a later second copy of sjn_kc_obit_20260417: labelled on the earlier copy only

dict(guid="sjn_nekdn_20260514_urie", pub="2026-05-14T05:30:00-04:00", title="URIE, Karen L.",
body="""URIE, Karen L. (Rowell), 63, of Hardwick, died May 11, 2026, at Copley Hospital, Morrisville, after a brave fight with cancer. She is survived by her husband of 40 years, Dwight Urie; her sons, Travis and Cody; and her mother, Gail Rowell of Walden. Services Saturday at 2 p.m., Hardwick United Methodist Church.""",
gold=[("SJN014", "survivor")]),

dict(guid="sjn_nekdn_20260608_gadapee", pub="2026-06-08T05:30:00-04:00", title="GADAPEE, Rose-Anne",
body="""GADAPEE, Rose-Anne, 77, of St. Johnsbury, died June 5, 2026, at Northeastern Vermont Regional Hospital. Born March 9, 1949, in St. Johnsbury, she was a bookkeeper at the Fairbanks scale works for 35 years and never married. She leaves her nieces, Paula Gadapee of Danville and Renee Aldrich of Lyndonville. Memorial Mass at Notre Dame des Victoires Church, date to be announced.""",
gold=[("SJN009", "deceased_client")]),
]
