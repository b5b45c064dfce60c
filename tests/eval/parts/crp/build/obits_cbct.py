"""Coastal Bend Courier-Times (Corpus Christi daily): paid obituaries ("Name, 81, of Town") and the terse daily
death-notice column (surname first). Plain text. Hand-labelled."""

FEED = "cbct"
ITEMS = [
dict(guid="crp_cbct_obit_20260122_schrimsher", pub="2026-01-22T05:00:00-06:00",
title="Hubert Lee Schrimsher, 88, of Taft",
body="""TAFT - Hubert Lee Schrimsher, 88, cotton farmer, deacon and the last man in San Patricio County to plow with a mule for the fun of it, died Monday, January 19, 2026, at his farm east of Taft.

Hubert was born May 28, 1937, in Sinton to Lee and Ora (Bledsoe) Schrimsher. He farmed the same 640 acres for sixty years, served on the Taft ISD board and sang bass at First Baptist Church of Taft for longer than anyone could remember.

Survivors include his daughter, Mary Beth Kallenbach and husband Dwayne of Gregory; his son, Lonnie Schrimsher (Trish) of Taft; five grandchildren; and seven great-grandchildren. He was preceded in death by his wife of 61 years, Wanda Schrimsher, in 2022.

Services will be 2 p.m. Saturday at First Baptist Church of Taft, with Pastor Glen Hutto officiating. Burial will follow at Taft Cemetery.""",
gold=[("CRP004", "survivor"), ("CRP005", "survivor")]),  # Gregory is ~4 km from Portland: adjacent town

dict(guid="crp_cbct_obit_20260128_bluitt", pub="2026-01-28T05:00:00-06:00",
title="Reginald Bluitt Sr., 84, of Corpus Christi",
body="""CORPUS CHRISTI - Reginald Bluitt Sr., 84, who coached track at Solomon Coles High School before integration and at Moody High School after it, died Saturday, January 24, 2026.

Mr. Bluitt was born in Corpus Christi on November 2, 1941, and graduated from Solomon M. Coles High School and Prairie View A&M. He coached 31 years, sent more than forty sprinters to college on scholarship, and kept every one of their letters.

He is survived by his son, Reginald "Reggie" Bluitt Jr. (Yvonne) of Corpus Christi; his daughter, Angela Bluitt Fontenot of Houston; six grandchildren; and a host of former athletes who called him Coach B. He was preceded in death by his wife, Ernestine.

Homegoing services will be held at 11 a.m. Saturday at St. John Baptist Church, with interment at Rose Hill Memorial Park.""",
gold=[("CRP003", "survivor")]),

dict(guid="crp_cbct_obit_20260226_ambrister", pub="2026-02-26T05:00:00-06:00",
title="Wendell Ambrister, 67, of Gulf Shores, Ala.",
body="""Wendell Ambrister, 67, of Gulf Shores, Alabama, died February 21, 2026, at South Baldwin Regional Medical Center in Foley, Alabama.

He was born March 9, 1958, in Mobile, Alabama, and spent 40 years as a commercial shrimper out of Bon Secour before retiring to the beach. He worked the Texas coast for two seasons in the 1980s and kept friends in Aransas Pass all his life.

He is survived by his wife of 41 years, Patricia Ambrister; his daughters, Lacey and Jolene; and a brother, Ray Ambrister of Pensacola, Florida.

Services were held in Foley, Alabama.""",
gold=[]),  # namesake of CRP016 (Port Aransas, b. 1958-09-30, wife Gay): different state, birth date, wife

dict(guid="crp_cbct_obit_20260513_pettijohn", pub="2026-05-13T05:00:00-05:00",
title="Cordelia Ann Pettijohn, 82, of Corpus Christi",
body="""CORPUS CHRISTI - Cordelia Ann Pettijohn, 82, retired librarian, died peacefully on Sunday, May 10, 2026, at her home on Cain Drive, eight days after her birthday.

Cordelia was born May 2, 1944, in Sweetwater, Texas, to Homer and Ina Mae Colquitt. She married Lloyd Pettijohn in 1966 and came to Corpus Christi in 1970, where she ran the reference desk at La Retama Library for 29 years and answered, by her count, 200,000 questions.

She is survived by her sons, Brent Pettijohn of Austin and Alan Pettijohn of Corpus Christi; four grandchildren; and her sister, Nell Colquitt Avery of Abilene. She was preceded in death by her husband, Lloyd, in 2015.

A memorial service will be held at 10 a.m. Friday at Parkway Presbyterian Church. In lieu of flowers, the family asks for gifts to the Corpus Christi Public Libraries.""",
gold=[("CRP015", "deceased_client")]),  # birth date = roster; no roster spouse

dict(guid="crp_cbct_dn_20260610_haverstock", pub="2026-06-10T05:00:00-05:00",
title="HAVERSTOCK, Clementine",
body="""HAVERSTOCK, Clementine "Tina", of Alice, died Monday, June 8, 2026. Arrangements are pending with Alice Memorial Chapel.""",
gold=[("CRP019", "possible_deceased_client")]),  # name and town only: no age, no spouse

dict(guid="crp_cbct_dn_20260610_merriweather", pub="2026-06-10T05:00:00-05:00",
title="MERRIWEATHER, Cedric L.",
body="""MERRIWEATHER, Cedric L., 29, of Houston, died June 5, 2026. Survived by his parents, Lionel and Gwen Merriweather of Houston, and his daughter, Aubree. Services Saturday at Greater Mount Hebron Baptist Church, Houston.""",
gold=[]),  # namesake of CRP021 (b. 1959, Corpus Christi, wife LaDonna)

dict(guid="crp_cbct_obit_20260802_heffernan", pub="2026-08-02T05:00:00-05:00",
title="James Patrick Heffernan, 89, of Refugio",
body="""REFUGIO - James Patrick Heffernan, 89, rancher and descendant of the Irish colonists who settled the Refugio and San Patricio missions in the 1830s, died July 30, 2026, at Refugio County Memorial Hospital.

Jim was born March 1, 1937, on the family ranch on the Mission River. He ran cattle there for seventy years, served on the Refugio County Commissioners Court and never missed a St. Patrick's Day Mass at Our Lady of Refuge.

He is survived by his wife of 63 years, Bridget (Fagan) Heffernan; his sons, Michael and Sean Heffernan of Refugio; his sister, Margaret "Peggy" O'Shaughnessy of Sinton; eleven grandchildren; and 19 great-grandchildren.

A Rosary will be prayed Sunday at 6 p.m. and the Funeral Mass celebrated Monday at 10 a.m. at Our Lady of Refuge Catholic Church.""",
gold=[("CRP011", "survivor")]),

dict(guid="crp_cbct_dn_20260915_pruneda", pub="2026-09-15T05:00:00-05:00",
title="PRUNEDA, Ruben G.",
body="""PRUNEDA, Ruben G., 56, of Corpus Christi, died Sept. 12, 2026. Survived by his wife of 30 years, Yolanda (Cuellar) Pruneda; daughters Marisol and Ana; his mother, Guadalupe Pruneda. Rosary Thursday 7 p.m., Mass Friday 10 a.m., St. Helena of the True Cross Catholic Church.""",
gold=[("CRP018", "survivor")]),  # Ruben is the roster spouse of CRP018 but not a client
]
