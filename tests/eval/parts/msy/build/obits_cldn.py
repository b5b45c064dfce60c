"""The Crescent Ledger (New Orleans daily): paid death notices, surname-first headings, plain text, terse.
Hand-labelled."""

from obits_dsf import ITEMS as _DSF

FEED = "cldn"
_LACOUR = _DSF[0]

ITEMS = [
dict(guid="msy_cldn_2026_0311", pub="2026-01-27T06:00:00-06:00", title="COMEAUX, Ulysses Paul",
body="""COMEAUX, Ulysses Paul, 96, of Slidell, died Jan. 23, 2026. Native of Cut Off; retired from the Michoud Assembly Facility; WWII veteran, U.S. Navy. Beloved husband of the late Evelina Toups Comeaux. Father of Jolene Robichaux (Wade), Slidell, and Curtis Comeaux (Donna), Pearl River. Grandfather of five. Mass 11 a.m. Saturday, Our Lady of Lourdes, Slidell. Honors by the VFW Post 5369.""",
gold=[("MSY015", "survivor"), ("MSY016", "survivor")]),

dict(guid="msy_cldn_2026_0342", pub="2026-02-09T06:00:00-06:00", title="ST. CYR, Celestine",
body="""ST. CYR, Celestine, of Gentilly, New Orleans, died Feb. 6, 2026. Arrangements pending with Duchamp & Sons Funeral Home, Tremé.""",
gold=[("MSY007", "possible_deceased_client")]),

dict(guid="msy_cldn_2026_0388", pub="2026-02-25T06:00:00-06:00", title="LACOUR, Ferdinand Joseph Jr. \"Ferdie\"",
body=_LACOUR["body"],
gold=[]),

dict(guid="msy_cldn_2026_0406", pub="2026-03-05T06:00:00-06:00", title="ARCENEAUX, Marie Therese \"Tess\"",
body="""ARCENEAUX, Marie Therese "Tess" Fontaine, 97, of Opelousas, died March 1, 2026. Widow of Eloi Arceneaux. Mother of six; grandmother of 19. Member of the Catholic Daughters, Court St. Landry. Mass 10 a.m. Wednesday, St. Landry Catholic Church, Opelousas.""",
gold=[]),

dict(guid="msy_cldn_2026_0451", pub="2026-04-02T06:00:00-05:00", title="DUFRENE, Alphonse J.",
body="""DUFRENE, Alphonse J., 91, of Lacombe, died March 29, 2026. Retired Lacombe crab fisherman and decoy carver. Survived by son, Roland (Gigi) Dufrene, Mandeville; daughter, Lorna Dufrene Seal, Lacombe; four grandchildren. Preceded in death by wife, Wilda. Mass 10 a.m. Saturday, Sacred Heart of Jesus, Lacombe.""",
gold=[("MSY020", "survivor"), ("MSY019", "survivor")]),

dict(guid="msy_cldn_2026_0497", pub="2026-05-20T06:00:00-05:00", title="OLIVIER, Lorraine Kehoe",
body="""OLIVIER, Lorraine Kehoe, 82, of Mandeville, formerly of the Irish Channel, died May 16, 2026. Retired Charity Hospital nurse. Survived by daughter, Siobhan O'Dwyer, Madisonville; son, Brian Olivier, Chalmette. Preceded in death by husband, Gerald Olivier, and by brother-in-law, Terrence Dumas. Memorial Mass 2 p.m. Friday, Our Lady of the Lake, Mandeville.""",
gold=[("MSY017", "survivor")]),
]
