"""Belle Riviere Funeral Home (Pineville, Alexandria and Bunkie): funeral-home site, permalink guids, a one-line
description and the full obituary as HTML in content:encoded. Hand-labelled."""

BASE = "https://www.belleriviere-fh.example/obituaries/"

ITEMS = [
dict(guid="aex_brfh_balthazar-wilbert-20260115", pub="2026-01-15T15:20:00-06:00",
title="Wilbert Lee Balthazar",
body="""Wilbert Lee Balthazar, 84, of Alexandria, was called home on Sunday, January 11, 2026.

Mr. Wilbert was a machinist at the Louisiana Army Ammunition Plant and later at Cleco, a Knight of Peter Claver, and a fine zydeco dancer at every St. Francis Xavier church fair.

He leaves to cherish his memory his devoted daughter, Renita Balthazar Metoyer (Darnell) of Alexandria; his son, Cedric Balthazar of Houston; his grandsons, Jaylen and Marcus Metoyer; and his sister, Odette Balthazar Conde of Natchez, Mississippi.

He was preceded in death by his wife of 52 years, Gloria Balthazar, and his parents, Emile and Rosalie Balthazar.

A Mass of Christian Burial will be held at 11:00 a.m. Saturday, January 17, at St. Francis Xavier Cathedral, Alexandria.""",
gold=[("AEX010", "survivor"), ("AEX011", "survivor")]),

dict(guid="aex_brfh_wiggins-mildred-20260212", pub="2026-02-12T10:05:00-06:00",
title="Mildred Ann Wiggins",
body="""Mildred Ann Wiggins, 88, of Ball, passed from this life on Monday, February 9, 2026.

She was a charter member of Philadelphia Baptist Church and worked 25 years at the Ball Post Office.

She is survived by her son, Hollis Wiggins of Ball; her daughter, Sherry Wiggins Poole (Dennis) of Tioga; and five grandchildren.

She was preceded in death by her husband, Earl Wiggins.

Services will be held at 2:00 p.m. Friday at Philadelphia Baptist Church with Bro. Dale Tarver officiating and Rev. Alphonse Ledoux assisting. Burial in Rapides Cemetery.""",
gold=[]),

dict(guid="aex_brfh_wellborn-theodore-20260305", pub="2026-03-05T09:45:00-06:00",
title="Theodore \"Ted\" Wellborn",
body="""Theodore "Ted" Wellborn, 92, of Natchitoches, passed away on Tuesday, March 3, 2026.

Ted was a forester with Kisatchie National Forest for 34 years and a deacon at First Baptist Church of Natchitoches.

He is survived by his daughter, Annelise Texada and her husband, Clay, of Alexandria; his son, Grant Wellborn of Shreveport; five grandchildren; and two great-grandchildren.

He was preceded in death by his wife, Lottie Mae Wellborn.

Services will be held at 10:00 a.m. Saturday at First Baptist Church, Natchitoches.""",
gold=[("AEX007", "survivor"), ("AEX006", "survivor")]),

dict(guid="aex_brfh_st-romain-ulysses-20260414", pub="2026-04-14T08:10:00-05:00",
title="Ulysses James \"Tooky\" St. Romain",
body="""Ulysses James "Tooky" St. Romain, 81, of Cottonport, passed away on Friday, April 10, 2026, at Bunkie General Hospital.

Tooky was born October 6, 1944, in Cottonport to the late Alcee and Lena St. Romain. He farmed cotton and soybeans on the Bayou Rouge for fifty years and never missed a boucherie or a St. Mary's Assumption fair.

He is survived by his wife of 58 years, Verna Normand St. Romain; his sons, Troy St. Romain (Dana) of Cottonport and Brian St. Romain of Lafayette; his sister-in-law, Vangie Normand of Bunkie; and five grandchildren.

He was preceded in death by his parents; his brother, Leroy St. Romain; and his father-in-law, Alcide Normand.

A Mass of Christian Burial will be celebrated at 10:00 a.m. Tuesday, April 14, 2026, at St. Mary's Assumption Catholic Church in Cottonport. Arrangements are under the direction of Belle Riviere Funeral Home, Bunkie.""",
gold=[]),  # duplicate copy of aex_sentinel_obit_260413_stromain: labelled there

dict(guid="aex_brfh_lacour-harold-20260602", pub="2026-06-02T11:30:00-05:00",
title="Harold Joseph Lacour",
body="""Harold Joseph Lacour, 70, of Pineville, passed away on Saturday, May 30, 2026, at his home.

Harold was a welder at the paper mill and an umpire in the Pineville Dixie Youth league for 30 summers.

He is survived by his daughter, Brandi Lacour Willis of Deville; his brother, Beauford "Bo" Lacour of Pineville; and three grandchildren.

He was preceded in death by his wife, Connie Lacour, and his parents, Avery and Ida Lacour.

A memorial service will be held at 3:00 p.m. Thursday in the chapel of Belle Riviere Funeral Home, Pineville.""",
gold=[("AEX012", "survivor")]),
]
