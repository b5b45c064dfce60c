"""Mueller-Haas Funeral Homes (Southport, Greenwood and Franklin chapels): funeral-home site, HTML in
content:encoded, a one-sentence plain description. Hand-labelled (`gold=` beside each text)."""

FEED = "mh"
ITEMS = [
dict(guid="ind_mh_obit_gerald-f-wuensch", pub="2026-01-22T10:15:00-05:00", title="Gerald F. \"Jerry\" Wuensch (1940 - 2026)",
body="""Gerald Francis "Jerry" Wuensch, 85, of Greenwood, died Monday, January 19, 2026, at Community Hospital South, a few hours after telling the night nurse she was pronouncing his name wrong (it is "Winch").

Jerry was born April 17, 1940, in Indianapolis, to Frank and Hedwig (Bauer) Wuensch, and grew up in the shadow of Sacred Heart Church on the south side. He graduated from Cathedral High School in 1958, served two years in the U.S. Army in Germany, where he finally practiced the language his grandmother had yelled at him in, and spent 34 years as a tool-and-die maker at the Chevrolet plant on West Tenth Street.

He was a member of Our Lady of the Greenwood Catholic Church, an usher at the 8 o'clock Mass for three decades, and a fixture of the Knights of Columbus fish fry, where he personally fried, by his own estimate, eleven tons of cod.

He was preceded in death by his wife of 52 years, Rosemary (Brunnemer) Wuensch, in 2017, and by his brother, Paul. Survivors include his son, Michael Wuensch (Laura) of Columbus, Ohio; his daughter, Anne Kessing (Tim) of Batesville; his brother-in-law, Richard "Dick" Brunnemer of Greenwood; five grandchildren; and his beloved dachshund, Fritz.

Visitation will be Friday from 4 to 7 p.m. at the Mueller-Haas Greenwood Chapel, 1200 N. Madison Ave. The Mass of Christian Burial will be celebrated Saturday at 10 a.m. at Our Lady of the Greenwood, with burial in Calvary Cemetery. Memorials may be made to the St. Vincent de Paul Society.""",
# roster IND007 Gerald "Jerry" Wuensch, Greenwood, born 1940-04-17: birth date corroborates. IND022 Brunnemer is do_not_contact.
gold=[("IND007", "deceased_client")]),

dict(guid="ind_mh_obit_pi-men-hnem", pub="2026-02-12T09:40:00-05:00", title="Pi Men Hnem (1946 - 2026)",
body="""Pi Men Hnem, 79, of Southport, passed from this life on Sunday, February 8, 2026, at her son's home, surrounded by her family and by the hymns of the Chin church she loved.

She was born in 1946 in Lungler village, near Hakha in the Chin Hills of Burma (Myanmar), the daughter of Pu Thang Cin and Pi Zing Hlei. She married Pu Bawi Lian in 1964; together they raised six children on a hillside farm before the family fled to Malaysia in 2006. She came to Indianapolis in 2011 to join her son and was known throughout the Southport Chin community for her mustard greens, her sharp eye for a poorly made puan, and her morning prayers, which could be heard two houses away.

She was preceded in death by her husband, Pu Bawi Lian, and by two daughters. She is survived by her son, Cung Bik, and his wife, Ngun Tial, of Southport, with whom she made her home; her daughter, Par Tha Iang of Hakha; her nephew, Van Lal Hmung of Greenwood; eleven grandchildren; and four great-grandchildren.

A funeral service will be held Saturday at 11 a.m. at Chin Baptist Fellowship of Indianapolis, 4800 S. East St., with Rev. Thawng Za Lian officiating, in Hakha Chin with English interpretation. Burial will follow at Southport Cemetery.""",
# IND001 Cung Bik and IND002 Ngun Tial (roster Indianapolis 46227 = Southport); IND003 Van Lal Hmung, Greenwood.
gold=[("IND001", "survivor"), ("IND002", "survivor"), ("IND003", "survivor")]),

dict(guid="ind_mh_obit_radmila-petrovic", pub="2026-03-05T11:00:00-05:00", title="Radmila Petrović (1938 - 2026)",
body="""Radmila Petrović, 87, of Indianapolis, reposed in the Lord on Tuesday, March 3, 2026, at St. Vincent Hospital, on the eve of the first Sunday of Great Lent.

Radmila was born on October 2, 1938, in Čačak, Serbia, and came to Indianapolis in 1969 with her husband, Dušan, who found work at the Allison transmission plant. She sewed for a dry cleaner on East Washington Street for twenty years and was for decades the heart of the Kolo Sisters of Holy Trinity Serbian Orthodox Church, where no slava, wedding or church picnic passed without her sarma.

She is survived by her daughter, Vesna (Milan) Jovanović of Carmel; her son, Dragan Petrović of Chicago; four grandchildren; and her sister, Milica, in Čačak. She was preceded in death by her husband, Dušan, in 2009.

The Trisagion prayers will be served Thursday at 6 p.m. at the Mueller-Haas Southport Chapel. The funeral service will be Friday at 10 a.m. at Holy Trinity Serbian Orthodox Church, the Very Rev. Dragan Lukić officiating. Pallbearers will be Slobodan Marković, Nenad Ilić, Goran Savić and her grandsons. Interment at Washington Park East Cemetery. Vječnaja pamjat - memory eternal.""",
# IND014 Vesna Jovanovic (maiden Petrovic), IND013 Milan, Carmel. IND016 Slobodan Markovic is a pallbearer: nothing.
gold=[("IND014", "survivor"), ("IND013", "survivor")]),

dict(guid="ind_mh_obit_dorothy-ann-stieneker", pub="2026-03-19T10:05:00-04:00", title="Dorothy Ann Stieneker (1941 - 2026)",
body="""Dorothy Ann Stieneker, 84, of Franklin, died peacefully Monday, March 16, 2026, at Franciscan Health Indianapolis.

Dorothy was born in Oldenburg, Indiana, the "Village of Spires," and never let anyone forget it. She taught second grade at St. Rose of Lima School in Franklin for 31 years, and generations of Johnson County children learned their cursive, their catechism and their manners from her, roughly in that order.

Survivors include her children, Paul Stieneker of Franklin, Joan Reising of Shelbyville and Theresa Stieneker of Cincinnati; nine grandchildren; and her sister, Sister Mary Agnes Stieneker, OSF, of Oldenburg. She was preceded in death by her husband, Norbert, in 2015.

Mass of Christian Burial will be celebrated Saturday at 11 a.m. at St. Rose of Lima Catholic Church, Franklin. Mary Beth Huelsman, Dorothy's longtime fellow teacher, will give the first reading. Burial in Greenlawn Cemetery.""",
# IND006 Mary Beth Huelsman is the reader at the Mass: nothing.
gold=[]),

dict(guid="ind_mh_obit_marcus-anthony-tillman", pub="2026-04-09T09:30:00-04:00", title="Marcus Anthony Tillman (2003 - 2026)",
body="""Marcus Anthony Tillman, 22, of Lawrence, was called home far too soon on Saturday, April 4, 2026, following an automobile accident on Interstate 465.

Marcus graduated from Lawrence Central High School in 2021, where he ran the 400 meters and never once arrived at practice on time. He was studying HVAC technology at Ivy Tech and working nights at the FedEx hub, and he had just put a deposit on his first apartment.

He leaves to cherish his memory his parents, Anthony and Denise Tillman of Lawrence; his sisters, Brianna and Jada; his grandmother, Geraldine Tillman of Gary; and a host of aunts, uncles, cousins and friends.

Visitation will be Thursday from 5 to 8 p.m. at the Mueller-Haas Lawrence Chapel. The funeral will be Friday at noon at Eastern Star Church, Post Road campus.""",
# Young namesake of IND010 Marcus Tillman (Lawrence, born 1976, roster wife Keisha): 22, survived by parents Anthony and Denise: nothing.
gold=[]),

dict(guid="ind_mh_obit_agnes-huelsman", pub="2026-05-07T10:45:00-04:00", title="Agnes M. Huelsman (1935 - 2026)",
body="""Agnes Marie Huelsman, 90, of Franklin, entered eternal life on Monday, May 4, 2026, at Compass Park in Franklin.

Agnes was born on a farm near St. Maurice in Decatur County, the ninth of eleven children of Joseph and Clara (Fledderman) Meyer. She married Leonard Huelsman at St. Maurice Church in 1956 and moved with him to Franklin, where they ran Huelsman Hardware on the courthouse square for 38 years. She kept the books, he kept the customers talking, and between them, it was said, nobody in Franklin ever bought the wrong size of anything.

She is survived by her sons, Dennis (Mary Beth) Huelsman of Franklin and Gregory Huelsman of Fort Wayne; her daughter, Carol Ann Stahl of Greensburg; eight grandchildren; and five great-grandchildren. She was preceded in death by her husband, Leonard, in 2012.

The Mass of Christian Burial will be celebrated at 10:30 a.m. Saturday at St. Rose of Lima Catholic Church, with Father Stephen Banet presiding.""",
# IND006 Mary Beth Huelsman via "(Mary Beth)" notation with her husband Dennis (roster spouse, not a client).
gold=[("IND006", "survivor")]),
]
