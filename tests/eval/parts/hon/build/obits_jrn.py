"""James River Valley Death Notices: brief paid notices, surname-first headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="hon_jrn_2026_00411", pub="2026-02-17T07:00:00-06:00", title="KOPECKY, Orville J.",
body="""Orville J. Kopecky, 86, Wessington Springs, died Feb. 10, 2026. Survived by wife, Bernice; sons Daniel and Steven; daughter Renee Holec. Mass 10 a.m. Monday, St. Wenceslaus Catholic Church, Wessington Springs."""
, gold=[]),

dict(guid="hon_jrn_2026_00437", pub="2026-03-10T07:00:00-05:00", title="LOKEN, Inez",
body="""Inez Loken, 96, Arlington, died March 6, 2026. Survived by nieces Shirley Amundson, De Smet, and Gail Loken, Volga; nephew Roger Loken, Sioux Falls. Preceded in death by husband, Helmer. Service 2 p.m. Thursday, Arlington Lutheran Church."""
, gold=[("HON011", "survivor")]),

dict(guid="hon_jrn_2026_00462", pub="2026-04-08T07:00:00-05:00", title="KUIPERS, Delbert \"Del\"",
body="""Delbert "Del" Kuipers, 38, Sioux Center, Iowa, died April 4, 2026, after a farm accident. Survived by wife, Amber; children Levi and Hannah; parents Jake and Trudy Kuipers, Hull, Iowa. Service 10 a.m. Saturday, Sioux Center Christian Reformed Church."""
, gold=[]),

dict(guid="hon_jrn_2026_00489", pub="2026-05-12T07:00:00-05:00", title="TOLSMA, Gerrit",
body="""Gerrit Tolsma, 92, Platte, died May 8, 2026. Survived by daughter, Mary Jo Van Zee (Wendell), Wessington Springs; son, Jay Tolsma, Corsica; eight grandchildren. Preceded in death by wife, Janna. Service 10 a.m. Thursday, First Reformed Church, Platte."""
, gold=[("HON005", "survivor"), ("HON004", "survivor")]),

dict(guid="hon_jrn_2026_00503", pub="2026-06-05T07:00:00-05:00", title="RASMUSSON, Lyle",
body="""Lyle Rasmusson, Lake Preston, died June 3, 2026. Arrangements are pending with Kingsbury Memorial Chapel, De Smet."""
, gold=[("HON016", "possible_deceased_client")]),

dict(guid="hon_jrn_2026_00528", pub="2026-06-26T07:00:00-05:00", title="BRENNER, Walter A.",
body="""Walter A. Brenner, 88, Huron, died June 22, 2026. Longtime Huron barber. Survived by daughter, Jolene Brenner-Zeeb, Huron; son, Curtis Brenner, Rapid City; five grandchildren. Preceded in death by wife, Lorraine. Service 1 p.m. Monday, Prairie Heritage Chapel, Huron."""
, gold=[("HON017", "survivor")]),
]
