"""Bluegrass Heritage Funeral Home & Cremation (chapels in Versailles, Georgetown and Winchester, Ky.): funeral-home
site, HTML in content:encoded, one-sentence plain description, non-permalink guids. Hand-labelled (gold=[...])."""

FEED = "bhf"
BASE = "lex_bhf-obit-"
ITEMS = [
dict(guid=BASE + "carrington-hale-whitlock-iii", pub="2026-01-22T10:15:00-05:00",
     title="Carrington Hale Whitlock III (1934 - 2026)",
body="""Carrington Hale Whitlock III, 91, of Versailles, master of Ashbrook Hill Farm for more than half a century, died peacefully at home on Tuesday, January 20, 2026, within sight of the foaling barn he built in 1962.

Born in Lexington to the late Carrington Hale Whitlock Jr. and Lavinia (Bedford) Whitlock, he bred and raised Thoroughbreds on the Pisgah Pike land his great-grandfather bought in 1889. Two of his homebreds ran in the Kentucky Derby, and he liked to say that the horse he was proudest of never won a race but taught three generations of Whitlocks to ride.

He is survived by his son, Carrington H. "Carr" Whitlock IV and his wife, Nell, of Versailles, who now carry on the farm; his daughter, Lavinia Whitlock Pryor of Middleburg, Virginia; five grandchildren; and his faithful farm manager of forty years, Tomás Herrera. He was preceded in death by his wife of 58 years, Josephine Ashby Whitlock.

A service will be held at 11 a.m. Saturday at St. John's Episcopal Church, Versailles, the Rev. Anne Kessinger officiating. Burial will follow in the Versailles Cemetery. In lieu of flowers, the family asks that gifts be made to the Thoroughbred Aftercare Alliance.""",
gold=[("LEX001", "survivor"), ("LEX002", "survivor")]),

dict(guid=BASE + "rafael-zamora-cardenas", pub="2026-02-09T13:40:00-05:00",
     title="Rafael Zamora Cárdenas (1946 - 2026)",
body="""Rafael Zamora Cárdenas, 79, of Versailles, a native of Zináparo, Michoacán, died Friday, February 6, 2026, at Bluegrass Community Hospital.

Don Rafael first came to Woodford County in 1984 to walk hots at a training center on the Midway road and stayed forty years, rubbing, grooming and finally breaking yearlings on farms along the Old Frankfort Pike. He was the first at the barn every morning and the last to leave, and no colt ever left his shedrow without good manners.

Le sobreviven su esposa, Doña Esperanza Villegas de Zamora; su hijo José Luis Zamora y su esposa Lupe, de Versailles; su hija Rosario Zamora de Lira, de Zináparo; y nueve nietos. He is survived by his wife, Esperanza Villegas de Zamora; his son, José Luis Zamora (Lupe) of Versailles; his daughter, Rosario Zamora de Lira of Zináparo, Mexico; and nine grandchildren.

The Holy Rosary will be prayed at 7 p.m. Tuesday and a Mass of Christian Burial celebrated at 10 a.m. Wednesday at St. Leo Catholic Church, Versailles, with Father Martín Oyervides as celebrant.""",
gold=[("LEX013", "survivor"), ("LEX014", "survivor")]),

dict(guid=BASE + "arvel-peanut-napier", pub="2026-02-17T09:05:00-05:00",
     title="Arvel \"Peanut\" Napier (1946 - 2026)",
body="""Arvel "Peanut" Napier, 79, of Winchester, went home to be with the Lord on Saturday, February 14, 2026, at Clark Regional Medical Center.

Born at Cutshin in Leslie County to the late Ballard and Rhoda (Sizemore) Napier, Peanut followed his brothers to Winchester in 1966 for a job at the brake plant and never went back except to fish. He played the banjo at the Thursday night jam at the courthouse square for thirty years.

He leaves behind his wife of 55 years, Imogene; his brothers, Harold "Buck" Napier (Darlene) of Winchester and Ollie Napier of Hyden; a son, Darrell Napier of Mount Sterling; and four grandchildren. He was preceded in death by a sister, Verna Lewis.

Funeral services will be held at 1 p.m. Thursday at the Winchester chapel, with Bro. Elvis Couch officiating. Burial will be in Winchester Cemetery.""",
gold=[("LEX007", "survivor")]),

dict(guid=BASE + "fumiko-fujimoto", pub="2026-03-04T15:20:00-05:00",
     title="Fumiko Fujimoto (1931 - 2026)",
body="""Fumiko Fujimoto, 94, formerly of Gardena, California, died March 1, 2026, at the Georgetown home of her daughter, where she had lived since 2019.

Fumiko was born in Fresno, California, spent three years of her girlhood at the Jerome relocation center in Arkansas, and afterward kept the books of her family's nursery business in Gardena for forty-five years. In Georgetown she taught a Saturday class in ikebana at the library and was known to every neighbor for her persimmons.

She is survived by her daughter, Naomi Matsuda (Kenji) of Georgetown; her son, Ken Fujimoto of Torrance, California; four grandchildren, including Emi Matsuda of Louisville; and two great-grandchildren. She was preceded in death by her husband, Shigeru Fujimoto.

A memorial service will be held at 2 p.m. Sunday, March 8, at Georgetown Christian Church. A second service will be held in Gardena in April.""",
gold=[("LEX017", "survivor"), ("LEX016", "survivor")]),

dict(guid=BASE + "preston-hargis-ii", pub="2026-04-13T11:00:00-04:00",
     title="Preston Ware Hargis II (1949 - 2026)",
body="""Preston Ware Hargis II of Paris, Kentucky, died on Friday, April 10, 2026, at UK Chandler Hospital after a short illness. He was 76.

Preston was born November 11, 1949, in Paris, the son of the late Preston Ware Hargis and Cordelia (Redmon) Hargis. He graduated from Bourbon County High School and the University of Kentucky and for forty years stood Standardbred and Thoroughbred stallions at Redmon Springs Farm on the Winchester Road. He served on the Bourbon County fiscal court and as a steward of the Paris Methodist church.

He is survived by his wife of 52 years, Mary Catherine Hargis; his children, Preston Ware Hargis III of Louisville and Celia Hargis Bramblett of Georgetown; his brother, Lyman Hargis of Paris; and six grandchildren.

Visitation will be from 4 to 8 p.m. Tuesday at the Paris chapel. The funeral will be at 11 a.m. Wednesday at Paris First United Methodist Church, with burial in Paris Cemetery.""",
gold=[("LEX003", "deceased_client")]),

dict(guid=BASE + "aurelio-ocampo-salgado", pub="2026-05-06T10:30:00-04:00",
     title="Aurelio Ocampo Salgado (1955 - 2026)",
body="""Aurelio Ocampo Salgado, 70, of Georgetown, passed away on May 3, 2026, surrounded by his family.

Born in Tierra Caliente, Guerrero, Aurelio worked twenty-six years as a night watchman and foaling attendant on horse farms along the Ironworks Pike, where mares and foals were his whole world. He was a devoted member of St. John the Evangelist Catholic Church in Georgetown and its Guadalupana society.

He is survived by his wife, Hermelinda Reyes de Ocampo; his daughter, Maribel Ocampo of Georgetown; his sons, Aurelio Jr. of Lexington and Brayan of Dallas, Texas; and three grandchildren.

A funeral Mass will be celebrated at 11 a.m. Saturday at St. John the Evangelist, followed by burial in Georgetown Cemetery.""",
gold=[("LEX015", "survivor")]),

dict(guid=BASE + "walter-eversole", pub="2026-06-02T09:45:00-04:00",
     title="Walter \"Walt\" Eversole (1958 - 2026)",
body="""Walter "Walt" Eversole, 67, of Georgetown, died suddenly on Saturday, May 30, 2026, while mowing the church yard.

Walt was a thirty-year team leader in paint and trim at the Georgetown assembly plant and coached Little League at Cardome for two decades. He is survived by his wife, Brenda; his daughters, Kayla Perkins and Jessica Eversole, both of Georgetown; and a brother, Roy Eversole of Cynthiana.

Pallbearers will be Ken Matsuda, Hiroshi Tanabe, Rusty Perkins, Jimmy Tackett, Doug Wells and Mike Ishikawa. Services will be held at 2 p.m. Thursday at Faith Baptist Church in Georgetown.""",
gold=[]),

dict(guid=BASE + "loretta-jean-puckett", pub="2026-06-18T14:10:00-04:00",
     title="Loretta Jean Puckett (1952 - 2026)",
body="""Loretta Jean Puckett, 73, of Nicholasville, died Tuesday, June 16, 2026, at Hospice of the Bluegrass.

She retired from the Jessamine County clerk's office after 31 years and never missed a Friday night football game at West Jessamine. She is survived by her husband, Ronnie Puckett; her sons, Travis and Dustin Puckett of Nicholasville; and five grandchildren.

Services will be held at 11 a.m. Saturday at Nicholasville Baptist Church.""",
gold=[]),
]
