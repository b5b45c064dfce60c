"""Standard Valley Death Notices & Parish Bulletin (invented): paid death notices (surname-first headings) and
parish-bulletin prayer notices, plain text. Hand-labelled."""

ITEMS = [
dict(guid="hzt_notice_20260218_krajnak", pub="2026-02-18T06:00:00-05:00", title="KRAJNAK, Dorothy M.",
body="""KRAJNAK, Dorothy M., 84, of Drums, Feb. 16, 2026. Wife of the late Edward Sr. Survived by son Edward (Ed) Krajnak of Drums; daughter Linda Stahl, Mountain Top. Mass Thursday 10 a.m., St. Nicholas, Weston. Arr.: Kuklis & McAndrew FH, Freeland.""",
gold=[]),

dict(guid="hzt_notice_20260409_peralta", pub="2026-04-09T06:00:00-04:00", title="PERALTA, Ramon",
body="""PERALTA, Ramon, 45, of Reading, April 6, 2026. Husband of Maritza (Cruz) Peralta. Father of Jaylen and Kiara. Born in Moca, Dominican Republic. Service Saturday, Iglesia Pentecostal Monte Sion, Reading. Arr.: Bean FH, Reading.""",
gold=[]),

dict(guid="hzt_bulletin_20260503_batista", pub="2026-05-03T07:00:00-04:00", title="Please pray for Milagros Batista",
body="""Please keep in your prayers the soul of Milagros Batista, 64, who died April 29 in Santiago de los Caballeros, Dominican Republic, and the family who mourn her, especially her daughter, our parishioner and lector Ana Lucia Batista of Hazleton. A Misa de difuntos will be offered Sunday at 1 p.m. (Spanish Mass) at Most Precious Blood Church. Que descanse en paz.""",
gold=[("HZT019", "survivor")]),

dict(guid="hzt_notice_20260520_lukasavage", pub="2026-05-20T06:00:00-04:00", title="LUKASAVAGE, Theresa",
body="""LUKASAVAGE, Theresa, of Freeland, May 18, 2026, at Hazleton General Hospital. Arrangements are pending and will be announced by the Kuklis & McAndrew Funeral Home, Freeland.""",
gold=[("HZT017", "possible_deceased_client")]),

dict(guid="hzt_bulletin_20260607_sosnowski", pub="2026-06-07T07:00:00-04:00", title="Remember in your prayers: Frank Sosnowski anniversary Mass",
body="""The 10th anniversary Mass for the late Frank Sosnowski will be offered Saturday at 4 p.m., requested by his wife, Helen Sosnowski. Please also pray for the recently deceased of our parish: Stanley Mrochko and Catherine "Kay" Boyle. Eternal rest grant unto them, O Lord.""",
gold=[]),

dict(guid="hzt_notice_20260717_fetchko", pub="2026-07-17T06:00:00-04:00", title="Eleanor Fetchko, 90, Hazleton",
body="""Eleanor (Tomko) Fetchko, 90, of Hazleton, died Monday, July 13, 2026, at Hazleton General Hospital.

Born March 9, 1936, in Hazleton, she was a daughter of the late George and Julia (Petrilla) Tomko. She worked for 41 years as a bookkeeper at the Hazleton National Bank and was a member of St. Gabriel's Church and its Rosary Society.

She was preceded in death by her husband, John Fetchko, in 2004, and by her sisters, Margaret and Anne.

She is survived by her nephew, Gerald "Jerry" Kushner, and his wife, Mary Ann, of Conyngham, who cared for her devotedly; and by many cousins.

A Mass of Christian Burial will be held Saturday at 9:30 a.m. in St. Gabriel's Church. Interment will be in St. Gabriel's Cemetery, Hazle Township. Arrangements are by the Krenitsky-Bonacci Funeral Home.""",
gold=[]),
]
