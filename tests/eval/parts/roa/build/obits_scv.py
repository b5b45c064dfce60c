"""Star City Community Voice: a community weekly (African American churches, the Latino and Vietnamese
communities), plain text, some notices in Spanish. Hand-labelled."""

ITEMS = [
dict(guid="roa_scv_2026_0127a", pub="2026-01-27T08:00:00-05:00", title="Homegoing: Mother Bernice Mabry, 87",
body="""Mother Bernice Odell Mabry, 87, of Roanoke, a mother of Bethel Rock Baptist Church for more than half a century, was called home on January 21, 2026.

Born in Martinsville, she came to Roanoke in 1957 and worked 30 years at the Hotel Roanoke laundry. She was preceded in death by her husband, Deacon Luther Mabry.

She leaves to cherish her memory two daughters, Sharonda (Terrence) Goode of Roanoke and Valerie Mabry of Atlanta; her grandsons, Malik and Jordan Goode; and a host of church family.

Homegoing celebration 12 noon Saturday at Bethel Rock Baptist Church. Eulogy by the Rev. Clement A. Boatwright. Repast in the fellowship hall.""",
gold=[("ROA014", "survivor"), ("ROA015", "survivor")]),

dict(guid="roa_scv_2026_0414b", pub="2026-04-14T08:00:00-04:00", title="Obituario: Tomás Villafañe Rosado, 79",
body="""Tomás Villafañe Rosado, de 79 años, residente de Roanoke y natural de Cayey, Puerto Rico, falleció el 10 de abril de 2026.

Trabajó por 25 años en la planta de Virginia Transformer y fue fundador del equipo de softball de la parroquia.

Le sobreviven su esposa, Carmen Rosario; su hija, Yesenia Villafañe de Barrientos y su esposo, Ezequiel Barrientos, de Roanoke; su hijo, Rubén Villafañe, de Allentown, Pensilvania; y cinco nietos.

La misa será el sábado a las 10 a.m. en St. Frances Cabrini Catholic Church. (Tomás Villafañe Rosado, 79, of Roanoke, died April 10. He is survived by his wife Carmen, daughter Yesenia Barrientos and her husband Ezequiel of Roanoke, and son Rubén of Allentown, Pa.)""",
gold=[("ROA006", "survivor"), ("ROA005", "survivor")]),

dict(guid="roa_scv_2026_0505a", pub="2026-05-05T08:00:00-04:00", title="Remembering Mr. Vương Văn Phúc, 88",
body="""Mr. Vương Văn Phúc (Phuc Van Vuong), 88, of Salem, passed away on April 29, 2026, surrounded by his family.

Born in Nam Định, he came to the Roanoke Valley in 1979 with the first families sponsored by local churches, and worked for many years at the Salem veterans hospital kitchen.

He is survived by his wife, Bà Lê Thị Hoa; his daughter, Vương Khánh Linh (Linh Vuong) of Salem; his son, Vuong Minh Tri, of Falls Church; and five grandchildren.

Buddhist prayers will be held at the family home, and the funeral at Mill Mountain Funeral Chapels, Salem, on Saturday at 9 a.m.""",
gold=[("ROA018", "survivor")]),

dict(guid="roa_scv_2026_0623a", pub="2026-06-23T08:00:00-04:00", title="Homegoing: Deacon Leroy Hairston, 79",
body="""Deacon Leroy Hairston, 79, of Roanoke, transitioned on June 17, 2026. A retired Roanoke City sanitation supervisor and a deacon of Greater Calvary Hill Baptist Church for 32 years.

He leaves his wife, Mattie; his sons, Marcus and Leroy Jr.; and his sister, Pearlie Hairston Banks of Danville.

Services 11 a.m. Friday at Greater Calvary Hill. Reflections by Judge Judith A. Overstreet, a longtime friend of the family. Pallbearers: Terrence Goode, Anthony Wade, Jerome Pate, Reginald Dillard, Calvin Mabry and Kevin Lugar.""",
gold=[]),  # a reflection speaker and a pallbearer who are clients: nothing

dict(guid="roa_scv_2026_0818a", pub="2026-08-18T08:00:00-04:00", title="Obituario: Ezequiel Barrientos Torres, 81",
body="""Ezequiel Barrientos Torres, de 81 años, de Laredo, Texas, falleció el 12 de agosto de 2026 en su hogar.

Le sobreviven su esposa, Amparo Ocampo de Barrientos; su hijo, Ezequiel "Zeke" Barrientos Ocampo, de Roanoke, y su nuera Yesenia; su hija, Rocío Barrientos Ocampo, de San Antonio; y siete nietos.

Los servicios fúnebres serán en Laredo. La familia en Roanoke recibirá visitas el domingo en la parroquia St. Frances Cabrini.""",
gold=[("ROA005", "survivor"), ("ROA006", "survivor")]),
]
