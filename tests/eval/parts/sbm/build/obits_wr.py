"""Wittkopf-Reinholt Funeral Home & Cremation (chapels in Sheboygan, Plymouth and Cedar Grove): funeral-home
site, HTML in content:encoded, a one-sentence plain description, "Tribute Wall" links. Hand-labelled."""

FEED = "wr"
ITEMS = [
dict(guid="sbm_wr_gerrit-j-wolterink", slug="gerrit-j-wolterink", pub="2026-01-20T11:15:00-06:00",
title="Gerrit J. Wolterink (September 30, 1941 - January 17, 2026)",
body="""Gerrit J. Wolterink of Cedar Grove was called home to his Savior on Saturday, January 17, 2026, at St. Nicholas Hospital, Sheboygan, at the age of 84.

Gerrit was born on September 30, 1941, on the family farm in the Town of Holland, son of the late Jan and Geertje (Lammers) Wolterink. On June 7, 1963, he married Hendrika "Rika" Ten Pas at First Reformed Church of Cedar Grove, where they remained members all their lives. Gerrit operated Wolterink Feed & Seed on Main Street for forty years and served three terms on the Cedar Grove Village Board. He loved the Holland Festival, his wooden shoes and a good cup of coffee at the Hoogeveen bakery.

Gerrit is survived by his wife of 62 years, Rika; his children, Jan (Karla) Wolterink of Cedar Grove, Marla (Steve) Te Ronde of Oostburg and Paul Wolterink of Waupun; eleven grandchildren; four great-grandchildren; and his sister, Nellie Ter Beeke of Oostburg.

He was preceded in death by his parents; his brother, Hendrik; and his brother-in-law, Arend Ter Beeke.

Funeral services will be held at 11 a.m. Friday, January 23, at First Reformed Church of Cedar Grove, with Pastor Evert Kloosterboer officiating. Visitation will be at the church Friday from 9 a.m. until the time of the service. Burial will be in Cedar Grove Cemetery. Wittkopf-Reinholt Funeral Home, Cedar Grove chapel, is assisting the family.""",
gold=[("SBM003", "deceased_client"), ("SBM004", "spouse_of_deceased_client"), ("SBM021", "survivor")]),

dict(guid="sbm_wr_edeltraud-mahlberg", slug="edeltraud-mahlberg", pub="2026-02-17T10:40:00-06:00",
title="Edeltraud \"Trudi\" Mahlberg (March 3, 1930 - February 14, 2026)",
body="""Edeltraud "Trudi" Mahlberg, 95, of Kiel, entered eternal rest on Valentine's Day, February 14, 2026, at Meadowbrook at Kiel.

Trudi was born March 3, 1930, in Pomerania and came to Wisconsin in 1952 as a war refugee, sponsored by St. Peter Ev. Lutheran Church of Kiel. She married Otto Mahlberg in 1953, and together they ran the Mahlberg Meat Market in Kiel until 1994. Her blood sausage and her Christmas stollen are still talked about in Manitowoc County.

She is survived by her daughter, Roswitha (Dieter) Kaltenbrunner of Cleveland; her son, Gerhard (Sandra) Mahlberg of New Holstein; six grandchildren; and ten great-grandchildren.

She was preceded in death by her husband, Otto, in 2011.

Funeral services will be held at 11 a.m. Saturday at St. Peter Ev. Lutheran Church, Kiel. Casket bearers will be her grandsons and Ansgar Thielke. Burial in Kiel City Cemetery.""",
gold=[("SBM018", "survivor"), ("SBM019", "survivor")]),

dict(guid="sbm_wr_norbert-a-dreifke", slug="norbert-a-dreifke", pub="2026-04-06T09:30:00-05:00",
title="Norbert A. Dreifke (1945 - 2026)",
body="""Norbert A. Dreifke, 80, of Kohler, passed away peacefully on Thursday, April 2, 2026, at his home with his family by his side.

Norb was born in Sheboygan on December 29, 1945, and spent forty-two years at the Kohler Co. pottery before retiring as a kiln supervisor. He bowled at Sheboygan Lanes every Wednesday for fifty years and was proud of his 279 game, which he would describe frame by frame on request.

He is survived by his wife of 57 years, Joan; his daughter, Mary Beth (Curt) Lammersdorf of Kohler; his son, Randall Dreifke of Sheboygan; and four grandchildren.

A Mass of Christian Burial will be held at 10:30 a.m. Tuesday at St. Dominic Catholic Church, Sheboygan. Visitation will be at the church from 9 a.m. until the time of Mass.""",
gold=[("SBM010", "survivor")]),

dict(guid="sbm_wr_socorro-quintero-de-villasenor", slug="socorro-quintero-de-villasenor", pub="2026-04-27T13:05:00-05:00",
title="Socorro Quintero de Villaseñor (1952 - 2026)",
body="""Socorro Quintero de Villaseñor, 74, of Sheboygan, passed away on Thursday, April 23, 2026, at St. Nicholas Hospital, surrounded by her family and her rosary.

Socorro was born on February 11, 1952, in Jalostotitlán, Jalisco, Mexico, and married Rogelio Villaseñor Ortiz there in 1972. The family came to Sheboygan in 1989, where Rogelio worked at the Johnsonville plant and Socorro cooked for every quinceañera and First Communion on the south side. She was a founding member of the Guadalupanas at Holy Name of Jesus Parish.

Le sobreviven su esposo, Rogelio; sus hijas, Araceli Villaseñor Quintero y su esposo Efraín Mendoza, de Sheboygan, y Graciela Villaseñor de Hernández, de Waukegan, Illinois; su hijo, Rogelio Jr., de Milwaukee; y nueve nietos.

She is survived by her husband, Rogelio; her daughters, Araceli Villaseñor (Efraín Mendoza) of Sheboygan and Graciela Hernández of Waukegan, Illinois; her son, Rogelio Villaseñor Jr. of Milwaukee; and nine grandchildren.

A rosary will be prayed at 6 p.m. Friday and a Mass of Christian Burial celebrated at 10 a.m. Saturday at Holy Name of Jesus Catholic Church, Sheboygan.""",
gold=[("SBM014", "survivor")]),

dict(guid="sbm_wr_laverne-schuette", slug="laverne-schuette", pub="2026-06-02T08:50:00-05:00",
title="LaVerne R. Schuette (1954 - 2026)",
body="""LaVerne R. Schuette, 71, of Plymouth, died Saturday, May 30, 2026, at Aurora Sheboygan Memorial Medical Center.

LaVerne was born in Plymouth on September 14, 1954, and spent his life there, most of it at the Sartori cheese plant. He was a Plymouth Fire Department volunteer for thirty-one years and a devoted Packers shareholder.

He is survived by his wife, Diane; his daughters, Amber (Josh) Krueger of Plymouth and Kelsey Schuette of Appleton; his brother, Glenn Schuette of Elkhart Lake; and his cousins, including Ingeborg Hjelmstad of Decorah, Iowa, and Arvid Schuette of Fargo, North Dakota.

A funeral service will be held at 11 a.m. Friday at St. Paul Lutheran Church, Plymouth, with full firefighter honors.""",
gold=[]),

dict(guid="sbm_wr_eleonore-brotz", slug="eleonore-brotz", pub="2026-06-09T10:00:00-05:00",
title="Eleonore Brotz (1935 - 2026)",
body="""Eleonore Brotz, 90, of Sheboygan Falls, passed away on Sunday, June 7, 2026, at Pine Haven Christian Communities.

Eleonore was born on November 20, 1935, in Oostburg, the daughter of Hendrik and Aaltje (Koene) Brotz. She never married, and for forty years she taught third grade in the Sheboygan Falls schools, where she was known for her penmanship drills and for keeping a jar of butterscotch on her desk.

She is survived by her nephews and nieces, among them Harlan Voskuil (Trudy) of Sheboygan and Kurt Voskuil of Oostburg, and by many former students.

She was preceded in death by her parents and her sister, Wilhelmina (Duane) Voskuil.

A memorial service will be held at 1 p.m. Saturday at Pine Haven Christian Communities chapel, Sheboygan Falls.""",
gold=[("SBM016", "survivor")]),
]
