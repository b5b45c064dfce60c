"""Lystad-Kranz Funeral Chapels (invented funeral home: Eau Claire, Altoona, Menomonie): HTML in content:encoded,
a one-sentence plain description. Hand-labelled: gold = [(client_id, role)]."""

ITEMS = [
dict(guid="eau_lkf_20260112_lueck", pub="2026-01-12T14:10:00-06:00", title="Margaret \"Peggy\" Lueck",
body="""Margaret "Peggy" Lueck, age 79, of Altoona, went home to her Lord on Friday, January 9, 2026, at Dove Healthcare - West in Eau Claire.

Peggy was born March 2, 1946, in Eau Claire to Walter and Irma (Hoepner) Stelter. She married Gerald Lueck in 1966, and together they raised their family in Altoona, where Peggy worked as the school secretary at Pedersen Elementary for 27 years. She was famous for her bars at every funeral lunch at St. Mary's.

She is survived by her son, Steve (Tami) Lueck of Altoona; a daughter, Jodi (Rick) Wenzel of Eleva; six grandchildren; and a sister, Betty Stelter of Mondovi.

Peggy was preceded in death by her husband, Gerald, in 2015.

A Mass of Christian Burial will be held at 11 a.m. Thursday at St. Mary's Catholic Church, Altoona. Visitation will be from 4 to 7 p.m. Wednesday at Lystad-Kranz Funeral Chapel, Altoona."""
, gold=[("EAU021", "survivor")]),

dict(guid="eau_lkf_20260129_tollefsrud", pub="2026-01-29T10:45:00-06:00", title="Harvey L. Tollefsrud",
body="""Harvey Lloyd Tollefsrud, 81, of Fall Creek, passed away January 26, 2026, at his home, under the care of Heartland Hospice.

Harvey was born November 14, 1944, in Fall Creek. He drove milk truck for Fall Creek Co-op for 30 years and then school bus for another 15; there is hardly a road in eastern Eau Claire County he could not drive in the dark. He was a member of Fall Creek Lutheran Church and bowled Tuesday nights at the Fall Creek Lanes.

He is survived by his wife, Bonnie; his son, Paul (Ann) Tollefsrud of Fall Creek; his granddaughters, Janelle Tollefsrud of Eau Claire and Brooke Tollefsrud of La Crosse; and a brother, Lyle Tollefsrud of Osseo.

A funeral service will be held at 11 a.m. Monday at Fall Creek Lutheran Church with burial in Fall Creek Cemetery.""",
gold=[("EAU014", "survivor")]),

dict(guid="eau_lkf_20260226_rassbach", pub="2026-02-26T09:00:00-06:00", title="Donald E. Rassbach",
body="""Donald Edward Rassbach, 86, of Altoona, died Monday, February 23, 2026, at Sacred Heart Hospital in Eau Claire.

Don was born July 7, 1939, in Altoona, the son of a Chicago & North Western railroad machinist. In 1951 his father started Rassbach Plumbing & Heating out of the family garage, and Don ran the business for 40 years before handing it to his son. He was a charter member of the Altoona Lions and served on the Altoona City Council from 1978 to 1990.

Don is survived by his wife of 63 years, Janet; his son, Kurt (Mary Beth) Rassbach of Altoona; daughters, Lynn Rassbach of Eau Claire and Sheri (Paul) Dachel of Chippewa Falls; eight grandchildren; and a great-grandson.

A funeral service will be held Saturday at Hope Lutheran Church, Altoona. Lystad-Kranz Funeral Chapel, Altoona, is assisting the family.""",
gold=[("EAU007", "survivor"), ("EAU006", "survivor")]),

dict(guid="eau_lkf_20260312_pfund", pub="2026-03-12T11:20:00-05:00", title="Irene A. Pfund (nee Sather)",
body="""Irene Alice Pfund (nee Sather), 84, of Menomonie, passed away Tuesday, March 10, 2026, at Mayo Clinic Health System - Red Cedar in Menomonie.

Irene was born April 30, 1941, in Wheeler, and married Leonard Pfund at Our Saviour's Lutheran Church in Menomonie on August 26, 1961. She worked in the food service at UW-Stout for 24 years and never forgot a student who came back to visit.

She is survived by her husband of 64 years, Leonard "Len" Pfund of Menomonie; their daughters, Karen (Jim) Kopp of Menomonie and Debra Pfund of Rice Lake; a son, Thomas (Jean) Pfund of Boyceville; and seven grandchildren.

Funeral services will be held Monday at Our Saviour's Lutheran Church, Menomonie.""",
gold=[("EAU012", "survivor")]),

dict(guid="eau_lkf_20260409_ostrander", pub="2026-04-09T15:00:00-05:00", title="Kenneth R. Ostrander",
body="""Kenneth Ray Ostrander, 77, of Osseo, died April 6, 2026, at Osseo Medical Center.

Ken was born in Augusta on June 30, 1948, and farmed with his brother on the Ostrander home farm west of Augusta until 1985, when he went to work for the Trempealeau County highway department. He loved polka music, sheepshead and the Brewers, in that order.

He is survived by his wife, Carol; his brother, Wendell (Phyllis) Ostrander of Augusta; two sons, Jeff and Scott, both of Osseo; and five grandchildren.

Memorial services will be at 2 p.m. Saturday at Osseo Lutheran Church.""",
gold=[("EAU017", "survivor"), ("EAU018", "survivor")]),

dict(guid="eau_lkf_20260507_brekke", pub="2026-05-07T10:00:00-05:00", title="Arvid N. Brekke",
body="""Arvid Nels Brekke, 95, of Eau Claire, died May 4, 2026, at the Eau Claire Veterans Home at Chippewa Falls.

Arvid was born in 1930 in Eleva and served with the U.S. Navy in Korea. He was a bricklayer, and many of the chimneys on the Third Ward's old houses are his work.

He is survived by his sister, Arlene Halvorson of Eau Claire, and nieces and nephews. He was preceded in death by his wife, Lois; his brother-in-law, Gerald "Jerry" Halvorson, in January; and his brothers, Selmer and Alvin.

Funeral services will be held at 11 a.m. Tuesday at Our Saviour's Lutheran Church, Eau Claire, with the Rev. Harlan Moseng officiating. Pallbearers will be Kurt Rassbach, Todd Halvorson, Brian Halvorson, Dean Amundson, Wendell Ostrander and Gary Brekke.""",
gold=[("EAU002", "survivor")]),
]
