"""Richmond Post-Courier paid death notices: surname-first headings, plain text, newspaper style
(Henrico, Chesterfield, Hanover, Petersburg and farther). Hand-labelled."""

FEED = "rpc"
ITEMS = [
dict(guid="ric_rpc_dn_20260211_harrison", pub="2026-02-11T05:00:00-05:00", title="HARRISON, Thomas Nelson III",
body="""HARRISON, Thomas Nelson III, 76, of Henrico, died peacefully at home on February 8, 2026. Born September 30, 1949, in Richmond, the son of the late Thomas Nelson Harrison Jr. and Lucy Wickham Harrison, he graduated from St. Christopher's School, Washington and Lee University and the T.C. Williams School of Law, and practiced real estate law downtown for forty-four years. He was a vestryman of St. Stephen's Episcopal Church, a member of the Commonwealth Club and a founding member of the James River Rowing Association. He is survived by his wife of 50 years, Anne Bolling Harrison; his children, Thomas Nelson Harrison IV (Caroline) of Charlottesville and Lucy Harrison Gwathmey (Peter) of Richmond; and six grandchildren. A service will be held at 2 p.m. Saturday at St. Stephen's Episcopal Church, with a reception to follow at the Commonwealth Club. Honorary pallbearers: Randolph C. Byrd IV, Wyndham Blanton, Carter Lightfoot and the members of his Monday lunch table. In lieu of flowers, memorial contributions may be made to the James River Association.""",
gold=[("RIC003", "deceased_client")]),

dict(guid="ric_rpc_dn_20260303_adler", pub="2026-03-03T05:00:00-05:00", title="ADLER, Harold Irving",
body="""ADLER, Harold Irving, 91, of Richmond, died February 28, 2026, at the Beth Sholom Home. A native of Norfolk, he owned Adler's Men's Shop on Broad Street for thirty-five years and dressed two generations of Richmond's bar mitzvah boys. He was predeceased by his wife of 58 years, Bernice Adler. He is survived by his daughter, Rachel (Daniel) Rosenbaum of Richmond; his son, Jonathan Adler of Bethesda, Md.; his sister, Shirley Adler Kaplan of Henrico; and grandchildren Ethan, Noa and Maya. Graveside services will be held at 11 a.m. Tuesday at Hebrew Cemetery, Rabbi Miriam Sachs officiating. The family will be sitting shiva at the Rosenbaum home. Contributions may be made to Congregation Beth Ahabah or the Weinstein JCC.""",
gold=[("RIC014", "survivor"), ("RIC013", "survivor"), ("RIC015", "survivor")]),

dict(guid="ric_rpc_dn_20260317_saunders", pub="2026-03-17T05:00:00-04:00", title="SAUNDERS, Glenn Edward",
body="""SAUNDERS, Glenn Edward, 70, of Chester, passed away March 14, 2026. Glenn retired from the Philip Morris Park 500 plant after 36 years and spent the rest of his days on the Appomattox River in a jon boat that was older than his grandchildren. He is survived by his wife, Linda; his son, Kyle Saunders of Chester; his sister, Mary Beth (Bill) Pryor of Chesterfield; his brother, Dwayne Saunders of Colonial Heights; and three grandchildren. The family will receive friends 6-8 p.m. Thursday at Bliley-Morrissett Funeral Home, Chester. Funeral 11 a.m. Friday at Chester Baptist Church.""",
gold=[("RIC004", "survivor"), ("RIC005", "survivor")]),

dict(guid="ric_rpc_dn_20260402_pryor", pub="2026-04-02T05:00:00-04:00", title="PRYOR, William Scott",
body="""PRYOR, William Scott "Will," 19, of Midlothian, died March 29, 2026, as the result of an automobile accident. A 2025 graduate of Midlothian High School, Will was a sophomore at Virginia Tech and a lifeguard at the Salisbury pool every summer since he was fifteen. He is survived by his parents, Scott and Dana Pryor; his sister, Emma; and his grandparents, Roger and Jean Pryor of Powhatan. A celebration of his life will be held 3 p.m. Sunday at Mount Pisgah United Methodist Church.""",
gold=[]),

dict(guid="ric_rpc_dn_20260421_tabb", pub="2026-04-21T05:00:00-04:00", title="TABB, Peyton Randolph",
body="""TABB, Peyton Randolph, 84, of Williamsburg, died April 17, 2026. He was the son of the late Dr. and Mrs. Peyton Tabb of Gloucester, a graduate of the College of William & Mary, and a history teacher at Williamsburg's Bruton Heights School and later Lafayette High School for thirty-eight years. He is survived by his wife, Martha Lane Tabb; his daughter, Susanna Tabb of Alexandria; his sister, Eleanor Tabb Byrd and her husband, Randolph C. Byrd IV, of Richmond; and several nieces and nephews. A memorial service will be held at 11 a.m. Saturday at Bruton Parish Church.""",
gold=[("RIC002", "survivor"), ("RIC001", "survivor")]),

dict(guid="ric_rpc_dn_20260505_rosenbaum", pub="2026-05-05T05:00:00-04:00", title="ROSENBAUM, Daniel Mark",
body="""ROSENBAUM, Daniel Mark, 60, of Owings Mills, Md., died May 1, 2026, after a long illness. An accountant in Baltimore for thirty years, he coached Pikesville youth soccer. Survived by his wife, Lisa; his sons, Aaron and Josh; and his mother, Phyllis Rosenbaum of Baltimore. Funeral services were held May 3 at Sol Levinson & Bros., Pikesville.""",
gold=[]),

dict(guid="ric_rpc_dn_20260602_sheppard", pub="2026-06-02T05:00:00-04:00", title="SHEPPARD, Margaret Dunnavant",
body="""SHEPPARD, Margaret Dunnavant "Peggy," 86, of Ashland, died May 30, 2026. She was born at the family farm near Beaverdam, the daughter of the late Walter and Ruth Dunnavant, and taught piano to the children of Ashland for fifty years on a Steinway that came by train in 1911. She was predeceased by her husband, Ellis Sheppard. She is survived by her sister, Mrs. Robert B. Carrington (Kit) of Ashland; her nephews, Robert B. Carrington Jr. and Walter Carrington; and her devoted students. A funeral will be held at 2 p.m. Friday at Duncan Memorial United Methodist Church, Ashland.""",
gold=[("RIC019", "survivor")]),

dict(guid="ric_rpc_dn_20260714_hirsch", pub="2026-07-14T05:00:00-04:00", title="HIRSCH, Ruth",
body="""HIRSCH, Ruth, 95, of Henrico, died July 12, 2026. Born in Frankfurt, Germany, she came to Richmond as a child in 1939 and worked for forty years as a bookkeeper for Thalhimers. She is survived by her daughters, Judy (Sam) Goldfarb of Glen Allen and Ellen Hirsch of New York; four grandchildren; and two great-grandchildren. Graveside services 10 a.m. Wednesday at Sir Moses Montefiore Cemetery. Shiva at the Goldfarb home.""",
gold=[("RIC023", "survivor")]),

dict(guid="ric_rpc_dn_20260911_kaplan", pub="2026-09-11T05:00:00-04:00", title="KAPLAN, Shirley",
body="""KAPLAN, Shirley, of Henrico, died September 9, 2026. Graveside services private. Contributions may be made to Congregation Beth Ahabah.""",
gold=[("RIC015", "possible_deceased_client")]),
]
