"""Obituary texts of the yak part, three house styles, each with its hand label (`gold=[...]`) beside it.

VHFC: Valley Hills Funeral Chapel (Yakima), funeral-home RSS with HTML in content:encoded.
YVH:  Yakima Valley Herald paid death notices, surname-first headings, plain text.
VCV:  Valley Community Voice "Remembrances / Esquelas", community paper (bilingual notices, church and
      Nikkei community notices), plain text.
"""

VHFC = [
dict(guid="yak_vhfc_gwendolyn-tillotson-harbaugh", pub="2026-02-09T10:15:00-08:00",
title="Gwendolyn Tillotson Harbaugh (1939 - 2026)",
body="""Gwendolyn "Gwen" Tillotson Harbaugh, 86, of Yakima, passed away peacefully on Thursday, February 5, 2026, at Cottonwood Springs with her nieces at her side.

Gwen was born June 2, 1939, in Wenatchee to Harold and Edna (Marsh) Tillotson. She graduated from Wenatchee High School and from Central Washington College of Education, and taught third grade at Robertson Elementary for 31 years. She married Clifford Harbaugh in 1962; he preceded her in death in 2011. She never missed a Yakima Symphony season opener and kept score at every Pippins game in a spiral notebook.

She is survived by her nieces, Carol Ames of Ellensburg and Janet Tillotson of Portland, Ore., and by many former students who still called her Mrs. H.

A memorial service will be held at 11 a.m. Saturday, February 21, at Westminster Presbyterian Church. Casket bearers will be Thaddeus Brumbaugh, Neil Ames, Craig Ames and Luis Serrano. In lieu of flowers, memorials may be made to the Yakima Valley Libraries Foundation.""",
gold=[("YAK011", "deceased_client")]),
# corroborated: born June 2, 1939 = roster birth_date; maiden Tillotson = roster maiden. Tad Brumbaugh is a bearer: nothing.

dict(guid="yak_vhfc_tobias-eli-wickersham", pub="2026-03-02T09:40:00-08:00",
title="Tobias Eli Wickersham (1934 - 2026)",
body="""Tobias Eli Wickersham, 91, a lifelong Yakima orchardist, died Friday, February 27, 2026, at Memorial Hospital.

Toby, as everyone called him, was born on the family ranch on Summitview in 1934 and picked his first Red Delicious before he could see over the bin. He served with the Army in Germany, came home to run the ranch with his brother, and sat on the Yakima Valley Growers board for twenty years.

He is survived by his son, Mark Wickersham (Lynn) of Spokane; his daughter, Ellen Fairbanks of Walla Walla; and four grandchildren, including his grandson Toby Wickersham of Yakima, who carries his name. He was preceded in death by his wife, Jean, in 2019, and his brother, Arlo.

Services will be held at 2 p.m. Saturday at Valley Hills Funeral Chapel with the Rev. Zeke Thornquist officiating. Burial will follow at Tahoma Cemetery.""",
gold=[("YAK021", "survivor")]),
# YAK021 (born 1988) is the grandson, not the deceased. Rev. Zeke Thornquist (YAK013) officiates: nothing.

dict(guid="yak_vhfc_einar-brekke", pub="2026-03-18T11:05:00-07:00",
title="Einar Brekke (1943 - 2026)",
body="""Einar Brekke, 82, of Ellensburg, went home to the Lord on March 14, 2026.

Einar was born in Stoughton, Wisconsin, to Norwegian immigrants and came west in 1966 to teach agriculture at Ellensburg High School. He raised Suffolk sheep, sang bass in the Lutheran choir for fifty years and never once let a visitor leave without a plate of lefse.

He is survived by his wife of 57 years, Solveig; his sons, Nils (Karen) Brekke of Cle Elum and Per Brekke of Seattle; and his sister, Ilse (Dell) Ostergaard of Yakima.

Funeral services will be held at 1 p.m. Monday at Grace Lutheran Church in Ellensburg.""",
gold=[("YAK002", "survivor"), ("YAK001", "survivor")]),
# "Ilse (Dell) Ostergaard of Yakima": the sister (maiden Brekke) and her husband, both clients.

dict(guid="yak_vhfc_hollis-grunewald", pub="2026-04-07T08:30:00-07:00",
title="Hollis Grunewald (1941 - 2026)",
body="""Hollis Grunewald, 84, of Yakima, died at home on Saturday, April 4, 2026, after a long illness borne without complaint.

Hollis grew up in Terrace Heights, drove a Teamsters route for Noel Canning for 38 years and spent his retirement restoring Farmall tractors in the shop behind the house. He and his wife of 62 years, Mavis, danced every Friday night at the Eagles until his knees gave out.

He is survived by his wife, Mavis Grunewald of Yakima; his daughters, Pam (Rick) Lundgren of Selah and Teresa Grunewald of Kennewick; five grandchildren and two great-grandchildren.

A funeral will be held at 10 a.m. Friday at Valley Hills Funeral Chapel. Pallbearers will be Garrett Schoenborn, Rick Lundgren, Dustin Lundgren and Cody Grunewald.""",
gold=[("YAK020", "deceased_client")]),
# corroborated: Yakima + wife Mavis = roster spouse (YAK020 has no birth_date). Mavis is not a client.
# Garrett Schoenborn (YAK017, do_not_contact) is a pallbearer: nothing.

dict(guid="yak_vhfc_harriet-voss", pub="2026-05-11T10:00:00-07:00",
title="Harriet Voss (1930 - 2026)",
body="""Harriet June Voss, 95, of Naches, died peacefully on Mother's Day, May 10, 2026.

Harriet was born in Tieton in 1930, married Walter Voss in 1947 and ran the Voss fruit stand on Highway 12 for forty summers. She was a charter member of the Naches Grange and taught three generations of Naches girls to can apricots.

Harriet is survived by her daughters, Beverly Ackerlund of Selah and Ruth Ellen (Arvid) Magnusson of Selah; her son, Dale Voss of Naches; nine grandchildren and fourteen great-grandchildren. She was preceded in death by Walter in 2002.

A graveside service will be held at Naches Cemetery on Friday at 11 a.m., with Pastor Kim Albers officiating.""",
gold=[("YAK018", "survivor"), ("YAK022", "survivor")]),

dict(guid="yak_vhfc_lloyd-kaltenbach-sr", pub="2026-06-22T09:20:00-07:00",
title="Lloyd Kaltenbach Sr. (1937 - 2026)",
body="""Lloyd Martin Kaltenbach Sr., 88, of Selah, passed away on June 18, 2026, surrounded by family.

Lloyd was born in Ritzville and moved to Selah in 1959 to work at the Tree Top plant, where he stayed 36 years and retired as a line supervisor. He was a Selah volunteer firefighter for 25 years and a devoted member of the Selah Elks.

He is survived by his son, Lloyd Kaltenbach Jr. (Debra) of Selah; his daughter, Connie Ruud of Moxee; six grandchildren and nine great-grandchildren. He was preceded in death by his wife of 58 years, Elaine.

Services will be at 1 p.m. Thursday at Valley Hills Funeral Chapel, Selah.""",
gold=[("YAK003", "survivor")]),
# the Sr. dies; the roster client is "Kaltenbach Jr.", his son.

dict(guid="yak_vhfc_mary-lou-fennimore", pub="2026-07-15T14:45:00-07:00",
title="Mary Lou Fennimore (1946 - 2026)",
body="""Mary Lou Fennimore, 79, of Coeur d'Alene, Idaho, died July 10, 2026, at Kootenai Health.

Born in Moscow, Idaho, she worked as a bookkeeper for the Coeur d'Alene Press for 30 years and never missed the Fourth of July parade on Sherman Avenue. She is survived by her husband, Don; her sons, Keith and Brian Fennimore of Post Falls; and her sister, Joyce Kettle of Yakima.

A celebration of life will be held in Coeur d'Alene in August. Arrangements by Valley Hills Funeral Chapel, Yakima, on behalf of the family.""",
gold=[]),
# namesake: YAK004 Mary Lou Fennimore lives in Union Gap, born 1950 (75), no husband: nothing.
]

YVH = [
dict(guid="yak_yvh_dn_20260116_oshaughnessy", pub="2026-01-16T05:00:00-08:00",
title="O'SHAUGHNESSY, Francis Xavier \"Frank\"",
body="""O'SHAUGHNESSY, Francis Xavier "Frank," 80, of Yakima, died January 12, 2026. Retired Yakima Police sergeant and 50-year member of Knights of Columbus Council 894. Survived by his sister, Bernie O'Shaughnessy of Yakima, and brother Dennis of Tacoma; preceded by his wife, Kathleen. Rosary 6 p.m. Thursday, Funeral Mass 10 a.m. Friday, St. Paul Cathedral. Keith & Keith, Yakima.""",
gold=[("YAK007", "survivor")]),

dict(guid="yak_yvh_dn_20260227_zamudio", pub="2026-02-27T05:00:00-08:00",
title="ZAMUDIO, Jesús",
body="""ZAMUDIO, Jesús, 88, of Wapato, died February 23, 2026. Born in Tangancícuaro, Michoacán; came to the Yakima Valley in 1961 and worked 40 years in the hop fields and warehouses of Moxee. Survived by his sons, Rigoberto "Beto" Zamudio (Araceli) of Union Gap and Esteban Zamudio of Sunnyside; 11 grandchildren. Preceded by his wife, Eulalia Tapia de Zamudio. Rosary Tuesday 7 p.m., Mass Wednesday 10 a.m., St. Peter Claver, Wapato.""",
gold=[("YAK005", "survivor"), ("YAK006", "survivor")]),

dict(guid="yak_yvh_dn_20260403_pfenning", pub="2026-04-03T05:00:00-07:00",
title="PFENNING, Orville",
body="""PFENNING, Orville, of Union Gap, died April 1, 2026. Arrangements pending with Shaw & Sons Funeral Directors, Yakima.""",
gold=[("YAK015", "possible_deceased_client")]),
# name + town only, no age, no spouse: possible only.

dict(guid="yak_yvh_dn_20260424_vanwingerden", pub="2026-04-24T05:00:00-07:00",
title="VAN WINGERDEN, Geertruida \"Trudy\"",
body="""VAN WINGERDEN, Geertruida "Trudy," 76, of Yakima, died April 20, 2026. Born in Leeuwarden, the Netherlands; nurse at St. Elizabeth Hospital for 33 years. Survived by her husband of 52 years, Henk Van Wingerden of Yakima; daughters Anneke Dwyer (Sean) of Spokane and Margriet Van Wingerden of Yakima; five grandchildren. Service 11 a.m. Saturday, Yakima Christian Reformed Church. Valley Hills Funeral Chapel.""",
gold=[("YAK008", "survivor")]),
# the client's roster spouse (not a client) dies: Henk is a survivor.

dict(guid="yak_yvh_dn_20260515_haberman", pub="2026-05-15T05:00:00-07:00",
title="HABERMAN, Dwight Lee II, Spc.",
body="""HABERMAN, Spc. Dwight Lee II, 24, of Joint Base Lewis-McChord, formerly of Yakima, died May 9, 2026, in a training accident. West Valley High School Class of 2020; U.S. Army, 2-3 Infantry. Survived by his parents, Curtis and Jana Haberman of Lacey; his sister, Brooke; and his grandparents, Lt. Col. (Ret.) Dwight Haberman and Nadine Haberman of Yakima. Military honors 2 p.m. Thursday, Tahoma Cemetery. Shaw & Sons.""",
gold=[("YAK019", "survivor")]),
# young namesake (24) dies; the client (born 1949) is his grandfather, a survivor, never the deceased.

dict(guid="yak_yvh_dn_20260529_kothapalli", pub="2026-05-29T05:00:00-07:00",
title="KOTHAPALLI, Venkata Rao",
body="""KOTHAPALLI, Venkata Rao, 81, of Hyderabad, India, and Yakima, died May 24, 2026, while visiting his son's family in Yakima. Retired civil engineer with the Andhra Pradesh irrigation department. Survived by his wife, Lakshmi, of Hyderabad; his son, Dr. Anand Kothapalli (Sunitha) of Yakima; his daughter, Padma Rao of Bellevue; four grandchildren. Prayer service 10 a.m. Sunday at Shaw & Sons chapel.""",
gold=[("YAK012", "survivor")]),

dict(guid="yak_yvh_dn_20260710_ackerlund", pub="2026-07-10T05:00:00-07:00",
title="ACKERLUND, Gary R.",
body="""ACKERLUND, Gary R., 74, of Selah, died July 6, 2026. Retired Selah School District bus mechanic; Army veteran, Vietnam. Survived by his wife of 51 years, Bev; sons Troy (Amy) of Selah and Jason of Boise; four grandchildren. Preceded by his parents and brother, Dale. Service 2 p.m. Monday, Selah Covenant Church, Rev. Zeke Thornquist officiating. Donations to Selah Food Bank.""",
gold=[("YAK018", "survivor")]),
# Bev = YAK018 Beverly "Bev" Ackerlund, roster spouse Gary. Rev. Thornquist officiates: nothing.
]

VCV = [
dict(guid="yak_vcv_esquela_eulalia-tapia-reyes", pub="2026-03-06T07:00:00-08:00",
title="Esquela: Doña Eulalia Tapia Reyes, 92, Toppenish",
body="""Con profunda tristeza, la familia de Doña Eulalia Tapia Reyes, de 92 años, residente de Toppenish, anuncia su fallecimiento el 2 de marzo de 2026. Nació en Zamora, Michoacán, y llegó al Valle de Yakima en 1958.

Le sobreviven sus hijas Rosa y Herminia; sus sobrinos Beto Zamudio Tapia de Union Gap y Esteban Zamudio de Sunnyside; y muchos nietos y bisnietos.

Rosario: martes 7 p.m. Misa: miércoles 10 a.m., Parroquia Santa Rosa de Lima, Toppenish.

With deep sorrow, the family of Doña Eulalia Tapia Reyes, 92, of Toppenish, announces her passing on March 2, 2026. She is survived by her daughters Rosa and Herminia; her nephews Beto Zamudio Tapia of Union Gap and Esteban Zamudio of Sunnyside; and many grandchildren and great-grandchildren.""",
gold=[("YAK005", "survivor")]),
# nephew, named with both surnames; his wife Araceli is not named: nothing for YAK006.

dict(guid="yak_vcv_esquela_refugio-ontiveros-lara", pub="2026-04-17T07:00:00-07:00",
title="Esquela: Don Refugio Ontiveros Lara, 85, Wapato",
body="""Don Refugio Ontiveros Lara, 85, de Wapato, falleció el 13 de abril de 2026 rodeado de su familia. Trabajó 45 años en los huertos de manzana del Valle.

Le sobreviven su esposa, Doña Amparo; sus hijos Javier Ontiveros (Marisela) de Union Gap y Leticia Ontiveros de Wapato; y ocho nietos.

Don Refugio Ontiveros Lara, 85, of Wapato, passed away April 13, 2026. He is survived by his wife, Amparo; his children, Javier (Marisela) Ontiveros of Union Gap and Leticia Ontiveros of Wapato; and eight grandchildren. Lecturas / readings: Consuelo Barragán.""",
gold=[("YAK016", "survivor")]),
# daughter-in-law Marisela (roster spouse Javier, not a client). Consuelo Barragan (YAK014) is a reader: nothing.

dict(guid="yak_vcv_esquela_consuelo-barragan", pub="2026-05-22T07:00:00-07:00",
title="Esquela: Consuelo Barragán Méndez, 58, Sunnyside",
body="""Consuelo Barragán Méndez, 58, de Sunnyside, falleció el 18 de mayo de 2026 después de una larga enfermedad. Fue cocinera en la escuela primaria Chief Kamiakin durante 22 años.

Le sobreviven su esposo, Ramiro Méndez; sus hijos Daniel, Yesenia y Omar; y su madre, Doña Lupe Barragán, de Grandview.

Consuelo Barragán Méndez, 58, of Sunnyside, died May 18, 2026. Survived by her husband, Ramiro Méndez; her children Daniel, Yesenia and Omar; and her mother, Lupe Barragán of Grandview.""",
gold=[]),
# namesake of Judge Consuelo "Connie" Barragan (YAK014, Yakima, born 1961 = 64/65, no husband): nothing.

dict(guid="yak_vcv_church_anselmo-cuevas", pub="2026-06-05T07:00:00-07:00",
title="Holy Family Parish remembers Anselmo Cuevas",
body="""Please keep in your prayers Anselmo Cuevas, 71, of Yakima, who died May 31, 2026. Anselmo served as an usher at the 9:30 Mass for twenty years and fixed the parish hall's boiler more times than anyone can count.

He is survived by his wife, Olga; his daughter, Diana Cuevas of Yakima; and three grandchildren.

The Funeral Mass will be celebrated Wednesday at 10 a.m. Readers will be Marisela Ontiveros and Tad Brumbaugh; the reception afterward is hosted by the Altar Society. Memorial gifts may be made to the Holy Family School fund; gifts received so far include those from Henk Van Wingerden and Bernie O'Shaughnessy.""",
gold=[]),
# readers and donors who are clients (YAK016, YAK009, YAK008, YAK007): nothing.

dict(guid="yak_vcv_nikkei_grace-hirai", pub="2026-07-02T07:00:00-07:00",
title="Nikkei community mourns Grace Sumiko Hirai, 94",
body="""Grace Sumiko Hirai, 94, of Wapato, died June 27, 2026. Born in Wapato in 1932 to farmer Kiyoshi Hirai and his wife Fumiko, she was interned at Heart Mountain, Wyoming, as a girl and returned to the valley in 1946. She taught piano to several hundred Wapato and Toppenish children and was a founding member of the Yakima Valley Japanese Community Church.

She is survived by her brother, George Hirai of Seattle, and her nieces, Mary Lou Fennimore of Union Gap and Karen Hirai-Lee of Bellevue.

A memorial service will be held at 2 p.m. July 11 at the Yakima Valley Japanese Community Church, Wapato. Koden may be sent in care of the church.""",
gold=[("YAK004", "survivor")]),
# niece; roster maiden Hirai.
]

ITEMS_BY_FEED = {"vhfc": VHFC, "yvh": YVH, "vcv": VCV}
ITEMS = VHFC + YVH + VCV
