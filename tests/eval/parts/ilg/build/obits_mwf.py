"""Marconi-Wozniak Funeral Homes (chapels on Lincoln Street in Little Italy and on Maryland Avenue in
Hedgeville, Wilmington): funeral-home site, HTML in content:encoded, teaser description. Hand-labelled."""

FEED = "mwf"
BASE = "https://www.marconiwozniakfh.example/obituaries/"
ITEMS = [
dict(guid="ilg_mwf_carmela-ciccone-2026", slug="carmela-millie-ciccone", pub="2026-01-20T10:15:00-05:00",
title="Carmela \"Millie\" Ciccone (1927 - 2026)",
body="""Carmela "Millie" Ciccone, 98, a lifelong resident of Wilmington's Little Italy, died peacefully on Saturday, January 17, 2026, at her home on West Fourth Street, the same house where she raised her family and where, for seventy years, the gravy was on the stove by eight o'clock every Sunday morning.

Born in Wilmington to the late Pasquale and Concetta (Rinaldi) Abbruzzi, Millie worked for thirty-one years as a seamstress at a Market Street bridal shop and never missed a St. Anthony's Italian Festival; she ran the pizza frita stand from 1961 until her knees told her otherwise.

She is survived by her son, Dominic "Dom" Ciccone Jr. and his wife Terry, of Wilmington; her granddaughter, Gina (Tommy) Ferrante, also of Wilmington; her grandson, Anthony Ciccone (Lisa) of Wilmington; four great-grandchildren; and her cousin, Theresa Ciccone of Boca Raton, Fla. She was predeceased by her husband of 58 years, Dominic Ciccone Sr., and by her sisters, Lucia and Filomena.

Relatives and friends may call Thursday from 9 to 10:45 a.m. at St. Anthony of Padua Church, 901 N. DuPont St., where her Mass of Christian Burial will begin at 11 a.m. Interment in Cathedral Cemetery. In lieu of flowers, the family suggests contributions to the St. Anthony's Italian Festival scholarship fund.""",
gold=[("ILG001", "survivor"), ("ILG002", "survivor"), ("ILG022", "survivor"), ("ILG021", "survivor")]),

dict(guid="ilg_mwf_anna-lisowski-2026", slug="anna-lisowski", pub="2026-02-16T09:40:00-05:00",
title="Anna T. Lisowski (1937 - 2026)",
body="""Anna Theresa Lisowski (nee Wojcik), 88, of Elsmere, formerly of Hedgeville, passed away on Friday, February 13, 2026, at Christiana Hospital, surrounded by her family and her rosary.

Anna was born in Wilmington to the late Jozef and Stefania Wojcik and graduated from St. Hedwig School and Ursuline Academy. She worked for many years in the payroll office of the DuPont Experimental Station and was a member of the Rosary Society and the Polish Library Association. Her pierogi sales at the St. Hedwig Polish Festival were legendary, and her recipe for chrusciki was a family secret she finally wrote down last Christmas.

She is survived by her sons, Edward Lisowski (Karen) of Newark and Paul Lisowski of Lancaster, Pa.; her sister, Helen (Stan) Kowalczyk of Wilmington; five grandchildren; and many nieces and nephews. She was preceded in death by her husband, Casimir "Casey" Lisowski, in 2011.

A viewing will be held Wednesday from 9:30 a.m. at St. Hedwig Church, 408 S. Harrison St., followed by her funeral Mass at 11 a.m. Burial will be in Cathedral Cemetery.""",
gold=[("ILG005", "survivor"), ("ILG004", "survivor")]),

dict(guid="ilg_mwf_walter-nowicki-2026", slug="walter-wally-nowicki", pub="2026-03-09T14:05:00-04:00",
title="Walter \"Wally\" Nowicki (2006 - 2026)",
body="""Walter "Wally" Nowicki, 19, of Wilmington, died suddenly on Wednesday, March 4, 2026.

Wally was a 2024 graduate of Salesianum School, where he was a goalkeeper on the soccer team, and was in his second year of the electrical apprenticeship program at Delaware Technical Community College. He loved the Phillies, his grandmother's golabki, and driving the long way home down the Brandywine.

He is survived by his parents, Mark and Jennifer Nowicki of Wilmington; his sister, Kasia; his grandmother, Dorothy Nowicki of Claymont; and his girlfriend, Abby. He was preceded in death by his grandfather, Walter Nowicki Sr., for whom he was named.

A Mass of Christian Burial will be celebrated Saturday at 10 a.m. at St. Hedwig Church. Memorial contributions may be made to the Salesianum soccer program.""",
gold=[]),

dict(guid="ilg_mwf_francis-zielinski-2026", slug="francis-zielinski", pub="2026-04-02T11:30:00-04:00",
title="Francis E. Zielinski (1951 - 2026)",
body="""Francis Edward "Frank" Zielinski, 74, of Pike Creek, passed away on Monday, March 30, 2026, after a long and courageous battle with pancreatic cancer.

Frank grew up on Sycamore Street in Hedgeville and served with the U.S. Army in Germany before spending 36 years as a pipefitter with Local 74. He coached Little League in Pike Creek for twenty years and was still arguing balls and strikes from his porch last summer.

Frank is survived by his wife of 51 years, Irene (Dombrowski) Zielinski; his sons, Greg (Mary Beth) Zielinski of Newark and Jeffrey Zielinski of Middletown; his brother, Raymond Zielinski of Havre de Grace, Md.; and six grandchildren, who called him Dziadzia.

Visitation will be held Friday from 6 to 8 p.m. at the Maryland Avenue chapel. His funeral Mass will be at 10 a.m. Saturday at St. Hedwig Church, with burial with military honors at the Delaware Veterans Memorial Cemetery in Bear.""",
gold=[("ILG006", "survivor")]),

dict(guid="ilg_mwf_stanislaus-kowalczyk-2026", slug="stanislaus-stan-kowalczyk", pub="2026-05-11T10:50:00-04:00",
title="Stanislaus J. \"Stan\" Kowalczyk (1941 - 2026)",
body="""Stanislaus J. "Stan" Kowalczyk, of Wilmington, died at home on Thursday, May 7, 2026, four weeks after his 85th birthday. He was born April 9, 1941, in the front bedroom of the South Harrison Street rowhouse he later bought from his parents, and he never saw a reason to move.

Stan served in the Delaware Air National Guard and worked for 38 years as a machinist at the Pusey and Jones and then the Chrysler Newark plants. He was an usher at St. Hedwig Church for half a century, a past president of the Polish Library Association and a fixture at the Hedgeville polka Masses, where he could still keep up with the young dancers well into his seventies.

He is survived by his beloved wife of 61 years, Helen (Wojcik) Kowalczyk; his daughters, Christine Kowalczyk Burke (Sean) of Hockessin and Diane Reyes (Miguel) of Bear; his son, Joseph Kowalczyk of Baltimore; and seven grandchildren. He was preceded in death by his sister-in-law, Anna Lisowski, earlier this year.

His funeral Mass will be celebrated Thursday at 10 a.m. at St. Hedwig Church, where friends may call from 8:30 a.m. Pallbearers will be his grandsons and his longtime neighbors Walt Nowicki and Eddie Sobczak. Burial will follow at Cathedral Cemetery.""",
gold=[("ILG004", "deceased_client"), ("ILG005", "spouse_of_deceased_client")]),

dict(guid="ilg_mwf_eleanor-sobieski-2026", slug="eleanor-sobieski", pub="2026-06-18T09:20:00-04:00",
title="Eleanor M. Sobieski (1933 - 2026)",
body="""Eleanor Marie Sobieski, 92, of New Castle, formerly of Hedgeville, died Monday, June 15, 2026, at Kutz Senior Living.

Eleanor taught second grade at St. Hedwig School for 38 years; by her own count she taught more than a thousand children to read, including two current parish priests and a state senator. She loved the Jersey shore, crossword puzzles in ink and Frank Sinatra, in that order.

She is survived by her nephew, Robert Sobieski of Philadelphia, and by her devoted friends of the Rosary Society. She was preceded in death by her brothers, Chester and Leon.

A Mass of Christian Burial will be celebrated Monday at 10 a.m. at St. Hedwig Church. Burial will be private.""",
gold=[]),
]
