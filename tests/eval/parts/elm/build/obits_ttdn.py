"""Twin Tiers Death Notices (brief paid notices, surname-first headings, Chemung, Steuben, Schuyler and Tioga
Counties and the Pennsylvania side of the line), plain text. Hand-labelled."""

FEED = "ttdn"
ITEMS = [
dict(guid="elm_ttdn_2026_000214", pub="2026-02-21T06:00:00-05:00", title="STROUPE, Evangeline M.",
body="""STROUPE, Evangeline Mae "Vangie", 91, of Williamsport, Pa., died Feb. 18, 2026. Retired Lycoming College librarian. Survived by nephews Dean and Curtis Stroupe of Montoursville. Preceded in death by husband, Elwood. Services 11 a.m. Tuesday, Knight-Confer Funeral Home, Williamsport.""",
gold=[]),

dict(guid="elm_ttdn_2026_000388", pub="2026-04-14T06:00:00-04:00", title="EASTERBROOK, Thornton",
body="""EASTERBROOK, Thornton, of Big Flats, April 11, 2026. Arrangements are pending with Brockway & Sons Funeral Home, Elmira.""",
gold=[("ELM018", "possible_deceased_client")]),

dict(guid="elm_ttdn_2026_000461", pub="2026-05-12T06:00:00-04:00", title="VAN DUZER, Hendrik \"Hank\"",
body="""VAN DUZER, Hendrik "Hank", 81, of Big Flats, died May 9, 2026. Retired Big Flats highway superintendent. Survived by his wife of 58 years, Willemina (Mina); son, Peter Van Duzer of Horseheads; daughter, Greta (Jon) Sayles of Lindley; five grandchildren. Funeral 11 a.m. Friday, Big Flats Community Church. Burial Fairview Cemetery.""",
gold=[("ELM008", "survivor")]),

dict(guid="elm_ttdn_2026_000529", pub="2026-06-05T06:00:00-04:00", title="QUACKENBUSH, Bartholomew J.",
body="""QUACKENBUSH, Bartholomew J., 88, of Binghamton, died June 2, 2026. Retired IBM Endicott engineer. Survived by his wife, Eleanor; daughters Susan Quackenbush of Vestal and Mary (Tom) Kessler of Johnson City. Funeral 10 a.m. Monday, Our Lady of Sorrows, Vestal.""",
gold=[]),
]
