"""Le Lien: Acadiana Catholic and Creole community weekly, "Priez pour nos défunts" notices, plain text.
Hand-labelled."""

FEED = "lien"
ITEMS = [
dict(guid="lft_lien_3001", pub="2026-03-26T07:00:00-05:00", title="Priez pour elle: Aurelia Guilbeau Champagne, Arnaudville",
body="""Please pray for the repose of the soul of Aurelia Guilbeau Champagne, 88, of Arnaudville, who died March 21. A daughter of the late Aurelien Guilbeau Sr. and Marie Stelly Guilbeau, she sang in the choir at St. Francis Regis for seventy years.

She is survived by her children, Paul Champagne and Connie Champagne Soileau; her brother, Aurelien "Rel" Guilbeau Jr. of Lafayette; and many grandchildren. Her husband, Rudolph Champagne, preceded her in death. Que son âme repose en paix.""",
gold=[("LFT001", "survivor")]),

dict(guid="lft_lien_3002", pub="2026-02-05T07:00:00-06:00", title="Mae Ola Batiste, New Iberia",
body="""Mother Mae Ola Batiste, 90, of the West End of New Iberia, went home to glory January 31. She cooked the Sunday dinners at Holy Spirit for half a century and never used a written recipe.

She leaves to cherish her memory her daughter, Roz Batiste Fontenette and son-in-law Cedric of New Iberia; her son, Curtis Batiste of Lake Charles; eight grandchildren, among them Jabari Fontenette; and her godchild, Shanice Lewis. Funeral was held February 4 at Holy Spirit Catholic Church.""",
gold=[("LFT011", "survivor"), ("LFT012", "survivor")]),

dict(guid="lft_lien_3003", pub="2026-04-16T07:00:00-05:00", title="Hippolyte \"Polo\" Arsement, Broussard",
body="""We remember Hippolyte "Polo" Arsement, 68, of Broussard, who died April 12 after a long illness. Polo ran the crawfish boil at every church fair for thirty years.

He is survived by his brother, Jean-Baptiste "J.B." Arsement and wife Mona of Broussard; his sister, Lorena Arsement Dupuis of Youngsville; and nephews and nieces. Funeral Mass was celebrated April 15 at St. Cecilia Church, Broussard; the readings were proclaimed by Katie Sonnier and Ximena Arriaga.""",
gold=[("LFT019", "survivor"), ("LFT020", "survivor")]),

dict(guid="lft_lien_3004", pub="2026-05-28T07:00:00-05:00", title="Wilson \"Coach\" Istre, Lafayette",
body="""Wilson "Coach" Istre, 81, of Lafayette, coached baseball at Northside High for 34 years and died May 23. He is survived by his wife, Betty Istre; his sons Mark and Scott Istre; and eleven grandchildren.

Pallbearers were his former players Octave Melancon III, Cedric Fontenette, Lamar Verret, Dennis Broussard, Kevin Romero and Todd Fontenot. Memorial donations were received from the Northside Alumni, Dr. Naveen Kothapalli and Judge Addie Bergeaux, among many others. Rev. Alcide Zeringue celebrated the funeral Mass at St. Genevieve Church.""",
gold=[]),  # bearers, donors, celebrant: nothing

dict(guid="lft_lien_3005", pub="2026-06-18T07:00:00-05:00", title="Evangeline Zeringue Picard, Lafayette",
body="""Evangeline Zeringue Picard, 93, of Lafayette, died June 14. A retired nurse at Lafayette General, she was known to every child on Jefferson Street as Tante Vange.

She is survived by her daughter, Carol Picard Hebert; her grandson, Jude Hebert; and her nephew, the Rev. Alcide Zeringue, who will celebrate her funeral Mass on Saturday at St. Mary Mother of the Church. She was preceded in death by her husband, Ulysse Picard, and her brother, Alcide Zeringue Sr.""",
gold=[("LFT008", "survivor")]),
]
