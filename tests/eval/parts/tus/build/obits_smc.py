"""Saguaro Memorial Chapels (Tucson, Oro Valley and Green Valley chapels): funeral-home site, HTML in
content:encoded, one-sentence plain description. Hand-labelled (gold= beside each text)."""

FEED = "smc"
ITEMS = [
dict(guid="tus_smc-obit-richard-kowalczyk", pub="2026-01-21T10:15:00-07:00", title="Richard Stanley Kowalczyk (1943 - 2026)",
body="""Richard Stanley "Dick" Kowalczyk, 82, of Kenosha, Wisconsin, and for the past twenty winters of Green Valley, Arizona, passed away on January 17, 2026, at Banner University Medical Center in Tucson, with his wife at his side and the Packers game muted on the television.

Dick was born in Kenosha to Gerald Sr. and Helen (Nowak) Kowalczyk and spent 38 years on the line and later as a foreman at the Kenosha engine plant. Every November he and Bernice loaded the Buick and drove 1,700 miles to Green Valley, where he played bocce three mornings a week at the recreation center and insisted, against all evidence, that the Sonoran Desert had nothing on a Lake Michigan sunrise.

He is survived by his wife of 59 years, Bernice; his daughters, Karen Pokorny of Pleasant Prairie and Lisa Kowalczyk of Milwaukee; five grandchildren; and his brothers, Gerald "Jerry" Kowalczyk Jr. (Darlene) of Green Valley, Ariz., and Kenosha, and Stanley Kowalczyk of Racine. He was preceded in death by his parents and by his sister, Dorothy.

A memorial gathering will be held at the Green Valley chapel on Saturday, January 24, from 10 a.m. to noon. A Mass of Christian Burial will be celebrated in Kenosha in April, with burial at St. George Cemetery.""",
gold=[("TUS003", "survivor"), ("TUS004", "survivor")]),

dict(guid="tus_smc-obit-donald-pfeiffer", pub="2026-02-09T09:40:00-07:00", title="Donald Ray Pfeiffer (1945 - 2026)",
body="""Donald Ray Pfeiffer, 80, of Oro Valley, Arizona, and Findlay, Ohio, died peacefully on Wednesday, February 4, 2026, at his winter home in Oro Valley.

Don was born in Findlay on October 30, 1945, one of four children of Walter and Edna (Kuhn) Pfeiffer. After two years in the Army at Fort Knox he came home and spent 41 years selling seed corn and crop insurance across Hancock County, and he could tell you the yield of every farm along State Route 12. He and his late wife, Carol, began spending winters in Arizona in 2004; after Carol passed he kept coming, he said, "for the golf and my sister's enchiladas, in that order."

He is survived by his son, Brian Pfeiffer (Amy) of Columbus; his daughter, Julie Stroup of Findlay; his sister, Mary Jo Hendershot of Oro Valley; six grandchildren; and his golf foursome at the Stone Canyon club, who have promised to leave his spot open through March. He was preceded in death by Carol, his wife of 52 years, and by his brothers, Eugene and Ronald.

A visitation will be held at the Oro Valley chapel on Friday from 4 to 6 p.m. Services and burial will be in Findlay in the spring. Memorials may be made to Hospice of Northwest Ohio.""",
gold=[("TUS020", "survivor")]),

dict(guid="tus_smc-obit-elsie-boersma", pub="2026-02-27T11:05:00-07:00", title="Elsie Marie Boersma (1941 - 2026)",
body="""Elsie Marie Boersma, 84, of Sahuarita, formerly of Grandville, Michigan, went to be with her Savior on February 23, 2026.

Elsie was born in Grand Rapids to Hendrik and Grace Dykstra, the eldest of six, and married Peter Boersma at Grandville Christian Reformed Church in 1962. She taught third grade at Grandville Christian School for 31 years, and a good share of western Michigan still writes its capital letters the way Mrs. Boersma taught them. She and Pete retired to Quail Creek in 2003, where she led a Bible study, kept a prickly-pear garden and never once wore shorts.

She is survived by her sister, Mrs. Kenneth (Joyce) Van Wyk of Green Valley; her brother, Henry Dykstra of Holland, Michigan; her sons, Mark Boersma of Grand Rapids and Daniel Boersma of Sahuarita; and seven grandchildren. She was preceded in death by her husband of 51 years, Peter, in 2013, and by her brothers, Jacob and William Dykstra.

A memorial service will be held Tuesday at 10 a.m. at Desert Hills Reformed Church, Sahuarita, with a private interment in Grandville in June.""",
gold=[("TUS015", "survivor"), ("TUS014", "survivor")]),

dict(guid="tus_smc-obit-joseph-lucero", pub="2026-03-16T13:30:00-07:00", title="Joseph Anthony Lucero (2001 - 2026)",
body="""Joseph Anthony Lucero, 24, of Marana, was taken from his family far too soon on Wednesday, March 11, 2026.

Joey graduated from Marana High School in 2019, where he played left field for the Tigers, and had just finished his apprenticeship as an electrician with IBEW Local 570. He loved his lifted Tacoma, Sunday menudo at his grandmother's house, and taking his nephews fishing at Patagonia Lake whether or not anything was biting.

Joey is survived by his parents, Ruben and Sylvia Lucero of Marana; his sisters, Andrea (Chris) Moreno and Gabriela Lucero; his grandmother, Consuelo Lucero; his nephews, Mateo and Diego; and his girlfriend, Kassandra Ruiz.

A rosary will be prayed Monday at 6 p.m. at St. Christopher Catholic Church in Marana, and the Funeral Mass will be celebrated Tuesday at 10 a.m. Interment at Holy Hope Cemetery.""",
gold=[]),  # young namesake of TUS018 Joseph "Joe" Lucero (b. 1952, wife Irene): nothing

dict(guid="tus_smc-obit-hal-brinkmeyer", pub="2026-04-13T08:50:00-07:00", title="Harold Eugene \"Hal\" Brinkmeyer (1938 - 2026)",
body="""Harold Eugene "Hal" Brinkmeyer, 87, of Oro Valley, formerly of Peoria, Illinois, died on Thursday, April 9, 2026, at Northwest Medical Center in Oro Valley after a short illness.

Hal was born June 14, 1938, in Peoria, the son of Eugene and Lorraine (Schaefer) Brinkmeyer. He graduated from Bradley University with a degree in mechanical engineering and spent 36 years designing final drives for the big yellow machines at the tractor works in East Peoria, retiring as a chief engineer in 1998. He and Margie spent their first Arizona winter in a rented casita in 1999 and bought a house in Rancho Vistoso the following spring. He hiked Pusch Ridge into his eighties and kept a spreadsheet of every bird he saw in Catalina State Park.

Hal is survived by his wife of 62 years, Marjorie "Margie" (Lindqvist) Brinkmeyer; his son, Dale Brinkmeyer (Cheryl) of Peoria; his daughter, Nancy Albers of Naperville; five grandchildren and two great-grandchildren. He was preceded in death by his parents and by his sister, Joan.

Visitation will be held at the Oro Valley chapel on Saturday, April 18, from 9 to 10 a.m., followed by a memorial service at 10 a.m. at Casas Adobes Congregational Church. Pallbearers will be his grandsons and his hiking partners, Ken Van Wyk and Rolf Andersen. Memorials to the Tucson Audubon Society.""",
gold=[("TUS005", "deceased_client"), ("TUS006", "spouse_of_deceased_client")]),
# Ken Van Wyk (TUS014) is a pallbearer: nothing.

dict(guid="tus_smc-obit-trudy-haas", pub="2026-05-06T10:20:00-07:00", title="Gertrude \"Trudy\" Haas (1937 - 2026)",
body="""Gertrude "Trudy" Haas, née Ziegler, 88, of Green Valley, died May 2, 2026, at La Posada.

Born in Sheboygan, Wisconsin, Trudy worked as a surgical nurse at St. Nicholas Hospital for 35 years and came to Green Valley with her husband, Arnold, in 1996. She sang alto in the Green Valley Community Chorus for twenty-two seasons and could not be beaten at sheepshead.

She is survived by her brother, Walter "Walt" Ziegler (Ingrid) of Green Valley; her stepdaughter, Linda Haas of Appleton; and many nieces and nephews. She was preceded in death by Arnold in 2015.

A memorial service will be held at the Green Valley chapel on Friday, May 15, at 2 p.m.""",
gold=[]),  # Walter Ziegler (TUS016) is do_not_contact: nothing
]
