"""Salem Square Moravian Fellowship - Memoirs and Notices: the congregation posts the memoir (life story) read at
each funeral. Plain text. Hand-labelled."""

FEED = "smm"
ITEMS = [
dict(guid="gso_smm-memoir-2026-07", pub="2026-07-30T12:00:00-04:00", title="Memoir of Sister Louise Reich",
body="""Louise Margarethe Reich was born on the 2nd of November, 1928, in the Bethania community, the youngest of seven children of Samuel and Lydia Reich, and fell asleep in Jesus on July 26, 2026, at the age of 97 years.

She was baptized at Bethania Moravian Church, received into communicant membership there at fourteen, and transferred to our congregation upon her marriage to Brother Henry Reich, a distant cousin, which she explained to anyone who asked was "not as unusual as you'd think in Bethania." For forty years she directed the Christmas candle tea and could trim a beeswax candle faster than anyone living.

She is survived by her daughter, Laura Pfohl, and her husband, Jonathan, of Winston-Salem; two grandchildren, Hannah and Peter; and a great many nieces and nephews. She was preceded in death by her husband, Henry, and by her son, Frederick.

Her funeral was held in the church, with the band playing from the steps, and she was laid to rest in God's Acre.""",
gold=[("GSO022", "survivor"), ("GSO021", "survivor")]),

dict(guid="gso_smm-memoir-2026-10", pub="2026-10-19T12:00:00-04:00", title="Memoir of Brother William Frederick Transou",
body="""William Frederick Transou, known to all of us as Bill, was born on April 12, 1941, in Winston-Salem to Frederick and Ruth Transou, and departed this life on October 15, 2026, at the age of 85 years.

Bill grew up in the shadow of the Home Church, sang in the boys' choir, and was received into communicant membership on Palm Sunday, 1955. He studied accounting at Wake Forest College and kept the books of a Winston-Salem hosiery company for thirty-eight years. For most of those years he also kept the books of this congregation, and he was never once a penny off.

On June 12, 1965, he married Edith Hege of the Friedberg congregation, and their marriage of sixty-one years was a blessing to everyone who sat at their table. He is survived by his wife, Edith; their daughters, Karen Transou Snyder of Clemmons and Beth Transou of Raleigh; and five grandchildren. He was preceded in death by his brother, Robert.

This memoir was read by Brother Jonathan Pfohl at the funeral on October 18. Bill was laid to rest in the Salem Moravian God's Acre, where the brass choir played "Sleepers, Wake" as the family left.""",
gold=[("GSO001", "deceased_client"), ("GSO002", "spouse_of_deceased_client")]),  # birth date = roster; wife Edith (Hege)
]
