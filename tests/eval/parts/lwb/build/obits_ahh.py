"""The Allegheny Highlander (weekly newspaper, Marlinton, Pocahontas County): old-fashioned obituaries with
"Survivors include", "a daughter of the late", Mrs. forms and long genealogies, plain text. Hand-labelled."""

FEED = "ahh"
ITEMS = [
dict(guid="lwb_ahh_obit_20260205_galford", pub="2026-02-05T06:00:00-05:00", title="Ina Mae Galford",
body="""Ina Mae Sharp Galford, 95, of Hillsboro, died Saturday, January 31, 2026, at Pocahontas Center in Marlinton.

Born March 3, 1930, at Droop, she was a daughter of the late Withrow and Lura Beard Sharp.

She was a homemaker and a member of Hillsboro United Methodist Church, the Little Levels Homemakers and the Droop Mountain Battlefield Auxiliary. She won the blue ribbon for her salt-rising bread at the Pocahontas County Fair eleven times.

In addition to her parents, she was preceded in death by her husband, Russell Galford; a son, Wayne Galford; two brothers and three sisters.

Survivors include a daughter, Treva Yoakum and her husband, Del, of Marlinton; a son, Wade Galford and his wife, Kim, of Hillsboro; five grandchildren and nine great-grandchildren.

Service will be held Thursday at 1 p.m. at Sharp-Moore Funeral Home in Marlinton with Rev. Dennis Kershner officiating. Burial will be in Mountain View Cemetery at Hillsboro. Active pallbearers will be her grandsons and Thurman Snedegar.

In lieu of flowers, the family suggests memorials to the Hillsboro Volunteer Fire Department.""",
gold=[("LWB016", "survivor"), ("LWB015", "survivor")]),  # pallbearer Thurman Snedegar (LWB023): nothing

dict(guid="lwb_ahh_obit_20260423_yoakum", pub="2026-04-23T06:00:00-04:00", title="Delbert R. Yoakum",
body="""Delbert Roy Yoakum, 74, of Elkins, died Saturday, April 18, 2026, at Davis Medical Center in Elkins.

Born September 2, 1951, at Dunmore, he was a son of the late Roy and Elsie Moore Yoakum. He grew up on Back Mountain and graduated from Green Bank High School before moving to Randolph County, where he worked for the Western Maryland Railway and later the Randolph County Board of Education.

Survivors include his wife of 52 years, Wilma Kee Yoakum; a daughter, Rhonda Yoakum Hinkle of Beverly; a brother, Dale Yoakum of Buckeye; and three grandchildren.

Service will be held Wednesday at Tomblyn Funeral Home in Elkins. Burial will be in the Dunmore Cemetery.""",
gold=[]),  # namesake of LWB015 Delbert Ray "Del" Yoakum of Marlinton (b. 1951, wife Treva): other town, other wife

dict(guid="lwb_ahh_obit_20260618_sharp", pub="2026-06-18T06:00:00-04:00", title="Arbutus Snedegar Sharp",
body="""Arbutus Snedegar Sharp, 97, of Hillsboro, died Friday, June 12, 2026, at her home.

Born February 20, 1929, on Locust Creek, she was a daughter of the late Lanty and Minnie Snedegar.

Mrs. Sharp taught in the one-room schools of the Little Levels District and later at Hillsboro Elementary, 38 years in all. She was a member of the Pearl S. Buck Birthplace Foundation and the Locust Creek Church of the Brethren.

She was preceded in death by her husband, Clyde Sharp; a son, Larry Sharp; and four sisters.

Survivors include a brother, Thurman Snedegar, of Hillsboro; a daughter-in-law, Becky Sharp, of Lewisburg; two grandchildren and four great-grandchildren.

Service will be held Tuesday at 11 a.m. at Sharp-Moore Funeral Home, Marlinton. Burial will follow in Locust Creek Cemetery.""",
gold=[("LWB023", "survivor")]),

dict(guid="lwb_ahh_obit_20260827_mcneel", pub="2026-08-27T06:00:00-04:00", title="Paul Brooks McNeel",
body="""Paul Brooks McNeel, 84, of Buckeye, died Sunday, August 23, 2026, at his home.

Born October 9, 1941, at Buckeye, he was a son of the late Ward and Nettie Brooks McNeel. He was a retired forester with the Monongahela National Forest and a member of Marlinton Presbyterian Church.

Survivors include his wife, Jean Kellison McNeel; two sons, Kevin McNeel of Buckeye and Scott McNeel of Morgantown; and five grandchildren.

Service will be held Saturday at 2 p.m. at Marlinton Presbyterian Church. Burial will be in Mountain View Cemetery.""",
gold=[]),  # no client
]
