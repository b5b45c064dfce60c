"""Peoria Daily Star - paid death notices: brief, surname-first headings, plain text. Hand-labelled."""

FEED = "pds"
ITEMS = [
dict(guid="pia_pds_dn_2026_00311", pub="2026-02-26T05:00:00-06:00", title="ABDO, Mary Rose (Nassif)",
body="""Mary Rose Abdo, 84, of Peoria, formerly of Spring Valley, died Feb. 23, 2026, at home. Born June 21, 1941, to Elias and Nazira Nassif. Retired Peoria Public Schools cafeteria manager. Preceded in death by husband, George E. Abdo, and brother, Elias Nassif Jr. Survived by son, George Abdo Jr., Houston; daughter, Nadine Abdo Kelly, St. Louis; niece, Leila Haddad, Peoria; many cousins. Funeral Mass 10 a.m. Monday, St. Sharbel Maronite Catholic Church. Riverbend Funeral Home, Peoria, in charge.""",
gold=[("PIA003", "deceased_client"), ("PIA002", "survivor")]),
# PIA003: birth date and maiden name Nassif match the roster; no roster spouse.

dict(guid="pia_pds_dn_2026_00347", pub="2026-03-05T05:00:00-06:00", title="KOWALCZYK, Stanley J.",
body="""Stanley Joseph Kowalczyk, 97, of Washington, died March 2, 2026, at Washington Christian Village. Retired Caterpillar machinist (Mossville) and Korean War veteran. Preceded in death by wife, Helen (Nowak), and daughter, Carol Ann. Survived by son, Dennis "Denny" Kowalczyk, Washington; two grandchildren. Mass of Christian Burial 11 a.m. Saturday, St. Patrick Catholic Church, Washington. Military rites by Washington American Legion Post 100.""",
gold=[("PIA016", "survivor")]),

dict(guid="pia_pds_dn_2026_00402", pub="2026-03-19T05:00:00-05:00", title="MENDOZA, Guadalupe",
body="""Guadalupe "Lupe" Mendoza, 89, of Peoria, died March 16, 2026. Born in Valle de Santiago, Guanajuato. Survived by sons, Roberto "Beto" Mendoza of Peoria and Arturo Mendoza of Aurora; daughter, Elena Mendoza Flores of Joliet; twelve grandchildren. Preceded in death by husband, Jesus, who retired from Caterpillar's Mapleton foundry. Rosary 6 p.m. Thursday and funeral Mass 10 a.m. Friday, St. Mark Catholic Church.""",
gold=[("PIA017", "survivor")]),
# Roster PIA017 Roberto "Beto" Mendoza Ruiz of Bartonville (ZIP 61607, next to Peoria): one part of the compound surname.

dict(guid="pia_pds_dn_2026_00455", pub="2026-04-02T05:00:00-05:00", title="BOLDEN, Clarence Earl",
body="""Clarence Earl Bolden, 77, of Peoria, died March 29, 2026, at OSF Saint Francis. Retired Keystone Steel & Wire. Member of Ward Chapel AME Church. Survived by wife, Gloria; daughter, Keisha Hightower (Darnell), Peoria; son, Marcus Bolden, Milwaukee; four grandchildren. Homegoing 11 a.m. Saturday, Ward Chapel AME Church. Interment Parkview Cemetery.""",
gold=[("PIA013", "survivor"), ("PIA012", "survivor")]),

dict(guid="pia_pds_dn_2026_00471", pub="2026-04-09T05:00:00-05:00", title="HADDAD, Joseph A.",
body="""Joseph Anthony Haddad, 71, of Allentown, Pennsylvania, died April 3, 2026. Born in Easton, Pa. Retired Mack Trucks engineer. Survived by wife, Denise; daughters, Lauren and Christine; brother, Fr. Elias Haddad, Peoria. Funeral Mass April 11, St. Anthony Maronite Church, Allentown. Local memorial Mass 9 a.m. April 18, St. Sharbel Maronite Catholic Church, Peoria.""",
gold=[]),
# Namesake far away (PIA001 Joseph Haddad Jr. of Peoria, b. 1955, wife Leila). Different wife; nothing.

dict(guid="pia_pds_dn_2026_00530", pub="2026-05-21T05:00:00-05:00", title="INGERSOLL, Frances L.",
body="""Frances Louise Ingersoll, 94, of Chillicothe, died May 18, 2026, at Heritage Health. Retired Chillicothe Township clerk. Survived by son, Walt Ingersoll, Chillicothe; granddaughter, Katie O'Leary, Chillicothe; great-grandson, Liam. Preceded in death by husband, Gordon, and daughter, Patricia O'Leary. Graveside service 10 a.m. Tuesday, Chillicothe City Cemetery.""",
gold=[("PIA021", "survivor")]),
# PIA022 Walt Ingersoll is do_not_contact: nothing. Roster stores "OLeary".
]
