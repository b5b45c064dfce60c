"""Big Island Filipino Chronicle, "Necrology / Pakadaeran" page: the style of Hawaii's Filipino community papers,
with the home province, the sakada generation, Ilocano phrases, the novena and the "pamisa", and long survivor
lists with spouses in parentheses. Plain text. Hand-labelled."""

FEED = "bifc"
ITEMS = [
dict(guid="ito_bifc_necro_2026_02_15", pub="2026-02-15T08:00:00-10:00", title="Florencio Tabangcura Sr., 91, one of the last Hilo sakadas",
body="""HILO - Florencio Bumanglag Tabangcura Sr., 91, of Hilo, one of the last of the 1946 sakadas who came from Ilocos to work the sugar fields of the Hilo Coast, died peacefully on February 8, 2026, at his home on Kilauea Avenue. Agyamanak, Manong Florencio.

He was born in Badoc, Ilocos Norte, and worked 37 years for Hilo Coast Processing Co., first as a cane cutter and then as a welder. He was a founding member of the Hilo Ilocano Association and of the Badoc Townmates of Hawaii.

He is survived by his sons, Florencio "Boy" Tabangcura Jr. (Erlinda) of Hilo and Romeo (Alma) Tabangcura of Waipahu; his daughter, Lourdes Tabangcura-Ramos of Daly City, Calif.; eleven grandchildren and nine great-grandchildren. He was preceded in death by his wife, Felicidad, in 2015.

A nine-day novena will be held at the family home. Visitation will be held Friday, February 20, at 9 a.m. at St. Joseph Church, Hilo, followed by Mass at 11 a.m. and burial at Alae Cemetery.""",
gold=[("ITO004", "survivor"), ("ITO005", "survivor")]),

dict(guid="ito_bifc_necro_2026_05_20", pub="2026-05-20T08:00:00-10:00", title="Remedios Pascua, 88, beloved Manang of Waiakea",
body="""HILO - Remedios Galdones Pascua, 88, of Hilo, died May 11, 2026, at Hilo Benioff Medical Center. Manang Remy, as all of Waiakea knew her, was born in Sarrat, Ilocos Norte, and came to Hilo in 1968 as a nurse, retiring from the old Hilo Hospital in 2000.

She is survived by her daughters, Corazon "Cora" (Teodoro) Ilagan of Hilo and Nenita Pascua of Waipahu; her son, Rodrigo (Marites) Pascua of Las Vegas; her granddaughter, Dr. Maricel Ilagan, and five more grandchildren. She was preceded in death by her husband, Ambrosio Pascua.

Visitation Saturday, May 30, 8:30 a.m., at Kaumana Memorial Chapel, with Mass at 10 a.m. at St. Joseph Church. A pamisa (40th-day Mass) will be offered on June 20.""",
gold=[("ITO007", "survivor"), ("ITO008", "survivor")]),

dict(guid="ito_bifc_necro_2026_10_15", pub="2026-10-15T08:00:00-10:00", title="Erlinda Tabangcura, 71, of Waipahu",
body="""WAIPAHU, Oahu - Erlinda Cabanilla Tabangcura, 71, of Waipahu, a retired Kuakini Medical Center nursing assistant, died October 3, 2026, at home.

She was born in Paoay, Ilocos Norte, and came to Oahu in 1979. She was a longtime member of St. Joseph Church in Waipahu and of the Paoay Association of Hawaii, and won the association's pinakbet contest nine years running.

She is survived by her husband, Danilo Tabangcura; her daughters, Jennifer (Mark) Pagaduan of Ewa Beach and Joy Tabangcura of Waipahu; and four grandchildren.

Visitation Friday, October 23, 9 a.m., at Mililani Memorial Park Mortuary, with Mass at 11 a.m.""",
gold=[]),
]
