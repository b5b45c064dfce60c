"""Sequoia Oaks Funeral Chapels (Visalia, Tulare, Lemoore, Corcoran): funeral-home site, HTML in content:encoded.
Hand-labelled."""

ITEMS = [
dict(guid="hnf_sof_kazarian_garabed", pub="2026-01-22T10:00:00-08:00",
title="Garabed Kazarian, 94",
body="""Garabed Kazarian, 94, of Visalia, entered into eternal rest on January 18, 2026.

Garabed was born in Aleppo, Syria, to Armenian parents who survived the Genocide, and came to Fresno in 1956. He opened his first service station on Mooney Boulevard in 1970; the tire shop he founded is still run by his son. He was a deacon of Holy Trinity Armenian Apostolic Church and never missed the Armenian Picnic.

He is survived by his son, Vartan Kazarian (Anahid) of Visalia; his daughter, Silva Tashjian (Haig) of Clovis; five grandchildren; and three great-grandchildren. He was predeceased by his wife, Siranoush, in 2015.

Services will be held Saturday at 11 a.m. at Holy Trinity Armenian Apostolic Church, Fresno, Der Hovsep Garabedian officiating. Interment at Ararat Cemetery.""",
gold=[("HNF006", "survivor"), ("HNF007", "survivor")]),

dict(guid="hnf_sof_nishimoto_kiyoshi", pub="2026-02-27T10:00:00-08:00",
title="Kiyoshi \"Kay\" Nishimoto, 90",
body="""Kiyoshi "Kay" Nishimoto, 90, of Dinuba, passed away February 23, 2026.

Kay was born in Reedley in 1935 and spent three years of his childhood at the Gila River camp. After the war his family returned to the land they had farmed, and Kay grew peaches and plums on Avenue 416 for sixty years. He was a member of the Dinuba Buddhist Church and a lifelong Reedley Nisei League bowler.

Kay is survived by his daughters, Kimberly Nishimoto of Visalia and Joy Tanaka of San Jose; his grandson, Ryan; and his sister, Mae Fujii. He was preceded in death by his wife, Setsuko.

A memorial service will be held at Dinuba Buddhist Church, Rev. Kenji Ono officiating.""",
gold=[("HNF016", "survivor")]),

dict(guid="hnf_sof_azevedo_antonio", pub="2026-03-30T10:00:00-07:00",
title="Antonio \"Tony\" Azevedo, 80",
body="""Antonio "Tony" Azevedo, 80, of Tulare, passed away March 25, 2026, at Tulare Regional Medical Center.

Tony was born in São Jorge, Azores, and came to Tulare in 1965. He milked for the Furtado dairy, then started Azevedo Hoof Trimming, which kept him busy until he was 75. He marched with the Tulare I.D.E.S. every August.

He is survived by his wife, Natalia; his children, Mark Azevedo and Sandra Freitas; his sister-in-law, Bernie Azevedo of Tulare; and many nieces and nephews. He was preceded in death by his brother, Joe Azevedo.

Rosary Thursday 7 p.m. and Funeral Mass Friday 10 a.m. at St. Aloysius Church, Tulare.""",
gold=[("HNF018", "survivor")]),

dict(guid="hnf_sof_mangubat_erlinda", pub="2026-05-12T10:00:00-07:00",
title="Erlinda Mangubat, 97",
body="""Erlinda Ramos Mangubat, 97, of Lemoore, went to be with the Lord on May 7, 2026.

Lola Linda was born in Pampanga, Philippines, and joined her son in Lemoore in 1985 after he retired from the Navy at NAS Lemoore. She led the novena at St. Peter the Apostle every December and fed every sailor who knocked on the door.

She is survived by her son, Teodoro "Teddy" Mangubat and his wife Lorna of Lemoore; her daughter, Remedios Santos of Daly City; eleven grandchildren and fourteen great-grandchildren.

A nine-day novena will be prayed at the family home. Funeral Mass Saturday at St. Peter the Apostle Catholic Church, Lemoore.""",
gold=[("HNF011", "survivor"), ("HNF012", "survivor")]),

dict(guid="hnf_sof_ybarra_rodolfo_sr", pub="2026-06-02T10:00:00-07:00",
title="Rodolfo \"Rudy\" Ybarra Sr., 86",
body="""Rodolfo "Rudy" Ybarra Sr., 86, of Lemoore, passed away May 29, 2026.

Rudy was born in Jalostotitlán, Jalisco, and came to the Valley as a bracero in 1958. He worked 35 years for the Lemoore Canal & Irrigation Company and never missed a Lemoore High football game.

He is survived by his son, Rodolfo "Rudy" Ybarra Jr. and wife Cristina of Lemoore; his daughters, Alma Ybarra of Hanford and Graciela Ochoa of Avenal; and thirteen grandchildren, including Mateo. He was preceded in death by his wife, Esperanza.

Rosary Wednesday at 7 p.m. at Sequoia Oaks Lemoore Chapel; Mass Thursday at St. Peter the Apostle.""",
gold=[("HNF008", "survivor"), ("HNF009", "survivor")]),

dict(guid="hnf_sof_galaviz_omar", pub="2026-07-28T10:00:00-07:00",
title="Omar Galaviz, 81",
body="""Omar Galaviz, 81, of Tulare, passed away July 24, 2026.

Don Omar was born in Tepatitlán, Jalisco, and spent forty years in the dairies around Tulare. He played guitar at every family party.

He is survived by his wife, Rosario; his children, Ramiro, Leticia and Hector; and his grandson Omar Galaviz of Visalia, who was named for him, and Omar's wife, Yesenia, who gave him his first great-granddaughter. Services at St. Aloysius Church, Tulare.""",
gold=[("HNF022", "survivor"), ("HNF021", "survivor")]),

dict(guid="hnf_sof_cole_ernestine", pub="2026-08-18T10:00:00-07:00",
title="Mother Ernestine Cole, 92",
body="""Mother Ernestine Cole, 92, of Corcoran, transitioned from labor to reward on August 12, 2026.

Mother Cole came from Texarkana to chop cotton in 1950 and stayed to raise seven children on Whitley Avenue. She was church mother of Greater New Hope Missionary Baptist Church.

She leaves her children, Lorenzo, Betty, Clarence and Willa; 22 grandchildren; and a host of great-grandchildren. Homegoing services will be held Saturday at Greater New Hope; eulogy by Pastor T. L. Brooks, with the obituary read by Deacon Darnell Pettaway.""",
gold=[]),
]
