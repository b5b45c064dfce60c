"""Finney County Neighbors (community newsletter): teaser in description, HTML in content:encoded.
Hand-labelled."""

ITEMS = [
dict(guid="gcm_neighbors_2026_06_a", pub="2026-06-10T09:00:00-05:00", title="Welcome, baby Mateo!",
body="""Marisol Baeza and Andres Solis welcomed their first child, Mateo Andres Solis Baeza, on May 28 at St. Catherine Hospital. He weighed 7 pounds, 9 ounces.

Marisol is the loan officer at Plains State Bank's Kansas Avenue branch; Andres coaches soccer at Garden City Community College. Proud great-uncle Frank Baeza says Mateo already has a Broncbusters jersey.""",
gold=[("GCM018", "subject")]),

dict(guid="gcm_neighbors_2026_07_b", pub="2026-07-29T09:00:00-05:00", title="Finney County Fair open-class results",
body="""Open-class baking results from the Finney County Fair: fruit pie, first, Deb Kleysteuber; second, Rosa Mendez. Zwieback, first, Arlene Friesen Dyck. Judges were LaVerne Seiwert of Holcomb and Mary Stoppel of Deerfield.

In photography, Dwayne Hottman of Dodge City took grand champion for his image of the Arkansas River at sunrise.""",
gold=[]),
]
