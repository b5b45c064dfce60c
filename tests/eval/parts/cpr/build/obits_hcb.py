"""Holy Cross & St. Gregory Parish, Casper (invented): weekly bulletin, "Pray for the Faithful Departed", plain
text, notices sent in by parishioners and sister parishes (a Basque family, a Mexican-American family, a
Lutheran notice shared from Decorah). Hand-labelled."""

FEED = "hcb"
ITEMS = [
dict(guid="cpr_hcb-bulletin-2026-02-08-a", pub="2026-02-07T09:00:00-07:00", title="Eternal rest: José Mari Goicoechea - Buffalo",
body="""Please keep in your prayers the soul of José Mari Goicoechea, 89, of Buffalo, who died January 30 at the Amie Holt Care Center. Born in Ispaster, Bizkaia, he came to Johnson County in 1955 to herd sheep for the Harriet Ranch and later ran his own band on the Red Wall.

He leaves his wife, Maite; his children, Xabier Goicoechea of Buffalo and Edurne Miller of Sheridan; and his sister, Pilar Arrizabalaga, and her husband, Lalo, of our parish. A Basque Mass was offered at St. John the Baptist, Buffalo, on February 4. Goian bego.""",
gold=[("CPR004", "survivor"), ("CPR003", "survivor")]),  # Pilar's maiden name is Goicoechea; "Lalo" = Eulalio's nickname

dict(guid="cpr_hcb-bulletin-2026-03-01-a", pub="2026-02-28T09:00:00-07:00", title="Eternal rest: Ernestina Villaseñor",
body="""We commend to God Ernestina Villaseñor, 90, a parishioner for 52 years, who died February 24. Doña Ernestina sewed the altar linens of this church for three decades and taught the Guadalupanas to make buñuelos.

She is survived by her daughters, Rosalinda Tafoya (Ramón) of Casper and Teresa Villaseñor of Denver; her grandson, Mateo; and her niece, Marlys Ruckelshaus of Casper. Her husband, Jesús, preceded her in death.

The Rosary was prayed Thursday evening and the Funeral Mass celebrated Friday morning. The Guadalupanas thank all who brought food to the reception. Que en paz descanse.""",
gold=[("CPR006", "survivor")]),  # roster Rosalinda Villaseñor Tafoya, spouse Ramon; Marlys Ruckelshaus (CPR017) is do_not_contact

dict(guid="cpr_hcb-bulletin-2026-04-05-a", pub="2026-04-04T09:00:00-06:00", title="Eternal rest: Leopold Marchetti",
body="""Please pray for the repose of the soul of Leopold "Leo" Marchetti, 84, who died March 29 at Life Care Center. Leo was an usher at the 8 o'clock Mass for forty years and never let a latecomer go without a seat.

He leaves his wife, Gloria; his sons, Dominic and Anthony, both of Casper; and his sister, Carmela DiNapoli of Pueblo, Colo. The Funeral Mass will be Wednesday at 10 a.m. The Knights of Columbus will lead the Rosary Tuesday at 6 p.m.""",
gold=[]),  # no client

dict(guid="cpr_hcb-bulletin-2026-05-17-a", pub="2026-05-16T09:00:00-06:00", title="Shared from First Lutheran, Decorah: Solveig Lunde Bakke",
body="""At the request of her family we share the death of Solveig Lunde Bakke, 86, of Decorah, Iowa, who died May 9. Solveig was a retired postmistress and a rosemaler of real skill.

She is survived by her sister, Inga Halvorsrud of Casper, who has worshipped with our Lutheran neighbors at Trinity Prairie since her husband Cyrus died in March; her children, Knut Bakke and Marta Ellingson; and eight grandchildren.

Our ecumenical prayer circle will remember Solveig and Inga at Tuesday's gathering.""",
gold=[("CPR015", "survivor")]),  # maiden Lunde = roster; Cyrus named as her late husband (no role for him)

dict(guid="cpr_hcb-bulletin-2026-06-14-a", pub="2026-06-13T09:00:00-06:00", title="Eternal rest: Ardith Pennebaker",
body="""We commend to God our sister Ardith Mae Pennebaker, 95, who died May 10 at Poplar Living Center, Casper. Ardith was born in Lusk on April 20, 1931, kept the books at the Townsend Hotel for thirty years and played the organ for the 5 p.m. Saturday Mass until she was 90.

She was preceded in death by her husband, Merle, and their son, Dean. She leaves her nephew, Gary Pennebaker of Laramie, and her many friends in the Altar Society, who will pray the Rosary for her Thursday at 6 p.m.""",
gold=[("CPR021", "deceased_client")]),  # born April 20, 1931 = roster birth_date; Casper = roster city
]
