"""St. Casimir & Holy Redeemer Catholic Community, Rochester (invented): weekly bulletin, "Remember in Prayer"
notices (German, Polish and Luxembourger parish families; notices sent in from sister parishes), plain text.
Hand-labelled."""

FEED = "scr"
ITEMS = [
dict(guid="rst_scr_bulletin_2026_w06_ebnet", pub="2026-02-08T07:00:00-06:00", title="Remember in Prayer: Leo J. Ebnet",
body="""Please remember in your prayers our parishioner Leo Joseph Ebnet, 79, who was called home to the Lord on Monday, February 2.

Leo was baptized, confirmed and married at St. Casimir and served as an usher at the 8:00 Mass for more than thirty years. Many of you knew him from the fish fry line, where he fried walleye every Lenten Friday since 1988.

Leo is survived by his wife, Dorothy; his sons, Matthew and Joseph; his sister, Carol Wojtaszek (Thad) of Rochester; and his brother, Frank Ebnet of St. Cloud. The Mass of Christian Burial was celebrated Saturday at St. Casimir, Father Tomasz Wierzbicki presiding. Eternal rest grant unto him, O Lord.""",
gold=[("RST017", "survivor"), ("RST016", "survivor")]),

dict(guid="rst_scr_bulletin_2026_w11_schwoch", pub="2026-03-15T07:00:00-05:00", title="Remember in Prayer: Alois Schwoch (St. Felix, Wabasha)",
body="""From our sister parish of St. Felix in Wabasha: please pray for the repose of the soul of Alois Schwoch, 88, of Wabasha, who died March 9.

Alois was a river pilot on the Upper Mississippi for forty years and a fourth-degree Knight of Columbus. He is survived by his wife, Theresa; his children, Mark, Elaine and Ruth; and his sister, Philomena "Mena" Kreuzberger (nee Schwoch) of Rochester, a longtime member of our Altar and Rosary Society. He was preceded in death by his brothers, Anton and Bernard.

Mena thanks all who have offered Masses and sent cards. May he rest in peace.""",
gold=[("RST010", "survivor")]),

dict(guid="rst_scr_bulletin_2026_w17_pahl", pub="2026-04-26T07:00:00-05:00", title="Remember in Prayer: Rosella Pahl",
body="""We commend to your prayers Rosella Pahl, 95, formerly of our parish and lately of Zumbrota, who died April 20 at Zumbrota Health Care.

Rosella taught religious education to second graders here for twenty years and was famous for the kuchen she brought to every funeral lunch. She is survived by her daughter, Mrs. Lavern (Joyce) Oftedahl of Pine Island; her son, Gerald Pahl of Austin; eleven grandchildren and twenty great-grandchildren. She was preceded in death by her husband, Ervin.

Her funeral Mass was celebrated at St. Paul's in Zumbrota. Eternal rest grant unto her, O Lord, and let perpetual light shine upon her.""",
gold=[("RST012", "survivor"), ("RST011", "survivor")]),

dict(guid="rst_scr_bulletin_2026_w23_yetzer", pub="2026-06-07T07:00:00-05:00", title="Remember in Prayer: Gertrude Yetzer",
body="""Please pray for Gertrude Yetzer, 93, of Eyota, who died May 31.

Gertrude was a farm wife, a mother of six and for 45 years the organist at St. Mary's in Eyota. She is survived by her sons, Ambrose Yetzer of Eyota, Lawrence Yetzer of Dover and Richard Yetzer of Rochester; her daughters, Agnes Tri and Monica Hinz; and many grandchildren.

The vigil service was held Thursday evening, with Deacon Thad Wojtaszek presiding; her funeral Mass was Friday. May she rest in peace.""",
gold=[]),  # Ambrose Yetzer is do_not_contact; Deacon Thad Wojtaszek presides (not a survivor)

dict(guid="rst_scr_bulletin_2026_w33_dziuk", pub="2026-08-16T07:00:00-05:00", title="Remember in Prayer: Irene Dziuk",
body="""Please remember in your prayers Irene Dziuk, 88, who died August 10 at Madonna Towers.

Irene was the last surviving charter member of our Polish dance group, the Krakowiaki of Rochester, and sewed its costumes for fifty years. She is survived by her nieces, Teresa Kulas of Winona and Janet Gorecki of Minneapolis. Her funeral Mass will be Tuesday at 10 a.m. Eternal rest grant unto her, O Lord.""",
gold=[]),
]
