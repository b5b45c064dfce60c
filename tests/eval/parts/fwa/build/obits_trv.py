"""Three Rivers Voice: a Fort Wayne community and church paper ("Homegoing", "Esquela" notices sent in by
families and churches), plain text. Hand-labelled."""

FEED = "trv"
ITEMS = [
dict(guid="fwa_trv_homegoing_clarabelle_threatt", pub="2026-01-29T08:00:00-05:00", title="Homegoing: Mother Clarabelle Threatt, 95",
body="""Mother Clarabelle Threatt, 95, of Fort Wayne, a church mother of Greater Mount Zion Missionary Baptist Church for half a century, transitioned from labor to reward on January 24, 2026.

Born in Greenwood, Mississippi, she came north to Fort Wayne in 1954 and raised five children on the southeast side while working at the General Electric plant on Broadway.

She leaves to cherish her memory her son, the Rev. Dr. Lucius Threatt (First Lady Annette) of Fort Wayne; daughters Ernestine Moss of Detroit and Lorraine Threatt of Fort Wayne; 14 grandchildren and a host of great-grandchildren, nieces, nephews and church family.

The eulogy will be delivered by Bishop Cornell Haskins. Homegoing service Saturday at 11 a.m. at the church.""",
gold=[("FWA012", "survivor")]),

dict(guid="fwa_trv_homegoing_alvin_pettus_sr", pub="2026-02-26T08:00:00-05:00", title="Homegoing: Deacon Alvin Pettus Sr., 81",
body="""Deacon Alvin Pettus Sr., 81, of Fort Wayne, went home to be with the Lord on February 20, 2026.

A veteran of the U.S. Air Force and a retired Fort Wayne firefighter, Deacon Pettus served Greater Mount Zion for 40 years and drove the church van every Sunday morning.

He is survived by his wife, Geraldine; sons Alvin Pettus Jr. and Reginald Pettus; and nine grandchildren.

The Rev. Lucius Threatt will officiate. Scripture will be read by Lt. Col. (Ret.) Desmond Kirkendall. Pallbearers: members of the Fort Wayne Fire Department Honor Guard.""",
gold=[]),

dict(guid="fwa_trv_esquela_herminia_tovar", pub="2026-03-27T08:00:00-04:00", title="Esquela: Doña Herminia Tovar Salcido, 88",
body="""Doña Herminia Tovar Salcido, 88, de New Haven, falleció el 24 de marzo de 2026. Nació en Moroleón, Guanajuato.

Le sobreviven su hijo Rigoberto Tovar y su esposa Ana Graciela "Chela" Tovar, de New Haven; su hija Josefina Tovar de Lara, de Chicago; y once nietos.

Herminia Tovar Salcido, 88, of New Haven, died March 24. She is survived by her son, Rigoberto Tovar and his wife, Chela, of New Haven; her daughter, Josefina Lara of Chicago; and eleven grandchildren. Rosario el jueves a las 7 p.m.; misa el viernes a las 10 a.m. en St. Patrick Catholic Church.""",
gold=[("FWA022", "survivor")]),

dict(guid="fwa_trv_homegoing_margaret_kirkendall", pub="2026-05-14T08:00:00-04:00", title="Homegoing: Margaret \"Peg\" Kirkendall, 74",
body="""Margaret "Peg" Kirkendall, 74, of Fort Wayne, a retired Fort Wayne Community Schools guidance counselor, entered into eternal rest on May 9, 2026.

She is survived by her husband of 51 years, Lt. Col. (Ret.) Desmond Kirkendall; her daughter, Alicia Kirkendall-Brooks of Atlanta; and three grandchildren.

Services Saturday at 10 a.m. at Turner Chapel AME Church. Obituary read by Latrice Gatewood.""",
gold=[("FWA020", "survivor")]),

dict(guid="fwa_trv_homegoing_lucius_threatt_sr", pub="2026-06-04T08:00:00-04:00", title="In Memoriam: Lucius Threatt, 72, of Gary",
body="""Lucius Threatt, 72, of Gary, Indiana, a retired steelworker at U.S. Steel Gary Works, passed away May 30, 2026. He was a cousin of several Fort Wayne families. He is survived by his wife, Bernadette, and by his children, Andre and Keisha Threatt, all of Gary. Services were held in Gary.""",
gold=[]),
]
