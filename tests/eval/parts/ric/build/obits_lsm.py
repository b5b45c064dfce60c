"""Leigh Street Memorial Funeral Home (Jackson Ward, Richmond, and a Petersburg chapel): funeral-home site,
homegoing style, HTML in content:encoded, permalink guids. Hand-labelled (gold=[...] beside each text)."""

FEED = "lsm"
BASE = "https://www.leighstreetmemorial.example/obituaries/"
ITEMS = [
dict(guid="ric_lsm_viola-crump", link=BASE + "viola-crump", pub="2026-01-13T11:00:00-05:00",
     title="Celebrating the Life of Mother Viola Ann Crump",
body="""Mother Viola Ann Crump, 93, of Richmond, answered her Master's call on Thursday, January 8, 2026, at her home on West Leigh Street, the same house where she raised four children and fed half of Jackson Ward.

Mother Crump was born in Caroline County to the late Deacon Isaiah and Hester Crump. She came to Richmond in 1950, worked as a presser at a laundry on Broad Street and later as a cook at the Medical College of Virginia for thirty-one years. A member of Ebenezer Rock Baptist Church for seventy years, she served on the Mothers' Board, the Kitchen Committee and the Pastor's Aid Club, and her sweet potato pies were auctioned every Homecoming for more than they were worth.

She leaves to cherish her memory her daughters, Gloria Mosby (Alfred Jr.) of Richmond and Dorothy Crump of Baltimore, Md.; her son, Calvin Crump of Hopewell; eleven grandchildren, including Alfred Mosby III; fourteen great-grandchildren; her nephew, Frank Pettus of Petersburg; and a host of nieces, nephews, church family and friends. She was preceded in death by her husband, Willie Crump, and her son, Isaiah.

The homegoing service will be held at 11 a.m. Saturday at Ebenezer Rock Baptist Church, the Rev. Dr. Clarence W. Ruffin, pastor, eulogist. Interment in Evergreen Cemetery. The family will receive friends at the church from 10 a.m.""",
gold=[("RIC007", "survivor"), ("RIC006", "survivor")]),

dict(guid="ric_lsm_leroy-tinsley", link=BASE + "leroy-tinsley", pub="2026-04-07T10:15:00-04:00",
     title="Deacon Leroy Tinsley (February 14, 1938 - April 3, 2026)",
body="""Deacon Leroy Tinsley of Petersburg, 88, laid down his burdens on Friday, April 3, 2026, at Southside Regional Medical Center.

Born February 14, 1938, in Dinwiddie County, Leroy came to Petersburg after his service in the U.S. Army and worked for thirty-eight years at Fort Lee, retiring as a warehouse supervisor. He was ordained a deacon of Gillfield Hill Baptist Church in 1971 and taught the men's Sunday school class until last Christmas. He never missed a Virginia State homecoming game.

He leaves to cherish his memory his devoted wife of 64 years, Bernice "Niecy" Jones Tinsley; his sons, Leroy Jr. (Carolyn) of Chesapeake and Marvin of Atlanta, Ga.; his daughter, Denise Tinsley-Ward of Petersburg; nine grandchildren; and a host of relatives and friends.

Homegoing services will be held at 1 p.m. Thursday at Gillfield Hill Baptist Church. Obituary read by Sister Harriet Braxton. Pallbearers: the deacons of Gillfield Hill, Darnell O'Neal and Marcus Ward. Interment with military honors at Poplar Grove.""",
gold=[("RIC008", "deceased_client"), ("RIC009", "spouse_of_deceased_client")]),

dict(guid="ric_lsm_louise-braxton-hill", link=BASE + "louise-braxton-hill", pub="2026-05-19T09:40:00-04:00",
     title="Sister Louise Braxton Hill",
body="""Sister Louise Braxton Hill, 81, of Henrico, departed this life on Saturday, May 16, 2026, surrounded by her family and the sound of the Sunday morning choir on the radio.

A 1962 graduate of Maggie L. Walker High School, Louise taught third grade in the Richmond Public Schools for thirty-three years, most of them at Carver Elementary, where former students still called her "Miss Braxton" long after she married.

She is survived by her husband of 55 years, Raymond Hill; her daughters, Tamara Hill-Stokes of Henrico and Rochelle Hill of Washington, D.C.; her sister-in-law, Harriet "Hattie" Braxton of Richmond; five grandchildren; and her beloved Leigh Street Zion Baptist Church family. She was preceded in death by her brother, Otis Braxton.

A service of celebration will be held Friday at noon at Leigh Street Zion Baptist Church. Interment private.""",
gold=[("RIC022", "survivor")]),

dict(guid="ric_lsm_curtis-wingfield", link=BASE + "curtis-wingfield", pub="2026-06-23T14:00:00-04:00",
     title="Mr. Curtis Lee Wingfield",
body="""Mr. Curtis Lee Wingfield, 67, of Richmond, passed away June 19, 2026. A barber on Second Street for forty years, he cut the hair of three generations of Jackson Ward men and kept a checkerboard open on the bench outside.

He is survived by his wife, Gwendolyn; his sons, Curtis Jr. and Brandon; his sister, Mae Wingfield Coles; and six grandchildren.

Services 11 a.m. Tuesday at the Leigh Street Memorial chapel. Interment Woodland Cemetery.""",
gold=[]),

dict(guid="ric_lsm_alfred-mosby-iii", link=BASE + "alfred-mosby-iii", pub="2026-08-11T16:30:00-04:00",
     title="Alfred Lewis Mosby III (2002 - 2026)",
body="""Alfred Lewis Mosby III, 24, of Richmond, was called home far too soon on Thursday, August 6, 2026.

"Trey," as everyone knew him, graduated from Armstrong High School in 2020 and from Virginia Union University in May of last year with a degree in business administration. He played trumpet in the Marching Panthers, coached little league at Battery Park and had just begun work as a loan officer in Henrico.

He is survived by his parents, Alfred Mosby Jr. and Gloria Crump Mosby of Richmond; his sister, Kiara Mosby; his grandfather, Alfred Mosby Sr. of Hopewell; his girlfriend, Janae Robertson; and many aunts, uncles, cousins and friends. He was preceded in death by his grandmother, Mother Viola Crump.

The homegoing service will be held at 11 a.m. Saturday at Ebenezer Rock Baptist Church. The family asks that those attending wear Virginia Union maroon and steel.""",
gold=[("RIC006", "survivor"), ("RIC007", "survivor")]),
]
