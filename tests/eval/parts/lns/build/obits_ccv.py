"""Lancaster County Community Voice / La Voz Comunitaria - a multicultural community weekly: "In Memoriam" notices
sent in by families and congregations, bilingual where the family wrote them so, teaser description + HTML in
content:encoded. Hand labels in gold=[...]."""

ITEMS = [
dict(guid="lns_ccv_mem_2026_0114", pub="2026-02-26T08:00:00-05:00", title="En memoria: Carmen Delia Irizarry Rosa, 82",
body="""Carmen Delia Irizarry Rosa, de 82 años, residente de Lancaster y natural de Yauco, Puerto Rico, falleció el 22 de febrero de 2026 rodeada de su familia.

Doña Carmen llegó a Lancaster en 1969 y trabajó veinte años en la fábrica de RCA. Fue miembro fiel de la Iglesia de San José y cocinaba pasteles para toda la cuadra cada Navidad.

Le sobreviven sus hijos, Héctor Luis "Tito" Matos Irizarry y su esposa Nilda, de Lancaster, y Carmen Iris Matos, de Allentown; ocho nietos y cinco bisnietos. Le precedió en la muerte su esposo, Luis Matos Ortiz.

She is survived by her son, Héctor "Tito" Matos and his wife Nilda of Lancaster, her daughter Carmen Iris Matos of Allentown, eight grandchildren and five great-grandchildren.

Misa de cuerpo presente el sábado a las 10 a.m. en la Iglesia de San José, Lancaster.""",
gold=[("LNS005", "survivor")],
note="Roster 'Hector Luis' 'Matos Irizarry' nickname Tito, spouse Nilda; accents in the text, one surname part in English."),

dict(guid="lns_ccv_mem_2026_0131", pub="2026-04-02T08:00:00-04:00", title="In Memory: Wilfredo Colón Santiago / En memoria",
body="""Wilfredo Colón Santiago, 66, of Lancaster, passed away on March 29, 2026, at Penn Medicine Lancaster General Hospital.

Wilfredo, known to everyone on South Duke Street as "Willie", drove for Red Rose Transit for 28 years and coached Little League at Brandon Park.

He is survived by his daughter, Yesenia Colón Burgos of Lancaster; his son, Wilfredo Colón Jr. of Reading; his former wife, Ana Burgos; and four grandchildren. Le sobreviven su hija Yesenia, su hijo Wilfredo Jr. y cuatro nietos.

Services will be held Tuesday at Iglesia Cristiana Pentecostal, 610 S. Prince St., with the Rev. Ángel Cruz officiating.""",
gold=[("LNS004", "survivor")],
note="Roster 'Colon Burgos' without the accent."),

dict(guid="lns_ccv_mem_2026_0160", pub="2026-05-07T08:00:00-04:00", title="En memoria: Luz Minerva Ocasio, 90",
body="""Luz Minerva Ocasio, 90, of Lancaster, died May 3, 2026, at Conestoga View.

Doña Luz raised six children on Rockland Street and was a founding member of the Spanish American Civic Association's senior lunch.

Survived by her children Ramón, Milagros, Iris, Edgardo, Nereida and José Ocasio, 19 grandchildren and many great-grandchildren.

Cargadores / Pallbearers: Edgardo Ocasio Jr., Luis Ocasio, Héctor Matos and Daniel Rivera. Services Friday at Iglesia Santa María, Lancaster.""",
gold=[],
note="Héctor Matos (LNS005) is a pallbearer: nothing."),

dict(guid="lns_ccv_mem_2026_0172", pub="2026-05-28T08:00:00-04:00", title="Transition: Chief Ikechukwu Ezeagu, 84",
body="""With gratitude to God for a life well spent, the Ezeagu family of Umuahia, Abia State, Nigeria, and Lititz, Pennsylvania, announces the transition of Chief Ikechukwu Ezeagu, 84, retired principal of Government College Umuahia, on May 19, 2026, in Umuahia.

He is survived by his wife, Lolo Ngozi Ezeagu; his children, Obinna (Chiamaka) Ezeagu of Lititz, Pa., Adaeze Okonkwo of Houston, and Chukwuemeka Ezeagu of Lagos; and eleven grandchildren.

A service of songs will be held Saturday, June 6, at 4 p.m. at Grace Bible Church, Lancaster, with burial in Umuahia later this year.""",
gold=[("LNS014", "survivor"), ("LNS015", "survivor")],
note="'Obinna (Chiamaka) Ezeagu of Lititz' - deceased lived in Nigeria; the son and daughter-in-law are the clients."),

dict(guid="lns_ccv_mem_2026_0188", pub="2026-06-18T08:00:00-04:00", title="In Memoriam: Elvin M. Brubacher, 80",
body="""Elvin M. Brubacher, 80, of Ephrata, died June 14, 2026, at home after a long illness, his wife at his side.

Born in West Earl Township, Elvin farmed tobacco and later raised broilers on Hummer Road. He was a member of Metzler Mennonite Church and served on the board of the Ephrata Mennonite School.

Surviving are his wife of 57 years, Anna Mae (Sensenig) Brubacher; three sons, Nelson, Ivan and Kenneth, all of Ephrata; two daughters, Linda, wife of Melvin Zimmerman, of Denver, and Esther Brubacher of Ephrata; 23 grandchildren and 9 great-grandchildren.

Funeral service Saturday, 9:30 a.m., at Metzler Mennonite Church, with Bishop Ervin Nolt officiating.""",
gold=[("LNS003", "survivor")],
note="Roster Anna Mae Brubacher, maiden Sensenig, roster spouse Elvin (not a client)."),
]
