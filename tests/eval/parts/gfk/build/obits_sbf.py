"""Sondreal-Bakken Funeral Chapel (Grand Forks and East Grand Forks chapels): funeral-home web site, HTML in
content:encoded, a one-sentence plain description. Hand-labelled."""

ITEMS = [
dict(guid="gfk_sbf_tribute_20260210_bolstad", pub="2026-02-10T14:20:00-06:00",
title="Harriet Bolstad (1935 - 2026)",
body="""Harriet Jean Bolstad, 90, of Grand Forks, passed away peacefully on Saturday, February 7, 2026, at Wheatland Terrace.

Harriet was born August 19, 1935, in Cavalier, N.D., to Arthur and Emma Thorlakson, and grew up among the Icelandic families of Pembina County. She taught fourth grade at Lake Agassiz Elementary for 31 years and was, in the words of one former pupil, "the only teacher who could make long division sound like a story."

She is survived by her son, Mark (Julie) Bolstad of Grand Forks; her daughter, Karen (Jim) Hovet of West Fargo; six grandchildren; and her sister, Ruth Sigurdson of Mountain, N.D. She was preceded in death by her husband, Orvin, in 2008.

A funeral service will be held at 11 a.m. Friday, February 13, at the Sondreal-Bakken Grand Forks chapel, with visitation one hour prior. Burial will be in the spring at Vikur Lutheran Cemetery, Mountain.""",
gold=[]),

dict(guid="gfk_sbf_tribute_20260512_lagasse", pub="2026-05-12T16:05:00-05:00",
title="René Michael Lagasse (1991 - 2026)",
body="""René Michael Lagasse, 34, of East Grand Forks, died Friday, May 8, 2026, in a motorcycle accident near Oslo, Minn.

René was born September 21, 1991, in Grand Forks, and graduated from Sacred Heart High School in East Grand Forks in 2010, where he played goal for the Eagles. He was a lineman for Red River Valley Co-op Power, and his crew said he was the first one up the pole and the last one to stop talking about the Jets.

René is survived by his daughter, Ava, the light of his life; his parents, Rene and Mary Beth Lagasse of East Grand Forks; his sister, Nicole (Tyler) Brodeur of Crookston; his grandmother, Therese Lagasse of Red Lake Falls; and many aunts, uncles and cousins. He was preceded in death by his grandparents, Joseph Lagasse and Bernard and Lucille Hemmer.

Visitation will be Thursday from 5 to 7 p.m., with a prayer service at 7, at the Sondreal-Bakken East Grand Forks chapel. The Mass of Christian Burial will be celebrated Friday at 10:30 a.m. at Sacred Heart Catholic Church, East Grand Forks. Burial in Resurrection Cemetery.""",
gold=[("GFK007", "survivor"), ("GFK006", "survivor")]),

dict(guid="gfk_sbf_tribute_20260603_castaneda", pub="2026-06-03T11:40:00-05:00",
title="Refugio Castañeda de Reyes (1934 - 2026)",
body="""Refugio Castañeda de Reyes, 91, of East Grand Forks, went to be with the Lord on Sunday, May 31, 2026, at the home of her daughter, surrounded by her family.

Cuquita, as everyone called her, was born July 4, 1934, in Crystal City, Texas. Every spring from 1952 she and her husband, Isidro Reyes, drove north with their children to thin and hoe sugar beets in the Red River Valley, and in 1971 they stayed. She worked 22 years in the American Crystal Sugar factory in East Grand Forks and cooked tamales for half of St. Joseph's parish every Christmas Eve.

Le sobreviven su hija, María Guadalupe "Lupe" Reyes y su esposo Ernesto Zamudio, de East Grand Forks; sus hijos, Isidro Reyes Jr. de Crookston y Rubén Reyes de Crystal City; 12 nietos y 9 bisnietos. She is survived by her daughter, Lupe (Ernesto) Zamudio of East Grand Forks; her sons, Isidro Reyes Jr. of Crookston and Rubén Reyes of Crystal City, Texas; 12 grandchildren and 9 great-grandchildren. She was preceded in death by her husband, Isidro, in 2002.

Rosario: jueves 4 de junio a las 7 p.m. / Rosary: Thursday at 7 p.m. at the Sondreal-Bakken East Grand Forks chapel. Misa de cuerpo presente / Funeral Mass: Friday at 10 a.m. at St. Joseph's Catholic Church, Grand Forks.""",
gold=[("GFK015", "survivor"), ("GFK016", "survivor")]),

dict(guid="gfk_sbf_tribute_20260820_vigesaa", pub="2026-08-20T15:30:00-05:00",
title="Duane Vigesaa (1942 - 2026)",
body="""Duane Orlin Vigesaa, 84, of East Grand Forks, died Monday, August 17, 2026, at Altru Hospital, Grand Forks.

Duane was born May 1, 1942, on a farm near Fisher, Minn., to Orlin and Gudrun Vigesaa. He served four years in the U.S. Air Force, and on June 11, 1966, he married Lorraine Brekke at Our Savior's Lutheran Church in East Grand Forks. He ran the parts counter at Valley Implement for 37 years and could find any John Deere part by feel.

Duane is survived by his wife of 60 years, Lorraine (Brekke) Vigesaa of East Grand Forks; his sons, Steven (Lisa) Vigesaa of Fisher and Craig Vigesaa of Duluth; five grandchildren; and his brother, Gordon Vigesaa of Crookston.

Funeral: 11 a.m. Monday, August 24, at Our Savior's Lutheran Church, East Grand Forks. Military honors by the East Grand Forks American Legion. Burial at Fisher Cemetery.""",
gold=[("GFK003", "survivor")]),

dict(guid="gfk_sbf_tribute_20260915_rustad", pub="2026-09-15T10:10:00-05:00",
title="Vivian Rustad (1938 - 2026)",
body="""Vivian Ione Rustad, 88, of Reynolds, N.D., passed away Friday, September 11, 2026, at Valley Senior Living on Columbia, Grand Forks.

Vivian was born February 2, 1938, in Buxton, N.D., to Melvin and Alma Grinde. She married Lester Rustad in 1958 and together they farmed southwest of Reynolds for fifty years. She drove grain truck every harvest until she was 75 and was a 4-H leader for three decades.

She is survived by her daughter, Pam (Orrin) Gulsvig of Grand Forks; her son, Curtis (Jean) Rustad of Reynolds; grandchildren Kaia and Erik Gulsvig and Tate, Nora and Sam Rustad; and her sister, Lois Grinde of Buxton. She was preceded in death by her husband, Lester, in 2015.

Funeral: 2 p.m. Thursday at Reynolds Lutheran Church. Burial in Reynolds Cemetery. Arrangements by the Sondreal-Bakken Grand Forks chapel.""",
gold=[("GFK021", "survivor"), ("GFK020", "survivor")]),

dict(guid="gfk_sbf_tribute_20261006_dufault", pub="2026-10-06T13:15:00-05:00",
title="Clarence Dufault (1938 - 2026)",
body="""Clarence Joseph Dufault, 87, of East Grand Forks, died Saturday, October 3, 2026, at Altru Hospital, Grand Forks, with his wife at his side.

Clarence was born November 23, 1938, in Red Lake Falls, Minn., one of eleven children of Ovila and Rose (Lizotte) Dufault, and spoke French at home until he started school. On February 17, 1962, he married Yvonne Bergeron at St. Joseph's Church in Red Lake Falls. They moved to East Grand Forks in 1965, where Clarence was a mail carrier for 34 years and an usher at Sacred Heart for longer than anyone can remember.

Clarence is survived by his wife of 64 years, Yvonne (Bergeron) Dufault; his daughters, Colleen (Bud) Kjelstrup of Grand Forks and Denise (Marc) Girard of Thief River Falls; his son, Paul Dufault of Red Lake Falls; nine grandchildren; and 14 great-grandchildren. He was preceded in death by his parents and eight brothers and sisters.

Mass of Christian Burial: 10:30 a.m. Friday at Sacred Heart Catholic Church, East Grand Forks, with a rosary at 9:45. Pallbearers will be his grandsons and Rene Lagasse. Burial in Resurrection Cemetery.""",
gold=[("GFK024", "deceased_client"), ("GFK025", "spouse_of_deceased_client"), ("GFK005", "survivor"),
      ("GFK004", "survivor")]),
]
