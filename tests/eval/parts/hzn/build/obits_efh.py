"""Esopus Creek Funeral Chapels (Saugerties, Kingston, Poughkeepsie): funeral-home site, HTML in content:encoded,
a one-sentence plain description, permalink guids. Hand-labelled."""

BASE = "https://www.esopuscreekfuneral.example/obituaries/"
ITEMS = [
dict(guid="hzn_efh_ruth-ellen-keator-2026", pub="2026-01-20T14:10:00-05:00",
title="Ruth Ellen Keator, 88",
body="""Ruth Ellen Keator, 88, of Kingston, passed away on Saturday, January 17, 2026, at Golden Hill Health Care Center.

Ruth was born in the Rondout in 1937 to Frank and Alma (Snyder) Dederick. She worked for thirty years at the IBM Kingston plant, bowled on Tuesday nights at Kingston Lanes until she was eighty-five, and never missed a Kingston High School football game while any grandchild was on the field.

She is survived by her son, Michael Keator of Port Ewen; her granddaughter, Siobhan Keator of Kingston, who cared for her in her final years; her grandson, Ryan Keator of Albany; and her sister, Pippa Lounsbury of Kingston. She was predeceased by her husband, Harold Keator, and by her son, Brian.

Calling hours will be held Thursday from 4 to 7 p.m. at our Kingston chapel, 50 Pearl Street. A funeral service will be held Friday at 10 a.m. at Old Dutch Church, with the Rev. Anneke Vos officiating. Bearers will be Ryan Keator, Leland Lounsbury, Kevin Snyder, Tom Wierzbicki, Dan Ostrander and Joe Cole. Burial will be in Wiltwyck Cemetery.""",
gold=[("HZN013", "survivor"), ("HZN021", "survivor")]),

dict(guid="hzn_efh_carmen-santiago-ortiz-2026", pub="2026-02-05T11:40:00-05:00",
title="Carmen Santiago Ortiz, 86",
body="""Carmen Santiago Ortiz, 86, of Poughkeepsie, went to be with the Lord on Monday, February 2, 2026, surrounded by her family.

Born in Cayey, Puerto Rico, Doña Carmen came to Poughkeepsie in 1961 and for twenty-five years sewed uniforms at the garment factory on Main Street. She was a faithful member of St. Mary's Church, where she led the Spanish rosary every Tuesday, and her pasteles were famous from Fulton Avenue to Mansion Street.

She leaves to cherish her memory her daughters, Marisol Rivera of Poughkeepsie and Iris Rivera-Vélez of Newburgh; her sister, Yolanda Santiago of Cayey; her nephew, Rafael Quiñones and his wife Yesenia of Poughkeepsie; eight grandchildren and four great-grandchildren. Le sobreviven sus hijas, Marisol e Iris, su hermana Yolanda y sus nietos. She was predeceased by her husband, Efraín Rivera, in 2004.

Visitation will be held Friday from 4 to 8 p.m. at our Poughkeepsie chapel, 3 Garden Street. A Mass of Christian Burial will be celebrated Saturday at 10 a.m. at St. Mary's Church, followed by burial at St. Peter's Cemetery.""",
gold=[("HZN004", "survivor"), ("HZN016", "survivor")]),

dict(guid="hzn_efh_gideon-p-schoonmaker-2026", pub="2026-03-26T16:05:00-04:00",
title="Gideon P. Schoonmaker, 91",
body="""Gideon Philip Schoonmaker, 91, of Stone Ridge, died Tuesday, March 24, 2026, at HealthAlliance Hospital, Mary's Avenue Campus.

Gideon was born in the stone house on Leggett Road in 1934, the eighth generation of Schoonmakers to farm in the Rondout Valley. He raised dairy cattle and then sweet corn, served twelve years on the Marbletown Town Board, and drove the same green pickup for thirty-one of them.

He is survived by his wife of 66 years, Harriet (Bevier) Schoonmaker; his daughters, Anna Davenport of Accord and Susan Schoonmaker of Stone Ridge; his nephew and namesake, Gideon Schoonmaker and his wife Mary Beth of New Paltz; and six grandchildren. He was predeceased by his brother, Jacob, the father of Gideon.

A funeral service will be held Saturday at 11 a.m. at the Marbletown Reformed Church, Stone Ridge. Burial will follow in Fairview Cemetery.""",
gold=[("HZN008", "survivor"), ("HZN007", "survivor")]),

dict(guid="hzn_efh_frances-pitcavage-2026", pub="2026-05-08T10:20:00-04:00",
title="Frances Pitcavage, 77",
body="""Frances A. Pitcavage, 77, of Saugerties, passed away on Wednesday, May 6, 2026, at Albany Medical Center.

Fran was born in Kingston and worked for many years in the cafeteria of the Cahill Elementary School, where she was known for remembering every child's name and allergy. She loved bingo at St. Joseph's, her tomato garden and her cat, Duchess.

She is survived by her husband of 55 years, Wendell Pitcavage of Saugerties; her sons, Gary of Malden and Dennis of Ulster Park; and four grandchildren.

Calling hours will be held Monday from 4 to 7 p.m. at our Saugerties chapel, 211 Main Street. A prayer service will be held Tuesday morning, followed by burial at St. Mary's Cemetery.""",
gold=[]),

dict(guid="hzn_efh_joseph-relyea-2026", pub="2026-05-29T15:30:00-04:00",
title="Joseph M. Relyea, 70",
body="""Joseph Michael Relyea, 70, of Saugerties, died suddenly on Tuesday, May 26, 2026, while fishing the Esopus below the Glenerie Falls, doing what he loved best.

Joe was born in Kingston in 1955 and spent thirty-four years as a lineman for Central Hudson, climbing poles in every ice storm the valley could throw at him. For the last fifteen years he made the coffee and washed the dishes at his wife's luncheonette on Market Street, and he told the customers it was the hardest job he had ever had.

He is survived by his wife of 44 years, JoAnn (Elting) Relyea; his son, Travis Relyea of Glasco; his brother-in-law and fishing partner, Bart Elting and his wife Judith of New Paltz; and two grandchildren. He was predeceased by his parents, Harold and Vera Relyea.

Calling hours will be Sunday from 3 to 6 p.m. at our Saugerties chapel. A funeral service will be held Monday at 10 a.m. at the chapel, with the Rev. Desmond Ackerly officiating. Burial will follow at Mountain View Cemetery.""",
gold=[("HZN015", "survivor"), ("HZN019", "survivor")]),
]
