"""Noticias del Valle (Spanish-language weekly, Provo/Orem): esquelas, bilingual (Spanish first, English summary),
plain text. Hand-labelled (gold=[(client_id, role)])."""

ITEMS = [
dict(guid="pvu_ndv-esq-2026-017", pub="2026-03-18T09:00:00-06:00",
title="Esquela: Elena Orozco Ruvalcaba, 88 años, Provo",
body="""Con profundo dolor, la familia Zamudio Orozco comunica el fallecimiento de la Sra. Elena Orozco Ruvalcaba, quien descansó en la paz del Señor el 14 de marzo de 2026 en Provo, Utah, a los 88 años de edad.

Doña Elena nació en Tepatitlán de Morelos, Jalisco, el 3 de mayo de 1937. Viuda de Don Salvador Zamudio Plascencia, llegó a Provo en 1995 para vivir con su hija y cuidó a sus nietos y a medio barrio. Era devota de la Virgen de San Juan de los Lagos y cocinaba el mejor pozole de la parroquia San Francisco de Asís.

Le sobreviven sus hijos: María Elena Zamudio Orozco "Malena" y su esposo Efraín Villaseñor, de Provo; Salvador Zamudio Orozco y su esposa Rocío, de Guadalajara; Guadalupe Zamudio Orozco, de Tepatitlán; sus nueve nietos y cuatro bisnietos.

El rosario se rezará el viernes 20 de marzo a las 7 p.m. en la Funeraria Timpanogos Hills, Orem, y la misa de cuerpo presente será el sábado 21 de marzo a las 10 a.m. en la Parroquia San Francisco de Asís, 46 S. 1000 E., Provo. Descanse en paz.

English: Elena Orozco Ruvalcaba, 88, of Provo, died March 14. Survivors include her daughter Malena Zamudio Orozco and son-in-law Efrain Villasenor of Provo. Rosary Friday 7 p.m.; funeral Mass Saturday 10 a.m., St. Francis of Assisi Parish, Provo.""",
gold=[("PVU007", "survivor"), ("PVU008", "survivor")]),

dict(guid="pvu_ndv-esq-2026-022", pub="2026-04-15T09:00:00-06:00",
title="Esquela: Rigoberto Zamudio Lara, 70 años, Pasco, Washington",
body="""La comunidad de Nuestra Señora de Guadalupe en Pasco, Washington, despide al Sr. Rigoberto Zamudio Lara, de 70 años, quien falleció el 9 de abril de 2026. Nació en Cuquío, Jalisco, y trabajó 40 años en los campos y empacadoras del valle de Yakima. Muchos paisanos de Utah lo conocieron en la temporada de la manzana.

Le sobreviven su esposa, Martha Lara de Zamudio; sus hijos Rigoberto Jr., Elena y Maricela Zamudio, todos de Pasco; y sus hermanos en Cuquío.

Misa de cuerpo presente el sábado 18 de abril en Pasco, Washington.

English: Rigoberto Zamudio Lara, 70, of Pasco, Wash., died April 9. Survivors include his wife Martha and children Rigoberto Jr., Elena and Maricela Zamudio of Pasco.""",
gold=[]),  # namesakes (Zamudio, an Elena) in Washington: nothing

dict(guid="pvu_ndv-esq-2026-029", pub="2026-06-10T09:00:00-06:00",
title="Esquela: Teresa Cervantes Magaña, 92 años, Orem",
body="""Con gran tristeza informamos el fallecimiento de la Sra. Teresa Cervantes Magaña, de 92 años, el 6 de junio de 2026 en su hogar en Orem, rodeada de su familia.

Doña Tere nació en Apaseo el Grande, Guanajuato, el 15 de octubre de 1933. Llegó a Orem en 1988 y fue fundadora del grupo de guadalupanas de la parroquia. Durante veinte años vendió tamales los domingos a la salida de misa.

Le sobreviven sus hijos Ramón (Lucía) Cervantes, de Orem; Josefina Cervantes de Ríos, de Lindon; y Arturo Cervantes, de Lehi; 14 nietos y 11 bisnietos.

El rosario será el jueves 11 de junio a las 7 p.m. en la Parroquia San Francisco de Asís, Provo; la misa funeral el viernes 12 de junio a las 10 a.m. Cargadores: Ramón Cervantes Jr., Diego Ríos, Efraín Villaseñor, Óscar Pantoja, Juan Pablo Ríos y Marco Cervantes. Agradecemos a la comadre Malena Zamudio por organizar la comida.

English: Teresa Cervantes Magaña, 92, of Orem, died June 6. Rosary Thursday 7 p.m., funeral Mass Friday 10 a.m., St. Francis of Assisi, Provo.""",
gold=[]),  # Efraín Villaseñor pallbearer, Malena Zamudio thanked for the meal: nothing
]
