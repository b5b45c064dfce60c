"""Lachenauer-Bruyere Funeral Home (Watertown and Clayton chapels): funeral-home site, HTML in content:encoded,
one-sentence plain description, permalink guids. Hand-labelled."""

BASE = "https://www.lachenauerbruyere.example/obituary/"

ITEMS = [
dict(guid="wtn_lbf_shirley-gaige-moshier", pub="2026-05-20T14:10:00-04:00", title="Shirley A. (Gaige) Moshier",
body="""Shirley Ann Moshier, 71, of Brownville, passed away peacefully Monday, May 18, 2026, at Hospice of Jefferson County's Hospice House, Watertown.

Shirley was born in Alexandria Bay on January 9, 1955, the daughter of Clarence and Myrtle (Hutchins) Gaige. She married Jerome Moshier in 1988; he predeceased her in 2019. She worked 25 years in the kitchen at the Thousand Islands Club on Wellesley Island.

She is survived by her son and daughter-in-law, Caleb and Jenna Moshier of Brownville, and their newborn daughter, Wren, whom Shirley held for the first time in April; and by her brother, Wendell Gaige of Alexandria Bay.

Calling hours will be held Friday from 4 to 7 p.m. at the Lachenauer-Bruyere Funeral Home, Watertown. A graveside service will follow Saturday in Brownville Cemetery.""",
gold=[("WTN021", "survivor"), ("WTN022", "survivor"), ("WTN013", "survivor")]),

dict(guid="wtn_lbf_harold-spinner", pub="2026-08-20T11:40:00-04:00", title="Harold W. Spinner",
body="""Harold W. Spinner, 93, of Carthage, died Tuesday, August 18, 2026, at the Carthage Area Hospital.

Harold was born in West Carthage on April 2, 1933, and worked at the Carthage paper mill until it closed. He was a member of the Carthage Elks for 62 years and a devoted fan of the Carthage Comets.

He is survived by his daughter, Mrs. Brent (Shawna) Kilborn of Carthage; two grandsons, Liam and Owen Kilborn; and a brother, Royal Spinner of Natural Bridge. His wife, Beverly, died in 2015.

A funeral service will be held Monday at 11 a.m. at the First Presbyterian Church of Carthage, with burial in Fairview Cemetery.""",
gold=[("WTN017", "survivor"), ("WTN016", "survivor")]),

dict(guid="wtn_lbf_dorothy-wiltse", pub="2026-08-02T09:25:00-04:00", title="Dorothy M. Wiltse",
body="""Dorothy May Wiltse, 79, of Evans Mills, entered into rest on Friday, July 31, 2026, at Samaritan Medical Center.

Dot was born in Philadelphia, N.Y., on December 21, 1946. She married Floyd Wiltse in 1968; he died in 2020. For thirty years she drove a school bus for Indian River Central, and she knew every dog on her route by name.

She is survived by her son, Garrett Wiltse, and his wife, Keisha, of Evans Mills; her grandson, Marcus Wiltse; and her sister, June Tice of Theresa.

Friends may call Wednesday from 4 to 6 p.m. at the funeral home, where a service will follow at 6 p.m. with Pastor Wade Horning officiating.""",
gold=[("WTN018", "survivor"), ("WTN019", "survivor")]),

dict(guid="wtn_lbf_francis-rusho", pub="2026-05-12T10:05:00-04:00", title="Francis X. Rusho",
body="""Francis Xavier Rusho, 85, of Watertown, died Sunday, May 10, 2026, at his home on Coffeen Street.

Frank was born in Watertown on February 17, 1941. He owned Rusho's Shoe Repair on Public Square for 45 years and sang bass in the choir at St. Anthony's Church.

He is survived by his daughter, Tessa Rusho-Guyette, and her husband, Mark Guyette, of Watertown; his son, Paul Rusho of Buffalo; and four grandchildren. He was predeceased by his wife, Joan, in 2021.

A Mass of Christian Burial will be celebrated Friday at St. Anthony's Church.""",
gold=[("WTN012", "survivor")]),

dict(guid="wtn_lbf_brent-kilborn", pub="2026-06-30T16:00:00-04:00", title="Brent A. Kilborn",
body="""Brent Allen Kilborn, 58, of Ocala, Florida, died June 26, 2026, in Ocala.

Brent was born in Rochester, N.Y., in 1968, and spent summers as a boy at his grandparents' cottage on Grindstone Island, which is why his family asked that this notice appear here. He worked as a horse-farm manager in Marion County, Florida, for thirty years.

He is survived by his wife, Cheryl Kilborn of Ocala; a daughter, Ashley Kilborn of Gainesville; and his mother, Janice Kilborn of Rochester. Services will be held in Ocala.""",
gold=[]),

dict(guid="wtn_lbf_renee-bourcy", pub="2026-04-15T13:30:00-04:00", title="Renee M. Bourcy",
body="""Renee Marie Bourcy, 64, of Clayton, died Sunday, April 12, 2026, at Samaritan Medical Center after a short illness.

Renee was born in Alexandria Bay on July 5, 1961. She ran the office of Bourcy's Boat Livery in Clayton for 38 years and knew the depth of every channel between Clayton and the Bay.

She is survived by her husband of 40 years, Thaddeus "Tad" Bourcy Jr. of Clayton; two sons, Thaddeus III of Clayton and Andre of Burlington, Vt.; and five grandchildren.

A Mass of Christian Burial will be held Thursday at St. Mary's Church, Clayton, with the Rev. Silas Amidon and the Rev. Peter Kowal concelebrating.""",
gold=[("WTN005", "survivor")]),
]
