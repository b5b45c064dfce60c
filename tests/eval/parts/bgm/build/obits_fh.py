"""Kovalchik & Daley Funeral Home (Johnson City and Endicott chapels): funeral-home site, HTML in content:encoded,
one-sentence plain description, permalink guids. Hand-labelled (gold=[...])."""

BASE = "https://www.kovalchikdaley.example/obituaries/"
ITEMS = [
dict(guid="bgm_kdfh_anna-kostelnik", pub="2026-01-20T10:15:00-05:00", title="Anna M. Kostelnik (1932 - 2026)",
body="""Anna M. Kostelnik, 93, of Binghamton's First Ward, fell asleep in the Lord on Saturday, January 17, 2026, at Lourdes Hospital.

Anna was born in Binghamton to the late Michael and Julia (Sopko) Dudik and worked 31 years stitching uppers at the Endicott Johnson Pioneer factory. She was a lifelong member of SS. Peter and Paul Church, where her holubki and nut rolls paid for a good part of the new roof.

She was predeceased by her husband of 49 years, John Kostelnik, in 2004. She is survived by her daughter, Bernadette (Gerald) Yurchak of Johnson City; her son, Michael Kostelnik of Scranton, Pa.; four grandchildren and six great-grandchildren.

A Divine Liturgy will be offered Thursday at 10 a.m. at SS. Peter and Paul Church. Bearers will be Dermot O'Halloran, Paul Sopko, Mark Yurchak and Nicholas Dudik. Interment at Calvary Cemetery, Johnson City.""",
gold=[("BGM003", "survivor"), ("BGM002", "survivor")]),

dict(guid="bgm_kdfh_stanislaus-hrabovsky", pub="2026-02-23T09:40:00-05:00", title="Stanislaus J. \"Stan\" Hrabovsky (1944 - 2026)",
body="""Stanislaus J. "Stan" Hrabovsky, 81, of Endicott, passed away peacefully at home on Friday, February 20, 2026, with his family at his side.

Stan was born March 9, 1944, in Endicott, the son of the late Jan and Helena Hrabovsky. He graduated from Union-Endicott High School in 1962 and worked 34 years for IBM on North Street, first on the card-punch line and later as a test engineer. He bowled Tuesday nights at Fiesta Lanes for half a century and never missed a Spiedie Fest.

He is survived by his wife of 58 years, the former Lorraine Wasylyk; his son, Jan Hrabovsky of Endwell; his daughter, Kristina Moyer of Apalachin; and five grandchildren.

The family thanks Dr. Marguerite Obuchowski and the staff of Hospicare for their kindness. A Mass of Christian Burial will be celebrated Wednesday at 11 a.m. at St. Casimir's Church, the Rev. Thaddeus Kulyk concelebrating. Burial in Calvary Cemetery.""",
gold=[("BGM001", "deceased_client")]),

dict(guid="bgm_kdfh_anthony-pastorella-sr", pub="2026-03-12T14:05:00-04:00", title="Anthony J. Pastorella Sr. (1937 - 2026)",
body="""Anthony J. Pastorella Sr., 88, of Kirkwood, died Tuesday, March 10, 2026, at Good Shepherd Fairview Home.

Born in Binghamton's North Side, he opened Pastorella Precision Tool in a two-car garage in 1968 and built it into a shop of forty machinists. He coached Kirkwood Little League for twenty years and made his own wine every October, whether or not anyone asked him to.

He was predeceased by his wife, Rose (Cimino) Pastorella. He is survived by his son, Anthony "Tony" Pastorella Jr. (Denise) of Conklin; his daughter, Carla Pastorella of Rochester; and three grandchildren.

Calling hours will be Friday from 4 to 7 p.m. at the Johnson City chapel. A Mass of Christian Burial will be celebrated Saturday at St. Mary of the Assumption Church.""",
gold=[("BGM005", "survivor")]),

dict(guid="bgm_kdfh_geertruida-bosch", pub="2026-04-06T11:30:00-04:00", title="Geertruida \"Trudy\" Bosch (1938 - 2026)",
body="""Geertruida "Trudy" Bosch, 87, of Grand Rapids, Mich., died on April 1, 2026, at Holland Home.

Trudy was born in Leeuwarden, Friesland, and came to America in 1956 with her parents and younger sister. She taught second grade in the Grand Rapids Christian Schools for thirty-four years.

She is survived by her sister, Coby Vander Meulen of Apalachin, N.Y.; nieces and nephews in Michigan and New York; and her church family at Neland Avenue Christian Reformed Church. She was preceded in death by her brother, Pieter Bosch.

A graveside service will be held Thursday at 11 a.m. at Evergreen Cemetery, Owego, where she will rest beside her parents, with Pastor Jan de Wit officiating. Arrangements are by the Endicott chapel of Kovalchik & Daley.""",
gold=[("BGM010", "survivor")]),

dict(guid="bgm_kdfh_kenneth-zabawski", pub="2026-05-04T16:20:00-04:00", title="Kenneth Michael Zabawski (2001 - 2026)",
body="""Kenneth Michael Zabawski, 24, of Vestal, died unexpectedly on Friday, May 1, 2026.

Kenny graduated from Vestal High School in 2019 and from SUNY Broome in electrical technology, and worked as a lineman apprentice. He loved the Binghamton Rumble Ponies, his pickup and his dog, Rooster.

He is survived by his parents, Mark and Julie Zabawski of Vestal; his sister, Alyssa; his grandmother, Theresa Zabawski of Endicott; and many aunts, uncles and cousins.

Calling hours will be Thursday from 4 to 8 p.m. at the Endicott chapel. A funeral service will follow Friday at 10 a.m.""",
gold=[]),

dict(guid="bgm_kdfh_edmund-szczepanski", pub="2026-06-02T10:05:00-04:00", title="Edmund \"Eddie\" Szczepanski (1949 - 2026)",
body="""Edmund "Eddie" Szczepanski, 77, of Conklin, passed away Saturday, May 30, 2026, at UHS Wilson Medical Center.

Eddie was a Vietnam veteran of the U.S. Army and drove for Broome County Transit for 28 years. He was a member of the Polish Community Center and a fixture at its Friday fish fry.

He was predeceased by his parents, Walter and Stella Szczepanski, and by his brother, the late Raymond Szczepanski. He is survived by his sister, Rosalind Pettengill (Warren) of Binghamton; his nephew, Todd Pettengill of Vestal; and his companion of many years, Arlene Foote.

Military honors will be accorded at the Binghamton Memorial Park chapel on Monday at 1 p.m.""",
gold=[("BGM011", "survivor")]),

dict(guid="bgm_kdfh_concetta-santangelo", pub="2026-07-15T09:25:00-04:00", title="Concetta \"Connie\" Santangelo (1935 - 2026)",
body="""Concetta "Connie" Santangelo, 90, of Vestal, entered into eternal rest on Sunday, July 12, 2026, surrounded by her family.

Connie was born in Endicott's North Side to the late Salvatore and Lucia Ferraro. She and her late husband, Vito, ran Santangelo's Market on Washington Avenue for 35 years, and she could tell you whose grandmother made the best sauce on every street in Endicott.

She is survived by her sons, Dominic (Mary Beth) Santangelo of Vestal and Vincent (Angela) Santangelo of Charlotte, N.C.; seven grandchildren; and two great-grandchildren.

A Mass of Christian Burial will be celebrated Saturday at 10 a.m. at St. Anthony of Padua Church, Endicott. Bearers will be her grandsons.""",
gold=[("BGM004", "survivor")]),

dict(guid="bgm_kdfh_consuelo-rivera", pub="2026-08-19T13:10:00-04:00", title="Consuelo Rivera Acevedo (1938 - 2026)",
body="""Consuelo Rivera Acevedo, 88, of Owego, formerly of Ponce, Puerto Rico, went home to the Lord on August 16, 2026.

Doña Consuelo came to the Southern Tier in 1971 and worked at the Owego IBM plant cafeteria for twenty years. Her arroz con gandules was the first thing to disappear at every St. Patrick's Church picnic.

She is survived by her daughter, Yolanda "Yoli" Estremera and her husband, Hector, of Owego; her son, Rafael Rivera of Allentown, Pa.; and five grandchildren, among them Mateo, Sofía and Gabriel Estremera.

Calling hours will be Monday from 5 to 7 p.m. at the Endicott chapel; a Mass of Christian Burial will be celebrated Tuesday at St. Patrick's Church, Owego.""",
gold=[("BGM022", "survivor")]),
]
