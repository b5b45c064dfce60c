"""Skylands Death Notices (brief paid notices, surname-first headings), plain text. Hand-labelled."""

ITEMS = [
dict(guid="wnj_dn_2026_00418", pub="2026-04-14T07:00:00-04:00", title="STRUBLE, Harold W. \"Hal\" Jr.",
body="""Harold W. "Hal" Struble Jr., 80, of Newton, passed away on Wednesday, April 8, 2026, at home, surrounded by his family.

Hal was born on Feb. 11, 1946, in Newton, the son of the late Harold W. Struble Sr. and Edna (Roe) Struble. After serving in the U.S. Army in Germany, he ran Struble's Hardware on Spring Street for 38 years and was a past president of the Newton Rotary Club.

Hal is survived by his beloved wife of 57 years, Doris (Kishbaugh) Struble; his daughter, Karen Struble-Hines and her husband, Paul, of Lafayette; his son, Harold "Trey" Struble III of Denver, Colo.; his sister-in-law, Jo Ann Kishbaugh of Newton; and four grandchildren.

The family thanks Dr. Priya Venkataraman and the staff of Karen Ann Quinlan Hospice for their kindness.

Pallbearers will be Raymond Cool, Dale Hines, Tyler Hines and Brett Struble. Visitation 2 to 4 and 7 to 9 p.m. Monday at Smith-McCracken Funeral Home, Newton. Funeral service Tuesday, 11 a.m., First Presbyterian Church of Newton.""",
gold=[]),  # later copy of wnj_sl_obit_2026_0409: labelled there only

dict(guid="wnj_dn_2026_00533", pub="2026-05-12T07:00:00-04:00", title="KISHBAUGH, Lester P.",
body="""KISHBAUGH, Lester P., 77, of Branchville, on May 9, 2026. Retired Sussex County road department foreman. Survived by his sisters, Jo Ann Kishbaugh of Newton and Doris Struble of Newton; nephews and nieces. Predeceased by his brother-in-law, Harold Struble Jr. Service Friday 11 a.m., Smith-McCracken Funeral Home, Newton.""",
gold=[("WNJ016", "survivor"), ("WNJ002", "survivor")]),

dict(guid="wnj_dn_2026_00561", pub="2026-05-19T07:00:00-04:00", title="GORSKI, Michael J.",
body="""GORSKI, Michael J., 31, of Hamburg, on May 16, 2026. Beloved son of Michael and Theresa Gorski of Franklin; brother of Anna Gorski-Reyes (Luis) and Joseph Gorski. Grandson of Stella Wasko. Mass of Christian Burial Thursday 10 a.m., Immaculate Conception Church, Franklin. Arrangements by Ferguson Funeral Home.""",
gold=[("WNJ019", "survivor"), ("WNJ018", "survivor")]),

dict(guid="wnj_dn_2026_00602", pub="2026-06-05T07:00:00-04:00", title="DALRYMPLE, Evelyn",
body="""DALRYMPLE, Evelyn, of Newton, on June 3, 2026. Arrangements by Smith-McCracken Funeral Home, Newton. Services private.""",
gold=[("WNJ009", "possible_deceased_client")]),

dict(guid="wnj_dn_2026_00617", pub="2026-06-09T07:00:00-04:00", title="WYCKOFF, Ida M. (née Hummer)",
body="""WYCKOFF, Ida M. (née Hummer), 88, of Blairstown, on June 6, 2026. Survived by her son, the Rev. Douglas Wyckoff of Blairstown; her daughter, Linda Wyckoff Baird of Hope; five grandchildren. Predeceased by her husband, Lewis. Service Saturday 11 a.m., First Presbyterian Church of Blairstown.""",
gold=[("WNJ013", "survivor")]),

dict(guid="wnj_dn_2026_00688", pub="2026-06-30T07:00:00-04:00", title="CASTELLUCCI, Anthony \"Tony\"",
body="""CASTELLUCCI, Anthony "Tony", 88, of Easton, Pa., on June 27, 2026. Retired barber, Northampton Street. Survived by his wife of 64 years, Rose (DiMarco); daughters Gina and Lisa; six grandchildren. Mass Wednesday 10 a.m., St. Anthony of Padua Church, Easton.""",
gold=[]),  # namesake across the river: age 88 vs WNJ004 b. 1955, wife Rose vs Marie
]
