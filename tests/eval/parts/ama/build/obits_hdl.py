"""El Heraldo del Llano (bilingual Hispanic weekly, Hereford and Amarillo), "Esquelas / Obituaries": plain text,
Spanish survivor paragraph followed by an English one. Hand-labelled."""

ITEMS = [
dict(guid="ama_hdl_esquela_2026_014", pub="2026-02-19T08:00:00-06:00", title="Esquela: Doña Herminia Tarango viuda de Salcido (1934 - 2026)",
body="""Doña Herminia Tarango viuda de Salcido, de 91 años, de Hereford, falleció el 15 de febrero de 2026 en su hogar, rodeada de su familia.

Nació en Ojinaga, Chihuahua, y llegó a Hereford en 1962 para trabajar en la cosecha de cebolla y papa. Por treinta años preparó tamales para cada boda y quinceañera de la parroquia de San José.

Le sobreviven su hija, Araceli Tarango de Villalpando y su esposo, Ezequiel, de Hereford; su hijo, Bernabé Salcido, de Odessa; once nietos y nueve bisnietos. Le precedieron en la muerte su esposo, Teófilo Salcido, y su hijo, Javier.

She is survived by her daughter, Araceli Villalpando and her husband, Ezequiel, of Hereford; her son, Bernabé Salcido of Odessa; eleven grandchildren and nine great-grandchildren.

El rosario será el viernes a las 7 p.m. y la Misa de cuerpo presente el sábado a las 10 a.m. en la Iglesia de San José, Hereford.""",
gold=[("AMA004", "survivor"), ("AMA003", "survivor")]),

dict(guid="ama_hdl_esquela_2026_031", pub="2026-05-14T08:00:00-05:00", title="Esquela: Don Anastasio De La Fuente Ibarra (1945 - 2026)",
body="""Don Anastasio De La Fuente Ibarra, de 80 años, de Amarillo, falleció el 10 de mayo de 2026, Día de las Madres, en el Northwest Texas Hospital.

Originario de Valle de Santiago, Guanajuato, trabajó cuarenta años en la planta empacadora de carne y los domingos vendía elotes frente a la iglesia de San José.

Le sobreviven su hija, Marisol De La Fuente y su esposo, Rogelio Campos, de Amarillo; su hijo, Ernesto De La Fuente, de Dumas; y siete nietos. His daughter Marisol and her husband Rogelio thank the nurses of the fifth floor for their kindness.

Misa de cuerpo presente el viernes a las 10 a.m. en la Iglesia de San José, Amarillo. Sepultura en el cementerio Llano.""",
gold=[("AMA015", "survivor")]),

dict(guid="ama_hdl_esquela_2026_040", pub="2026-06-18T08:00:00-05:00", title="Esquela: Don Teodoro Lozano Pérez (1937 - 2026)",
body="""Don Teodoro Lozano Pérez, de 88 años, de Friona, falleció el 14 de junio de 2026.

Le sobreviven su esposa de 65 años, Carmela; sus hijos, Teodoro Jr. y Nicolás, de Friona; y sus hermanas, Perpetua Lozano Yzaguirre, de Hereford, y Cruz Lozano, de Clovis, Nuevo México.

Survived by his wife, Carmela; his sons, Teodoro Jr. and Nicolás of Friona; and his sisters, Perpetua "Pepa" Yzaguirre of Hereford and Cruz Lozano of Clovis, New Mexico.

Rosario el jueves a las 7 p.m., Misa el viernes a las 10 a.m., Iglesia de San Teresa, Friona.""",
gold=[("AMA022", "survivor")]),
]
