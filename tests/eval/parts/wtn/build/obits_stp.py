"""St. Patrick & Holy Family Parishes (Watertown, Carthage, Clayton): weekly bulletin, "Please remember in your
prayers", plain text. Hand-labelled."""

ITEMS = [
dict(guid="wtn_stp_bulletin_2026_0118_moser", pub="2026-01-18T07:00:00-05:00", title="Please remember in your prayers: Agnes Moser",
body="""Please remember in your prayers Agnes K. Moser, 97, of Carthage, who went home to the Lord on January 12. Agnes sewed the altar linens of St. James for more than forty years. She is the mother of Arlene (Del) Zehr of Castorland, and the grandmother of seven. Her funeral Mass was offered January 16 at St. James Church, Carthage. Eternal rest grant unto her, O Lord.""",
gold=[("WTN004", "survivor"), ("WTN003", "survivor")]),

dict(guid="wtn_stp_bulletin_2026_0322_amidon", pub="2026-03-22T07:00:00-04:00", title="Please remember in your prayers: Florence Amidon",
body="""Our parish family extends its sympathy to our pastor, Rev. Silas Amidon, on the death of his mother, Florence J. Amidon, 88, of Ogdensburg, who died March 17. A Mass for Florence will be offered at Holy Family on Tuesday at 7 p.m.; all are welcome. Cards may be left at the parish office.""",
gold=[("WTN015", "survivor")]),

dict(guid="wtn_stp_bulletin_2026_0809_netto", pub="2026-08-09T07:00:00-04:00", title="Please remember in your prayers: Ignatius Netto",
body="""Please remember in your prayers Ignatius "Iggy" Netto, 74, of Clayton, who died August 3. His funeral Mass was celebrated at St. Mary's, Clayton, by Rev. Silas Amidon; Mary Beth Docteur and Armand LaFave read, and the Knights of Columbus formed the honor guard. Iggy is survived by his wife, Carol, and his children, Paul and Rita.""",
gold=[]),
]
