"""The Greater Hazleton Herald (invented daily): newspaper obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="hzt_herald_obit_20260212_stranko", pub="2026-02-12T05:30:00-05:00", title="Irene M. Stranko, 88, Hazleton",
body="""Irene M. Stranko, 88, of Hazleton, died Tuesday, Feb. 10, 2026, at her home in the Heights section, surrounded by her family.

Born in Hazleton, she was a daughter of the late Michael and Anna (Hudak) Sivak. She was a 1955 graduate of Hazleton High School and worked for many years as a sewing machine operator in the area garment factories, later at the Hazleton Area School District cafeteria. She was a member of St. Joseph Slovak Catholic Church, its Altar and Rosary Society, and the First Catholic Slovak Ladies Association. Her halupki and nut rolls were known up and down the block.

She was preceded in death by her husband of 51 years, John Stranko, in 2011; and a brother, Andrew Sivak.

Surviving are her daughter, Dolores "Dolly" Yurchak, and her husband, Joseph Jr., of Hazleton; a son, John Stranko Jr., of Allentown; four grandchildren; and two great-grandchildren.

A Mass of Christian Burial will be celebrated Saturday at 10 a.m. in St. Joseph Church with the Rev. Gregory Mikula as celebrant. Interment will be in St. Joseph Cemetery, Hazle Township. Friends may call Friday from 5 to 7 p.m. at the Krenitsky-Bonacci Funeral Home, 400 N. Church St.""",
gold=[("HZT002", "survivor"), ("HZT001", "survivor")]),

dict(guid="hzt_herald_obit_20260305_mrochko", pub="2026-03-05T05:30:00-05:00", title="Stanley P. Mrochko, 91, Freeland",
body="""Stanley P. Mrochko, 91, of Freeland, passed away Monday, March 2, 2026, at St. Luke's Care Center, Drums.

Born in Freeland, he was a son of the late Peter and Stella (Wisniewski) Mrochko. He served with the U.S. Army in Korea and worked 34 years at the Jeddo-Highland Coal Co. and later at Ingersoll-Rand. He was a lifelong member of St. Casimir's (now St. Ann's) Parish and the Freeland American Legion Post, and he never missed a Freeland Fourth of July parade.

He was preceded in death by his wife, the former Josephine Kovach; a brother, Joseph; and a brother-in-law, Frank Sosnowski.

He is survived by his sister, Helen Sosnowski, of Freeland; nephews and nieces, including Edward Krajnak of Drums.

Funeral services will be held Friday at 9:30 a.m. from the Kuklis & McAndrew Funeral Home, Freeland, with a Mass of Christian Burial at 10 a.m. in St. Ann's Church. Interment, with military honors, in St. Casimir's Cemetery.""",
gold=[("HZT005", "survivor")]),

dict(guid="hzt_herald_obit_20260319_gaughan", pub="2026-03-19T05:30:00-04:00", title="Walter B. Gaughan, 27, Hazleton",
body="""Walter Brian Gaughan, 27, of Hazleton, died unexpectedly Sunday, March 15, 2026.

Born in Hazleton, he was the son of Brian and Denise (Grega) Gaughan of Hazle Township. He graduated from Hazleton Area High School in 2017, where he played on the Cougars' football team, and was a lineman with PPL. He loved fishing at Lake Irena and the Eagles, in that order.

In addition to his parents, he is survived by his sister, Erin Gaughan, of Philadelphia; his grandfather, Walter Gaughan, of Hazleton, for whom he was named and with whom he never missed an opening day of trout season; and his girlfriend, Brianna Ruch.

He was preceded in death by his grandmother, Joan Gaughan, and his maternal grandparents.

A Mass of Christian Burial will be celebrated Monday at 11 a.m. in Holy Rosary Church. Interment will be in Calvary Cemetery, Drums.""",
gold=[("HZT016", "survivor")]),

dict(guid="hzt_herald_obit_20260402_malloy", pub="2026-04-02T05:30:00-04:00", title="Francis X. Malloy, 66, Mesa, Ariz.",
body="""Francis X. Malloy, 66, of Mesa, Ariz., died March 28, 2026, at Banner Desert Medical Center.

A native of Pottsville, he was a son of the late Thomas and Mary (Dunleavy) Malloy. He retired from the U.S. Postal Service in Phoenix and spent his weekends umpiring Little League games.

He is survived by his wife of 40 years, Carol Ann Malloy; a daughter, Siobhan, of Tempe; and a sister, Kathleen Reilly, of Drums.

A memorial Mass will be held in Mesa at a later date.""",
gold=[]),

dict(guid="hzt_herald_obit_20260611_bonavita", pub="2026-06-11T05:30:00-04:00", title="Anthony J. Bonavita, 79, West Hazleton",
body="""Anthony J. "Tony" Bonavita, 79, of West Hazleton, passed away Monday, June 8, 2026, at Hazleton General Hospital after a brief illness.

Born August 12, 1946, in Hazleton, he was a son of the late Carmine and Lucia (DeMarco) Bonavita. He graduated from West Hazleton High School in 1964 and served in the U.S. Marine Corps. Tony owned and operated Bonavita's Shoe Repair on Broad Street for 38 years and was a past president of the Sons of Italy Lodge and the West Hazleton Lions Club.

He is survived by his wife of 54 years, Rosemarie (Gerchak) Bonavita; a daughter, Lisa Ferdinando, and her husband, Dominic, of Hazleton; a son, Carmine Bonavita, of Mountain Top; and five grandchildren.

He was preceded in death by his brother, Vincent.

A Mass of Christian Burial will be celebrated Saturday at 10 a.m. at Our Lady of Grace Church, with the Rev. Paul Trella officiating. Pallbearers will be Gerald Kushner, Carmine Bonavita Jr., Anthony Ferdinando and Ramon Peralta. Interment will be in Mountain View Cemetery, Harleigh.""",
gold=[("HZT003", "deceased_client"), ("HZT004", "spouse_of_deceased_client"), ("HZT012", "survivor")]),

dict(guid="hzt_herald_obit_20260625_hudock", pub="2026-06-25T05:30:00-04:00", title="Ruth E. Hudock, 84, Sugarloaf Township",
body="""Ruth E. Hudock, 84, of Sugarloaf Township, died Tuesday, June 23, 2026, at home.

Born in Conyngham, she was a daughter of the late Earl and Verna (Fritz) Kline. She was a member of St. John's Lutheran Church, Conyngham, and for 30 years ran the produce stand at the family farm on Nescopeck Road.

She was preceded in death by her husband, Paul Hudock, and a son, Gary.

She is survived by a son, Daniel Hudock, and his wife, Sharon, of Berwick; her grandchildren, Michael Hudock and his wife, Kaitlyn, of Sugarloaf, and Jessica Moyer of Bloomsburg; and her great-granddaughter, Nora.

Services will be held Monday at 11 a.m. at St. John's Lutheran Church with Pastor Karen Yeager officiating. Burial will follow in Conyngham Union Cemetery.""",
gold=[("HZT014", "survivor"), ("HZT015", "survivor")]),

dict(guid="hzt_herald_obit_20260716_fetchko", pub="2026-07-16T05:30:00-04:00", title="Eleanor Fetchko, 90, Hazleton",
body="""Eleanor (Tomko) Fetchko, 90, of Hazleton, died Monday, July 13, 2026, at Hazleton General Hospital.

Born March 9, 1936, in Hazleton, she was a daughter of the late George and Julia (Petrilla) Tomko. She worked for 41 years as a bookkeeper at the Hazleton National Bank and was a member of St. Gabriel's Church and its Rosary Society.

She was preceded in death by her husband, John Fetchko, in 2004, and by her sisters, Margaret and Anne.

She is survived by her nephew, Gerald "Jerry" Kushner, and his wife, Mary Ann, of Conyngham, who cared for her devotedly; and by many cousins.

A Mass of Christian Burial will be held Saturday at 9:30 a.m. in St. Gabriel's Church. Interment will be in St. Gabriel's Cemetery, Hazle Township. Arrangements are by the Krenitsky-Bonacci Funeral Home.""",
gold=[("HZT022", "deceased_client"), ("HZT007", "survivor"), ("HZT006", "survivor")]),

dict(guid="hzt_herald_obit_20260806_kushner", pub="2026-08-06T05:30:00-04:00", title="Mary Ann Kushner, 31, Scranton, formerly of Hazleton",
body="""Mary Ann Kushner, 31, of Scranton, formerly of Hazleton, died Sunday, Aug. 2, 2026, at Geisinger Community Medical Center after a courageous battle with cancer.

Born in Hazleton, she was the daughter of Robert and Linda (Bednar) Kushner of Scranton. She was a 2013 graduate of Bishop Hafey High School and a graduate of Marywood University, and she taught second grade in the Scranton School District.

Surviving, in addition to her parents, are her brother, Robert Jr., of Dunmore; her grandmother, Lorraine Bednar, of Hazleton; and her beloved dog, Penny.

A Mass of Christian Burial will be celebrated Friday in St. Peter's Cathedral, Scranton.""",
gold=[]),
]
