"""Twin Cities Community Voice (Lewiston-Auburn community paper, new-American and Franco editions): community
notices of death, plain text, written by families and community associations. Hand-labelled (gold=[...])."""

FEED = "tcv"
ITEMS = [
dict(guid="pwm_tcv_2026_n021", pub="2026-02-24T08:00:00-05:00", title="Community mourns Hooyo Xaawo Cabdi Nuur",
body="""Inna lillahi wa inna ilayhi raji'un. The Somali community of Lewiston-Auburn mourns the loss of Xaawo Cabdi Nuur, 74, who died February 21, 2026, at her son's home in Lewiston.

Hooyo Xaawo was born in Baydhabo, Somalia, and lived for many years in the Dadaab camps in Kenya before coming to Maine in 2006. She raised nine children and many more who were not hers, and for ten years she cooked every Eid meal at the Lisbon Street mosque.

She is survived by her son, Abdiwahab Farah Warsame, and his wife, Hodan Ali, of Lewiston; her daughters, Sahra and Faadumo Farah, of Columbus, Ohio; and 23 grandchildren.

Janazah prayer was held at the Lewiston-Auburn Islamic Center after Dhuhr on February 22, with burial at the Muslim section of Riverside Cemetery. The family receives visitors at their home through the week.""",
gold=[("PWM007", "survivor"), ("PWM008", "survivor")]),

dict(guid="pwm_tcv_2026_n034", pub="2026-03-24T08:00:00-04:00", title="Aabo Hersi Mohamed Jama, 67",
body="""Hersi Mohamed Jama, 67, a former schoolteacher in Kismayo and for fifteen years an interpreter at the Lewiston schools, died March 20, 2026, in Lewiston after a long illness.

Aabo Hersi arrived in Lewiston in 2003, among the first Somali families in the city. He taught many of the children of Lewiston's Somali families to read the Quran and helped their parents read letters from the schools.

He leaves his wife, Halima Osman; his daughter, Fadumo Hersi of Lewiston; his sons, Abdirizak and Mohamed Hersi of Minneapolis; and fourteen grandchildren.

The janazah was held March 21 at the Lewiston-Auburn Islamic Center.""",
gold=[("PWM018", "survivor")]),

dict(guid="pwm_tcv_2026_n047", pub="2026-05-26T08:00:00-04:00", title="Marie Ange (Cloutier) Bolduc, 95, of Lisbon Falls",
body="""Marie Ange (Cloutier) Bolduc, 95, of Lisbon Falls, died May 22, 2026, at the Marshwood Center. She was born in Lisbon Falls in 1930, the eleventh of thirteen children of Joseph and Eva (Lavoie) Cloutier.

Memere Ange worked at the Worumbo Mill until it closed and then at the Lisbon Falls post office. She kept a rosary in every coat pocket and a jar of sucre a la creme on the counter.

She is survived by her daughter, Pauline Bolduc of Lisbon Falls; her son, Rene Bolduc and his wife Chantal of Topsham; six grandchildren and nine great-grandchildren.

She was predeceased by her husband, Ovila Bolduc, and by her brothers and sisters, among them Normand Cloutier, Lucien Cloutier and Sr. Yvette Cloutier.

Mass of Christian Burial 11 a.m. Friday at St. Anne's Church, Lisbon Falls.""",
gold=[]),

dict(guid="pwm_tcv_2026_n058", pub="2026-06-16T08:00:00-04:00", title="Papa Ilunga Tshibangu, founding elder of the Congolese fellowship",
body="""Papa Ilunga Tshibangu, 63, of Lewiston, one of the founding elders of the Lewiston Congolese Christian Fellowship, died June 12, 2026, at Central Maine Medical Center.

Born in Lubumbashi, Papa Ilunga was an accountant for the railway before the wars. In Lewiston he worked nights at the distribution center in Auburn and kept the fellowship's books for a decade.

He is survived by his wife, Maman Solange Tshibangu; his children, Grace, Emmanuel and Divine; and his brothers in Kinshasa and Johannesburg.

Pastor Jean-Pierre Mukendi will preside at the funeral service at 1 p.m. Saturday at the fellowship on Pine Street. Choir: Chorale Sainte Famille.""",
gold=[]),
]
