"""Palm Beach Jewish Chronicle: "In Memoriam" notices in the style of a community Jewish weekly (Hebrew calendar
touches, "beloved husband of", shiva, memorial donations), plain text. Hand-labelled: `gold` beside each text."""

FEED = "jc"
ITEMS = [
dict(guid="pbi_jc_mem_2026_0217", pub="2026-02-17T09:00:00-05:00", title="Sylvia Feingold Mermelstein, 90",
body="""Sylvia Feingold Mermelstein, 90, of Boca Raton, formerly of Forest Hills, Queens, died February 13, 2026 (25 Shevat 5786).

Sylvia taught English at Forest Hills High School for 33 years and, her students report, could spot a borrowed thesis from the back of the room. She was president of the Boca Raton chapter of Hadassah and a devoted member of Congregation B'nai Israel.

Beloved wife of the late Irwin Mermelstein. Loving mother of Dr. Alan (Debra) Mermelstein of Manhasset and Lisa Mermelstein of Chicago. Cherished sister of Harriet Zuckerbrot (Sheldon) of West Palm Beach. Adored grandmother of four.

Services were held Sunday at Beth Israel Memorial Chapel, Delray Beach. Shiva will be observed at the home of Harriet and Sheldon Zuckerbrot, Century Village, West Palm Beach, through Thursday. Contributions may be made to Hadassah.""",
gold=[("PBI008", "survivor"), ("PBI007", "survivor")]),

dict(guid="pbi_jc_mem_2026_0422", pub="2026-04-22T09:00:00-04:00", title="Morris Berkowitz, 94",
body="""Morris Berkowitz, 94, of Delray Beach, formerly of Cleveland Heights, Ohio, died April 19, 2026 (2 Iyar 5786).

Morris was a pharmacist who owned Berkowitz Drugs on Taylor Road for forty years and filled prescriptions on credit for families who could not pay, and then forgot to send the bill. He was a Korean War veteran and a lifetime member of the Jewish War Veterans.

Beloved husband of the late Ruth Berkowitz. Devoted father of Dr. Ilana Berkowitz-Lev (Amos Lev) of Palm Beach and Daniel (Rachel) Berkowitz of Shaker Heights. Proud grandfather of Noa, Eitan and Maya.

Graveside services were held at Eternal Light Memorial Gardens, Boynton Beach. Shiva at the home of Dr. Berkowitz-Lev. Contributions to the American Heart Association.""",
gold=[("PBI009", "survivor")]),

dict(guid="pbi_jc_mem_2026_0530", pub="2026-05-30T09:00:00-04:00", title="Harriet Zuckerbrot, 92",
body="""Harriet Zuckerbrot, 92, of Sunrise, formerly of the Bronx, died May 27, 2026 (11 Sivan 5786).

A bookkeeper for the garment center for forty years, Harriet retired to Sunrise Lakes in 1993, where she ran the Phase 3 canasta game with an iron hand.

Beloved wife of the late Irving Zuckerbrot. Loving mother of Steven (Gail) Zuckerbrot of Plantation and Ellen Kaye of Coral Springs. Grandmother of five and great-grandmother of two.

Services were held at Star of David Memorial Gardens, North Lauderdale. Contributions to the Jewish Federation of Broward County.""",
gold=[]),

dict(guid="pbi_jc_mem_2026_0716", pub="2026-07-16T09:00:00-04:00", title="Sheldon Zuckerbrot, 85",
body="""Sheldon M. Zuckerbrot, 85, of West Palm Beach, died July 12, 2026 (27 Tammuz 5786) at the Morse Life hospice.

Born in Brooklyn on March 9, 1941, Shelly sold men's suits on Pitkin Avenue, then insurance in Great Neck, and retired to Century Village in 2004, where he served two terms as president of the Kingswood condominium association and called the numbers at bingo with a Catskills comedian's timing. He was a member of Temple Beth Zion for fifty years.

Beloved husband for 61 years of Harriet (nee Feingold) Zuckerbrot. Devoted father of Howard (Ellen) Zuckerbrot of Wellington and Rhonda Zuckerbrot-Klein of Great Neck. Adored grandfather of Jacob, Rebecca and Sam. He was predeceased by his sister-in-law, Sylvia Mermelstein.

Services Thursday at 11 a.m. at Gutterman-Weiss Memorial Chapel, West Palm Beach, Rabbi Dov Lerner officiating. Shiva at the family home in Century Village through Tuesday. Contributions to the Morse Life Foundation.""",
gold=[("PBI007", "deceased_client"), ("PBI008", "spouse_of_deceased_client")]),

dict(guid="pbi_jc_mem_2026_1005", pub="2026-10-05T09:00:00-04:00", title="Estelle Rabinowitz, 97",
body="""Estelle Rabinowitz, 97, of Palm Beach, died October 1, 2026 (19 Tishrei 5787).

Estelle chaired the women's division of the Palm Beach Federation campaign three times and played tennis at the Palm Beach Country Club into her nineties.

Beloved wife of the late Bernard Rabinowitz. Mother of Joel (Susan) Rabinowitz of Manhattan and Nancy Rabinowitz Fine of Palm Beach Gardens. Grandmother of six.

The family thanks Dr. Ilana Berkowitz-Lev and the cardiac nursing staff of Flagler Shores Medical Center for their extraordinary care. Services were held at Temple Emanu-El of Palm Beach, Rabbi Ezra Kahn officiating.""",
gold=[]),
]
