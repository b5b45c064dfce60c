"""Coastal Churches Messenger: a community paper gathering parish and church notices (Catholic, Greek Orthodox)."""

FEED = "ccm"
ITEMS = [
dict(guid="sav_ccm_2026_0311", pub="2026-03-29T07:00:00-04:00", title="Please remember in your prayers: Mary Agnes Coyle",
body="""Please remember in your prayers Mary Agnes Coyle, 90, of Savannah, who died March 25 at Warm Springs Hospice House. A daily communicant at Blessed Sacrament for sixty years and a founding member of the parish Altar Society, she was the mother of Bridget Mulherin (Frank) of Savannah and Father Thomas Coyle of the Diocese of Savannah, and grandmother of six. She was predeceased by her husband, Joseph Coyle. Her funeral Mass was celebrated Saturday by her son; Maureen O'Shaughnessy proclaimed the first reading. Eternal rest grant unto her, O Lord.""",
gold=[("SAV021", "survivor"), ("SAV020", "survivor")]),

dict(guid="sav_ccm_2026_0347", pub="2026-05-24T07:00:00-04:00", title="Please remember in your prayers: John \"Jack\" Dunleavy",
body="""Please remember in your prayers John Francis "Jack" Dunleavy, 81, of Savannah, a retired Savannah police sergeant and longtime usher at St. James, who died May 20. Jack was predeceased by his wife, Ann, and his brother, Michael. He is survived by his sister, Margaret "Peggy" Cullinane of Savannah; his sons, Brian Dunleavy of Macon and Kevin Dunleavy of Savannah; his nephew, Kieran Fahey; and seven grandchildren. Msgr. Daniel Brophy celebrated the funeral Mass.""",
gold=[("SAV011", "survivor")]),

dict(guid="sav_ccm_2026_0362", pub="2026-06-14T07:00:00-04:00", title="Prayers for the family of Dennis P. O'Shaughnessy",
body="""Parishioner Kevin O'Shaughnessy asks our prayers for his brother, Dennis P. O'Shaughnessy, 74, of Worcester, Massachusetts, who died June 8 after a long illness. Dennis was a retired Worcester firefighter and a Navy veteran of Vietnam. He is also survived by his wife, Kathleen, and their four children, all of Worcester. The funeral was held at St. Paul's Cathedral in Worcester.""",
gold=[]),

dict(guid="sav_ccm_2026_0398", pub="2026-09-06T07:00:00-04:00", title="Memory Eternal: Anastasia Lekkas",
body="""Memory eternal: Anastasia Lekkas, 94, of Savannah, a founding member of the Holy Trinity Philoptochos Society, fell asleep in the Lord on September 1. Born in Kalamata, she came to Savannah as a bride in 1954. She was predeceased by her husband, Georgios. She is survived by her son, Demetrios "Jimmy" Lekkas and his wife Christina of Wilmington Island; her daughter, Vasiliki Kostas of Tampa; and her grandchildren, Sophia, Georgios and Anna. Her koliva was made by the ladies of the Philoptochos, as she had made it for others for sixty years.""",
gold=[("SAV012", "survivor"), ("SAV013", "survivor")]),
]
