"""Ararat Valley Memorial Chapel, Fresno: Armenian-American funeral-chapel obituaries (HTML body, one-sentence
teaser). Hand-labelled: gold=[(client_id, role), ...] beside each text."""

FEED = "ararat"
ITEMS = [
dict(guid="fre_ararat_2026_0114", pub="2026-01-14T10:15:00-08:00",
     title="Arshalous \"Rose\" Tcholakian, 1928 - 2026",
     body="""Arshalous "Rose" Tcholakian, 97, of Kingsburg, fell asleep in the Lord on Saturday, January 10, 2026, surrounded by her family at her home on the edge of the vineyard her father planted.

Rose was born on March 2, 1928, in Fowler, the youngest of five children of Mihran and Zabel Tcholakian, who had survived the Armenian Genocide and found their way to the San Joaquin Valley by way of Aleppo and Marseille. She grew up picking Thompson seedless grapes and laying them on paper trays to become raisins, and she could still tell a good tray from a bad one at ninety. She married Levon Tcholakian, a distant cousin from Reedley, in 1950, and together they farmed eighty acres of grapes and peaches south of Kingsburg for fifty-one years.

Rose was a faithful member of Holy Trinity Armenian Apostolic Church in Fresno, where she served the Ladies' Guild for six decades and was famous for her choreg, her paklava and her opinions. She taught two generations of Fresno's Armenian children to dance the shourchbar at the church picnic.

She was preceded in death by her beloved husband Levon in 2001 and by all four of her siblings. She is survived by her daughter Sona Keshishian and her husband Haig of Fresno; her son Sarkis Tcholakian and his wife Silva of Kingsburg; her grandchildren Ara, Talin, Nairi, Raffi and Lori; and four great-grandchildren, who called her Medzmama.

Visitation will be held Thursday, January 15, from 5 to 7 p.m. at Ararat Valley Memorial Chapel, with the Hokehankisd (requiem) service at 7 p.m. The funeral service will be Friday, January 16, at 11 a.m. at Holy Trinity Armenian Apostolic Church, 2226 Ventura Street, Fresno, with V. Rev. Fr. Sahag Bedrosian officiating. Interment at Ararat Cemetery. In lieu of flowers, the family asks that donations be made to the Armenian Community School of Fresno.""",
     # Sona (FRE002, maiden Tcholakian) and her husband Haig (FRE001) survive; Sarkis (FRE018) is do_not_contact.
     gold=[("FRE002", "survivor"), ("FRE001", "survivor")]),

dict(guid="fre_ararat_2026_0302", pub="2026-03-02T09:40:00-08:00",
     title="Krikor \"Greg\" Der Avedisian, 1939 - 2026",
     body="""Krikor H. "Greg" Der Avedisian, 86, longtime Fresno pharmacist and a pillar of the Armenian community, passed away on Thursday, February 26, 2026, at Saint Agnes Medical Center, after a short illness.

Greg was born on November 14, 1939, in Fresno's old Armenian Town, the son of Hagop and Marie Der Avedisian. He graduated from Fresno High School and from the University of the Pacific School of Pharmacy, and in 1967 he opened Tower Apothecary on Olive Avenue, which he ran for forty-two years. Generations of Tower District families trusted him with their prescriptions and, as often as not, their troubles. He was a past chairman of the parish council of St. Paul Armenian Church and a founding member of the Fresno chapter of the Armenian General Benevolent Union.

He is survived by his wife of 61 years, Anahid (Kasparian) Der Avedisian; his sons, Hagop Der Avedisian of Walnut Creek and Vahe Der Avedisian of Fresno; his daughter, Maral Sahakian (Garo) of Glendale; and seven grandchildren. He was preceded in death by his brother, Armen.

The Hokehankisd service will be held Wednesday, March 4, at 7 p.m. at Ararat Valley Memorial Chapel. The funeral will be Thursday, March 5, at 11 a.m. at St. Paul Armenian Church, 3767 N. First Street, with Rev. Fr. Zareh Manoogian officiating. Pallbearers: Hagop, Vahe and Aram Der Avedisian, Garo Sahakian, Haig Keshishian and Levon Manoogian. Interment at Ararat Cemetery. Memorial donations may be made to the Armenian Studies Program at Fresno State.""",
     # corroborated: born November 14, 1939 = roster birth_date, and the roster spouse Anahid (Kasparian) is the widow.
     # Haig Keshishian (FRE001) is a pallbearer: nothing.
     gold=[("FRE003", "deceased_client"), ("FRE004", "spouse_of_deceased_client")]),

dict(guid="fre_ararat_2026_0519", pub="2026-05-19T11:05:00-07:00",
     title="Zabel Yeghoyan, 1936 - 2026",
     body="""Zabel Yeghoyan, 89, of Fresno, entered into eternal rest on Friday, May 15, 2026.

Zabel was born in Beirut, Lebanon, on June 8, 1936, and came to Fresno in 1976 with her husband, Nishan, and their two young sons, fleeing the civil war with two suitcases and a box of family photographs she guarded for the rest of her life. For twenty years she worked as a seamstress at a dry cleaner's on Blackstone Avenue, and she sewed the altar servers' robes at St. Paul Armenian Church for nothing, every one of them by hand.

She was preceded in death by her husband, Nishan, in 2012, and by her sister, Siranoush Minasalian. Zabel is survived by her sons, Raffi Yeghoyan (Ani) of Fresno and Hovig Yeghoyan of Pasadena; her niece, Lucine Minasalian of Fresno, who cared for her devotedly in her final years; five grandchildren; and many cousins in Lebanon, Armenia and France.

The Hokehankisd service will be held Thursday, May 21, at 7 p.m. at Ararat Valley Memorial Chapel. The funeral service will be Friday, May 22, at 10 a.m. at St. Paul Armenian Church, followed by interment at Ararat Cemetery and a makadz (mercy meal) in the church hall.""",
     # Lucine Minasalian "of Fresno" is FRE005 (roster Clovis, same metro, adjacent city).
     gold=[("FRE005", "survivor")]),
]
