"""Ostermeier-Pfaff Funeral Homes (Pontiac, Lincoln and Clinton chapels): funeral-home site, HTML in
content:encoded, one-sentence plain description, permalink guids. Hand-labelled."""

FEED = "opf"
BASE = "https://www.ostermeierpfaff.example/obituaries/"
ITEMS = [
dict(guid="bmi_opf-wendell-schertz-sr-3104", pub="2026-03-10T16:20:00-05:00",
title="Wendell L. Schertz Sr.",
body="""Wendell Lee Schertz Sr., 88, of Pontiac, passed away peacefully at 2:15 p.m. Sunday, March 8, 2026, at Evenglow Lodge, Pontiac.

Funeral services will be held at 10:30 a.m. Friday, March 13, at First United Methodist Church, Pontiac, with the Rev. Amy Borngasser officiating. Burial will follow in Southside Cemetery, Pontiac. Visitation will be from 4 to 7 p.m. Thursday at Ostermeier-Pfaff Funeral Home, Pontiac.

Wendell was born Aug. 1, 1937, in Pontiac, the son of Lee and Edna Wenger Schertz. He married Marjorie Steidinger on June 14, 1958; she passed away in 2020.

He is survived by his son, Wendell Schertz Jr. (Joyce) of Pontiac; his daughter, Karen (Phil) Bauman of Fairbury; seven grandchildren; and 12 great-grandchildren.

He founded Schertz Implement in 1951 with his father and sold John Deere equipment to three generations of Livingston County farmers. Memorials may be made to the Livingston County 4-H Foundation.""",
gold=[("BMI003", "survivor"), ("BMI004", "survivor")]),

dict(guid="bmi_opf-carol-freitag-3187", pub="2026-04-22T15:05:00-05:00",
title="Carol Ann (Birkey) Freitag",
body="""Carol Ann Freitag, 74, of Farmer City, died Monday, April 20, 2026, at Carle Foundation Hospital, Urbana.

Her funeral will be at 11 a.m. Saturday at Ostermeier-Pfaff Funeral Home, Clinton chapel. Burial will be in Maple Grove Cemetery, Farmer City.

Carol was born July 30, 1951, in Clinton, the daughter of Orval and Esther Birkey. She married Dean Freitag on Nov. 25, 1972. He survives.

Also surviving are her sisters, Mary Beth Stoller of Clinton and Janice Birkey of Decatur; two daughters, Amy (Ross) Wendt of Farmer City and Jill Freitag of Bloomington; and five grandchildren.

She was preceded in death by her parents and a brother, Kenneth Birkey.

Carol was a cook at Farmer City Grade School for 28 years and never let a child leave the line hungry.""",
gold=[("BMI005", "survivor")]),

dict(guid="bmi_opf-walter-gehrke-3240", pub="2026-05-14T11:40:00-05:00",
title="Walter H. Gehrke",
body="""Walter Herman Gehrke, 90, of Lincoln, died Tuesday, May 12, 2026, at Lincoln Memorial Hospital.

A funeral service will be at 10 a.m. Monday at Zion Lutheran Church, Lincoln, with the Rev. Thomas Vogelsang officiating. Burial will be in Union Cemetery, Lincoln, with military rites by the Logan County Veterans Honor Guard.

Walter was born Dec. 4, 1935, on the family farm near Hartsburg, the son of Herman and Anna Gehrke. He served in the U.S. Army in Germany from 1956 to 1958. He married Lorna Aper in 1959; she died in 2017.

He is survived by his sister, Ramona Ifft of Lincoln; his sons, Dean (Connie) Gehrke of Hartsburg and Paul Gehrke of Springfield; and four grandchildren.

He was preceded in death by his wife, his parents, and his brother, Arnold.""",
gold=[("BMI008", "survivor")]),   # officiant Rev. Thomas Vogelsang (BMI017): nothing

dict(guid="bmi_opf-frieda-knollenberg-3301", pub="2026-07-07T14:00:00-05:00",
title="Frieda M. Knollenberg",
body="""Frieda Marie Knollenberg, 97, of Lincoln, died Saturday, July 4, 2026, at Christian Village, Lincoln.

Services will be at 1 p.m. Thursday at St. John's United Church of Christ, Lincoln. Burial will be in Zion Cemetery, Lincoln.

She was born Oct. 17, 1928, in Emden, the daughter of John and Sophie Janssen. She married Harold Knollenberg in 1949. He preceded her in death in 2004.

Surviving are her daughter, Anita (Jerry) Litwiller of Lincoln; her son, Ronald Knollenberg of Mount Pulaski; five grandchildren; and nine great-grandchildren.

Frieda taught Sunday school for 50 years and quilted with the St. John's Ladies Aid every Tuesday until she was 95.""",
gold=[("BMI007", "survivor"), ("BMI006", "survivor")]),

dict(guid="bmi_opf-lorraine-kaisner-3466", pub="2026-10-20T16:45:00-05:00",
title="Lorraine M. Kaisner",
body="""Lorraine Margaret Kaisner, 90, of Clinton, passed away Sunday, Oct. 18, 2026, at Warner Hospital, Clinton.

A Mass of Christian Burial will be celebrated at 10 a.m. Thursday at St. John the Baptist Catholic Church, Clinton. Burial will be in Woodlawn Cemetery. Visitation will be from 4 to 6 p.m. Wednesday at Ostermeier-Pfaff Funeral Home, Clinton chapel, with a rosary at 3:30 p.m.

Lorraine was born June 3, 1936, in Wapella, the daughter of Joseph and Clara Frichtl. She married Leroy Kaisner on April 20, 1957. He preceded her in death in 2009.

She is survived by her sons, Gary (Deb) Kaisner of Clinton and Steven Kaisner of Springfield; six grandchildren; and two great-grandchildren.

Lorraine worked at the DeWitt County courthouse for 27 years and was a member of the Altar and Rosary Society.""",
gold=[("BMI014", "deceased_client")]),
]
