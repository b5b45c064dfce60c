"""Holy Cross Catholic Parish (Amarillo) weekly bulletin, "Pray for the Faithful Departed": short plain-text notices,
including deaths of parishioners' relatives far away. Hand-labelled."""

ITEMS = [
dict(guid="ama_hcb_2026_03_01", pub="2026-03-01T07:30:00-06:00", title="Chief (Mrs.) Ngozi Obiakor - Onitsha, Nigeria",
body="""Please keep in your prayers Chief (Mrs.) Ngozi Obiakor, 84, of Onitsha, Anambra State, Nigeria, who was called to eternal rest on February 21. She is the mother of our parishioner Emeka Obiakor and the mother-in-law of Dr. Nkechi Obiakor of Amarillo, who have traveled home for the funeral rites. Her survivors also include four more children and many grandchildren. A memorial Mass will be offered here on Saturday, March 14, at 8 a.m. Eternal rest grant unto her, O Lord.""",
gold=[("AMA011", "survivor"), ("AMA010", "survivor")]),

dict(guid="ama_hcb_2026_05_24", pub="2026-05-24T07:30:00-05:00", title="Ernestine Wolfskill - Vega",
body="""Ernestine Wolfskill, 95, of Vega, entered eternal life on May 19. A faithful member of St. Mary's in Vega for seventy years, she is survived by her daughter, Trudy, the former Gertrude Wolfskill, now Mrs. Kenneth O'Shaughnessy, of our parish; her son, Anton Wolfskill of Vega; and nine grandchildren. She was preceded in death by her husband, Herbert. The funeral Mass was celebrated at St. Mary's, Vega, on May 22. May her soul and the souls of all the faithful departed rest in peace.""",
gold=[("AMA014", "survivor")]),
]
