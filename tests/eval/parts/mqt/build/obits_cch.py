"""Copper Country Finnish Herald (Hancock): Finnish-American Lutheran community weekly, "Muistoja" column,
plain text with Finnish phrases. Hand-labelled."""

FEED = "cch"
ITEMS = [
dict(guid="mqt_cch_muistoja_2026_03", pub="2026-01-29T08:00:00-05:00", title="Muistoja: Tyyne Hautala, 97, Hancock",
body="""Tyyne Aleksandra Hautala (o.s. Heikkila), 97, of Hancock, entered eternal rest on January 24, 2026, at the Houghton County Medical Care Facility. Hän nukkui pois rauhassa.

Tyyne was born in 1928 on a farm in Toivola, the youngest of eleven children of Finnish immigrants, and spoke only Finnish until she started school. She married Eino Hautala in 1948 and kept the books of the Hautala dairy for forty years. She sang alto in the choir of Gloria Dei Lutheran Church for seventy years and was a faithful reader of this newspaper since before it was printed in English.

She is survived by her son, Tauno (Aili) Hautala of Houghton; her daughter, Marjatta Lehto of Duluth; eight grandchildren; and fifteen great-grandchildren. She was preceded in death by her husband, Eino, in 1999.

Siunaustilaisuus (funeral service) will be held Saturday at 11 a.m. at Gloria Dei Lutheran Church, Hancock, with the Rev. Mikko Hietala officiating, partly in Finnish. Kahvi follows in the fellowship hall.""",
gold=[("MQT015", "survivor")]),

dict(guid="mqt_cch_muistoja_2026_09", pub="2026-03-05T08:00:00-05:00", title="Muistoja: Sulo Rautio, 88, Calumet",
body="""Sulo Emil Rautio, 88, of Calumet, died February 28, 2026, at Aspirus Keweenaw Hospital in Laurium.

Sulo worked thirty years at the Calumet & Hecla smelter until it closed and then drove school bus for the Calumet schools for twenty more. He was a founding member of the Keweenaw Finnish Heritage Society, a fierce cribbage player and the last man in Calumet to heat his sauna with cedar.

He is survived by his wife, Irma; his daughters, Karen Salo of Lake Linden and Ruth Anttila of Marquette; and five grandchildren.

Funeral services were held March 4 at St. Paul Lutheran Church, Calumet. Muistoa kunnioittaen.""",
gold=[]),

dict(guid="mqt_cch_muistoja_2026_17", pub="2026-05-14T08:00:00-04:00", title="Muistoja: Ilmari \"Jim\" Salo, 80, Marquette",
body="""Ilmari James "Jim" Salo, 80, of Marquette, passed away on May 9, 2026, at UP Health System - Marquette, after a long battle with Parkinson's.

Jim was born in Ishpeming and taught industrial arts at Marquette Senior High School for thirty-three years. Half of the birdhouses in Marquette County, his wife says, were built in his classroom. He sang in the Marquette Finnish Male Chorus and kept a rowboat on Lake Superior that was older than he was.

He is survived by his wife of 55 years, Helen (Aho) Salo; his son, Peter Salo of Traverse City; and three grandchildren.

The funeral was held May 13 at Messiah Lutheran Church, Marquette, with Pastor Erik Heikkinen officiating and the Finnish Male Chorus singing "Sun kätes, Herra, voimakkaan." Memorials may be given to the Parkinson's support group of Marquette.""",
gold=[]),

dict(guid="mqt_cch_muistoja_2026_24", pub="2026-07-02T08:00:00-04:00", title="Muistoja: Aune Rautiainen, 94, Munising",
body="""Aune Helmi Rautiainen, 94, of Munising, died June 27, 2026, at the Munising Memorial Hospital long-term care unit.

Aune was born in Wetmore in 1931 and worked thirty-six years at the Munising paper mill office. She knitted mittens for every child in the Munising Lutheran Sunday school and could still do the polka at ninety.

She is survived by her brother-in-law, Eino "Ike" Rautiainen of Munising; her nieces and nephews; and her dear friend and neighbor of fifty years, Lorna Jarvi. She was preceded in death by her husband, Arvid, and her son, Carl.

A memorial service will be held at Bethany Lutheran Church, Munising, on July 11 at 2 p.m.""",
gold=[("MQT023", "survivor")]),
]
