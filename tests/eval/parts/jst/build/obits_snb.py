"""St. Nicholas of Myra Byzantine Catholic Church, Johnstown (Cambria City): weekly parish bulletin, "Memory
Eternal" notices in the Carpatho-Rusyn / Slovak Greek Catholic style ("fell asleep in the Lord", Parastas,
Panachida, "Vičnaja jej pamjat"). Plain text. Hand-labelled."""

ITEMS = [
dict(guid="jst_snb_2026_01_25_memory_eternal", pub="2026-01-25T07:00:00-05:00",
title="Memory Eternal: Servant of God Joseph Dzurko",
body="""Please remember in your prayers the newly departed servant of God JOSEPH M. DZURKO, 86, of Upper Yoder Township, who fell asleep in the Lord on Wednesday, January 21, after a long illness borne with patience.

Joe was a cantor of this parish for over forty years and a faithful member of Sokol Lodge 8. He was predeceased by his wife, Margaret (Petrunak), in 2019. He leaves behind his sons, Joseph Jr. (Karen) of Richland and Thomas of Mount Lebanon; his sister, Mary Ann Kostelnik, of Richland Township, who cared for him these last two years; and six grandchildren.

Parastas was sung Friday evening by Father Dimitri, and the Divine Liturgy of Christian Burial was celebrated on Saturday. May God grant to His servant Joseph blessed repose and eternal memory! Vičnaja jemu pamjat!""",
gold=[("JST003", "survivor")]),

dict(guid="jst_snb_2026_03_22_panachida", pub="2026-03-22T07:00:00-04:00",
title="Forty-Day Panachida: Bernard Hritzko",
body="""A Panachida for the 40th day of the repose of the servant of God BERNARD HRITZKO will be served after the 9:30 Divine Liturgy next Sunday, March 29, at the request of his wife, Dolores, and family. Bernie sang with our cantors for nearly fifty years; the cantors will sing the Panachida in his memory. All are invited to the social hall afterward for coffee and pirohi. Vičnaja jemu pamjat!""",
gold=[]),  # memorial service notice for a death already announced (and labelled) in February: no new outreach

dict(guid="jst_snb_2026_05_31_memory_eternal", pub="2026-05-31T07:00:00-04:00",
title="Memory Eternal: Servant of God Anna Kuzmiak",
body="""Our parish family commends to God the servant of God ANNA KUZMIAK (née Dudash), 90, of Hornerstown, who fell asleep in the Lord on May 26 at the Arbutus Park Manor. Baba Anna made pyrohy in our church kitchen every Lent for sixty-two years, and she taught half the parish how to pinch the edges shut.

She is survived by her son, Walter "Wally" Kuzmiak, of Hornerstown; her daughter, Joanne Kocjancic, of Pittsburgh; and her granddaughters, Marissa Kocjancic of Richland and Kristen Kocjancic of Columbus, Ohio. She was preceded in death by her husband, John, in 2004.

The Parastas and funeral Divine Liturgy were celebrated by Father Dimitri on Friday and Saturday. Vičnaja jej pamjat! Memory eternal!""",
gold=[("JST019", "survivor")]),   # Wally Kuzmiak (JST016) is do_not_contact: nothing

dict(guid="jst_snb_2026_06_28_pastor_father", pub="2026-06-28T07:00:00-04:00",
title="Pray for the father of our pastor",
body="""Please pray for the repose of the soul of MICHAEL LAZORCHAK, 94, of Munhall, the father of our pastor, Father Dimitri, who fell asleep in the Lord on Monday, June 22, at his home, with Father at his side. Mr. Lazorchak was a steelworker at the Homestead Works for 37 years and a member of St. John the Baptist Cathedral in Munhall, where the funeral was celebrated by His Grace, Bishop Basil, on Thursday.

He is also survived by his daughter, Pani Elena Hutsko of Parma, Ohio, and four grandchildren. Our parish extends its deepest sympathy to Father Dimitri and his family. Sympathy cards may be left at the rectory. Vičnaja jemu pamjat!""",
gold=[("JST014", "survivor")]),

dict(guid="jst_snb_2026_09_13_memory_eternal", pub="2026-09-13T07:00:00-04:00",
title="Memory Eternal: Servant of God Maria Sopko",
body="""Please remember in your prayers the servant of God MARIA SOPKO, 97, of Cambria City, our oldest parishioner, who fell asleep in the Lord on September 9. Maria was born in the village of Habura in the Lemko region and came to Johnstown in 1949. She is survived by her nephew, Peter Sopko, of Richland, and many godchildren. The Parastas and funeral Divine Liturgy were celebrated on Saturday. Vičnaja jej pamjat!""",
gold=[]),
]
