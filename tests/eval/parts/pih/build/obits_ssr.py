"""Sagebrush & Snake River Funeral Chapels (Pocatello, Blackfoot and Idaho Falls chapels): funeral-home site,
HTML in content:encoded, a one-sentence plain description. Hand-labelled."""

FEED = "ssr"
BASE = "https://www.sagebrushsnakeriver.example/obituaries/"
ITEMS = [
dict(guid="pih_ssr_reed-pendlebury-sr", slug="reed-pendlebury-sr", pub="2026-02-04T11:30:00-07:00",
title="Reed Alvin Pendlebury Sr. (1939 - 2026)",
body="""Reed Alvin Pendlebury Sr., 86, of Idaho Falls, passed away on Sunday, February 1, 2026, at his home on the south side of town, the same house he built with his own hands in 1968.

Reed was born in Rigby to Alvin and Nora Pendlebury. He served in the U.S. Army in Germany and then worked 33 years as an electrician at the National Reactor Testing Station, which became the INL, where he was known as the man who could find any short in any building. He married Marjean Tolbert in the Idaho Falls Idaho Temple in 1960.

He is survived by his son, Reed Pendlebury Jr. (JaNae) of Idaho Falls; his daughters, Sandra (Craig) Lott of Ammon and Becky Pendlebury of Boise; 11 grandchildren; and 16 great-grandchildren. He was preceded in death by his wife, Marjean, in 2021.

Funeral services will be held Saturday, February 7, at 11 a.m. at the Idaho Falls 19th Ward, with a viewing Friday evening at our Idaho Falls chapel. Military honors by the Bonneville County Veterans Honor Guard. Interment at the Rose Hill Cemetery.""",
gold=[("PIH004", "survivor"), ("PIH005", "survivor")]),

dict(guid="pih_ssr_deeann-stucki-vorwaller", slug="deeann-stucki-vorwaller", pub="2026-04-22T09:15:00-06:00",
title="DeeAnn Stucki Vorwaller (1949 - 2026)",
body="""DeeAnn Stucki Vorwaller, 76, of Inkom, slipped peacefully from this life on April 19, 2026, at the Portneuf Medical Center, after a brave year with leukemia.

DeeAnn was born December 4, 1949, in Soda Springs to Elwin and Ferne Stucki, the youngest of four girls. She married Gary Vorwaller in 1971, and together they ran the Rapid Creek fruit stand for thirty summers. She served as Primary president twice and canned more peaches than anyone in Bannock County cared to count.

She is survived by her children, Troy Vorwaller of Inkom and Kristi (Ben) Ashby of Lava Hot Springs; seven grandchildren; and her sister, Lorna Fackrell of Soda Springs. She was preceded in death by her husband, Gary, in 2018, and her sisters, Joan and Beth.

Funeral services will be held Saturday, April 25, at 11 a.m. at the Inkom Ward chapel. A viewing will be held one hour before at the chapel. Burial at the Inkom Cemetery. The family thanks the nurses of the fourth floor and Dr. Priya Stohl for their kindness.""",
gold=[("PIH006", "deceased_client"), ("PIH011", "survivor")]),

dict(guid="pih_ssr_thaddeus-ovard", slug="thaddeus-ovard", pub="2026-01-19T14:00:00-07:00",
title="Thaddeus Kimball Ovard (1937 - 2026)",
body="""Thaddeus Kimball Ovard, 88, of Mesa, Arizona, formerly of Sugar City, passed away January 15, 2026, in Mesa.

Thad was born in Sugar City on Oct. 1, 1937, grew up through the lean years on a dry farm, and after the Teton Dam flood of 1976 helped rebuild half the homes in the valley before moving the family to Arizona for work. He loved the Henry's Fork, Hereford cattle and his wife's raspberry jam.

He is survived by his wife, Eleanor; his sons, Mark Ovard of Gilbert, Ariz., and Paul Ovard of St. George, Utah; 9 grandchildren, including his grandson Tad Ovard of Rexburg, who was named for him; and 22 great-grandchildren.

A graveside service will be held Saturday, January 24, at 1 p.m. at the Sugar City Cemetery, with arrangements by our Rexburg chapel.""",
gold=[("PIH010", "survivor")]),

dict(guid="pih_ssr_consuelo-villasenor-de-arredondo", slug="consuelo-villasenor-de-arredondo", pub="2026-02-18T10:00:00-07:00",
title="Consuelo Villaseñor de Arredondo (1934 - 2026)",
body="""Consuelo Villaseñor de Arredondo, 91, of Shelley, went home to the Lord on February 15, 2026, surrounded by her children and grandchildren.

Consuelo was born in Jalostotitlán, Jalisco, Mexico, and came to the Snake River valley in 1962 with her husband, Refugio Arredondo, to work the potato harvest. They stayed. She worked 25 years on the sorting line at the Shelley potato processing plant and raised seven children in a house on Emerson Street that always smelled of fresh tortillas.

Le sobreviven sus hijos. She is survived by her daughters, Chela Arredondo of Shelley and Maricela (Juan) Ochoa of Idaho Falls; her sons, Rogelio Arredondo of Blackfoot, Javier Arredondo of Pasco, Wash., and Ramón Arredondo of Shelley; 24 grandchildren and 19 great-grandchildren. She was preceded in death by her husband, Refugio, and her son, Miguel.

A rosary will be recited Thursday at 7 p.m. and the Mass of Christian Burial celebrated Friday at 10 a.m., both at St. Bernard Catholic Church in Blackfoot. Pallbearers: Roy Benavides, Daniel Ochoa, Adrián Arredondo, Luis Arredondo, Ángel Arredondo and Mateo Ochoa.""",
gold=[("PIH003", "survivor")]),

dict(guid="pih_ssr_ezequiel-cordova", slug="ezequiel-cordova", pub="2026-05-13T10:45:00-06:00",
title="Ezequiel Córdova Ruiz (1943 - 2026)",
body="""Ezequiel Córdova Ruiz, 82, of Blackfoot, passed away on May 10, 2026, at Bingham Memorial Hospital.

Ezequiel was born in Ojinaga, Chihuahua, and worked forty years on farms and in the potato cellars of Bingham County, the last twenty-two as foreman for the Hatchings farms. He was a charter member of the Guadalupanos at St. Bernard's and a fierce domino player.

He is survived by his wife of 60 years, Rosalba; his daughters, Yesenia Benavides and her husband, Rogelio "Roy," of Blackfoot, and Norma Córdova of Rupert; his son, Ezequiel Jr. of Las Vegas; and nine grandchildren.

Rosary Wednesday at 7 p.m., funeral Mass Thursday at 11 a.m. at St. Bernard Catholic Church. Burial in the Grove City Cemetery.""",
gold=[("PIH016", "survivor")]),

dict(guid="pih_ssr_lavar-henrie", slug="lavar-henrie", pub="2026-06-03T08:30:00-06:00",
title="LaVar Dean Henrie (1946 - 2026)",
body="""LaVar Dean Henrie, 79, of Chubbuck, passed away May 31, 2026, at Portneuf Medical Center.

LaVar was born in Pocatello and spent 35 years at the Simplot fertilizer plant west of town. He was a scoutmaster for 22 years and took more boys to Camp Bradley than he could count.

He is survived by his wife, Charlene; his sons, Brent (Kim) Henrie of Chubbuck and Darin Henrie of Boise; and eight grandchildren.

Services will be held at the Chubbuck 6th Ward on Saturday at 11 a.m., with Bishop Nate Stohl conducting. The family extends its thanks to Dr. Priya Stohl and the hospitalist team at Portneuf Medical Center.""",
gold=[]),
]
