"""Maumee Valley Union Retirees Council - "Final Roll Call" (invented retirees' memorial list: UAW, USW, IBEW,
Teamsters and building-trades retirees). Plain text; each entry opens with the union and years of service.
Hand-labelled."""

FEED = "ur"
ITEMS = [
dict(guid="tol_ur_2026_017", pub="2026-01-22T07:00:00-05:00", title="Brother Joseph Kolodziejczak Sr., UAW, 38 years, Jeep",
body="""Joseph A. Kolodziejczak Sr., 86, of Oregon, a 38-year member of the UAW who built Jeeps on Stickney Avenue and later on the Toledo North line, passed away January 18, 2026, at Bay Park Community Hospital.

Joe hired in at Willys in 1958, worked the body shop and the frame line, and served as a committeeman for nine years; he never crossed a picket line and never let anyone forget it. In retirement he kept bees, fished the Maumee walleye run every April, and attended every monthly retirees' breakfast until last fall.

He is survived by his son, Joseph "Joe" Kolodziejczak Jr. (Linda) of Oregon; his daughter, Karen Mazur of Northwood; six grandchildren; and his faithful beagle, Bingo. He was preceded in death by his wife of 54 years, Frances, and by his brother, Chester.

Visitation Sunday 2-6 p.m. at Navarre Avenue Funeral Home, Oregon, with a union memorial service at 5 p.m. Funeral Mass Monday 10 a.m., St. Ignatius Catholic Church, Oregon. Solidarity forever, Brother Joe.""",
gold=[("TOL003", "survivor"), ("TOL004", "survivor")]),

dict(guid="tol_ur_2026_029", pub="2026-02-05T07:00:00-05:00", title="Brother Walter Bednarczyk, Plumbers & Pipefitters, 44 years",
body="""Walter F. "Wally" Bednarczyk, 88, of Toledo, a 44-year member of the plumbers and pipefitters, died February 1, 2026, at the hospice house in Perrysburg.

Wally apprenticed in 1956 and piped half the refineries and hospitals in the Toledo area before he put down his tools in 2000. He taught apprentice classes at the union hall for twenty years, and three generations of Toledo pipefitters learned to braze from him. He was a member of St. Hedwig's Holy Name Society and bowled in the Polish Falcons league until he was 85.

Surviving are his daughter, Mary Ann (Rick) Wierzbicki of Toledo; his son, Daniel Bednarczyk of Rossford; his grandchildren, Tyler, Emily and Grace; and his sister, Stella Nowicki of Parma. He was preceded in death by his wife, Lorraine, in 2019.

A Mass of Christian Burial will be held at 10:30 a.m. Saturday at Our Lady of Czestochowa Shrine Church, Toledo. Arrangements by Lagrinka & Birmingham Funeral Chapels.""",
gold=[("TOL007", "survivor"), ("TOL008", "survivor")]),

dict(guid="tol_ur_2026_041", pub="2026-02-26T07:00:00-05:00", title="Sister Irene Pietrzykowski, USW, 31 years",
body="""Irene M. Pietrzykowski, 91, of Temperance, Michigan, a 31-year member of the Steelworkers at the old Toledo glass plant on Front Street, died February 22, 2026, at ProMedica Monroe Regional Hospital.

Irene worked in inspection and packing from 1953 until 1984 and was one of the first women elected to her local's bargaining committee. She loved polka, the Detroit Tigers and her vegetable garden on Jackman Road.

She is survived by her son, Walter "Walt" (Karen) Pietrzykowski of Temperance; her daughter, Janice Kowal of Lambertville; five grandchildren; and eight great-grandchildren. She was preceded in death by her husband, Edmund, and by her son, Robert.

Services were held February 25 at St. Anthony Catholic Church, Temperance.""",
gold=[]),

dict(guid="tol_ur_2026_058", pub="2026-03-26T07:00:00-04:00", title="Brother Laszlo Bartfay, IBEW, apprentice",
body="""It is with great sadness that we list Laszlo Z. Bartfay, 27, of Toledo, a third-year inside wireman apprentice with the IBEW, who died March 21, 2026, in a motorcycle accident on Interstate 280.

Laszlo graduated from Clay High School in 2017 and from the Owens Community College electrical program, and he was three months from topping out as a journeyman. His instructors called him the most careful apprentice in his class. He played soccer for the Toledo Hungarian Club and was restoring a 1974 Honda CB750.

He is survived by his parents, Zoltan and Katalin Bartfay of Rossford; his sister, Reka Bartfay of Chicago; his fiancee, Morgan Ellis; and his grandmother, Julianna Bartfay of Oregon.

A memorial Mass will be celebrated at St. Stephen of Hungary Church on Saturday at noon. The union hall will be open afterward for family and friends.""",
gold=[]),

dict(guid="tol_ur_2026_066", pub="2026-04-16T07:00:00-04:00", title="Sister Eleanor Dombrowski, Teamsters, 27 years",
body="""Eleanor T. Dombrowski, nee Lisiecki, 93, of Toledo, a 27-year member of the Teamsters who drove a bread route for a Toledo bakery when few women did, died April 12, 2026, at a Sylvania nursing residence.

Eleanor grew up on Lagrange Street, married Edmund Dombrowski in 1954, and drove for Wozniak Bakery from 1966 to 1993. She was a lifelong member of St. Hedwig Parish and a charter member of its Rosary Sodality.

She is survived by her daughters, Patricia Weiner of Sylvania and Christine Dombrowski of Ann Arbor; four grandchildren; and her cousin, Sophie Zawierucha of Toledo. She was preceded in death by her husband, Edmund, in 2011, and by her brothers, Raymond Lisiecki and Casimir Lisiecki.

A Mass of Christian Burial was celebrated April 15 at Our Lady of Czestochowa Shrine Church; Deacon Thomas Skrzypczak presided at the committal at Calvary Cemetery.""",
gold=[]),
]
