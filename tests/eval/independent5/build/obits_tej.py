"""Funeraria del Valle: Tejano/bilingual funeral home, HTML in content:encoded. Hand-labelled."""

FEED = "tej"
ITEMS = [
dict(guid="https://www.funerariadelvalle.example/obituarios/esperanza-trevino-vda-de-garza", pub="2026-02-25T10:00:00-06:00", title="Esperanza Treviño Vda. de Garza",
body="""Esperanza Treviño Vda. de Garza, 91, of Pharr, entered eternal rest on February 22, 2026.

Nacida en Reynosa, Tamaulipas, Doña Esperanza crossed the river in 1956 and worked the citrus packing sheds for thirty years.

Le sobreviven su hija, Lupita Garza y su esposo Hector, de McAllen; su hijo, Ramiro Garza Treviño of San Antonio; 14 nietos y 22 bisnietos. She was preceded in death by her husband, Ramiro Garza Sr.

Rosary will be prayed Thursday at 7 p.m. at the funeral home chapel, led by Padre Tomás Elizondo. Misa de cuerpo presente Friday at Our Lady of Guadalupe, Pharr.""",
gold=[("P027", "survivor"), ("P028", "survivor")]),

dict(guid="https://www.funerariadelvalle.example/obituarios/rolando-cantu", pub="2026-03-30T10:00:00-05:00", title="Rolando Cantu",
body="""Rolando Cantu, 71, of Laredo, passed away March 27, 2026. He was a retired Border Patrol agent.

Survived by his wife Norma and daughters Celia and Ruth, all of Laredo. Services at San Luis Rey Church, Laredo.""",
gold=[]),

dict(guid="https://www.funerariadelvalle.example/obituarios/amparo-cantu-de-leon", pub="2026-04-20T10:00:00-05:00", title="Amparo Cantú de León",
body="""Amparo Cantú de León, 83, of Edinburg, fell asleep in the Lord on April 17, 2026.

She is survived by her brother, Rolly Cantu of Edinburg; her children, Javier León and Norma León Salinas; and eleven grandchildren. Preceded in death by her husband, Jesús León.

Velorio at the funeral home chapel, Edinburg.""",
gold=[("P029", "survivor")]),
]
