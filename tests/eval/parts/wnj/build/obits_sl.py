"""The Sussex-Warren Ledger obituaries (daily newspaper, legacy-style titles), plain text. Hand-labelled."""

ITEMS = [
dict(guid="wnj_sl_obit_2026_0112", pub="2026-01-14T05:30:00-05:00",
title="Russell DeGroat Obituary (1946 - 2026) - Blairstown, NJ - Sussex-Warren Ledger",
body="""Russell J. DeGroat, 79, of Blairstown, passed away peacefully on Sunday, Jan. 11, 2026, at Hackettstown Medical Center.

Born in Newton to the late Elmer and Grace (Hull) DeGroat, Russ grew up on the family dairy farm on Walnut Valley Road and drove a milk truck for Tri-State Dairy for 31 years. He was a life member of the Blairstown Fire Company and never missed the Warren County Farmers' Fair.

He was predeceased by his wife of 48 years, Arlene (Teel) DeGroat, in 2019.

Russ is survived by his sister, Lorraine Van Syckle of Blairstown; his brother, Earl DeGroat of Blairstown; and many nieces and nephews.

A funeral service will be held at 11 a.m. Saturday at the First Presbyterian Church of Blairstown, with the Rev. Douglas Wyckoff officiating. Interment will follow in Cedar Ridge Cemetery. In lieu of flowers, donations may be made to the Blairstown Fire Company.""",
gold=[("WNJ003", "survivor"), ("WNJ022", "survivor")]),

dict(guid="wnj_sl_obit_2026_0207", pub="2026-02-09T05:30:00-05:00",
title="Gerald Pfleger Obituary (2001 - 2026) - Sparta, NJ - Sussex-Warren Ledger",
body="""Gerald Thomas "Jerry" Pfleger, 24, of Sparta, died suddenly on Thursday, Feb. 5, 2026.

Jerry was born in Morristown and graduated from Sparta High School in 2019 and from Sussex County Community College. He worked as a lineman for JCP&L and loved fishing on Lake Mohawk with his dad.

He is survived by his parents, Thomas and Karen Pfleger of Sparta; his sister, Kaitlyn Pfleger of Hoboken; and his grandmother, Irene Pfleger of Andover.

Visitation will be 4 to 8 p.m. Tuesday at Goble Funeral Home, Sparta. A Mass of Christian Burial will be celebrated Wednesday at Our Lady of the Lake Church.""",
gold=[]),

dict(guid="wnj_sl_obit_2026_0318", pub="2026-03-20T05:30:00-04:00",
title="Florence Snook Obituary (1934 - 2026) - Hackettstown, NJ - Sussex-Warren Ledger",
body="""Florence E. Snook, 91, of Hackettstown, entered into rest on Wednesday, March 18, 2026, at Heath Village.

Florence was born in Hope Township and worked for many years in the cafeteria at Hackettstown High School. She was a faithful member of Trinity United Methodist Church, where she taught Sunday school for four decades.

She was predeceased by her husband, Clarence Snook, in 2008.

Surviving are her daughter, Ruth Ann (Dennis) Shotwell of Hackettstown; her son, Wayne Snook of Easton, Pa.; five grandchildren, including Emma Shotwell; and three great-grandchildren.

Services will be held at 10 a.m. Monday at Trinity United Methodist Church, Hackettstown.""",
gold=[("WNJ010", "survivor")]),

dict(guid="wnj_sl_obit_2026_0409", pub="2026-04-10T05:30:00-04:00",
title="Harold Struble Jr. Obituary (1946 - 2026) - Newton, NJ - Sussex-Warren Ledger",
body="""Harold W. "Hal" Struble Jr., 80, of Newton, passed away on Wednesday, April 8, 2026, at home, surrounded by his family.

Hal was born on Feb. 11, 1946, in Newton, the son of the late Harold W. Struble Sr. and Edna (Roe) Struble. After serving in the U.S. Army in Germany, he ran Struble's Hardware on Spring Street for 38 years and was a past president of the Newton Rotary Club.

Hal is survived by his beloved wife of 57 years, Doris (Kishbaugh) Struble; his daughter, Karen Struble-Hines and her husband, Paul, of Lafayette; his son, Harold "Trey" Struble III of Denver, Colo.; his sister-in-law, Jo Ann Kishbaugh of Newton; and four grandchildren.

The family thanks Dr. Priya Venkataraman and the staff of Karen Ann Quinlan Hospice for their kindness.

Pallbearers will be Raymond Cool, Dale Hines, Tyler Hines and Brett Struble. Visitation 2 to 4 and 7 to 9 p.m. Monday at Smith-McCracken Funeral Home, Newton. Funeral service Tuesday, 11 a.m., First Presbyterian Church of Newton.""",
gold=[("WNJ001", "deceased_client"), ("WNJ002", "spouse_of_deceased_client"), ("WNJ016", "survivor")]),

dict(guid="wnj_sl_obit_2026_0502", pub="2026-05-04T05:30:00-04:00",
title="Raymond Cool Obituary (1952 - 2026) - The Villages, FL - Sussex-Warren Ledger",
body="""Raymond E. Cool, 73, of The Villages, Fla., formerly of Toms River, died Saturday, May 2, 2026.

Ray retired from Ocean County Public Works in 2010 and moved to Florida, where he played golf nearly every morning.

He is survived by his wife, Patricia; his sons, Michael of Brick and Steven of Orlando, Fla.; and six grandchildren.

A memorial service will be held in Florida at a later date.""",
gold=[]),

dict(guid="wnj_sl_obit_2026_0521", pub="2026-05-22T05:30:00-04:00",
title="Stella Wasko Obituary (1929 - 2026) - Franklin, NJ - Sussex-Warren Ledger",
body="""Stella (Nowak) Wasko, 96, of Franklin, fell asleep in the Lord on Tuesday, May 19, 2026.

Born in Passaic, Stella moved to Franklin in 1951, when her husband, John, went to work at the New Jersey Zinc Company mine. She was a member of the Rosary Society of Immaculate Conception Church and made pierogi for every parish festival for sixty years.

She was predeceased by her husband, John Wasko; her son, Peter; and, only days ago, her grandson, Michael.

Stella is survived by her daughter, Theresa "Terry" Gorski and her husband, Michael, of Franklin; her grandchildren, Anna and Joseph; and her great-grandson, Leo.

A Mass of Christian Burial will be offered Saturday at 10 a.m. at Immaculate Conception Church, Franklin, by the Rev. Stanley Zielinski.""",
gold=[("WNJ018", "survivor"), ("WNJ019", "survivor")]),

dict(guid="wnj_sl_obit_2026_0611", pub="2026-06-12T05:30:00-04:00",
title="Mildred Fritts Obituary (1937 - 2026) - Phillipsburg, NJ - Sussex-Warren Ledger",
body="""Mildred L. Fritts, 88, of Phillipsburg, died Wednesday, June 10, 2026, at St. Luke's Warren Campus.

Millie worked at the Ingersoll-Rand plant as a young woman and later at the Phillipsburg Free Public Library. She was predeceased by her husband, Walter Fritts, and by her brother, Harvey Sigafoos.

She is survived by her daughter, Marie (Anthony) Castellucci of Phillipsburg; her grandsons, Nicholas and Luca Castellucci; and her sister, Irene Sigafoos of Alpha.

Viewing Friday 6-8 p.m. at Finegan Funeral Home, Phillipsburg. Service Saturday at 10 a.m. at the funeral home.""",
gold=[("WNJ005", "survivor"), ("WNJ004", "survivor")]),
]
