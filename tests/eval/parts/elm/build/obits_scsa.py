"""St. Casimir & St. Anthony Parishes, Southside Elmira (a Polish and Italian parish pair sharing one bulletin,
with a Spanish Mass and notices sent in from sister parishes): "Pray for our dead", church-bulletin style,
plain text. Hand-labelled."""

FEED = "scsa"
ITEMS = [
dict(guid="elm_scsa_2026_01_18_rip1", pub="2026-01-18T07:00:00-05:00", title="Casimir \"Cash\" Wojtaszek - Elmira",
body="""Wieczny odpoczynek racz mu dać, Panie. Please keep in your prayers our parishioner Casimir J. "Cash" Wojtaszek, 92, of Elmira, who fell asleep in the Lord on January 13. Cash was an usher at the 8 o'clock Mass at St. Casimir's for over fifty years, a charter member of the Polish Falcons Nest 506, and the man who carried the Pisanki table up the church steps every Easter until he was 88.

He leaves his brother, Ignatius (Helen) Wojtaszek of Elmira; his nephew and godson, Casimir "Casey" Wojtaszek (Renata) of Elmira Heights, who was named for him; and his great-nephews Tobias and Lukas. His wife, Stella, went before him in 2014.

His funeral Mass was offered Saturday at St. Casimir Church by Fr. Tadeusz Kowal. Eternal rest grant unto him, O Lord.""",
gold=[("ELM003", "survivor"), ("ELM013", "survivor")]),

dict(guid="elm_scsa_2026_03_15_rip1", pub="2026-03-15T07:00:00-04:00", title="Kathleen O'Shaughnessy Dunphy - from St. Mary's, Elmira",
body="""Sent in from our sister parish of St. Mary's: please pray for the repose of the soul of Kathleen Bridget Dunphy, the former Kathleen O'Shaughnessy, 80, of Elmira, who died March 10 at Arnot Ogden Medical Center. Kay taught second grade at St. Mary's school for thirty-four years, and half of the Southside learned to read from her.

She is survived by her husband, Gerald Dunphy; her sister, Bernadine (Gus) Threlkeld of Corning; her brother, Francis O'Shaughnessy of Scranton, Pa.; and a large and loving family of nieces and nephews. She was predeceased by her brother, Father Michael O'Shaughnessy.

Her Mass of Christian Burial was celebrated at St. Mary's Church on Saturday. May perpetual light shine upon her.""",
gold=[("ELM021", "survivor"), ("ELM020", "survivor")]),

dict(guid="elm_scsa_2026_04_26_prayers", pub="2026-04-26T07:00:00-04:00", title="Prayer list - Third Sunday of Easter",
body="""Pray for our dead: Ignatius Wojtaszek, Dolores Ferrante, Stanley Grzybowski, Anthony "Butch" Lupo.

Pray for the sick and homebound of our parishes: Mena Caporaletti, Helen Wojtaszek, Frank Paternostro, Irene Kolodziej, Sal DiPietro.

Please call the rectory if you or a loved one would like a visit from Fr. Kowal or a Eucharistic minister. The Altar and Rosary Society thanks everyone who helped with the Easter pierogi sale, which raised $4,120 for the food pantry.""",
gold=[]),

dict(guid="elm_scsa_2026_06_14_rip1", pub="2026-06-14T07:00:00-04:00", title="Teodoro Echevarría Colón - Elmira",
body="""Oremos por el eterno descanso de nuestro hermano Teodoro Echevarría Colón, 79, natural de Ponce, Puerto Rico, y residente de Elmira, quien falleció el 8 de junio. Teodoro fue fiel a la Misa en español del domingo por más de veinte años y tocó el cuatro en la parranda navideña de la parroquia.

Le sobreviven su esposa, Carmen Pagán de Echevarría; su hija, Marisol Echevarría Pagán, de Elmira; su hijo, Luis Echevarría, de Allentown, Pa.; y cuatro nietos.

Please pray for Teodoro Echevarría Colón, 79, of Elmira, who died June 8. He is survived by his wife, Carmen; his daughter, Marisol Echevarría Pagán of Elmira; his son, Luis Echevarría of Allentown, Pa.; and four grandchildren. His funeral Mass was celebrated in Spanish at St. Anthony Church on June 12. Descanse en paz.""",
gold=[("ELM019", "survivor")]),
]
