"""Flint Hills Death Notices: brief paid notices, surname-first headings, plain text. One item is a later copy of
the Courier's Oberhelman obituary (labelled on the Courier's earlier copy only). Hand-labelled."""

import obits_fhc

_LEE = next(it for it in obits_fhc.ITEMS if it["guid"] == "mhk_fhc_obit_260212")

ITEMS = [
dict(guid="mhk_fhdn_260214_0031", pub="2026-02-14T08:00:00-06:00", title="OBERHELMAN, Leland E. \"Lee\"",
body=_LEE["body"],
gold=[]),   # duplicate copy: labelled on mhk_fhc_obit_260212

dict(guid="mhk_fhdn_260423_0058", pub="2026-04-23T08:00:00-05:00", title="HEPTIG, Lorena M.",
body="""HEPTIG, Lorena M., Ogden, passed away Tuesday, April 21, 2026. Arrangements are pending with Prairie Rose Funeral Chapel, Manhattan.""",
gold=[("MHK018", "possible_deceased_client")]),

dict(guid="mhk_fhdn_260527_0071", pub="2026-05-27T08:00:00-05:00", title="KOHMAN, Floyd R.",
body="""KOHMAN, Floyd R., 80, Marysville, died May 24, 2026. Retired Union Pacific section foreman. Survivors: wife Darlene; daughters Janelle Stuewe (Mike) of Lincoln, Neb., and Tina Kohman of Beatrice, Neb.; five grandchildren. Funeral 10 a.m. Saturday, Good Shepherd Lutheran Church, Marysville. Terry-Christie Funeral Home.""",
gold=[]),

dict(guid="mhk_fhdn_260623_0084", pub="2026-06-23T08:00:00-05:00", title="STRAHM, Lois Ann (Bohnenblust)",
body="""STRAHM, Lois Ann (Bohnenblust), 72, Manhattan, died June 20, 2026, at Ascension Via Christi Hospital. Survived by her husband of 52 years, Wendell, of the home; son Gary (Tonya) Strahm, Manhattan; granddaughter Kelsey Strahm, Lawrence; sister Carol Nemechek, Wamego. Preceded in death by her parents and grandson Wendell James Strahm. Memorial service 2 p.m. Friday, Zion Lutheran Church, Manhattan. Prairie Rose Funeral Chapel.""",
gold=[("MHK009", "survivor")]),
]
