"""Palmetto & Congaree Funeral Chapels (Irmo, Lexington, West Columbia): funeral-home site, HTML in
content:encoded, one-sentence description. Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="cae_pcf_walter-eargle", pub="2026-02-09T10:15:00-05:00", title="Walter Luther Eargle (1937 - 2026)",
body="""Walter Luther Eargle, 88, of Chapin, entered into eternal rest on Friday, February 6, 2026, at Lexington Medical Center.

Born in the Dutch Fork to the late Jacob and Ida Shealy Eargle, Walter farmed the same ground off Broad River Road that his grandfather cleared, and sang bass in the choir of St. Jacob's Lutheran Church for sixty years. He liked to say he had never missed a Reformation Sunday or a chance to tell a story about it.

Surviving are his daughter, Fran (Gene) Lindler of Irmo; his son, Jacob Eargle of Little Mountain; four grandchildren; and two great-grandchildren. He was predeceased by his wife of 61 years, Ruby Hiller Eargle.

A service will be held at 2 p.m. Tuesday at St. Jacob's Lutheran Church, Pastor Karl Frick officiating. Memorials may be made to the church's building fund.""",
gold=[("CAE005", "survivor"), ("CAE004", "survivor")]),

dict(guid="cae_pcf_bradley-koon", pub="2026-03-03T09:40:00-05:00", title="Bradley Thomas Koon (2006 - 2026)",
body="""Bradley Thomas Koon, 19, of Lexington, died Saturday, February 28, 2026, as the result of an automobile accident.

Brad was a 2024 graduate of Lexington High School, where he played outfield on the Wildcats baseball team, and was a sophomore at Midlands Technical College studying HVAC. He could fix anything with an engine and usually did, in his parents' driveway.

He is survived by his parents, Todd and Amy Koon of Lexington; his sister, Kaylee Koon; and his grandparents, Ronald and Judy Koon of Gilbert.

The family will receive friends from 5 to 7 p.m. Wednesday at the Lexington chapel. Funeral services will be held Thursday at 11 a.m. at Mt. Horeb Lutheran Church.""",
gold=[]),

dict(guid="cae_pcf_alvin-brisbane", pub="2026-04-14T11:00:00-04:00", title="CSM (Ret.) Alvin Ray Brisbane (1949 - 2026)",
body="""Command Sergeant Major (Retired) Alvin Ray Brisbane, 76, of Columbia, passed away on April 10, 2026, at the Dorn VA Medical Center.

A native of Hopkins, Alvin enlisted in the U.S. Army in 1968 and served thirty years, including two tours in Vietnam and his last assignment as command sergeant major of a basic combat training brigade at Fort Jackson. After retiring he taught JROTC at Lower Richland High School, where generations of cadets learned that a shined shoe is a statement of character.

He leaves to cherish his memory his wife of 52 years, Gloria Brisbane; his daughter, Tiana Brisbane Odom and her husband, Lt. Col. Marcus Odom, of Columbia; his son, Alvin Brisbane Jr. of Killeen, Texas; and five grandchildren.

A service will be held at 10 a.m. Saturday at the Fort Jackson Main Post Chapel with Chaplain (Maj.) Andre Cooley officiating. Interment with full military honors will follow at Fort Jackson National Cemetery. Pallbearers will be Sgt. 1st Class DeShawn McCants, Staff Sgt. Terrell Simmons, Roger Hopkins, Dwayne Mack, Curtis Brisbane and Kevin Ford.""",
gold=[("CAE012", "survivor"), ("CAE011", "survivor")]),

dict(guid="cae_pcf_refugio-rangel-ortiz", pub="2026-05-06T15:30:00-04:00", title="Don Refugio Rangel Ortiz (1944 - 2026)",
body="""Refugio Rangel Ortiz, 81, of West Columbia, went home to the Lord on May 3, 2026, surrounded by his family.

Don Cuco, as everyone knew him, was born in Moroleón, Guanajuato, and came to South Carolina in 1989 to work in construction. For twenty years he ran a small tire shop on Charleston Highway, where no one was ever turned away for lack of money.

Le sobreviven su hija, Lupita Hernández y su esposo Juan Carlos, de West Columbia; his son, Ramiro Rangel of Atlanta; nine grandchildren and three great-grandchildren. He was preceded in death by his wife, Doña Esperanza.

El Santo Rosario se rezará el jueves a las 7 p.m. en la capilla de West Columbia. Misa de cuerpo presente Friday at 10 a.m. at Our Lady of the Hills Catholic Church, Father Tomás Aguirre celebrant.""",
gold=[("CAE014", "survivor"), ("CAE013", "survivor")]),

dict(guid="cae_pcf_hazel-sease", pub="2026-06-02T10:05:00-04:00", title="Hazel Derrick Sease (1931 - 2026)",
body="""Hazel Derrick Sease, 94, of Chapin, died peacefully May 30, 2026, at her home overlooking Lake Murray.

Mrs. Sease taught fourth grade at Chapin Elementary for thirty-four years and was a charter member of the women's circle at Mt. Hermon Lutheran Church. Her pound cake was sold at every church bazaar for half a century and never lasted past ten o'clock.

She is survived by her daughter, Patti (Mark) Hiller of Chapin; her son, Daniel Sease of Prosperity; six grandchildren and eight great-grandchildren. She was predeceased by her husband, Otis Sease.

Services will be held Thursday at 11 a.m. at Mt. Hermon Lutheran Church with Pastor Ruth Amick officiating. Pallbearers will be Gene Lindler, Wayne Derrick, Tommy Koon, Josh Hiller, Matthew Sease and Clay Wessinger.""",
gold=[("CAE021", "survivor")]),

dict(guid="cae_pcf_ronald-frick", pub="2026-06-20T09:10:00-04:00", title="Ronald \"Ronnie\" Frick (1955 - 2026)",
body="""Ronald "Ronnie" Frick, 70, of Irmo, passed away June 17, 2026.

Ronnie retired from SCE&G after 38 years as a lineman and spent his retirement bass fishing on Lake Murray and coaching Dixie Youth baseball.

Surviving are his wife, Judy Frick; his sons, Brian Frick of Irmo and Scott Frick of Greenville; and five grandchildren.

A memorial service will be held Monday at 3 p.m. at the Irmo chapel.""",
gold=[]),

dict(guid="cae_pcf_ignacio-villalobos", pub="2026-07-08T12:20:00-04:00", title="Ignacio Villalobos Mendoza (1958 - 2026)",
body="""Ignacio Villalobos Mendoza, 67, of Cayce, passed away July 5, 2026, after a long illness.

Nacho worked for twenty-five years as a cook at restaurants along Knox Abbott Drive and was known for the tamales he made every Christmas Eve for half the neighborhood.

He is survived by his wife, Graciela; his daughters, Marisol Villalobos and Adriana Ruiz, both of Cayce; his goddaughter, Rosa Elena Tapia of Cayce, whom he loved as his own; and four grandchildren.

A Mass of Christian Burial will be celebrated Saturday at 10 a.m. at St. Peter's Catholic Church.""",
gold=[("CAE015", "survivor")]),
]
