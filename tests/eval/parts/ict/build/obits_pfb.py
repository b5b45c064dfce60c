"""Plains Faith & Family: a community paper gathering church and ethnic-community notices (Mennonite congregations
of Harvey, Marion and McPherson counties, Vietnamese Catholic community, Lebanese Orthodox and Maronite parishes,
North End parishes), plain text. Hand-labelled."""

FEED = "pfb"
ITEMS = [
dict(guid="ict_pfb-2026-011", pub="2026-01-16T08:00:00-06:00", title="Helen Wiebe, 93, Goessel",
body="""Helen (Penner) Wiebe, 93, a lifelong member of Tabor Creek Mennonite Church, died January 11 at Bethesda Home in Goessel.

Helen taught in country schools in Marion County before marrying, quilted for the Mennonite Central Committee relief sale for sixty years and was known for her zwieback and her firm opinions on the correct amount of anise in peppernuts.

She was married first to Dale Friesen, who was killed in a farm accident in 1952, and in 1955 to Arnold Wiebe, who died in 2004. Survivors include her sons, Paul Wiebe of Goessel and Mark Wiebe of Newton; her nephew, Kenny Voth of Derby, whom she raised from the age of twelve; eight grandchildren and eleven great-grandchildren.

The service was held January 15 at Tabor Creek Mennonite Church.""",
gold=[("ICT013", "survivor")]),

dict(guid="ict_pfb-2026-034", pub="2026-03-06T08:00:00-06:00", title="Giuse Tran Van Loc, 79, Wichita",
body="""Please remember in your prayers Giuse (Joseph) Tran Van Loc, 79, of Wichita, who died February 28 after a long illness.

Mr. Loc was a lieutenant in the South Vietnamese navy and came to Wichita in 1980 with his wife and four children. He worked for twenty-five years as a machinist and was a founding member of the Our Lady of La Vang Vietnamese Catholic Community, where he led the men's choir.

He is survived by his wife, Maria Le Thi Mai; his daughter, Lan Tran, and her husband, Minh "Mike" Nguyen, of Wichita; his sons, Tran Van Hai of Derby and Tran Van Son of Oklahoma City; and nine grandchildren, among them Kevin Nguyen.

The funeral Mass was celebrated March 4 by Fr. Vincent Dang. Readers were Phuong Le and Anthony Tran.""",
gold=[("ICT006", "survivor"), ("ICT005", "survivor")]),

dict(guid="ict_pfb-2026-052", pub="2026-05-15T08:00:00-05:00", title="Therese Khoury Azar, 89, Wichita",
body="""Therese Khoury Azar, 89, of Wichita, a member of St. George Orthodox Christian Cathedral for seventy years, fell asleep in the Lord on May 9.

Born in Wichita to a family from Marjayoun, she kept the books for her husband's wholesale grocery for forty years and taught two generations of parish children to make kibbeh and ma'amoul for the Lebanese dinner.

She is survived by her son, George Azar of Wichita; her daughter, Laura Azar Nassif of Dallas; and five grandchildren. She was preceded in death by her husband, Michael Azar.

Trisagion prayers were offered May 12, with Joseph Saleeb and Dr. Samir Mansour reading the Epistle and the Psalms; the funeral followed on May 13.""",
gold=[]),   # George Azar is do_not_contact; readers -> nothing

dict(guid="ict_pfb-2026-071", pub="2026-08-14T08:00:00-05:00", title="Eusebio \"Chebo\" Zamarripa, 84, Wichita",
body="""Eusebio "Chebo" Zamarripa, 84, of Wichita's South Side, died August 9. Born in Zacatecas, he came to Kansas to lay track for the railroad in 1961, later worked at the packing plant and for thirty years coached youth baseball at the Lincoln Street diamond.

Le sobreviven sus hijos Eusebio Jr. y Carmen; su nieta Alejandra "Alex" Zamarripa, de Wichita; y ocho nietos más. He is survived by his children, Eusebio Jr. of Emporia and Carmen Salas of Hutchinson; his granddaughter, Alejandra "Alex" Zamarripa of Wichita, whom he raised; and eight other grandchildren. He was preceded in death by his wife, Josefina.

The funeral Mass was celebrated August 13 at Our Lady of the Plains. Pallbearers were Roberto Villarreal Jr., Hector Salas, Luis Zamarripa, Ben Ochoa, Ray Ochoa and David Salas.""",
gold=[("ICT018", "survivor")]),

dict(guid="ict_pfb-2026-088", pub="2026-10-09T08:00:00-05:00", title="Lorene Friesen, 98, Inman",
body="""Lorene (Koehn) Friesen, 98, of Inman, wife of the late Abe Friesen, died October 4 at Pleasant View Home. A member of Zoar Mennonite Church, she is survived by a son, Wesley Friesen of Buhler, and a daughter, Marlene Unruh of Hutchinson, and by eighteen grandchildren. Funeral October 8, Zoar Mennonite Church, Inman.""",
gold=[]),   # namesake of ICT002 (b. 1951, Hesston, husband Dale): different age and husband
]
