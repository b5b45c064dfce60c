"""The Westside Lakeshore Weekly (Brockport, Hilton, Hamlin, Clarkson): small-town weekly obituaries, plain text.
Hand-labelled."""

FEED = "wk"
ITEMS = [
dict(guid="roc_wlw-obit-2026-0214", pub="2026-02-14T06:00:00-05:00", title="Eleanor Gates Whitford, 93, of Brockport",
body="""BROCKPORT - Eleanor Gates Whitford, 93, who taught Latin at Brockport High School for thirty-one years and never let anyone forget that "alumni" is plural, died February 10, 2026, at Lakeside Hospice.

Eleanor was born on the Gates family farm on the Lake Road in Clarkson, a seventh-generation descendant of Clarkson's first settlers, and graduated from Brockport State Teachers College in 1954. She was a lifelong member of the First Baptist Church of Brockport, a founding trustee of the Seymour Library and the keeper, for fifty years, of the Gates family Bible and its genealogy.

She is survived by her sister, Ruth (Howard) Lattimore of Brockport; her sons, David Whitford of Spencerport and Thomas Whitford of Raleigh, N.C.; five grandchildren; and a great-granddaughter. She was predeceased by her husband, Rev. Lyman Whitford, and by her brother, Charles Gates.

A service of remembrance will be held Saturday, February 21, at 1 p.m. at the First Baptist Church of Brockport. Interment in the spring at Clarkson Union Cemetery. Memorial gifts to the Seymour Library Foundation.""",
gold=[("ROC019", "survivor"), ("ROC018", "survivor")]),

dict(guid="roc_wlw-obit-2026-0307", pub="2026-03-07T06:00:00-05:00", title="Walter E. Truesdell, 88, of Hilton",
body="""HILTON - Walter Edwin Truesdell, 88, a dairy farmer on the Parma Center Road for sixty years, died March 3, 2026, at Unity Hospital.

Walt milked his last cow in 2009 and then took up, in his words, "sitting on the porch professionally." He served on the Hilton Central School board, drove the Hilton Fire Department tanker for thirty years and judged dairy cattle at the Monroe County Fair.

He is survived by his wife of 65 years, Doris (Hovey) Truesdell; his sons, Walter Jr. (Kim) of Hilton and Roger (Anne) of Parma; his daughter, Susan (Craig) Pfeiffer of Hamlin; nine grandchildren; and twelve great-grandchildren.

Services at Hilton Baptist Church on Saturday at 11 a.m.; burial in Parma Union Cemetery.""",
gold=[]),
]
