"""Obituaries for the esc part, hand-labelled (gold=[...] beside each text). feed: dc = Daily Current (newspaper,
plain text), fh = Bay de Noc Funeral Chapels (funeral-home site, HTML), cb = St. Anne / St. Francis parish
bulletin (plain text), dn = U.P. paid death notices (terse, surname-first)."""

ITEMS = [
dict(feed="dc", guid="esc_dc_obit_20260303_arvid_soderberg", pub="2026-03-03T05:15:00-05:00",
title="Arvid E. Soderberg",
body="""GLADSTONE - Arvid Emil Soderberg, 86, of Gladstone, passed away Saturday, February 28, 2026, at OSF St. Francis Hospital in Escanaba, with his family at his side.

Arvid was born April 12, 1939, in Gladstone, the son of Emil and Hilda (Nyquist) Soderberg. He graduated from Gladstone High School in 1957 and worked forty-one years on the ore docks and later as a yardmaster for the Soo Line. On June 16, 1962, he married the former Marjatta Heikkinen at Bethany Lutheran Church. He loved smelt dipping on the Days River, deer camp north of Trenary and a good cribbage game.

He is survived by his wife of 63 years, Marjatta "Marge" Soderberg of Gladstone; his sons, Erik (Tammy) Soderberg of Kingsford and Nils Soderberg of Marquette; his daughter, Karin (Mark) Jarvi of Negaunee; seven grandchildren; and his brother, Elmer Soderberg of Iron Mountain. He was preceded in death by his parents and his sister, Ruth Nelson.

Visitation will be Friday from 10 a.m. until the 11 a.m. funeral service at Bethany Lutheran Church, with Pastor Karl Lindgren officiating. Pallbearers will be Marvin Tatrow, Jim Rheaume, Dave Kaminski and his grandsons. Burial will be in Fernwood Cemetery in the spring. Groleau Funeral Home of Gladstone is assisting the family.""",
gold=[("ESC003", "deceased_client"), ("ESC004", "spouse_of_deceased_client")]),

dict(feed="dn", guid="esc_dn_20260305_soderberg_arvid", pub="2026-03-05T06:00:00-05:00",
title="SODERBERG, Arvid E.",
body="""GLADSTONE - Arvid Emil Soderberg, 86, of Gladstone, passed away Saturday, February 28, 2026, at OSF St. Francis Hospital in Escanaba. He was born April 12, 1939, in Gladstone. Survivors include his wife of 63 years, Marjatta "Marge" Soderberg; sons Erik (Tammy) and Nils; daughter Karin (Mark) Jarvi; and brother Elmer. Funeral service Friday 11 a.m., Bethany Lutheran Church. Groleau Funeral Home, Gladstone.""",
gold=[]),   # later second copy of the Daily Current obituary: labelled on the earlier copy only

dict(feed="dc", guid="esc_dc_obit_20260210_sylvia_hautala", pub="2026-02-10T05:15:00-05:00",
title="Sylvia Mae Hautala",
body="""MANISTIQUE - Sylvia Mae Hautala, 88, of Manistique, died peacefully Saturday, February 7, 2026, at Schoolcraft Memorial Hospital Long Term Care.

She was born October 3, 1937, in Germfask, the daughter of Väinö and Aili (Koski) Rantala, and married Reino Hautala in 1958. Sylvia taught at Lakeview Elementary for thirty years and never met a child she could not teach to read. She made the best pannukakku in Schoolcraft County and sang alto in the Zion Lutheran choir for six decades.

Survivors include her son, Kevin (Lisa) Hautala of Grand Rapids; her daughter, Debra Hautala of Manistique; four grandchildren; and her sister, Annikki "Annie" Kallio of Manistique. She was preceded in death by her husband Reino in 2011, her brother Arne Rantala, and her brother-in-law, Toivo Kallio.

A memorial service will be held at 1 p.m. Saturday at Zion Lutheran Church, Manistique, with Pastor Sarah Erickson officiating. Messier-Broullire Funeral Home is assisting the family.""",
gold=[("ESC021", "survivor")]),

dict(feed="fh", guid="esc_fh_augustus-nordeen-1934-2026", pub="2026-02-24T14:20:00-05:00",
title="Augustus \"Gus\" Nordeen (1934 - 2026)",
body="""Augustus "Gus" Nordeen, 91, of Gladstone, passed away on Sunday, February 22, 2026, at his home on Wisconsin Avenue, the house he built with his own hands in 1959.

Gus was born August 2, 1934, in Masonville to Carl and Signe (Berglund) Nordeen. He served in the U.S. Army in Germany and came home to run Nordeen Marine on the Gladstone waterfront for forty years. Generations of Little Bay de Noc walleye fishermen bought their first outboard from Gus.

He is survived by his son, Carl (Debbie) Nordeen of Escanaba; his daughter, Linda Beck of Rapid River; five grandchildren, including his grandson and namesake, Gus Nordeen (Kelsey) of Gladstone; and three great-grandchildren. He was preceded in death by his wife of 58 years, Eleanor, in 2017.

The family thanks Dr. Ingrid Halvorsen and the staff of Lakeshore Hospice for their tender care. Visitation will be from 4 to 7 p.m. Thursday at Groleau Funeral Home, Gladstone, where Peter Groleau will conduct a memorial service at 6:30 p.m. Military honors by Gladstone American Legion Post 71.""",
gold=[("ESC010", "survivor")]),

dict(feed="dc", guid="esc_dc_obit_20260317_teddy_wojciechowski", pub="2026-03-17T05:15:00-04:00",
title="Thaddeus \"Teddy\" Wojciechowski",
body="""MENOMINEE - Thaddeus Mark "Teddy" Wojciechowski, 24, of Menominee, died unexpectedly Friday, March 13, 2026, in a snowmobile accident near Hermansville.

Teddy was born July 9, 2001, in Marinette, Wis., and graduated from Menominee High School in 2019, where he played hockey for the Maroons. He was a millwright apprentice at the Menominee paper mill and was never happier than on a trail or a frozen lake with his buddies.

He is survived by his parents, Mark and Julie (Lemke) Wojciechowski of Menominee; his sister, Katie Wojciechowski of Green Bay; his grandparents, Thaddeus "Ted" and Irene (Kowalczyk) Wojciechowski of Menominee, for whom he was named, and Gary and Barbara Lemke of Peshtigo, Wis.; and his girlfriend, Alyssa Brault.

A Mass of Christian Burial will be celebrated at 11 a.m. Saturday at Holy Spirit Catholic Church, Menominee. Visitation will be from 9 a.m. until Mass at the church.""",
gold=[("ESC008", "survivor"), ("ESC009", "survivor")]),   # young namesake of ESC008: ESC008 is a survivor, not the deceased

dict(feed="cb", guid="esc_cb_20260308_eugene_cloutier", pub="2026-03-08T07:00:00-05:00",
title="Eugene J. Cloutier - Manistique",
body="""Please remember in your prayers the soul of Eugene J. Cloutier of Manistique, who died this past Tuesday. The Mass of Christian Burial will be celebrated on Saturday at 10:30 a.m. at St. Francis de Sales, with Father Tomasz Nowicki presiding; the Altar Society will serve lunch in the parish hall afterward. Eternal rest grant unto him, O Lord.""",
gold=[("ESC018", "possible_deceased_client")]),   # name and town only: no age, no spouse

dict(feed="fh", guid="esc_fh_raymond-lafave-sr-1939-2026", pub="2026-04-02T11:05:00-04:00",
title="Raymond J. LaFave Sr. (1939 - 2026)",
body="""Raymond Joseph LaFave Sr., 86, of Manistique, passed away March 31, 2026, at Schoolcraft Memorial Hospital.

Ray was born in Manistique on December 14, 1939, to Joseph and Marie-Anne (Boucher) LaFave. He fished commercially out of Manistique harbor with his father and brothers, then worked twenty-eight years at the Manistique Papers mill. He was a longtime member of the Knights of Columbus and the Schoolcraft County Snowmobile Club.

He is survived by his son, Raymond "Ray" LaFave Jr. (Colette) of Manistique; his daughter, Denise (Rick) Hebert of Gulliver; six grandchildren; and eleven great-grandchildren. He was preceded in death by his wife, Jeannette (Roy) LaFave, in 2020, and his brothers, Lionel and Rene.

Mass of Christian Burial will be at 11 a.m. Monday at St. Francis de Sales Catholic Church, Manistique. Burial at Fairview Cemetery.""",
gold=[("ESC005", "survivor"), ("ESC006", "survivor")]),

dict(feed="dc", guid="esc_dc_obit_20260414_lucien_gendron", pub="2026-04-14T05:15:00-04:00",
title="Lucien \"Lou\" Gendron",
body="""ESCANABA - Lucien "Lou" Gendron, 79, of Escanaba, died Sunday, April 12, 2026, at his home.

Lou was born in Escanaba on May 1, 1946, the youngest of nine children of Oscar and Bernadette (Dufour) Gendron. He served in the Navy aboard the USS Intrepid and then worked for thirty years as a lineman for the Upper Peninsula Power Company. He was a member of St. Anne's Catholic Church and the Escanaba Elks.

He is survived by his wife, Judy; his daughters, Michelle (Scott) Demers of Escanaba and Renee Gendron of Lansing; his sister, Mary Jo Pelletier of Escanaba; and many nieces and nephews. He was preceded in death by his parents and by seven brothers and sisters, and by his brother-in-law, Roland Pelletier.

Mass of Christian Burial will be celebrated at 11 a.m. Friday at St. Anne's Catholic Church. Anderson Funeral Home is assisting the family.""",
gold=[("ESC007", "survivor")]),

dict(feed="dn", guid="esc_dn_20260420_pelletier_mary_jo", pub="2026-04-20T06:00:00-04:00",
title="PELLETIER, Mary Jo",
body="""Mary Jo Pelletier, 68, of Fort Kent, Maine, died April 16, 2026. Born in Madawaska, Maine. Survived by her husband, Normand; sons Luc and Andre; and her sister, Jeanne Roy of Escanaba. Mass of Christian Burial at St. Louis Church, Fort Kent.""",
gold=[]),   # namesake in Maine, 68 (ESC007 is 81 and widowed): nothing

dict(feed="fh", guid="esc_fh_stanley-kowalczyk-1935-2026", pub="2026-04-28T10:40:00-04:00",
title="Stanley F. Kowalczyk (1935 - 2026)",
body="""Stanley Francis Kowalczyk, 90, of Menominee, passed away April 25, 2026, at Bay Area Medical Center in Marinette.

Stan was born May 4, 1935, on the family farm in Daggett. He served in the U.S. Air Force and then farmed and drove milk truck for the Daggett co-op for thirty-five years. He was a proud member of the Menominee Polish Falcons and a fixture at every Friday fish fry in town.

Stan is survived by his daughter, Irene (Ted) Wojciechowski of Menominee; his son, Edward (Patty) Kowalczyk of Stephenson; seven grandchildren; and nine great-grandchildren. He was preceded in death by his wife, Genevieve, in 2012, and by his great-grandson, Teddy, earlier this year.

Funeral Mass will be at 11 a.m. Saturday at Holy Spirit Catholic Church, Menominee, with visitation from 9 a.m. Serving as pallbearers will be his grandsons.""",
gold=[("ESC009", "survivor"), ("ESC008", "survivor")]),

dict(feed="dc", guid="esc_dc_obit_20260505_rita_rivard", pub="2026-05-05T05:15:00-04:00",
title="Rita M. Rivard",
body="""STEPHENSON - Rita Marie Rivard, 93, of Stephenson, died Saturday, May 2, 2026, at Stephenson Lakes assisted living.

Born in Carney on November 8, 1932, Rita was a cook at the Stephenson school for twenty-two years and made the cinnamon rolls that a generation of Menominee County kids still talks about. She was a member of Sacred Heart Parish and its Altar Society.

She is survived by her daughters, Mrs. Harlan (Lorraine) Peshek of Carney and Mrs. Gerald (Ann) Lesperance of Daggett; her son, Paul Rivard of Milwaukee; eleven grandchildren and many great-grandchildren. She was preceded in death by her husband, Leo Rivard, in 1999.

A funeral Mass will be celebrated at 10 a.m. Thursday at Sacred Heart Church, Stephenson. Burial in Stephenson Cemetery.""",
gold=[("ESC017", "survivor"), ("ESC016", "survivor")]),

dict(feed="cb", guid="esc_cb_20260510_yvonne_bergeron", pub="2026-05-10T07:00:00-04:00",
title="Yvonne Bergeron - Rapid River",
body="""Please keep in your prayers Yvonne Bergeron, 84, of Rapid River, who was called home on May 6, and her family: her sons, Dale and his wife Jolene of Rapid River, and Michael of Escanaba, and her grandchildren. Yvonne served as sacristan at St. Charles Mission for many years and never missed a Tuesday rosary. Her funeral Mass is Wednesday at 11 a.m. at St. Anne's, Escanaba, with Father Dennis Gagnon celebrating; lunch follows in the parish hall.""",
gold=[("ESC015", "survivor")]),

dict(feed="fh", guid="esc_fh_helen-nowak-1945-2026", pub="2026-05-19T09:30:00-04:00",
title="Helen (Przybylski) Nowak (1945 - 2026)",
body="""Helen Nowak, 80, of Bark River, née Przybylski, passed away on May 16, 2026, at OSF St. Francis Hospital.

Helen was born in Bark River on September 14, 1945, and worked for many years at the Harris Pharmacy counter in Escanaba. She loved her flower gardens, polka Masses and the Bark River-Harris Broncos.

She is survived by her husband of 59 years, Stanley Nowak; her daughters, Karen (Tim) Peterson of Wells and Amy Nowak of Appleton, Wis.; her brother, Walter "Wally" Przybylski of Bark River; and five grandchildren.

Funeral Mass at 11 a.m. Tuesday at St. George Catholic Church, Bark River. Crawford Funeral Chapel, Escanaba, is assisting.""",
gold=[]),   # Wally Przybylski (ESC012) is do_not_contact: nothing

dict(feed="dn", guid="esc_dn_20260521_rousseau_gerard", pub="2026-05-21T06:00:00-04:00",
title="ROUSSEAU, Gerard A.",
body="""Gerard A. Rousseau, 77, of Lewiston, Maine, died May 18, 2026. A retired shoe-shop foreman. Survived by his wife of 52 years, Sandra; daughters Michele and Lise; and his cousin, Paul Rousseau of Escanaba. Services in Lewiston.""",
gold=[]),   # "Sandra" of Lewiston is a namesake of ESC019 (single, Escanaba): nothing

dict(feed="dc", guid="esc_dc_obit_20260526_marcella_kositzky", pub="2026-05-26T05:15:00-04:00",
title="Marcella A. Kositzky",
body="""BARK RIVER - Marcella Anna Kositzky, 96, of Bark River, died Friday, May 22, 2026, at the Christian Park Health Care Center in Escanaba.

Marcella was born February 20, 1930, in Schaffer, the daughter of Belgian immigrants Jules and Marie (DeGrave) Vanlanen. She and her husband Frank farmed near Bark River for fifty years and she baked Belgian pies for every wedding, funeral and church festival in the parish.

Survivors include her daughter, Darlene (Len) Vandenhouten of Escanaba; her son, Frank Kositzky Jr. of Perronville; her grandchildren, Brett Vandenhouten of Escanaba, Jill (Aaron) Kobasic of Gladstone and Kyle Kositzky of Denver; and six great-grandchildren. She was preceded in death by her husband Frank in 2005.

Mass of Christian Burial will be held at 11 a.m. Saturday at St. George Catholic Church, Bark River. Readers will be Sandy Rousseau and Colleen Demers.""",
gold=[("ESC002", "survivor"), ("ESC001", "survivor"), ("ESC022", "survivor")]),   # Sandy Rousseau reads: nothing

dict(feed="fh", guid="esc_fh_jean-paul-marchand-1944-2026", pub="2026-06-09T13:10:00-04:00",
title="Jean-Paul Marchand (1944 - 2026)",
body="""Jean-Paul Marchand, 82, of Menominee, passed away June 6, 2026, at his daughter's home, surrounded by his family.

J.P. was born January 30, 1944, in Sherbrooke, Quebec, and came to Menominee in 1967 to work at the Lloyd Flanders furniture plant, where he retired as plant superintendent. He could fix anything with a motor, and most things without one.

He is survived by his daughter, Renee Marchand-Olson of Menominee; his son, Luc Marchand of Marinette, Wis.; four grandchildren; and his sister, Therese Gagne of Sherbrooke. He was preceded in death by his wife, Yvette, in 2018.

A memorial Mass will be celebrated at 10 a.m. Friday at Resurrection Catholic Church, Menominee. Pallbearers: Marvin Tatrow, Greg Olson, Luc Marchand and Ben Olson.""",
gold=[("ESC011", "survivor")]),   # Marvin Tatrow pallbearer: nothing

dict(feed="cb", guid="esc_cb_20260607_annikki_kallio", pub="2026-06-07T07:00:00-04:00",
title="Annikki \"Annie\" Kallio - Manistique",
body="""We commend to God Annikki "Annie" Kallio (Rantala), 86, of Manistique, who died June 2. Born January 19, 1940, in Germfask, Annie was a founding member of the Finnish Heritage circle and baked nisu for every coffee hour. She was preceded in death by her husband Toivo and by her sister Sylvia Hautala this past February. She is survived by her son, Dean Kallio of Sault Ste. Marie, and her nieces and nephews. Memorial service Thursday at 1 p.m., with coffee to follow in Fellowship Hall.""",
gold=[("ESC021", "deceased_client")]),   # birth date and maiden name match the roster; no roster spouse

dict(feed="dc", guid="esc_dc_obit_20260616_bernice_olmsted", pub="2026-06-16T05:15:00-04:00",
title="Bernice L. Olmsted",
body="""ESCANABA - Bernice Louise Olmsted, 90, of Escanaba, passed away Sunday, June 14, 2026, at OSF St. Francis Hospital.

Bernice was born in Perkins on March 2, 1936. She worked at the Escanaba Public Library for thirty-four years and was a devoted volunteer with the Delta County Historical Society.

She is survived by her sons, Thomas (Carol) Olmsted of Wells and David Olmsted of Traverse City; and three grandchildren. She was preceded in death by her husband, Harold.

Funeral service at 11 a.m. Thursday at First Presbyterian Church, Escanaba, the Rev. Ellen Morse officiating. Scripture readers will be her longtime library colleagues Sandra Rousseau and Judy Gendron. Memorials to the Escanaba Public Library.""",
gold=[]),   # ESC019 Sandra Rousseau is a reader only: nothing

dict(feed="dn", guid="esc_dn_20260702_vandenhouten_leonard", pub="2026-07-02T06:00:00-04:00",
title="VANDENHOUTEN, Leonard J.",
body="""Leonard J. Vandenhouten, 78, of De Pere, Wis., died June 28, 2026. Retired from Fort Howard Paper. Survived by his wife of 55 years, Patricia (DeCleene); sons Mark and Todd; and grandchildren. Mass at St. Francis Xavier, De Pere.""",
gold=[]),   # De Pere, Wis., wife Patricia: not ESC001 (wife Darlene, Escanaba) despite the same age
]
