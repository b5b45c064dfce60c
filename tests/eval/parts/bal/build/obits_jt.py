"""The Chesapeake Jewish Ledger (Pikesville): community weekly, obituaries in plain text, Hebrew dates. Hand-labelled."""

FEED = "jt"
ITEMS = [
dict(guid="bal_jt_obit_2026_0219_sherman", pub="2026-02-19T08:00:00-05:00", title="Irving Sherman, 85, pharmacist who filled Park Heights prescriptions for 40 years",
body="""Irving Sherman of Pikesville, whose corner pharmacy at Park Heights and Belvedere was for four decades the place the neighborhood went for aspirin, advice and egg creams, died Feb. 15 (28 Shevat) at Levindale. He was 85.

Born in East Baltimore to Yiddish-speaking parents, he graduated from City College and the University of Maryland School of Pharmacy, and opened Sherman's Pharmacy in 1966. He was a past president of Beth Tfiloh's men's club and a volunteer at the Associated for 30 years.

He was predeceased by his wife, Frances. He is survived by his sons, Alan Sherman of Owings Mills and Jeffrey Sherman of Teaneck, N.J.; his sister, Rhoda Goldfarb (Marvin) of Pikesville; and five grandchildren.

Services were held at Sol Levinson & Bros. Interment at Arlington Cemetery of Chizuk Amuno. Contributions may be made to the Jewish Community Center of Greater Baltimore.""",
gold=[("BAL019", "survivor"), ("BAL018", "survivor")]),

dict(guid="bal_jt_obit_2026_0326_adler", pub="2026-03-26T08:00:00-04:00", title="Sylvia Adler, 94",
body="""Sylvia Adler, 94, of Baltimore, a Holocaust survivor who spoke to thousands of Maryland schoolchildren about what she had lived through, died March 22 (3 Nisan).

Born in Łódź, she survived the ghetto and Bergen-Belsen and came to Baltimore in 1949, where she married Herman Adler, a tailor. For 25 years she told her story at the Baltimore Hebrew Congregation and in public schools across the state, always ending with the same words: "Now you are the witnesses."

She is survived by her son, Paul Adler of Silver Spring; her daughter, Naomi Weiss of Cleveland; her granddaughter, Ilana Rosenthal (David) of Owings Mills; and three great-grandchildren. She was predeceased by her husband, Herman.

Services were held at Sol Levinson & Bros., Rabbi Daniel Kessler officiating.""",
gold=[("BAL020", "survivor")]),   # roster Pikesville 21208; Owings Mills is next door

dict(guid="bal_jt_obit_2026_0507_goldfarb", pub="2026-05-07T08:00:00-04:00", title="Marvin Goldfarb, 85, formerly of Brooklyn",
body="""Marvin Goldfarb, 85, of Delray Beach, Fla., formerly of Brooklyn, N.Y., a retired garment-district salesman, died April 30.

He is survived by his wife of 61 years, Shirley (Pincus) Goldfarb; his children, Steven Goldfarb of Boca Raton and Ellen Tabor of Great Neck, N.Y.; and six grandchildren. Services were held at the Beth Israel Memorial Chapel, Delray Beach.""",
gold=[]),   # namesake of BAL018 in Florida, wife Shirley (BAL018's wife is Rhoda): nothing

dict(guid="bal_jt_obit_2026_0611_blum", pub="2026-06-11T08:00:00-04:00", title="Harriet Sherman Blum, 97, Forest Park High's first woman science chair",
body="""Harriet Sherman Blum, 97, who chaired the science department at Forest Park High School for 22 years and could still name the periodic table at 95, died June 6 (20 Sivan) at the Weinberg Park Heights residence.

She was predeceased by her husband, Dr. Leonard Blum; by her brother, Nathan Sherman; and by her nephew, Irving Sherman. She is survived by her niece, Mrs. Marvin Goldfarb of Pikesville; her grand-nephews, Alan Sherman of Owings Mills and Jeffrey Sherman of Teaneck, N.J.; and many great-grand-nieces and great-grand-nephews.

Graveside services were held at Arlington Cemetery of Chizuk Amuno, Rabbi Daniel Kessler officiating.""",
gold=[("BAL019", "survivor"), ("BAL018", "survivor")]),   # Rhoda named through her husband; Marvin is the household
]
