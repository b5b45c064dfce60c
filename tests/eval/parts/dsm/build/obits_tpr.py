"""The Tulip & Prairie Record (weekly for Pella, Knoxville and Indianola): small-town paper, plain text, long
obituaries with the Reformed church details. Hand-labelled (gold=[...])."""

FEED = "tpr"
ITEMS = [
dict(guid="dsm_tpr_obit_2026_0114", pub="2026-01-14T08:00:00-06:00", title="Marjorie Lindahl Foss, 79, Indianola",
body="""Marjorie Lindahl Foss, 79, of Indianola died Saturday, January 10, 2026, at the Indianola hospice house after a long illness borne with patience and a good deal of humor.

Marjorie was born in Stanton to Oscar and Hilda (Anderson) Lindahl and graduated from Simpson College in 1968. She taught Latin and English at Indianola High School for 34 years and directed more school plays than anyone can count. She was a lifelong member of First Lutheran Church.

She is survived by her husband of 55 years, Robert Foss; her daughter, Kristin Foss of Iowa City; her brother, Gunnar Lindahl and his wife, Joyce, of Indianola; and nieces and nephews. She was preceded in death by her parents and a sister, Astrid.

Funeral services will be held at 11 a.m. Friday at First Lutheran Church, Indianola, with Pastor Ann Thorsen officiating. Overton Funeral Home is in charge of arrangements.""",
gold=[("D018", "survivor")]),

dict(guid="dsm_tpr_obit_2026_0318", pub="2026-03-18T08:00:00-05:00", title="Johanna Vander Molen, 91, Pella",
body="""Johanna "Jo" Vander Molen, 91, of Pella, went to be with her Savior on Sunday, March 15, 2026, at Pella Regional Health Center.

Jo was born in Pella to Dirk and Maaike (Kuyper) Bogaard and was baptized and confirmed at Second Reformed Church, where she later taught catechism for 40 years. She married Cornelius Vander Molen in 1954; together they ran the family bakery on Franklin Street, where Jo rolled Dutch letters by the thousand every Tulip Time.

She is survived by her sons, Marv (Arlene) Vander Molen of Pella and Dirk Vander Molen of Sioux Center; eight grandchildren; fifteen great-grandchildren; and a nephew, Rick Vermeer of Pella, whom she raised as her own. She was preceded in death by her husband, Cornelius, in 2009, and by a daughter, Maria, in infancy.

Funeral services will be held at 10 a.m. Friday at Second Reformed Church with the Rev. Jan Hoekstra officiating. Burial will follow in Oakwood Cemetery. Memorials to Pella Christian Grade School.""",
gold=[("D003", "survivor")]),

dict(guid="dsm_tpr_obit_2026_0923", pub="2026-09-23T08:00:00-05:00", title="Hendrik \"Henk\" Van Zee, 85",
body="""Hendrik J. "Henk" Van Zee, 85, of Pella, passed from this life into the arms of his Savior on Saturday, September 19, 2026, at his home.

Henk was born June 12, 1941, on the family farm north of Leighton to Jacob and Trijntje (Van Wyk) Van Zee. He graduated from Pella Christian High School and farmed 400 acres in Lake Prairie Township until 2004, then drove a school bus for the Pella Christian schools for another fifteen years because, he said, he missed having somebody to lecture. He served as an elder and deacon at Bethel Christian Reformed Church.

On August 21, 1964, he married Grace De Haan at Bethel. He is survived by his wife of 62 years, Grace (De Haan) Van Zee of Pella; his children, Jacob (Kim) Van Zee of Oskaloosa, Linda (Mark) Roorda of Pella and Ruth Van Zee of Grand Rapids, Mich.; eleven grandchildren; and four great-grandchildren. He was preceded in death by his parents and his brother, Gerrit.

The funeral will be at 10 a.m. Wednesday at Bethel Christian Reformed Church. Pallbearers will be his grandsons and his neighbor Marv Vander Molen. Burial will follow at Graceland Cemetery.""",
gold=[("D001", "deceased_client"), ("D002", "spouse_of_deceased_client")]),

dict(guid="dsm_tpr_obit_2026_1014", pub="2026-10-14T08:00:00-05:00", title="Pieter De Jong, 66, Knoxville",
body="""Pieter Willem De Jong, 66, of Knoxville died suddenly of a heart attack on Friday, October 9, 2026, while pheasant hunting with his sons near Attica.

Pete was born in Pella to Willem and Wilhelmina De Jong and graduated from Pella High School in 1978. He worked thirty-eight years at the Vermeer plant, most of them as a welding supervisor, and coached Knoxville youth baseball for twenty summers.

He is survived by his wife, Sandra; his sons, Kyle (Jessica) De Jong and Brett De Jong, both of Knoxville; his mother, Wilhelmina "Willa" De Jong of Pella; his sister, Anneke Mulder of Holland, Mich.; and four grandchildren. He was preceded in death by his father, Willem, in 2015.

Services will be at 11 a.m. Saturday at First Reformed Church, Knoxville.""",
gold=[("D004", "survivor")]),
]
