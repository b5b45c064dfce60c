"""St. Ludmila Catholic Church, Temple: the weekly parish bulletin's "Pray for our departed" notices (Czech
Catholic parish; some notices sent in from sister Czech parishes), short plain text. Hand-labelled."""

FEED = "slb"
ITEMS = [
dict(guid="tpl_slb-2026-06-14-repose", pub="2026-06-14T07:00:00-05:00",
title="Pray for the repose of the soul of Emil Kubacak",
body="""Please pray for the repose of the soul of Emil Kubacak, who died June 7 after a long illness, and for his wife Millie and their children and grandchildren. Emil served as an usher at the 8 a.m. Mass for more than thirty years and played the accordion at every parish picnic since 1966. Odpočinutí věčné dej mu, Pane. The Altar Society thanks everyone who brought food to the funeral luncheon.""",
gold=[]),

dict(guid="tpl_slb-2026-07-19-schulenburg", pub="2026-07-19T07:00:00-05:00",
title="From our sister parish: Alois Hrabal, Schulenburg",
body="""Father Pavel asks our prayers for Alois F. Hrabal, 87, of Schulenburg, whose family sent this notice from our sister parish in Dubina; he died July 12 at home. Mr. Hrabal was a dairyman and for fifty years a cantor at Sts. Cyril and Methodius Church in Dubina. He is survived by his wife Marie; his daughter, Georgianna Hrabal of Schulenburg; his sons, Daniel of Weimar and Thomas of Flatonia; and nine grandchildren. The Funeral Mass was celebrated July 16 in Dubina.""",
gold=[]),

dict(guid="tpl_slb-2026-08-02-marek", pub="2026-08-02T07:00:00-05:00",
title="Frances Spacek Marek - Temple",
body="""Please keep in your prayers Frances (Spacek) Marek, 89, a lifelong parishioner, who died July 28 at Temple. Frances sang in the Czech choir for sixty years and taught three generations of our children to make kolaches for the Fall Festival. She was preceded in death by her husband Leon Marek Sr. She is survived by her son, Leon Marek Jr., and his wife Patsy of Temple; her daughter, Janice Dusek of West; her sister, Mrs. Emil (Millie) Kubacak of Temple, who lost her husband only last month; and her brother, Raymond Spacek of Seaton. The Rosary and Funeral Mass were offered here on July 31. Věčná jí paměť.""",
gold=[("TPL001", "survivor")]),

dict(guid="tpl_slb-2026-09-13-holub", pub="2026-09-13T07:00:00-05:00",
title="Pray for our departed: Jerome Holub",
body="""Please pray for Jerome A. Holub, 78, of Seaton, brother-in-law of the late Emil Kubacak, who died September 6 at Temple. Jerome was a member of SPJST Lodge No. 47 and of the Knights of Columbus. He is survived by his children, Mark Holub of Seaton and Denise Holub Sykora of Buckholts. The Funeral Mass was celebrated September 10 at Holy Trinity, Seaton.""",
gold=[]),
]
