"""Church bulletins and paid death notices of Sheboygan County ('Lakeshore Parish & Congregation Notices'):
plain text, surname-first or 'Please remember in prayer' headings. Hand-labelled."""

ITEMS = [
dict(guid="sbg_cb_20260219_rammer", pub="2026-02-19T07:00:00-06:00", title="RAMMER, Marlys",
body="""RAMMER, Marlys, of Cascade, died Monday, February 16, 2026. Arrangements are pending with Wittenberg-Lakeside Funeral Home, Plymouth.""",
gold=[("SBG021", "possible_deceased_client")]),

dict(guid="sbg_cb_20260301_gertrude_hilbelink", pub="2026-03-01T08:00:00-06:00", title="Please remember in prayer: Gertrude Hilbelink",
body="""Please remember in prayer the family of Gertrude Hilbelink, 101, a member of our congregation for 80 years, who was called home on February 25. Gertrude is mourned by her son and daughter-in-law, Jerry and Wilma Hilbelink of Oostburg, her daughter Hendrika Claerbaut of Holland, Michigan, 12 grandchildren and 27 great-grandchildren. She was preceded in death by her husband, Rev. Cornelius Hilbelink. The funeral will be held Thursday at 10 a.m. at First Reformed Church of Oostburg, Pastor Kevin Vander Zee presiding. Consistory members will serve as bearers. -- First Reformed Church of Oostburg bulletin""",
gold=[("SBG015", "survivor"), ("SBG016", "survivor")]),

dict(guid="sbg_cb_20260315_dickmann_notice", pub="2026-03-15T07:00:00-05:00", title="DICKMANN, LaVerne A.",
body="""LaVerne A. Dickmann, 85, of Plymouth, passed away on Saturday, March 7, 2026, at St. Nicholas Hospital in Sheboygan.

LaVerne was born on May 14, 1940, in the Town of Plymouth, son of the late Alois and Hedwig (Rammer) Dickmann. On October 20, 1962, he married Delores Scheibl at St. John the Baptist Catholic Church in Plymouth. LaVerne farmed on Highway 57 and hauled cheese for the Sartori plant for many years.

He is survived by his wife of 63 years, Delores (nee Scheibl); his children, Mark (Theresa) Dickmann of Kiel and Julie (Brian) Flanagan of Sheboygan Falls; seven grandchildren; and his sister, Irene Lisowe of Elkhart Lake.

He was preceded in death by his brothers, Norbert and Alfred Dickmann.

A Mass of Christian Burial will be celebrated at 10:30 a.m. Thursday, March 12, at St. John the Baptist Catholic Church, Plymouth, with Fr. Tom Biersack presiding. Pallbearers: his grandsons and his neighbor Craig Boehlke.""",
gold=[]),  # second (paid) copy of sbg_fh_laverne-a-dickmann: labelled on the earlier copy only

dict(guid="sbg_cb_20260426_walter_lubach", pub="2026-04-26T08:00:00-05:00", title="In Memoriam: Walter Lubach",
body="""Our Bethlehem Lutheran family commends to God our brother in Christ Walter Lubach, 94, of Sheboygan, who fell asleep in Jesus on April 21. Walt ushered at the 8:00 service for more than fifty years. He leaves his daughter, Kitty Lubach of Sheboygan, and his nephew, Warren Zimbal, who served as his caregiver. Walt was preceded in death by his wife, Ardell. Funeral service Tuesday, 11 a.m., Pastor Joel Hinz officiating; lunch by the Ladies Aid following. -- Bethlehem Lutheran Church, Sheboygan, Sunday bulletin""",
gold=[("SBG014", "survivor"), ("SBG025", "survivor")]),
]
