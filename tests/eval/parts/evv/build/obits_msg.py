"""The Tri-State Messenger, a Catholic diocesan weekly for southwestern Indiana and the Kentucky side of the river:
"Please pray for..." notices sent in by parishes, plain text. Hand-labelled."""

ITEMS = [
dict(guid="evv_msg_2026_0131_hagedorn", pub="2026-01-31T08:00:00-05:00", title="Eleanor M. Hagedorn - St. Joseph Parish, Evansville",
body="""Please pray for the repose of the soul of Eleanor M. Hagedorn, 94, a member of St. Joseph Parish on the west side of Evansville, who died January 27. A retired first-grade teacher at Holy Rosary School, Miss Hagedorn never married and called her 212 former pupils "my children."

She is survived by her sister, Mrs. Delbert Ten Barge of Evansville, and by nephews and nieces. The Mass of Christian Burial was celebrated at St. Joseph Church on January 30 by Fr. Bernard Etienne.""",
gold=[("EVV009", "survivor")]),

dict(guid="evv_msg_2026_0214_wagnerhaus", pub="2026-02-14T08:00:00-05:00", title="Theodora \"Teddi\" Wagnerhaus - St. John the Baptist, Newburgh",
body="""Please pray for Theodora "Teddi" Wagnerhaus, 79, of Newburgh, who died February 9. Teddi was sacristan at St. John the Baptist for 30 years and made the parish's Advent wreaths by hand.

Survivors include her husband, Louis; sons Mark and Paul Wagnerhaus; and seven grandchildren. At the funeral Mass on February 13, Cordelia Haskamp read the first reading and Dwayne Kloppenburg the second; Fr. Tom Kessens presided.""",
gold=[]),

dict(guid="evv_msg_2026_0321_oyervides", pub="2026-03-21T08:00:00-04:00", title="Nicolás Oyervides Treviño - Holy Name of Jesus, Henderson",
body="""Please pray for Nicolás Oyervides Treviño, 81, of Henderson, Ky., who died March 16. Born in Sabinas Hidalgo, Nuevo León, he came to Henderson in 1988 to work at the Tyson plant and helped start the parish's Spanish Mass. Descanse en paz.

He is survived by his wife, Herminia; his daughter, Ximena (Efraín) Barragán of Henderson; his son, Nicolás Jr. of Monterrey; and eight grandchildren. A rosary was prayed at Holy Name of Jesus Church on March 19, followed by the funeral Mass.""",
gold=[("EVV006", "survivor")]),

dict(guid="evv_msg_2026_0425_worthy", pub="2026-04-25T08:00:00-04:00", title="Clementine Peyton Worthy - St. Agnes, Henderson",
body="""Please pray for Clementine Peyton Worthy, 97, of Henderson, Ky., a convert who joined St. Agnes Parish in 1961 and taught CCD for forty years. She died April 20.

She leaves her daughter, Odessa Mabrey (Lucius) of Henderson; a son, Franklin Worthy of Nashville; and many grandchildren. She was preceded in death by her husbands, Otis Peyton and Calvin Worthy. Funeral Mass was celebrated April 24.""",
gold=[("EVV011", "survivor"), ("EVV010", "survivor")]),

dict(guid="evv_msg_2026_0509_kissel", pub="2026-05-09T08:00:00-04:00", title="Hubert Kissel - Resurrection Parish, Evansville",
body="""Please pray for Hubert Kissel, 88, of Evansville, a longtime Knights of Columbus member at Resurrection Parish, who died May 4. He leaves his wife of 64 years, Dolores, and four children.

Pallbearers were Kurt Fuchsmeier, Delbert Ten Barge, Gary Kissel and Nathan Kissel. Rev. Desmond Tuggle, a friend from the ecumenical food pantry, offered a prayer at the graveside.""",
gold=[]),
]
