"""Copper Country Death Notices: brief paid notices (surname-first headings), plain text. Hand-labelled."""

ITEMS = [
dict(guid="cmx_dn_20260313_pellinen", pub="2026-03-13T07:00:00-04:00", title="PELLINEN, Eino K.",
body="""PELLINEN, Eino Kaarlo, 86, of Chassell, died March 9, 2026. Born May 14, 1939, in Pelkie. Survived by his wife of 63 years, Lempi (Niemela); sons Mark and David; daughter Kathy Luoma; seven grandchildren. Funeral 11 a.m. Saturday, March 14, St. Peter's Lutheran Church, Chassell. Portage Lake Memorial Chapel, Hancock.""",
gold=[]),  # a second, later copy of cmx_crg_obit_20260311_02: labelled there only

dict(guid="cmx_dn_20260521_heikkinen", pub="2026-05-21T07:00:00-04:00", title="HEIKKINEN, Judith A. (Lahti)",
body="""HEIKKINEN, Judith Ann (Lahti), 70, of Dollar Bay, died May 18, 2026. Survived by her husband of 48 years, Wayne "Red" Heikkinen; son Brian (Kelly) of Hancock; two grandchildren. Preceded in death by her parents, Eugene and Helen Lahti. Memorial service 2 p.m. May 30 at Dollar Bay Lutheran Church.""",
gold=[("CMX021", "survivor")]),

dict(guid="cmx_dn_20260714_lahti", pub="2026-07-14T07:00:00-04:00", title="LAHTI, Eugene R.",
body="""LAHTI, Eugene Robert, 77, of Hancock, died July 11, 2026. Survived by his wife, Carol; sons Dale and Kevin; five grandchildren. Preceded in death by his brother, Ernest. Services 11 a.m. Friday at Gloria Dei Lutheran Church, Hancock.""",
gold=[]),

dict(guid="cmx_dn_20260930_aho", pub="2026-09-30T07:00:00-04:00", title="AHO, Lorraine M.",
body="""AHO, Lorraine Marie, 71, of Grand Rapids, formerly of Painesdale, died Sept. 26, 2026. Survived by her husband, Dennis; daughters Kim and Tracy; four grandchildren. Services in Grand Rapids; burial at Jeffers Cemetery, Painesdale, at a later date.""",
gold=[]),

dict(guid="cmx_dn_20261021_kaukola", pub="2026-10-21T07:00:00-04:00", title="KAUKOLA, Helmi",
body="""KAUKOLA, Helmi, Lake Linden. Arrangements are pending with Portage Lake Memorial Chapels, Calumet.""",
gold=[("CMX007", "possible_deceased_client")]),
]
