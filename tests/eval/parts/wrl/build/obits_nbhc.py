"""North Big Horn Chronicle (Lovell weekly): community-paper obituaries in the Latter-day Saint style of the
north Big Horn Basin (missions, wards, temple sealings). Plain text. Hand labels beside each text."""

ITEMS = [
    dict(guid="wrl_nbhc_obit_260122_cazier", pub="2026-01-22T05:00:00-07:00",
         title="Merrill Dean Cazier",
         body="""
Merrill Dean Cazier, 34, of Mesa, Arizona, formerly of Lovell, passed away unexpectedly January 16, 2026, in Mesa.

Merrill was born June 3, 1991, in Powell to Dean and Colleen (Asay) Cazier and was named for his grandfather. He graduated from Lovell High School in 2009, where he was an all-conference linebacker, and served a mission in the Philippines Cebu Mission. He worked as an HVAC technician in Mesa.

He is survived by his wife, Kassidy, and their three children of Mesa; his parents, Dean and Colleen Cazier of Byron; his sisters, Jenna (Tyson) Walker and Madi Cazier; and his grandparents, Merrill and Ila Jean Cazier of Lovell.

Funeral services will be held at 11 a.m. Saturday, Jan. 24, at the Lovell Wyoming Stake Center, with Bishop Ryan Crosby conducting. Interment will be in the Lovell Cemetery.
""",
         gold=[("WRL006", "survivor"), ("WRL007", "survivor")]),

    dict(guid="wrl_nbhc_obit_260219_wardell", pub="2026-02-19T05:00:00-07:00",
         title="Afton Louise Wardell",
         body="""
Afton Louise Pearson Wardell, 81, of Byron returned to her Heavenly Father on February 13, 2026, at North Big Horn Hospital in Lovell.

Afton was born in Cowley and married LaMar Wardell in the Idaho Falls Idaho Temple in 1963. She served in the Byron Ward Relief Society and Primary for more than fifty years and bottled enough peaches to feed the whole north end of the county.

She is survived by her husband, LaMar, of Byron; her sons, Kimball (Brynlee) Wardell of Lovell and Trent (Shaylee) Wardell of Idaho Falls; her daughter, Annette (Brad) Cozzens of Cody; 19 grandchildren and 12 great-grandchildren.

Funeral services will be held Saturday at 11 a.m. at the Byron Ward chapel. Interment in the Byron Cemetery.
""",
         gold=[("WRL008", "survivor")]),   # "of Lovell": Cowley is next door (about 7 km); roster spouse Brynlee

    dict(guid="wrl_nbhc_obit_260326_jolley", pub="2026-03-26T05:00:00-06:00",
         title="Boyd Alma Jolley",
         body="""
Boyd Alma Jolley, 77, of Lovell died March 21, 2026, at his home after a long fight with cancer.

Boyd was born in Lovell, farmed barley and sugar beets along the Shoshone River and served as a counselor in the Lovell East Ward bishopric. He was a member of the Lovell Volunteer Fire Department for 28 years.

He is survived by his wife, Charlotte, of Lovell; sons Brent and Alan Jolley of Lovell; and 14 grandchildren.

Services were held March 25 at the Lovell East Ward chapel, with Bishop Kimball Wardell of the Cowley Ward conducting and Merrill Cazier offering the invocation.
""",
         gold=[]),   # WRL008 conducts, WRL006 gives the invocation: nothing

    dict(guid="wrl_nbhc_obit_260430_brimhall", pub="2026-04-30T05:00:00-06:00",
         title="Elwood Brimhall",
         body="""
Elwood Leroy Brimhall, 88, of Powell died April 26, 2026, at Powell Valley Care Center.

Elwood homesteaded on the Heart Mountain project with his parents in 1949 and farmed there until 2004. He served in the Army in Korea and later as a Powell Valley School Board member.

He is survived by his daughter, Lanae (Steven) Hopkin of Powell, and his grandchildren.

Graveside services with military honors will be held Friday at Crown Hill Cemetery in Powell.
""",
         gold=[]),
]
