"""Holy Cross of the Basin Catholic Community (Worland, Ten Sleep mission, Thermopolis): weekly bulletin,
"Pray for the faithful departed", English with Spanish lines. Plain text. Hand labels beside each text."""

ITEMS = [
    dict(guid="wrl_hcb_bulletin_260118_barrientos", pub="2026-01-18T07:00:00-07:00",
         title="Pray for the faithful departed: Ignacio Barrientos",
         body="""
Please keep in your prayers the soul of Ignacio Barrientos, 72, of Greeley, Colorado, who died January 12, brother of our parishioner Soledad "Chole" Barrientos of Worland. Ignacio thinned and topped beets in the Worland fields as a young man and never stopped asking Chole about the harvest. Oremos por su eterno descanso y por su familia. The 5:30 p.m. Saturday Mass will be offered for him.
""",
         gold=[("WRL023", "survivor")]),

    dict(guid="wrl_hcb_bulletin_260301_olivas", pub="2026-03-01T07:00:00-07:00",
         title="Our sympathy: Guadalupe Olivas",
         body="""
Our parish family extends its sympathy to Rosie and Efrain Zamarripa on the death of Rosie's mother, Guadalupe "Lupe" Olivas, 88, of Scottsbluff, Nebraska, on February 24. Lupe visited Worland every Christmas to make tamales with the Guadalupanas. Que descanse en paz. Cards may be left at the parish office and will be taken to the family.
""",
         gold=[("WRL009", "survivor"), ("WRL010", "survivor")]),

    dict(guid="wrl_hcb_bulletin_260322_kopriva", pub="2026-03-22T07:00:00-06:00",
         title="Pray for the faithful departed: Bernadette Kopriva",
         body="""
Eternal rest grant unto her, O Lord. Bernadette Kopriva, 94, of Thermopolis, a member of the Altar & Rosary Society at St. Francis for 60 years, died March 17. The Rosary will be prayed at 6:30 p.m. Thursday, led by Mena Drobnick, and the funeral Mass celebrated Friday at 10 a.m. by Father Tomasz Zielinski. She is survived by her nieces Anne Kopriva Hurd of Cheyenne and Paulette Kopriva of Denver.
""",
         gold=[]),   # WRL012 Mena Drobnick leads the Rosary only

    dict(guid="wrl_hcb_bulletin_260412_quaschnick", pub="2026-04-12T07:00:00-06:00",
         title="Pray for the faithful departed: Delbert Quaschnick",
         body="""
Please pray for the repose of the soul of Delbert R. Quaschnick, 83, of Worland, who died April 7 at Worland Healthcare and Rehabilitation, and for his family. Del was an usher at the 8 a.m. Mass for forty years and drove the sugar-factory bus for the Hispanic families who came up for the beet harvest. His wife, Irene, preceded him in 2020. He leaves his son, Del Jr., and daughter-in-law, Roxanne, of Worland; his daughter, Tammy Quaschnick Berg of Riverton; and seven grandchildren. The funeral Mass will be Tuesday at 10 a.m.
""",
         gold=[("WRL003", "survivor"), ("WRL004", "survivor")]),
]
