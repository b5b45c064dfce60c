"""Southwest Plains Sentinel (Garden City daily): newspaper obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="gcm_sps_obit_260214_koehn", pub="2026-02-14T06:00:00-06:00", title="Wendell \"Butch\" Koehn",
body="""Wendell "Butch" Koehn, 82, of Cimarron, died Wednesday, Feb. 11, 2026, at Western Kansas Regional Hospice House in Garden City.

He was born Feb. 9, 1944, on the family farm northwest of Cimarron to Reinhold and Martha (Goossen) Koehn. He farmed wheat and milo in Gray County for 55 years and served on the Cimarron Co-op board. He married Arlene Friesen on June 1, 1968, at the Emmanuel Mennonite Church in Meade.

Survivors include his wife of 57 years, Arlene, of the home; two sons, Darrel (Kim) Koehn of Cimarron and Brent Koehn of Wichita; a daughter, Renae (Curtis) Dyck of Hesston; eight grandchildren; and a sister, Irene Thiessen of Newton.

He was preceded in death by his parents and a brother, Harvey.

Funeral will be 10:30 a.m. Tuesday at Cimarron Mennonite Brethren Church, the Rev. Lyle Reimer officiating. Burial will follow in Cimarron Cemetery. Pallbearers will be Kenton Bexley, Rod Ediger, Jason Koehn, Tyler Dyck, Mark Thiessen and Sam Goossen.

Memorials may be made to Gray County Fire District No. 1 in care of Prairie Rose Funeral Chapel.""",
gold=[("GCM006", "deceased_client"), ("GCM007", "spouse_of_deceased_client")]),

dict(guid="gcm_sps_obit_260221_unruh", pub="2026-02-21T06:00:00-06:00", title="Harlan James Unruh",
body="""Harlan James Unruh, 24, of Hutchinson, died Tuesday, Feb. 17, 2026, in a traffic accident near Buhler.

Harlan was born Oct. 5, 2001, in Garden City, the son of Kevin and Tami (Ratzlaff) Unruh, and graduated from Garden City High School in 2020. He worked as a lineman for Midwest Energy and was named for his grandfather, whom he followed around the shop from the time he could walk.

Survivors include his parents, Kevin and Tami Unruh of Hutchinson; a sister, Brooklyn Unruh of Manhattan; his grandparents, Harlan and Loretta Unruh of Garden City and Dale and Marva Ratzlaff of Inman; and his girlfriend, Kassidy Loewen.

Funeral will be 2 p.m. Monday at First Mennonite Church in Hutchinson, Pastor Joel Harms officiating.""",
gold=[("GCM001", "survivor"), ("GCM002", "survivor")]),

dict(guid="gcm_sps_obit_260306_brungardt_liberal", pub="2026-03-06T06:00:00-06:00", title="Alois \"Al\" Brungardt",
body="""Alois "Al" Brungardt, 90, of Liberal, died Monday, March 2, 2026, at Southwest Medical Center.

He was born Jan. 30, 1936, in Victoria to Joseph and Theresia (Dreiling) Brungardt, Volga German farmers, and came to Liberal in 1961 to work for National Beef. He was a charter member of the Liberal Knights of Columbus and never missed a Pancake Day race.

Survivors include his daughter, Kathy Brungardt of Liberal; a son, Michael (Sharon) Brungardt of Amarillo, Texas; five grandchildren; and a brother, Leo Brungardt of Hays.

He was preceded in death by his wife, Viola, in 2019, and by four brothers and two sisters.

Mass of Christian Burial will be 10 a.m. Saturday at St. Anthony of Padua Catholic Church in Liberal, the Rev. Tomas Ruiz celebrant. Rosary will be 7 p.m. Friday at the church.""",
gold=[("GCM014", "survivor")]),

dict(guid="gcm_sps_obit_260312_brungardt_hays", pub="2026-03-12T06:00:00-06:00", title="Kathleen \"Kathy\" Brungardt",
body="""Kathleen "Kathy" Brungardt, 81, of Hays, died Sunday, March 8, 2026, at Hays Medical Center.

She was born May 3, 1944, in Munjor to Anton and Rose (Pfannenstiel) Brungardt. She taught third grade at O'Loughlin Elementary in Hays for 34 years.

Survivors include a sister, Rita Schmidt of Victoria, and many nieces and nephews. She was preceded in death by her parents and her brothers, Victor and Alvin.

Mass of Christian Burial will be 10 a.m. Friday at St. Francis Church, Munjor. Brock's Funeral Chapel, Hays, is in charge of arrangements.""",
gold=[]),

dict(guid="gcm_sps_obit_260326_stucky", pub="2026-03-26T06:00:00-05:00", title="Jo Ann Stucky",
body="""Jo Ann Stucky, 85, of Dodge City, died Monday, March 23, 2026, at Manor of the Plains.

She was born June 2, 1940, in Moundridge to Alvin and Edna (Kaufman) Schrag. She married Merle Stucky in 1959; he died in 2011. She kept the books for Stucky Implement for 40 years and volunteered at the Boot Hill Museum and the Dodge City Public Library.

Survivors include a son, Randall (Deb) Stucky of Wichita; a daughter, Lisa Stucky of Denver; and three grandchildren.

Memorial service will be 2 p.m. Saturday at First Presbyterian Church, Dodge City.""",
gold=[("GCM008", "deceased_client")]),

dict(guid="gcm_sps_obit_260402_penner", pub="2026-04-02T06:00:00-05:00", title="Orville Penner",
body="""Orville Penner, 78, of Meade, died Saturday, March 28, 2026, at Meade District Hospital.

He was born Dec. 1, 1947, in Meade to Jacob and Helena (Friesen) Penner. He drove a school bus for the Meade district for 30 years and kept bees.

Survivors include his wife, Marlys, of the home; a son, Todd Penner of Fowler; two sisters, Loretta (Harlan) Unruh of Garden City and Elaine Classen of Inman; and four grandchildren.

Funeral will be 10 a.m. Tuesday at Emmanuel Mennonite Church, Meade.""",
gold=[("GCM002", "survivor"), ("GCM001", "survivor")]),

dict(guid="gcm_sps_obit_260416_regier", pub="2026-04-16T06:00:00-05:00", title="Elvira Regier",
body="""Elvira (Dirks) Regier, 93, of Newton, formerly of Holcomb, died Sunday, April 12, 2026, at Kidron Bethel Village.

She was born Aug. 9, 1932, in Holcomb to Heinrich and Anna Dirks. She married Walter Regier in 1954; he preceded her in death in 2008.

Survivors include a son, Dennis Regier of Newton; a sister, LaVerne Seiwert of Holcomb; and six grandchildren. She was also preceded in death by a brother, Arnold Dirks, and a brother-in-law, Leon Seiwert.

Funeral will be 10:30 a.m. Friday at Bethel College Mennonite Church, North Newton.""",
gold=[("GCM022", "survivor")]),
]
