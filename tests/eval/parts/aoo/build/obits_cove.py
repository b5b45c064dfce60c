"""The Cove Echo (weekly of Morrisons Cove: Martinsburg, Roaring Spring, Williamsburg; Brethren, Mennonite and
Lutheran families): obituaries, plain text, "passed into eternal rest", maiden names in parentheses. Hand-labelled."""

ITEMS = [
dict(guid="aoo_cove_obit_2026_0312", pub="2026-03-12T06:00:00-05:00",
title="Elmer R. Burket, 84, Williamsburg",
body="""Elmer Ray Burket, 84, of Williamsburg, passed into eternal rest Sunday, March 8, 2026, at his home along the Juniata.

He was born Jan. 30, 1942, in Catharine Township, a son of the late Ray and Ella (Hoover) Burket. He farmed the home place for fifty years and drove a school bus for the Williamsburg Community School District for twenty-two of them. He was a member of the Williamsburg Church of the Brethren, where he served as a deacon.

Surviving are his wife of 58 years, Lorraine (Kagarise) Burket; two daughters, Cheryl, wife of Dean Replogle, of New Enterprise, and Brenda Burket of Huntingdon; five grandchildren; and a brother, Harold Burket of Spruce Creek.

Services were held Thursday at the church, Pastor Jonathan Stayer officiating. Burial in Fairview Cemetery. Memorials may be made to the Williamsburg Community Ambulance.""",
gold=[("AOO018", "survivor")]),

dict(guid="aoo_cove_obit_2026_0716", pub="2026-07-16T06:00:00-04:00",
title="Arlene M. (Dibert) Hoover, 80, Martinsburg",
body="""Arlene Mae (Dibert) Hoover, 80, of Martinsburg, passed into eternal rest Friday, July 10, 2026, at Homewood at Martinsburg.

She was born Dec. 2, 1945, in Roaring Spring, a daughter of the late Calvin and Esther (Snowberger) Dibert. She married Marlin L. Hoover in 1966; he died in 2020.

Arlene taught at the Martinsburg elementary school for 31 years and sang alto in the Memorial Church of the Brethren choir for longer than that. Her husband's family says she was the only Dibert who ever learned to make a proper Hoover chicken corn soup.

Surviving are her son, Keith Hoover and his wife Amy of Martinsburg; a brother, Gene Dibert and his wife Carol of Roaring Spring; a sister-in-law, Betty Lou Musselman of Martinsburg; a nephew, Curtis Ickes of Claysburg; and three grandchildren.

A celebration of life will be held at 2 p.m. Sunday at Memorial Church of the Brethren, Pastor Brian Stayer officiating. Bearers will be her grandsons. Arrangements, Feather Funeral Home, Martinsburg.""",
gold=[("AOO011", "survivor"), ("AOO012", "survivor")]),  # Curtis Ickes is do_not_contact

dict(guid="aoo_cove_obit_2026_1008", pub="2026-10-08T06:00:00-04:00",
title="Wilbur C. Imler, 90, Roaring Spring",
body="""Wilbur Clair Imler, 90, of Roaring Spring, passed into eternal rest Sunday, Oct. 4, 2026, at Nason Hospital.

He was born May 9, 1936, in Taylor Township, a son of the late Clair and Bertha (Kagarise) Imler. Wilbur worked for 44 years at the Appvion paper mill in Roaring Spring and kept bees on the hill behind the mill long after he retired. He never married.

He was a member of the Roaring Spring Church of the Brethren and the Roaring Spring Community Band, in which he played the tuba for sixty summers.

Surviving are a sister-in-law, Betty Imler of Altoona; a niece, Denise Shollenberger of Duncansville; a nephew, Gary Imler of Altoona; and several great-nieces and great-nephews. He was preceded in death by his brothers, Paul E. Imler and Russell Imler.

Services 11 a.m. Saturday at the church, the Rev. Galen Snyder officiating. Arrangements, Feather Funeral Home, Roaring Spring.""",
gold=[("AOO006", "survivor")]),
]
