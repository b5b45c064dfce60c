"""Westside Community Herald (weekly community paper for Magna, Kearns, West Valley and Salt Lake's west side:
Greek, Polynesian, Japanese-American and Latino families). "In Memoriam" column; teaser description, HTML in
content:encoded. Hand-labelled."""

FEED = "wch"
ITEMS = [
dict(guid="slc_wch-memoriam-2026-014", pub="2026-02-26T07:00:00-07:00", title="In Memoriam: Eleni Drossos, 82, Magna",
body="""Eleni Drossos (née Lambrakis), a daughter of Magna's old Greek Town whose koulourakia were a fixture at every Prophet Elias festival for fifty years, fell asleep in the Lord on February 22, 2026. She was 82.

Eleni was born in Magna in 1943 to Nikolaos and Sofia Lambrakis, who had come from Crete to work the Kennecott smelter. She married Christos Drossos in 1964 and the two ran Drossos Shoe Repair on Main Street until 2001. She was a member of the Philoptochos Society for sixty years.

She is survived by her sons, Nick Drossos of Salt Lake City and Peter Drossos of Phoenix; four grandchildren; and her brother, Konstantinos "Gus" Lambrakis and his wife Georgia of Magna. She was preceded in death by her husband, Christos, and her sister, Maria.

The Trisagion will be prayed Thursday at 7 p.m. and the funeral service held Friday at 11 a.m. at the Prophet Elias Greek Orthodox Church. Interment Magna Cemetery. Memory eternal.""",
# brother Konstantinos "Gus" Lambrakis of Magna = SLC011 (Georgia is his roster spouse, not a client).
gold=[("SLC011", "survivor")]),

dict(guid="slc_wch-memoriam-2026-022", pub="2026-03-26T07:00:00-06:00", title="In Memoriam: Kalliope Kouris, 97",
body="""Kalliope "Popi" Kouris, 97, of Magna, died peacefully on March 21, 2026, at the Greek Orthodox care home in Salt Lake City.

Born in 1928 on the island of Chios, Popi came to Magna as a picture bride in 1947 to marry Yiannis Kouris, a smelter worker she had seen only in one photograph. Together they raised three children above the family's grocery on Main Street. She could feed a wedding party from a kitchen the size of a closet.

She is survived by her daughter, Despina Nikolaidis of Salt Lake City; her son, Jim Kouris of Sacramento; seven grandchildren and five great-grandchildren. She was preceded in death by her husband, Yiannis, her son, George, and her son-in-law, Peter Nikolaidis.

Funeral services were held at the Prophet Elias Greek Orthodox Church. Pallbearers were her grandsons and family friends Gus Lambrakis and Ted Karras.""",
# daughter Despina Nikolaidis of Salt Lake City = SLC012 (maiden Kouris; widowed, no roster spouse).
# Pallbearer Gus Lambrakis (SLC011): nothing for this item.
gold=[("SLC012", "survivor")]),

dict(guid="slc_wch-memoriam-2026-031", pub="2026-04-23T07:00:00-06:00", title="Fa'afetai tele lava: High Chief Leota Sefo Tuimavave, 76",
body="""High Talking Chief Leota Sefo Tuimavave of Kearns, a founder of the first Samoan congregation of the Congregational Christian Church in the Salt Lake Valley, passed away on April 18, 2026, at the age of 76.

Born in Leone, American Samoa, Leota came to Utah in 1974 to work at the Geneva steel mill and stayed to raise a family and a church. He was a matai of great dignity and a gifted orator whose fa'alupega could silence a room.

He is survived by his wife, Fetu; his children Sefo Jr., Lagi, Toleafoa and Fia; 31 grandchildren; and 12 great-grandchildren.

The family service will be held Friday evening and the funeral Saturday at 10 a.m. at the CCCAS Kearns church. Pallbearers: Sefo Tuimavave III, Tavita Fa'alogo, Paulo Leiataua, Mose Sapolu and Ioane Tuimavave.""",
# Pallbearer Tavita Fa'alogo (SLC010, roster "Faalogo"): nothing.
gold=[]),

dict(guid="slc_wch-memoriam-2026-038", pub="2026-06-11T07:00:00-06:00", title="In Memoriam: Saufo'i Fa'alogo, 84, Taylorsville",
body="""Saufo'i Fa'alogo, beloved mother and grandmother, passed away on June 6, 2026, in Taylorsville, with her children singing hymns at her bedside. She was 84.

Saufo'i was born in Falealupo, Savai'i, and came to Utah in 1979. She cleaned offices downtown at night for twenty-five years so her children could go to college, and every one of them did.

She is survived by her sons, Tavita Fa'alogo of Kearns and Iosefa Fa'alogo of Carson, Calif.; her daughters, Malia Soliai of Taylorsville and Sina Fa'alogo of Honolulu; and 19 grandchildren. She was preceded in death by her husband, Tavita Sr.

Funeral services will be held Saturday at 10 a.m. at the Taylorsville 9th Ward (Samoan), 4700 S 2700 W.""",
# son Tavita Fa'alogo of Kearns = SLC010 (apostrophe dropped in the roster).
gold=[("SLC010", "survivor")]),

dict(guid="slc_wch-memoriam-2026-044", pub="2026-07-09T07:00:00-06:00", title="In Memoriam: Frank Masaru Okubo, 88",
body="""Frank Masaru Okubo, 88, of Salt Lake City, a Nisei who was four years old when his family was sent to the Topaz camp in Millard County, died on July 3, 2026.

After the war the Okubos farmed in Layton, and Frank went on to become a pharmacist, running Okubo Drug on 900 South for 35 years. He was a past president of the Salt Lake chapter of the Japanese American Citizens League and told his story of Topaz to every school class that would listen.

He is survived by his wife, Amy; his children, Glenn Okubo and Lisa (Mark) Harada; and four grandchildren.

A memorial service will be held at the Salt Lake Buddhist Temple on July 12 at 2 p.m. The eulogy will be given by his longtime friend and fellow JACL board member Steve Tateoka. Koden may be directed to the Topaz Museum.""",
# Steve Tateoka (SLC017) gives the eulogy: nothing.
gold=[]),
]
