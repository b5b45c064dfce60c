"""Holy Name (Sheridan) and St. John the Baptist (Buffalo) Catholic parishes: weekly bulletin notices, "Please
pray for the repose of the soul of ...", Polish, Basque and Mexican families; plain text. Hand-labelled."""

FEED = "hnb"
ITEMS = [
dict(guid="shr_hnb_2026_01_18_gasparovich", pub="2026-01-16T16:00:00-07:00", title="Please pray for Helena Gasparovich",
body="""Please pray for the repose of the soul of Helena Gasparovich, 101, who died January 12 at Sugarland Ridge. Helena was the last of the children of the Kooi coal camp to be baptized at Holy Name, and she never missed the 8 o'clock Mass until she was 98.

Helena leaves her daughter, Dottie (Casey) Wrobleski of Sheridan, her son Frank Gasparovich of Rock Springs, eight grandchildren and fourteen great-grandchildren. Her husband, Anton, went before her in 1989.

The Rosary will be prayed Thursday at 6:30 p.m. and the Funeral Mass offered Friday at 10 a.m. The Altar Society, chaired by Mary Beth Wojtaszek, will host the luncheon in the parish hall. Eternal rest grant unto her, O Lord.""",
gold=[("SHR022", "survivor"), ("SHR021", "survivor")]),

dict(guid="shr_hnb_2026_03_22_quintero", pub="2026-03-18T16:00:00-06:00", title="Oremos por Consuelo Quintero Vda. de Ibarra",
body="""Please pray for the repose of the soul of Consuelo Quintero Vda. de Ibarra, 93, who died March 14 in Casper. Consuelo came to Sheridan from Guanajuato in 1959 with her husband, the late Trinidad Ibarra, to work the beet fields, and for forty years she led the Guadalupanas at Holy Name.

Le sobreviven sus hijos Trinidad Jr. y Graciela; su hermana, Josefina Quintero de Baraza; y su sobrina, Rosa Elena Baraza Quintero, de Sheridan. She is survived by her children, Trinidad Jr. and Graciela; her sister, Josefina Baraza; and her niece, Rosa Elena Baraza Quintero of Sheridan.

Rosario el jueves a las 7 p.m.; Misa de funeral el viernes a las 10 a.m. Dale, Senor, el descanso eterno.""",
gold=[("SHR003", "survivor")]),

dict(guid="shr_hnb_2026_05_10_etcheberry", pub="2026-05-05T16:00:00-06:00", title="Please pray for Jean-Pierre Etcheberry (St. John the Baptist, Buffalo)",
body="""From St. John the Baptist, Buffalo: please pray for the repose of the soul of Jean-Pierre "Johnny" Etcheberry, 88, who died April 30 at the Amie Holt Care Center. Johnny came from Banca in the Basque Country in 1957 on a three-year herding contract and stayed sixty-nine years. He herded on the Bighorns, later had his own band of ewes on Crazy Woman Creek, and sang at every Basque Mass the parish has held.

He leaves his cousins, Mingo and Kay Arrizabalaga of Buffalo, who cared for him in his last years, and his nieces and nephews in Banca and Baigorri. He never married.

The Rosary will be prayed in Basque and English Tuesday at 7 p.m.; the Funeral Mass will be Wednesday at 10 a.m., followed by burial at Willow Grove Cemetery and a lunch at the Basque hall. Goian bego.""",
gold=[("SHR008", "survivor"), ("SHR009", "survivor")]),

dict(guid="shr_hnb_2026_09_06_larralde", pub="2026-09-02T16:00:00-06:00", title="Please pray for Rita Goyhenetche Larralde",
body="""Please pray for the repose of the soul of Rita Goyhenetche Larralde, 84, of Buffalo, who died August 29. Rita was born on the Goyhenetche sheep ranch on Crazy Woman Creek and taught at Meadowlark School for thirty years.

Rita leaves her husband of 61 years, Ferdinand Larralde; her sons, Jean and Mike; her niece, Mrs. Thaddeus Vanderhoef of Sheridan; and many grandchildren. She was preceded in death by her sister-in-law, Eleanor Goyhenetche, and her brother, Jean Goyhenetche.

Funeral Mass Thursday at 10 a.m. at St. John the Baptist, Buffalo. May she rest in peace.""",
gold=[("SHR002", "survivor")]),
]
