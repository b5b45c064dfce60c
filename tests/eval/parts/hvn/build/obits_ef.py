"""El Faro de Fair Haven: the bilingual (Spanish/English) Puerto Rican community weekly. Notices written
Spanish-first with both family names, "Doña", "le sobreviven", velorio and misa; plain text. Hand-labelled."""

FEED = "ef"
ITEMS = [
dict(guid="hvn_ef_2026_0208", pub="2026-03-05T07:00:00-05:00", title="Doña Carmen Betancourt Rosado (1937 - 2026)",
body="""Doña Carmen Betancourt Rosado, de 88 años, residente de Fair Haven, falleció el 1 de marzo de 2026 en el Hospital Saint Raphael, rodeada de su familia. Nació en Cayey, Puerto Rico, y llegó a New Haven en 1962, donde trabajó por 30 años en la fábrica de Sargent. Fue miembro fiel de la Parroquia San Francisco de Asís y del coro de la misa en español.

Le sobreviven su hija, Ana Milagros "Millie" Irizarry Betancourt, y su esposo, Wilfredo "Freddy" Carrasquillo, de New Haven; su hijo, José Irizarry Betancourt, de Orlando, Florida; sus nietos, Jeremy, Yaritza y Kevin; y sus bisnietos. Le precedió en la muerte su esposo, Don Julio Irizarry Colón.

Velorio el viernes de 4 a 8 p.m. en la Funeraria Hernández, 456 Grand Avenue. Misa de cuerpo presente el sábado a las 10 a.m. en la Iglesia San Francisco de Asís. Sepelio en el cementerio Evergreen.

English: Carmen Betancourt Rosado, 88, of Fair Haven, died March 1. She is survived by her daughter Millie Irizarry and son-in-law Freddy Carrasquillo of New Haven and her son José Irizarry of Orlando. Wake Friday 4-8 p.m., Funeraria Hernández; Mass Saturday 10 a.m., St. Francis of Assisi Church.""",
gold=[("HVN005", "survivor"), ("HVN006", "survivor")]),

dict(guid="hvn_ef_2026_0231", pub="2026-04-09T07:00:00-04:00", title="Wilfredo Carrasquillo Ortiz (1959 - 2026)",
body="""Wilfredo Carrasquillo Ortiz, de 66 años, residente de Kissimmee, Florida, y natural de Cayey, Puerto Rico, falleció el 3 de abril de 2026. Trabajó por 35 años como mecánico de la Autoridad Metropolitana de Autobuses en San Juan antes de mudarse a la Florida.

Le sobreviven su esposa, Nilda Santiago; sus hijas, Glorimar y Xiomara; y sus hermanos en Cayey. Su familia en Fair Haven, donde vivió brevemente en los años ochenta, pide oraciones. Servicios en la Funeraria Osceola, Kissimmee.

English: Wilfredo Carrasquillo Ortiz, 66, of Kissimmee, Fla., a native of Cayey who lived briefly in Fair Haven in the 1980s, died April 3. He leaves his wife, Nilda Santiago, and daughters Glorimar and Xiomara.""",
gold=[]),  # namesake of HVN006 (same age, also from Cayey) in Florida, wife Nilda (roster wife Millie) -> nothing

dict(guid="hvn_ef_2026_0259", pub="2026-06-11T07:00:00-04:00", title="José \"Cheo\" Maldonado Cruz (1953 - 2026)",
body="""José "Cheo" Maldonado Cruz, de 72 años, de New Haven, falleció el 6 de junio de 2026. Cheo fue dueño por 25 años de la barbería "El Tijerazo" en Grand Avenue, y no había político ni pelotero en Fair Haven que no se hubiera sentado en su silla.

Le sobreviven su esposa, Luz Delia Rivera; sus hijos, José Jr., Marisol y Edwin; y nueve nietos. Misa en la Iglesia San Francisco de Asís el martes a las 10 a.m. Portadores del féretro: Freddy Carrasquillo, Edwin Maldonado, Luis Pagán y Ángel Cintrón.

English: José "Cheo" Maldonado Cruz, 72, longtime owner of El Tijerazo barbershop on Grand Avenue, died June 6. Bearers: Freddy Carrasquillo, Edwin Maldonado, Luis Pagán and Ángel Cintrón.""",
gold=[]),  # HVN006 Freddy Carrasquillo is a pallbearer -> nothing
]
