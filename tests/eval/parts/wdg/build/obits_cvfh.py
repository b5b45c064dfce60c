"""Cimarron Valley Funeral Home (chapels in Fairview, Okeene and Kingfisher): funeral-home site, HTML in
content:encoded, a one-sentence plain description, permalink guids. Hand-labelled."""

BASE = "https://www.cimarronvalleyfh.example/obituaries/"

ITEMS = [
dict(guid="wdg_cvfh_regier_elmer", pub="2026-02-17T16:00:00-06:00", title="Elmer J. Regier",
body="""Elmer J. Regier, 96, of Okeene, passed away Feb. 14, 2026, at the Okeene Municipal Hospital.

Elmer was born March 22, 1929, to Jacob and Anna (Wiens) Regier on the home place south of Okeene. He farmed wheat and milo for sixty years and never missed a Sunday at Okeene Mennonite Brethren Church unless a cow was calving.

Survivors include his sister, Opal Pankratz of Fairview; his daughter, Janice Koehn and husband Dwight of Okeene; and four grandchildren.

He was preceded in death by his wife, Lorna; and brothers Henry and Abe Regier.

Funeral services will be held at 10:30 a.m. Friday at the Okeene Mennonite Brethren Church with Pastor Roz Eitzen officiating. Interment in Okeene Cemetery under the direction of Cimarron Valley Funeral Home, Okeene.""",
gold=[("WDG019", "survivor")]),

dict(guid="wdg_cvfh_sternberger_anton", pub="2026-03-19T15:00:00-05:00", title="Anton \"Tony\" Sternberger",
body="""Anton "Tony" Sternberger, 84, of Kingfisher, died Monday, March 16, 2026, at his home.

Tony was born Dec. 8, 1941, in Kingfisher to Alois and Theresa Sternberger. He ran the Sternberger elevator at Dover for 35 years and sang bass in the choir at Sts. Peter and Paul.

He is survived by his wife of 60 years, Rita; his daughters, Jill and husband Kenton Baalman of Kingfisher, and Anne Marie Sternberger of Oklahoma City; his son, Mark Sternberger of Hennessey; and seven grandchildren, including Tyler and Brooke Baalman.

Rosary 7 p.m. Thursday; Mass of Christian Burial 10 a.m. Friday at Sts. Peter and Paul Catholic Church, Kingfisher. Pallbearers: his grandsons and nephews.""",
gold=[("WDG017", "survivor"), ("WDG003", "survivor")]),

dict(guid="wdg_cvfh_gallardo_refugio", pub="2026-04-08T13:00:00-05:00", title="Refugio Gallardo Ortiz",
body="""Refugio Gallardo Ortiz, 79, of Hennessey, passed away April 5, 2026, surrounded by his family.

Don Cuco, as everyone called him, was born in Villa de Cos, Zacatecas, and came to Kingfisher County in 1988 to work the harvest. He stayed, bought a house on Main Street and raised his family in Hennessey.

Le sobreviven su esposa, Guadalupe; su hija, Marisol Gallardo Reyes y su esposo Tomás, de Hennessey; su hijo, Refugio Gallardo Jr., de Dodge City, Kansas; y ocho nietos.

He is survived by his wife, Guadalupe; his daughter, Marisol Gallardo Reyes and her husband Tomás of Hennessey; his son, Refugio Jr. of Dodge City, Kansas; and eight grandchildren.

Rosario 7 p.m. Thursday and Misa 10 a.m. Friday at St. Joseph Catholic Church, Hennessey.""",
gold=[("WDG008", "survivor")]),

dict(guid="wdg_cvfh_ratzlaff_harlan", pub="2026-05-20T14:00:00-05:00", title="Harlan Dean Ratzlaff",
body="""Harlan Dean Ratzlaff, of Fairview, went to be with his Lord and Savior on Sunday, May 17, 2026, at the age of 83.

Harlan was born April 11, 1943, on the family farm northeast of Fairview to Peter and Elizabeth (Friesen) Ratzlaff. He graduated from Fairview High School in 1961 and married Verna Unruh on June 1, 1963, at Zion Mennonite Brethren Church. They farmed together for more than fifty years, and Harlan served on the Major County Fair Board and the Fairview Co-op board.

He is survived by his wife of 62 years, Verna, of the home; his sons, Kevin Ratzlaff and wife Lori of Fairview and Brent Ratzlaff of Amarillo, Texas; his sister, Lavonne Nightengale of Fairview; seven grandchildren and two great-grandchildren.

He was preceded in death by his parents and a brother, Arnold.

Funeral services will be 2 p.m. Friday at Zion Mennonite Brethren Church, Fairview, with Pastor Roz Eitzen officiating. Memorials may be made to the Fairview Mennonite Brethren Food Pantry.""",
gold=[("WDG001", "deceased_client"), ("WDG002", "spouse_of_deceased_client"), ("WDG004", "survivor")]),

dict(guid="wdg_cvfh_koehn_darlene", pub="2026-06-03T15:00:00-05:00", title="Darlene Koehn",
body="""Darlene (Wiebe) Koehn, 77, of Fairview, died May 31, 2026, at Fairview Fellowship Home.

Darlene was born Sept. 9, 1948, in Fairview. She taught second grade at Cornelsen Elementary for 31 years.

She is survived by her husband, Dwayne; her daughters, Shelly Bartel of Enid and Traci Koehn of Tulsa; and five grandchildren.

Services 10 a.m. Tuesday at Fairview Mennonite Brethren Church, with Pastor Roz Eitzen officiating. Casket bearers: Derek Bartel, Jordan Koehn, Ty Wiebe and Evan Wiebe. Honorary bearers: Lee Voth and the members of her Tuesday quilting circle.""",
gold=[]),
]
