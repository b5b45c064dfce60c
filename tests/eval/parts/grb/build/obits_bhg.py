"""Bay Herald-Gazette paid death notices (Green Bay daily): surname-first headings, plain text. Hand-labelled.
The O'Keefe notice is republished verbatim three days later; only the first copy is labelled."""

FEED = "bhg"
OKEEFE = """O'KEEFE, Margaret "Peg" (Dunne), 84, De Pere, died peacefully Tuesday, May 26, 2026, at Allouez Parkside Village. Born in Chicago, she came to De Pere as a bride in 1963 and taught third grade at St. Francis Xavier school for 29 years. Survived by her son, Patrick (Karen) O'Keefe of De Pere; her daughter, Maureen Hackett of Naperville, Ill.; and five grandchildren. Preceded in death by her husband, Dennis, and her brother, Fr. Thomas Dunne. Funeral Mass Saturday 11 a.m. at St. Francis Xavier Church, De Pere. In lieu of flowers, memorials to the St. Vincent de Paul Society."""

ITEMS = [
dict(guid="grb_bhg-dn-2026-01187", pub="2026-02-17T05:30:00-06:00", title="SOBCZAK, Helen T.",
body="""SOBCZAK, Helen T. (Rudnik), 97, Green Bay, died Saturday, February 14, 2026, at Woodside Lutheran Home. Born in Krakow, Wisconsin, she worked at the Northern Paper Mills for 27 years and was a member of St. Mary of the Angels Parish. Survived by her daughter, Mary Ann Wierzbicki of Green Bay; a son, Raymond Sobczak of Denmark; eight grandchildren; and 14 great-grandchildren. Preceded in death by her husband, Casimir, and son-in-law, Walter Wierzbicki. Mass of Christian Burial Thursday at 10 a.m. at St. Mary of the Angels.""",
gold=[("GRB006", "survivor")]),

dict(guid="grb_bhg-dn-2026-02244", pub="2026-03-25T05:30:00-05:00", title="DELWICHE, Francis \"Frank\"",
body="""DELWICHE, Francis "Frank", 58, of Mesa, Ariz., formerly of Kewaunee, died Friday, March 20, 2026, in Mesa after a long illness. Frank graduated from Kewaunee High School in 1985 and worked as an air-conditioning technician in the Phoenix area for thirty years. Survived by his wife, Luz; his daughters, Brianna and Sofia; his mother, Joan Delwiche of Kewaunee; and his uncle, Butch Delwiche of Algoma, who taught him to fish the Ahnapee. A memorial Mass will be held this summer at Holy Rosary Church, Kewaunee.""",
gold=[("GRB023", "survivor")]),

dict(guid="grb_bhg-dn-2026-03561", pub="2026-05-28T05:30:00-05:00", title="O'KEEFE, Margaret \"Peg\"", body=OKEEFE,
gold=[("GRB016", "survivor")]),

dict(guid="grb_bhg-dn-2026-03598", pub="2026-05-31T05:30:00-05:00", title="O'KEEFE, Margaret \"Peg\"", body=OKEEFE,
gold=[]),

dict(guid="grb_bhg-dn-2026-04410", pub="2026-07-21T05:30:00-05:00", title="WIEDENHOEFT, Gerald \"Jerry\"",
body="""WIEDENHOEFT, Gerald "Jerry", 52, Rhinelander, died suddenly Thursday, July 16, 2026, while fishing on Lake Thompson. Jerry worked for the Oneida County highway department for 25 years. Survived by his wife, Tammy; his sons, Cody and Tanner; and his parents, Norbert and Lois Wiedenhoeft of Antigo. Funeral Monday at St. Mary's Catholic Church, Rhinelander.""",
gold=[]),

dict(guid="grb_bhg-dn-2026-06032", pub="2026-10-06T05:30:00-05:00", title="SCHERMITZLER, Ronald",
body="""SCHERMITZLER, Ronald, Little Chute, died Saturday, October 3, 2026. Arrangements are pending with the Little Chute chapel of Fox River & Bayshore Funeral Chapels. A complete notice will follow.""",
gold=[("GRB013", "possible_deceased_client")]),

dict(guid="grb_bhg-dn-2026-06390", pub="2026-10-20T05:30:00-05:00", title="GOSSENS, Arlene R.",
body="""GOSSENS, Arlene R. (Wiedenhoeft), 79, Kaukauna, died Friday, October 16, 2026. Born in Kaukauna, she was a secretary at Holy Cross school for 35 years. Survived by her husband, Donald Gossens; her children, Mark (Julie) Gossens of Combined Locks and Amy (Scott) Hietala of Green Bay; and her brother, Gerald "Jerry" Wiedenhoeft of Kaukauna. Preceded in death by her parents, Alvin and Hilda Wiedenhoeft. Mass of Christian Burial Friday at Holy Cross, Kaukauna.""",
gold=[("GRB012", "survivor")]),
]
