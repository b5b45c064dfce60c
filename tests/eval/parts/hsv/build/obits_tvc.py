"""The Tennessee Valley Courier - Death Notices: brief paid newspaper notices, surname-first headings, plain text.
Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="hsv_tvc_dn_260114_031", pub="2026-01-14T06:00:00-06:00", title="THIGPEN, Roscoe L.",
body="""THIGPEN, Roscoe Lamar, 90, of Enterprise, died Jan. 11, 2026. Retired U.S. Army CW4, Fort Rucker. Survived by his son, Lt. Col. (Ret.) Beauregard Thigpen (Renee), Madison; daughter, Carol Thigpen Mims, Dothan; five grandchildren. Preceded in death by wife, Lottie. Funeral 2 p.m. Saturday, First Baptist Church of Enterprise. Searcy Funeral Home.""",
gold=[("HSV015", "survivor")]),

dict(guid="hsv_tvc_dn_260128_044", pub="2026-01-28T06:00:00-06:00", title="WHITSETT, Lillian Mae",
body="""WHITSETT, Lillian Mae, 94, of Huntsville, died Jan. 25, 2026. Wife of the late Rev. Elijah Whitsett. Retired Huntsville City Schools cafeteria manager. Survived by son, Rev. Obadiah Whitsett (Yvonne), Huntsville; daughter, Cora Whitsett Lacy, Atlanta; eight grandchildren; twelve great-grandchildren. Homegoing 11 a.m. Saturday, Greater Mount Calvary Missionary Baptist Church. Royal Funeral Home.""",
gold=[("HSV013", "survivor")]),

dict(guid="hsv_tvc_dn_260311_019", pub="2026-03-11T06:00:00-05:00", title="TIDWELL, Lamar E.",
body="""TIDWELL, Lamar Eugene, 58, of Tupelo, Miss., died March 8, 2026. Survived by wife, Sherry; sons, Cody and Brent Tidwell, Tupelo; mother, Faye Tidwell, Booneville, Miss. Services 2 p.m. Wednesday, Holland Funeral Directors, Tupelo.""",
gold=[]),

dict(guid="hsv_tvc_dn_260422_027", pub="2026-04-22T06:00:00-05:00", title="SOBCZAK, Henryk",
body="""SOBCZAK, Henryk, 80, of Huntsville, formerly of Chicago and Lublin, Poland, died April 19, 2026. Retired tool-and-die maker. Survived by daughter, Agnieszka (Tomasz) Wierzbicki, Owens Cross Roads; son, Marek Sobczak, Chicago; three grandchildren. Preceded in death by wife, Danuta. Mass 10 a.m. Monday, St. Joseph Catholic Church, Huntsville. Berryhill Funeral Home.""",
gold=[("HSV017", "survivor"), ("HSV016", "survivor")]),

dict(guid="hsv_tvc_dn_260610_012", pub="2026-06-10T06:00:00-05:00", title="SPURLOCK, Vera Mae",
body="""SPURLOCK, Vera Mae, 97, of Decatur, died June 7, 2026. Survived by son, Ambrose Spurlock, Decatur; granddaughter, Kristen Spurlock Hale, Hartselle. Preceded in death by husband, Otis. Graveside 10 a.m. Friday, Roselawn Cemetery. Peck Funeral Home.""",
gold=[]),

dict(guid="hsv_tvc_dn_260805_038", pub="2026-08-05T06:00:00-05:00", title="SIVLEY, Hubert D.",
body="""SIVLEY, Hubert Dale, 66, of Guntersville, died Aug. 2, 2026. Lake Guntersville fishing guide for 30 years. Survived by wife, Darlene; brother, Ray Sivley, Scottsboro; sister, Nita Sivley Gable, Albertville. Services 1 p.m. Thursday, Guntersville Church of the Nazarene. Ivey Funeral Home.""",
gold=[("HSV020", "survivor")]),

dict(guid="hsv_tvc_dn_260916_009", pub="2026-09-16T06:00:00-05:00", title="CRUTCHER, Delphine",
body="""CRUTCHER, Delphine, of Athens, died Sept. 14, 2026. Arrangements pending with Limestone Memorial Chapel, Athens.""",
gold=[("HSV010", "possible_deceased_client")]),
]
