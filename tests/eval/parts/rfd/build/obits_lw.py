"""Lindahl-Wessels Family Funeral Homes (Rockford, Belvidere, Freeport, Beloit chapels): funeral-home site, HTML
in content:encoded, one-sentence plain description, permalink guids. Hand-labelled."""

FEED = "lw"
BASE = "https://www.lindahlwessels.example/obituaries/"
ITEMS = [
dict(guid="rfd_lw_dale-ostergaard-2026", pub="2026-01-20T14:10:00-06:00",
title="Dale R. Ostergaard",
body="""Dale R. Ostergaard, 58, of Rockford, passed away unexpectedly on Saturday, January 17, 2026, at his home.

Dale was born April 1, 1967, in Rockford, the son of Richard and Mavis Ostergaard. He graduated from Guilford High School in 1985 and drove for Rockford Mass Transit for 29 years. He was a devoted Chicago Cubs fan, a member of the Loyal Order of Moose and the best euchre player on North Second Street.

He is survived by his daughter, Ashley (Kyle) Brandt of Cherry Valley; his brother, Duane (Linda) Ostergaard of Machesney Park; his sister, Debra Hahn of Byron; and his beloved dog, Ruger. He was preceded in death by his parents.

A celebration of life will be held from 2 to 5 p.m. Saturday, January 24, at the Machesney Park Moose Lodge.""",
gold=[("RFD015", "survivor")]),

dict(guid="rfd_lw_eugene-koerner-sr-2026", pub="2026-01-26T11:45:00-06:00",
title="Eugene F. Koerner Sr.",
body="""Eugene Frederick Koerner Sr., 89, of Freeport, passed away on Friday, January 23, 2026, at Provena Saint Joseph Home.

Gene was born March 4, 1936, in Freeport, the son of Fred and Martha (Hartman) Koerner. After serving in the U.S. Army he founded Koerner Implement in 1951 with his father on U.S. 20 west of town, and sold and fixed John Deere equipment for half a century. He married Elaine Schmeichel in 1958; she preceded him in death in 2015. He was a member of St. Paul Lutheran Church, the Freeport Elks and the Stephenson County Antique Engine Club.

Survivors include his son, Eugene "Gene" Koerner Jr. (Sharon) of Freeport; his daughter, Lorraine Stukenberg of Lena; five grandchildren, including Jake Koerner, who now runs the family business with his father; and three great-grandchildren. He was preceded in death by his wife, Elaine; his son-in-law, Dale Stukenberg; and his sister, Irma Bauer.

Visitation will be from 4 to 7 p.m. Thursday at the Freeport chapel. Funeral service 10:30 a.m. Friday at St. Paul Lutheran Church. Burial in Oakland Cemetery with military rites.""",
gold=[("RFD006", "survivor"), ("RFD007", "survivor"), ("RFD022", "survivor")]),

dict(guid="rfd_lw_guadalupe-beltran-de-zamora-2026", pub="2026-02-02T16:20:00-06:00",
title="Guadalupe Beltrán de Zamora",
body="""Guadalupe "Lupe" Beltrán de Zamora, 78, of Rockford, entered eternal rest on Wednesday, January 28, 2026, surrounded by her children.

Lupe was born December 12, 1947, in Apatzingán, Michoacán, México, and came to Rockford in 1979 with her husband, Rigoberto Zamora. For thirty years she baked pan dulce, first in her kitchen and later in the panadería her daughter opened on South Main Street. She was a devoted member of St. Edward Catholic Church and of its Guadalupanas society.

Le sobreviven sus hijos: Araceli Zamora Beltrán de Rockford, Rigoberto Zamora Jr. (Maribel) de Aurora y Jesús Zamora de Morelia, México; nueve nietos; y su hermana, María Elena Beltrán. Le precedieron su esposo, Rigoberto, y sus padres.

She is survived by her children, Araceli "Chely" Zamora of Rockford, Rigoberto Zamora Jr. (Maribel) of Aurora and Jesús Zamora of Morelia, Mexico; nine grandchildren; and her sister, María Elena Beltrán. Rosary at 6 p.m. Monday at the Rockford chapel; Mass of Christian Burial at 10 a.m. Tuesday at St. Edward Catholic Church, Rev. Jaime Ocampo, celebrant. Burial at Calvary Cemetery.""",
gold=[("RFD008", "survivor")]),

dict(guid="rfd_lw_lucille-ransom-2026", pub="2026-03-02T10:05:00-06:00",
title="Mother Lucille Ransom",
body="""Mother Lucille Ransom, 88, of Beloit, Wis., received her wings on Wednesday, February 25, 2026, at Beloit Memorial Hospital.

Lucille Mae Ransom was born July 7, 1937, in Greenwood, Mississippi, the fourth of eleven children of Deacon Ezra and Mattie Ransom. She came north in 1955 and worked 31 years at the Fairbanks Morse plant, one of the first women on its assembly floor. A mother of the church at Emmanuel Missionary Baptist Church for 50 years, she directed the Sunshine Choir and fed anyone who came through her kitchen door on Cunningham Drive.

She leaves to cherish her memory her daughter, Keisha (Darnell) Whitfield of Beloit; her son, Reginald Ransom of Milwaukee; her grandchildren, Imani and DeShawn Whitfield and Tiana Ransom; her sisters, Ora Lee Jackson of Greenwood and Bernice Tate of Chicago; and a host of nieces, nephews, church family and friends.

Homegoing service at 11 a.m. Saturday, March 7, at Emmanuel Missionary Baptist Church, Beloit, Pastor Leon Everett, eulogist. Viewing from 9 a.m. Interment at Eastlawn Cemetery. Beloit chapel in charge.""",
gold=[("RFD010", "survivor"), ("RFD009", "survivor")]),

dict(guid="rfd_lw_henrietta-kowalczyk-2026", pub="2026-04-06T09:30:00-05:00",
title="Henrietta \"Hattie\" Kowalczyk",
body="""Henrietta "Hattie" Kowalczyk, 97, formerly of Rockford's Ridge Avenue neighborhood, fell asleep in the Lord on Thursday, April 2, 2026, at Fairhaven Christian Retirement Center.

Hattie was born September 30, 1928, in Rockford to Polish immigrants Jan and Stanisława Nowak. She married Walter Kowalczyk at St. Stanislaus Kostka Church in 1948 and worked at the National Lock Company for 22 years. She made pierogi for every parish festival for half a century and could still beat her grandchildren at rummy at 96.

She is survived by her daughter, Bernadette "Bernie" (Stan) Wojcik of Machesney Park; her son, Walter Jr. "Wally" Kowalczyk of Winnebago; six grandchildren; and fourteen great-grandchildren. She was preceded in death by her husband, Walter, in 1999, and her son, Edward.

Mass of Christian Burial 10 a.m. Thursday at St. Stanislaus Kostka Church, Rockford. Visitation 9 a.m. until Mass. Burial in St. Mary's Cemetery.""",
gold=[("RFD014", "survivor"), ("RFD013", "survivor")]),

dict(guid="rfd_lw_evelyn-marchetti-2026", pub="2026-08-17T13:50:00-05:00",
title="Evelyn Marchetti",
body="""Evelyn T. Marchetti, 94, of Rockford, passed away Friday, August 14, 2026, at Alden Alma Nelson Manor.

Evelyn was born July 1, 1932, in Rockford, the daughter of Giuseppe and Rose Marinelli. She and her late husband, Vincenzo "Jim" Marchetti, ran Marchetti's Grocery on Seventh Street for 38 years, where more than one struggling family got credit that was never written down. She was a member of St. Anthony of Padua Church and the Ladies of Sicily Club.

Survivors include her son, Vincent (Betsy) Marchetti of Rockford; her daughter, Angela Marchetti of Naperville; four grandchildren; and two great-grandchildren. She was preceded in death by her husband in 2008 and by her brother, Frank Marinelli.

Mass of Christian Burial will be 10 a.m. Friday at St. Anthony of Padua Church. Entombment at Calvary Cemetery.""",
gold=[("RFD023", "survivor")]),
]
