"""Dane County Community Voice: a multilingual community paper (Hmong, Latino, Black church and neighborhood
notices), plain text. Hand-labelled."""

ITEMS = [
dict(guid="msn_dccv_2026-02-yeng-xiong", pub="2026-02-17T08:00:00-06:00", title="In Memory: Niam Yeng Xiong, 88",
body="""Niam Yeng Xiong, 88, of Madison, passed away on February 12, 2026, at home with her family.

She was born in Nong Het, Laos, and came to Madison in 1979 with her husband, the late Txiv Tong Pao Thao, and six children after four years at Ban Vinai refugee camp. She grew vegetables at the Hmong farm plots on the south side for more than thirty years and sold them at the Westside Community Market every Saturday.

She is survived by her sons, Nhia Blong Thao (Mai Kou Lor) of Madison and Tou Thao of St. Paul, Minnesota; her daughters, Pa Nhia Thao Vue of Sheboygan and Mai Yia Thao Her of Fresno, California; 31 grandchildren; and many great-grandchildren.

A traditional Hmong funeral will be held February 20 to 23 at the Hmong Community Funeral Center, Madison.""",
gold=[("MSN006", "survivor"), ("MSN007", "survivor")]),

dict(guid="msn_dccv_2026-03-refugio-ochoa", pub="2026-03-24T08:00:00-05:00", title="Descanse en paz: Refugio Ochoa Treviño, 90",
body="""Refugio Ochoa Treviño, 90, falleció el 20 de marzo de 2026 en Madison. Refugio Ochoa Treviño, 90, died March 20, 2026, in Madison.

Born in Moroleón, Guanajuato, he came to Wisconsin in 1972 to work the cannery in Sun Prairie and later the meat plant on the east side. He was a founding member of the Spanish-language choir at St. Joseph's.

Le sobreviven su hija, Guadalupe "Lupe" Ochoa de Zamarripa y su esposo Rigoberto, de Madison; su hijo, José Luis Ochoa, de Chicago; y nueve nietos. He is survived by his daughter, Lupe Ochoa de Zamarripa (Rigoberto) of Madison; his son, José Luis Ochoa of Chicago; and nine grandchildren. He was preceded in death by his wife, María Treviño de Ochoa.

Misa de cuerpo presente: sábado 28 de marzo, 10 a.m., St. Joseph Catholic Church, Madison.""",
gold=[("MSN008", "survivor")]),

dict(guid="msn_dccv_2026-05-bernice-hollins", pub="2026-05-05T08:00:00-05:00", title="Homegoing: Mother Bernice Fairweather Hollins, 92",
body="""Mother Bernice Fairweather Hollins, 92, of Madison, was called home on April 30, 2026.

Born in Greenwood, Mississippi, Mother Hollins came to Madison in 1958 and was a church mother of Mount Zion Baptist Church for more than forty years. She cooked for every funeral repast the church held and never accepted a dime.

She leaves to cherish her memory her son, Rev. Walter Hollins of Beloit; her daughter, Denise Hollins of Madison; her sister-in-law, Odessa Fairweather of Madison; and a host of grandchildren, nieces, nephews and church family. She was preceded in death by her husband, Deacon James Hollins, and her brother, Samuel Fairweather.

Homegoing service: Saturday, May 9, 11 a.m., Mount Zion Baptist Church. The repast will follow in the fellowship hall, hosted by the Mothers' Board.""",
gold=[("MSN019", "survivor")]),

dict(guid="msn_dccv_2026-07-lucille-tollefsrud", pub="2026-07-21T08:00:00-05:00", title="Lucille A. Tollefsrud, 93, McFarland",
body="""Lucille Agnes Tollefsrud, 93, of McFarland, died July 17, 2026, at Skaalen Nursing Home, Stoughton.

Lucille was born on a tobacco farm near Deerfield and taught country school before she married Melvin Tollefsrud in 1953. She was a member of East Koshkonong Lutheran Church for seventy years.

She is survived by her daughter and son-in-law, Carol and Butch Ruedebusch of Madison; her son, Mark (Sandra) Tollefsrud of McFarland; six grandchildren; and eight great-grandchildren. She was preceded in death by Melvin in 2011.

Funeral services will be held at 1 p.m. Saturday at East Koshkonong Lutheran Church, Cambridge.""",
gold=[("MSN005", "survivor"), ("MSN004", "survivor")]),

dict(guid="msn_dccv_2026-09-mai-kou-lor", pub="2026-09-08T08:00:00-05:00", title="In Memory: Mai Kou Lor, 19, of St. Paul",
body="""Mai Kou Lor, 19, of St. Paul, Minnesota, a sophomore at the University of Minnesota, died September 2, 2026, in a car accident on Interstate 94 near Eau Claire.

She is survived by her parents, Chong Lor and Yer Vang of St. Paul; her brothers, Ger and Fue; her sister, Nou; and her grandparents. Relatives from Madison, La Crosse and Wausau will gather for the traditional funeral in St. Paul.""",
gold=[]),  # a young namesake far away: nothing for MSN007 (Madison, b. 1975, married)
]
