"""El Sol del Desierto (invented Spanish-language weekly, Yuma, San Luis and Somerton): esquelas written in Spanish
the way families in the Yuma-San Luis border community publish them (both surnames, "viuda de", "de" + the
husband's surname, "Le sobreviven", rosario and misa de cuerpo presente). Plain text. Hand-labelled."""

FEED = "esd"
ITEMS = [
dict(guid="yum_esd_esquela_2026_031", pub="2026-03-19T07:00:00-07:00", title="Sra. María de Jesús Urquidez viuda de Valdespino (1929 - 2026)",
body="""Con profundo dolor, sus hijos participan el sensible fallecimiento de la señora María de Jesús Urquidez viuda de Valdespino, quien descansó en la paz del Señor el lunes 16 de marzo de 2026 en su hogar de Somerton, Arizona, a la edad de 97 años.

Doña Chuy nació en El Fuerte, Sinaloa, el 2 de enero de 1929, y llegó al valle de Yuma en 1955 con su esposo, el señor Rigoberto Valdespino Soto (q.e.p.d.), para trabajar en los campos de lechuga y melón. Crió a siete hijos, cosió los vestidos de quince años de media colonia y nunca dejó de rezar el rosario a las seis de la tarde.

Le sobreviven sus hijos Rigoberto (Maricela) Valdespino Urquidez, de Somerton; Guadalupe Valdespino de Ruelas, de San Luis; Efraín Valdespino Urquidez, de Fresno, California; y Rosa Elena Valdespino, de Yuma; 22 nietos y 31 bisnietos. Le precedieron en la muerte su esposo y sus hijos Jesús y Manuel.

El rosario se rezará el jueves 19 de marzo a las 7 p.m. en la capilla de Sunset Mesa Funeral Home. La misa de cuerpo presente se celebrará el viernes 20 a las 10 a.m. en la parroquia Sagrado Corazón de Somerton, y después será sepultada en el panteón de Somerton. Descanse en paz.""",
gold=[("YUM001", "survivor"), ("YUM002", "survivor")]),

dict(guid="yum_esd_esquela_2026_044", pub="2026-04-23T07:00:00-07:00", title="Don Crisóforo Bojórquez Leyva (1932 - 2026)",
body="""Falleció el sábado 18 de abril de 2026, en San Luis Río Colorado, Sonora, a la edad de 93 años, don Crisóforo Bojórquez Leyva, pionero del Valle de San Luis, ejidatario y fundador de la primera despepitadora de algodón del ejido Lagunitas.

Le sobreviven sus hijos Consuelo Bojórquez de De la Ossa y su esposo Fidencio, de Yuma, Arizona; Crisóforo Bojórquez Salas, de San Luis Río Colorado; y María Teresa Bojórquez de Lizárraga, de Mexicali; 14 nietos y 20 bisnietos. Le precedió en la muerte su esposa, doña Herminia Salas de Bojórquez.

Sus restos fueron velados en Funerales Del Río de San Luis Río Colorado. La misa de cuerpo presente se ofició el martes en la parroquia de Nuestra Señora de Guadalupe, y fue sepultado en el panteón municipal. La familia agradece las muestras de cariño recibidas de ambos lados de la frontera.""",
gold=[("YUM009", "survivor"), ("YUM008", "survivor")]),

dict(guid="yum_esd_esquela_2026_052", pub="2026-05-28T07:00:00-07:00", title="Refugio Quihuis Almada (2002 - 2026)",
body="""Con el corazón destrozado, la familia Quihuis Almada comunica el fallecimiento de su hijo y hermano, Refugio Quihuis Almada, "Cuquito", de 24 años, vecino de Somerton, quien perdió la vida el domingo 24 de mayo de 2026 en un accidente de trabajo en un campo agrícola cerca de Gadsden.

Cuquito nació en Yuma el 3 de febrero de 2002, se graduó de la preparatoria Cibola en 2020 y trabajaba como operador de maquinaria en la cosecha. Le gustaban las carreras de caballos, la música de banda y los tacos de cabeza de los domingos.

Le sobreviven sus padres, Refugio "Cuco" Quihuis y Dolores Almada de Quihuis, de Somerton; sus hermanas, Yadira y Lizbeth Quihuis Almada; su abuela, doña Petra Quihuis, de San Luis Río Colorado; y numerosos tíos y primos.

El velorio será el jueves 28 de mayo de 5 a 9 p.m. en la capilla de Sunset Mesa, con rosario a las 7 p.m. La misa de cuerpo presente será el viernes a las 9 a.m. en la parroquia Sagrado Corazón de Somerton. Descanse en paz.""",
gold=[("YUM022", "survivor")]),

dict(guid="yum_esd_esquela_2026_071", pub="2026-07-16T07:00:00-07:00", title="Sra. Ofelia Gaxiola viuda de Zatarain (1942 - 2026)",
body="""La señora Ofelia Gaxiola viuda de Zatarain, de 84 años, vecina de San Luis, Arizona, descansó en la paz del Señor el domingo 12 de julio de 2026, rodeada de sus hijos y nietos.

Nació en Guasave, Sinaloa, y durante cuarenta años tuvo la tortillería La Guasavense en la calle Urtuzuástegui de San Luis, donde los trabajadores del campo compraban las tortillas de harina antes de cruzar la línea a las cuatro de la mañana.

Le sobreviven sus hijos Heriberto Zatarain y su esposa Ana Cristina, de San Luis; Norma Zatarain de Félix, de Yuma; y Omar Zatarain Gaxiola, de Tucson; 11 nietos y 2 bisnietos. Le precedió en la muerte su esposo, don Heriberto Zatarain Inzunza.

El rosario será el jueves 16 de julio a las 7 p.m. en la parroquia San Judas Tadeo de San Luis, y la misa de cuerpo presente el viernes a las 10 a.m. en el mismo templo. Descanse en paz.""",
gold=[("YUM007", "survivor")]),

dict(guid="yum_esd_esquela_2026_083", pub="2026-08-20T07:00:00-07:00", title="José Luis Bracamontes Ríos (1967 - 2026)",
body="""Falleció en Hermosillo, Sonora, el sábado 15 de agosto de 2026, el ingeniero José Luis Bracamontes Ríos, de 59 años, originario de Hermosillo, donde fue maestro de la Universidad de Sonora durante treinta años.

Le sobreviven su esposa, Guadalupe Ortega de Bracamontes; sus hijos José Luis y Andrea Bracamontes Ortega, de Phoenix, Arizona; y su madre, doña Amelia Ríos viuda de Bracamontes.

Sus restos fueron velados en Funerales Moreno de Hermosillo y sepultados en el Panteón Jardín. La familia publica esta esquela para sus amistades del Valle de Yuma.""",
gold=[]),
]
