"""The Catoosa-Walker Messenger (weekly community paper, Ringgold / Fort Oglethorpe / Rossville, Ga.) with its
"Church & Community Remembrances" column: plain text, notices sent in by churches and families. Hand-labelled."""

ITEMS = [
dict(guid="cha_cwm_rem_2026_031", pub="2026-03-12T07:00:00-05:00", title="Homegoing Celebration: Mother Alberta Threadgill",
body="""Mother Alberta Threadgill, 92, of Chattanooga, answered the Master's call on Sunday morning, March 8, 2026. She was a faithful member of Mt. Canaan Baptist Church for seventy years, sang in the Senior Choir, and ran the church kitchen like a general.

She was preceded in death by her husband, Deacon Roosevelt Threadgill, and her son, Curtis.

She leaves to mourn: her son, Lamont Threadgill (Patrice) of Atlanta; her grandson, Marquis Threadgill and his wife, Keisha, of East Brainerd; her granddaughter, Shante Threadgill of Nashville; six great-grandchildren; and her devoted caregiver, Sister Ruth Ann Bowles.

Homegoing celebration Saturday at 11 a.m. at Mt. Canaan Baptist Church. Family hour 10 a.m.""",
gold=[("CHA016", "survivor"), ("CHA017", "survivor")]),

dict(guid="cha_cwm_rem_2026_044", pub="2026-04-16T07:00:00-04:00", title="Edna Mae Kirkendoll, 68, Fort Oglethorpe",
body="""Edna Mae Kirkendoll, 68, of Fort Oglethorpe, passed away April 13, 2026, at Parkside Nursing Home after a long illness.

She was a lunchroom manager at Battlefield Elementary for 22 years and never let a child go hungry, paying for more lunches out of her own pocket than anyone knew.

She was preceded in death by her husband, Lester Kirkendoll. She is survived by her sister-in-law, Polly Kirkendoll; her nephews, Jeff and Randy Kirkendoll; and her church family at First Baptist Fort Oglethorpe.

Funeral services were held Wednesday at First Baptist. Scripture was read by her neighbor, Wendell Brasfield, and the eulogy given by her pastor, the Rev. Tim Holcomb.""",
gold=[]),

dict(guid="cha_cwm_rem_2026_052", pub="2026-05-21T07:00:00-04:00", title="Doña Herminia Quintanilla de Ybarra, 89, Ringgold",
body="""Doña Herminia Quintanilla de Ybarra, 89, of Ringgold, formerly of Monterrey, Nuevo León, passed away peacefully May 17, 2026, at the home of her daughter.

Doña Herminia came to North Georgia in 1994 to help raise her grandchildren and stayed to become everyone's abuelita at St. Joseph Catholic Church in Dalton, where she led the rosary in Spanish every Tuesday.

She was preceded in death by her husband, Don Anselmo Ybarra. She is survived by her daughter, Chela Ybarra and her husband, Rodolfo Meléndez, of Ringgold; her son, Anselmo Ybarra Quintanilla of Monterrey; seven grandchildren and four great-grandchildren.

Q.E.P.D. A rosary will be prayed Thursday at 7 p.m. and the funeral Mass celebrated Friday at 10 a.m. at St. Joseph.""",
gold=[("CHA022", "survivor")]),

dict(guid="cha_cwm_rem_2026_063", pub="2026-06-25T07:00:00-04:00", title="Siobhan Mary O'Driscoll, 91, Boston, formerly of Cork",
body="""Siobhan Mary O'Driscoll, 91, of Dorchester, Massachusetts, formerly of Skibbereen, County Cork, Ireland, died June 20, 2026. Sent in by her family in Chattanooga.

She emigrated in 1956, raised five children on Adams Street and worked the night desk at Carney Hospital for thirty years.

She is survived by her children, Padraig, Maeve, Declan and Nuala; fourteen grandchildren, among them her granddaughter, Siobhan O'Driscoll (Garrett) of Chattanooga, Tenn., who was named for her; and nine great-grandchildren, including Fionn, who lit a candle for her at Ss. Peter and Paul Cathedral here last Sunday.

A funeral Mass was celebrated at St. Brendan Church, Dorchester.""",
gold=[("CHA010", "survivor")]),

dict(guid="cha_cwm_rem_2026_071", pub="2026-07-23T07:00:00-04:00", title="Beatrice Rhudy Cofer, 83, Rossville",
body="""Beatrice "Bea" Rhudy Cofer, 83, of Rossville, went to her heavenly home July 19, 2026.

Bea ran the beauty shop on Chickamauga Avenue for 45 years and knew the news of Rossville before the paper did.

She was preceded in death by her husband, Harold Cofer, and her brother, Thomas Rhudy. She is survived by her son, Dwayne Cofer of Rossville; her niece, Tommie Rhudy of East Ridge, whom she taught to bake; and her nephew, Thomas Rhudy Jr. of Trenton.

Services Saturday, 2 p.m., Rossville First United Methodist Church.""",
gold=[("CHA020", "survivor")]),
]
