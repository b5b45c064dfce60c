"""Shore Jewish Chronicle (community weekly for Margate, Ventnor, Longport and the mainland): obituaries in the
style of Jewish community papers (Hebrew names, "beloved husband of", shiva, "the former"). Plain text.
Hand-labelled."""

FEED = "sjc"
ITEMS = [
dict(guid="acy_sjc_obit_2026_004", pub="2026-01-22T08:00:00-05:00", title="Miriam Brodsky Feld, 88, of Longport",
body="""Miriam Brodsky Feld, 88, of Longport, passed away on January 18, 2026, surrounded by her family. Born in Philadelphia, the eldest daughter of the late Samuel and Rose Brodsky, she spent her summers in Ventnor from childhood and moved to Longport year-round in 1990.

Miriam was a past president of the Longport chapter of Hadassah and for twenty years ran the gift shop at Beth Israel. She was the beloved wife of the late Norman Feld; devoted mother of Daniel (Alison) Feld of Cherry Hill and Judith Feld of Brooklyn; cherished grandmother of four; and loving sister of Sheila (Lenny) Tannenwald of Margate.

Graveside services were held at Rodef Sholom Cemetery, Egg Harbor Township. Shiva will be observed at the home of Sheila and Lenny Tannenwald in Margate through Thursday. Contributions in her memory may be made to Hadassah.""",
gold=[("ACY001", "survivor"), ("ACY002", "survivor")]),

dict(guid="acy_sjc_obit_2026_019", pub="2026-05-14T08:00:00-04:00", title="Leonard \"Lenny\" Tannenwald, 85, of Margate",
body="""Leonard M. "Lenny" Tannenwald, 85, of Margate, Yehuda Leib ben Moshe, died on May 11, 2026, at home. He was born February 11, 1941, in Atlantic City and grew up over his father's delicatessen on Atlantic Avenue.

Lenny practiced optometry on Ventnor Avenue for 46 years and fitted three generations of the island with their first glasses. He was a past president of the Men's Club of Beth Israel and a fixture on the Margate beach at 7 a.m. with a newspaper and a thermos.

He was the beloved husband of 61 years of Sheila (nee Brodsky); devoted father of Michael (Rachel) Tannenwald of Wynnewood, Pa., and Debra (Alan) Pinsker of Margate; adored grandfather of five; and dear brother of Harriet Glick of Boca Raton, Fla.

Services were held at Beth Israel, Northfield, with interment at Rodef Sholom Cemetery. Shiva at the family home in Margate through Monday evening. Contributions to the Jewish Family Service of Atlantic and Cape May Counties.""",
gold=[("ACY001", "deceased_client"), ("ACY002", "spouse_of_deceased_client")]),

dict(guid="acy_sjc_obit_2026_031", pub="2026-08-20T08:00:00-04:00", title="Harriet Tannenwald Glick, 79, formerly of Margate",
body="""Harriet Tannenwald Glick, 79, of Boca Raton, Fla., formerly of Margate, died August 16, 2026. She taught English at Atlantic City High School for 30 years before moving to Florida in 2005.

She was the beloved wife of the late Irving Glick and is survived by her son, Jeffrey Glick of Atlanta; two grandchildren; and her sister-in-law, Sheila Tannenwald of Margate. She was predeceased by her brother, Leonard "Lenny" Tannenwald, this past May.

Services were held in Boca Raton; a memorial minyan will be held at the home of Sheila Tannenwald in Margate on Sunday evening.""",
gold=[("ACY002", "survivor")]),

dict(guid="acy_sjc_obit_2026_036", pub="2026-09-10T08:00:00-04:00", title="Estelle Kornbluth, 91, of Ventnor",
body="""Estelle Kornbluth (the former Estelle Pomerantz), 91, of Ventnor, died September 6, 2026. A bookkeeper for the Ventnor boardwalk merchants for four decades, she knew every shopkeeper's business and kept every secret.

She was the wife of the late Herbert Kornbluth; devoted mother of Steven (Marla) Kornbluth of Linwood and Ilene Kornbluth-Shaw of Philadelphia; and grandmother of three. Services at Beth Judah, Ventnor. Shiva at the home of Steven and Marla Kornbluth, Linwood.""",
gold=[]),
]
