"""Spring Lake Christian Reformed Church - "Congregational Life" bulletin (invented; Dutch Reformed customs:
"went to be with her Lord", "Mr. and Mrs. Harold Pruim", notices sent on from sister churches), plain text.
Hand-labelled."""

FEED = "crc"
ITEMS = [
dict(guid="mkg_crc-cl-2026-02-01", pub="2026-02-01T07:30:00-05:00", title="In Memoriam: Cornelius \"Neal\" Pruim",
body="""Our brother in Christ Cornelius "Neal" Pruim, 74, of Holland, went to be with his Lord on Tuesday, January 27. Neal was a member of our congregation until 1998, when he and Gert moved to Holland to be nearer the grandchildren, and he built the oak communion table that still stands at the front of our sanctuary.

He is survived by his wife, Gertrude; his children, Steven and Lisa; his brother and sister-in-law, Mr. and Mrs. Harold Pruim of Twin Lake; and his sister, Alice Westra of Byron Center.

The funeral was held Saturday at Central Avenue CRC in Holland. Cards may be sent to Gert Pruim, 1180 Post Avenue, Holland. "I know that my Redeemer lives." (Job 19:25)""",
gold=[("MKG020", "survivor"), ("MKG021", "survivor")]),

dict(guid="mkg_crc-cl-2026-03-15", pub="2026-03-15T07:30:00-04:00", title="From our sister church in Sioux Center",
body="""Many of you will remember Hendrik Roelofsma of Sioux Center, Iowa, who spoke to our men's society about his mission trips to Honduras. Brother Hendrik, 84, died March 9 at his home in Sioux Center after a short illness. He is survived by his wife, Trientje, and their six children, all of Sioux County, Iowa. His nephew Dirk Roelofsma and family are members of our congregation. The funeral was held at First CRC of Sioux Center. Let us remember the Roelofsma family in prayer.""",
gold=[]),

dict(guid="mkg_crc-cl-2026-05-10", pub="2026-05-10T07:30:00-04:00", title="In Memoriam: Hilda Zuidema",
body="""Hilda Jantina Zuidema (née Bos), 91, of Grand Haven, went to be with her Lord on May 5 at Heartwood Lodge. Hilda taught at Grand Haven Christian School for 33 years; hundreds of us learned our catechism and our multiplication tables from her, in that order.

She is survived by her daughter, Ellen Van't Hof and her husband Pete of Grand Haven; her son, Nate Zuidema of Spring Lake; six grandchildren, including Dr. Katrien Van't Hof; and four great-grandchildren. Her husband, Albert, went to glory in 2010.

The funeral service will be held here at Spring Lake CRC on Thursday at 11 a.m., with Pastor Kevin Bruinsma officiating. Please uphold the Zuidema and Van't Hof families in prayer.""",
gold=[("MKG014", "survivor"), ("MKG013", "survivor")]),

dict(guid="mkg_crc-cl-2026-07-19", pub="2026-07-19T07:30:00-04:00", title="From our sister church in Montague",
body="""Our friends at Montague CRC share the news that Gertrude "Trudy" Boerema, 88, of Montague, went to be with her Lord on July 14. Trudy kept the church library and knitted a blanket for every baby baptized there since 1975. She is survived by her sons, Wayne (Judy) Boerema of Rothbury and Jim Boerema of Grand Rapids; her grandsons, including Luke Boerema of Whitehall, a Montague firefighter; and many great-grandchildren. Her husband, Harm, preceded her in death. The funeral was held Saturday at Montague CRC.""",
gold=[("MKG017", "survivor")]),
]
