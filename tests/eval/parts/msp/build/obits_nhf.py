"""Nordlund-Hegge Funeral Chapels (Roseville, Edina, Stillwater): funeral-home site, HTML in content:encoded,
one-sentence plain description, permalink guids under msp_. Hand-labelled."""

FEED = "nhf"
ITEMS = [
dict(guid="msp_nhf_torvald-engebretsen", pub="2026-02-10T09:15:00-06:00", title="Torvald A. \"Tor\" Engebretsen (1946 - 2026)",
body="""Torvald Arne "Tor" Engebretsen, 79, of Roseville, died peacefully on Saturday, February 7, 2026, at Bethesda Hospital in St. Paul, with his wife and children at his side.

Tor was born April 12, 1946, in Moorhead, Minnesota, to Arne and Signe (Haugstad) Engebretsen, and grew up on a sugar-beet farm outside Glyndon. He graduated from Concordia College in 1968, served two years in the U.S. Army in Germany, and spent 33 years as a civil engineer with the Minnesota Department of Transportation, where he had a hand in more Twin Cities bridges than he would ever admit to. He married Marit Solheim at Trinity Lutheran Church in Moorhead on June 20, 1970.

Every summer of his life belonged to the family cabin on Leech Lake near Walker, which his grandfather built and which Tor re-roofed three times. He made lefse every December with his daughters, sang bass in the choir at Roseville Lutheran for forty years and never once let a walleye go to waste.

Tor is survived by his wife of 55 years, Marit (Solheim) Engebretsen of Roseville; his daughters, Sonja (Erik) Brekhus of Fargo, N.D., and Kirsten Engebretsen of Duluth; his son, Anders (Megan) Engebretsen of Shoreview; seven grandchildren; and his sister, Inga Aasland of Moorhead. He was preceded in death by his parents and his brother, Halvor.

A memorial service will be held at 11 a.m. Saturday, February 14, at Roseville Lutheran Church, with the Rev. Kari Lofgren officiating. Visitation one hour before. Honorary pallbearers are his grandsons and his cabin neighbors Bernie Vander Linden and Olaf Tveit. Interment in the spring at Glyndon Cemetery. Memorials preferred to the Leech Lake Area Watershed Foundation.""",
gold=[("MSP001", "deceased_client"), ("MSP002", "spouse_of_deceased_client")]),

dict(guid="msp_nhf_arne-thorsrud", pub="2026-03-03T14:40:00-06:00", title="Arne Martin Thorsrud (1937 - 2026)",
body="""Arne Martin Thorsrud, 88, of Golden Valley, formerly of Fergus Falls, entered the Church Triumphant on Friday, February 27, 2026.

Arne was born on the family farm near Dalton in Otter Tail County and taught industrial arts at Golden Valley and Robbinsdale schools for 31 years. Generations of students went home with a birdhouse or a cedar chest built under his eye, and his own woodshop turned out a rosemaled tine for every niece and nephew at confirmation.

He is survived by his wife, Gudrun; his sons, Paul (Anne) Thorsrud of Plymouth and Mark Thorsrud of Seattle; his sister, Ruth Ellen (Dean) Sandvik of Edina; five grandchildren; and many nieces and nephews, among them Steve Amundsen of Apple Valley, who took him fishing every opener. He was preceded in death by his parents, Martin and Olga Thorsrud, and his sister, Lorraine Amundsen.

Funeral service 11 a.m. Friday, March 6, at Mount Olivet Lutheran Church, Golden Valley; visitation at 10. Lunch to follow in the fellowship hall.""",
gold=[("MSP007", "survivor"), ("MSP019", "survivor")]),

dict(guid="msp_nhf_lowell-fjelstad-jr", pub="2026-01-21T10:05:00-06:00", title="Lowell Dean Fjelstad Jr. (1968 - 2026)",
body="""Lowell Dean Fjelstad Jr., 57, of Apple Valley, died unexpectedly on January 18, 2026, while ice fishing on Mille Lacs Lake.

"Butch" worked 28 years as a lineman for Dakota Electric and coached Apple Valley youth baseball for most of them. He could fix anything with a motor and most things without one.

He is survived by his wife, Denise; his sons, Tanner and Cole; his father, Lowell Fjelstad Sr. of Bloomington; his sister, Kim (Jeff) Marsolek of Lakeville; and his beloved Lab, Moose. He was preceded in death by his mother, Arlene, and his uncle, Duane Rask.

Celebration of life 4-8 p.m. Tuesday, January 27, at the Nordlund-Hegge Edina chapel.""",
gold=[("MSP008", "survivor")]),

dict(guid="msp_nhf_beverly-haugen", pub="2026-04-16T08:30:00-05:00", title="Beverly Jean Haugen (1939 - 2026)",
body="""Beverly Jean Haugen, 86, of Stillwater, passed away April 13, 2026, at Lakeview Hospital.

Bev was born in Hudson, Wisconsin, and raised four children in the house on West Olive Street where she lived for 61 years. She was a lunch lady at Stillwater Junior High, a devoted member of Trinity Lutheran Church and, every August, the undefeated champion of the Washington County Fair pie table.

Survivors include her children, Carol (Bernie) VanderLinden of Stillwater, Roger (Sue) Haugen of Hudson, Wis., Janet Haugen of Bayport and Dale Haugen of Arizona; nine grandchildren; and twelve great-grandchildren. She was preceded in death by her husband of 58 years, Harlan.

Funeral 11 a.m. Monday at Trinity Lutheran Church, Stillwater. Pallbearers: her grandsons. Burial at Fairview Cemetery.""",
gold=[("MSP014", "survivor"), ("MSP013", "survivor")]),

dict(guid="msp_nhf_mary-frances-ohalloran", pub="2026-05-19T11:20:00-05:00", title="Mary Frances O'Halloran (1934 - 2026)",
body="""Mary Frances (Daly) O'Halloran, 92, a lifelong St. Paulite and 60-year member of the Church of St. Leo, died on May 16, 2026, at Carondelet Village.

Born in the Irish neighborhood below the Cathedral, Mary Frances graduated from Derham Hall and the College of St. Catherine and taught third grade at St. Leo's School for 34 years. She never missed a St. Patrick's Day parade until she was ninety.

She is survived by her sons, Kevin (Theresa) O'Halloran of St. Paul and Brian O'Halloran of Chicago; her daughter, Maureen (Tom) Gruber of Mendota Heights; eight grandchildren; and six great-grandchildren. She was preceded in death by her husband, Joseph, and her sister, Sister Agnes Daly, CSJ.

Mass of Christian Burial 10 a.m. Thursday at the Church of St. Leo the Great, St. Paul, with visitation at 9. Interment at Resurrection Cemetery, Mendota Heights.""",
gold=[("MSP011", "survivor"), ("MSP012", "survivor")]),

dict(guid="msp_nhf_evelyn-nygaard", pub="2026-09-09T09:45:00-05:00", title="Evelyn Ruth Nygaard (1935 - 2026)",
body="""Evelyn Ruth Nygaard, 91, of White Bear Lake, formerly of Two Harbors, died September 5, 2026, at Bald Eagle Lake Care Center.

Evelyn grew up on the North Shore, the daughter of a commercial herring fisherman, and kept the smoked-fish recipe to the end. She and her husband, Clifford, raised their family in Two Harbors before retiring to White Bear Lake to be near the grandchildren.

She is survived by her daughters, Betsy (Mark) Kowalczyk of St. Paul and Jo (Duane) Rask of Eden Prairie; her grandchildren, Nora Kowalczyk, Linnea Rask of Minnetonka and Brody Rask; and her brother, Walter Ness of Two Harbors. She was preceded in death by her husband, Clifford, and her son, Gary.

Funeral 11 a.m. Saturday at First Lutheran Church, White Bear Lake.""",
gold=[("MSP022", "survivor"), ("MSP017", "survivor"), ("MSP016", "survivor"), ("MSP015", "survivor")]),
]
