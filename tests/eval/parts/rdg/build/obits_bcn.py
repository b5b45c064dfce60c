"""Berks Congregations: notes of the faithful departed sent in by parishes and congregations (Maronite, Lutheran
and Reformed, Greek Orthodox, Polish Catholic). Plain text, church idiom. Hand-labelled (`gold`)."""

BASE = "rdg_bcn_"
ITEMS = [
dict(guid=BASE + "najib-boutros-saliba", pub="2026-03-30T12:00:00-04:00", title="St. Sharbel Maronite Mission: Najib Boutros Saliba",
body="""Najib Boutros Saliba, 88, of Wyomissing, fell asleep in the Lord on Thursday, March 26, 2026. Born in Zahle, Lebanon, he came to Reading in 1971 and for thirty years ran Saliba's Market on Penn Street, where he sold the first pita and kibbeh many Berks Countians ever tasted.

He is survived by his wife of 61 years, Mona (Haddad) Saliba; his daughter, Rima (Nadim) Ghantous of Wyomissing; his son, Fadi Saliba of Allentown; and six grandchildren.

The Divine Liturgy will be celebrated Tuesday at 10 a.m. at St. Sharbel Maronite Mission, Reading. Forty-day memorial Mass May 5. May his memory be eternal.""",
gold=[("RDG009", "survivor"), ("RDG008", "survivor")]),

dict(guid=BASE + "mabel-e-sattazahn", pub="2026-05-12T12:00:00-04:00", title="Zion's (Stouchsburg) Lutheran Church: Mabel E. Sattazahn",
body="""We commend to God's keeping our sister in Christ, Mabel E. (Zerbe) Sattazahn, 93, of Womelsdorf, who entered into rest on Friday, May 8, 2026. She was the wife of the late Raymond Sattazahn.

Mabel was baptized and confirmed at Zion's and taught the primary Sunday school class for fifty-one years. Her sticky buns funded the new organ.

She leaves her son, Dale, husband of JoAnn Sattazahn, Robesonia; her daughter, Carol, wife of Dennis Moyer, Myerstown; eight grandchildren and eleven great-grandchildren.

The family thanks the nurses of Reading Hospital's 6 East, especially Yesenia Almánzar, for their kindness. Services Wednesday at 11 a.m. at Zion's Church, Stouchsburg, Pastor Anne Bickel officiating.""",
gold=[("RDG011", "survivor")]),

dict(guid=BASE + "sophia-papadakis", pub="2026-07-22T12:00:00-04:00", title="Sts. Constantine and Helen Greek Orthodox Cathedral: Sophia Papadakis",
body="""Sophia Papadakis, 91, of West Reading, fell asleep in the Lord on July 19, 2026. Born in Chania, Crete, she came to Reading as a bride in 1957 and for decades rolled the koulourakia for the parish's Greek Food Festival.

She is survived by her daughter, Eleni, and her husband, Evangelos "Angelo" Kalogridis, of West Reading; her son, Nikos Papadakis of Wilmington, Del.; and five grandchildren. She was predeceased by her husband, Georgios.

Trisagion Prayers Thursday at 7 p.m.; Funeral Service Friday at 10 a.m. at the Cathedral. Memory eternal.""",
gold=[("RDG015", "survivor")]),

dict(guid=BASE + "helen-t-szczepanik", pub="2026-08-19T12:00:00-04:00", title="St. Mary's Polish Catholic Parish: Helen T. Szczepanik",
body="""Eternal rest grant unto her, O Lord. Helen T. (Wisniewski) Szczepanik, 83, of Reading, died August 15, 2026, on the Feast of the Assumption. She was the widow of Walter Szczepanik.

Helen sang in the parish choir for sixty years and made pierogi for every church bazaar since 1961.

She is survived by her daughter, Theresa Kowalski of Exeter Township; her brother-in-law, Stanley Szczepanik of Mount Penn; and three grandchildren.

Mass of Christian Burial Saturday at 10 a.m., St. Mary's Church, Reading. Interment in Gethsemane Cemetery.""",
gold=[]),
]
