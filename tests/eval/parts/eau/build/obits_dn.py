"""Dunn-Chippewa Shopper paid death notices (invented; terse, surname-first headings), plain text.
Hand-labelled: gold = [(client_id, role)]."""

ITEMS = [
dict(guid="eau_dn_20260123_halvorson", pub="2026-01-23T07:00:00-06:00", title="HALVORSON, Gerald O. \"Jerry\"",
body="""HALVORSON, Gerald O. "Jerry", 84, Eau Claire, died Jan. 4, 2026. Born April 12, 1941, Town of Otter Creek. Survived by wife of 61 years Arlene (Brekke); sons Todd (Lisa), Brian; daughter Kari (Dean) Amundson; grandchildren. Services were held Jan. 10 at Our Saviour's Lutheran Church, Eau Claire. Lystad-Kranz Funeral Chapel.""",
gold=[]),  # later duplicate copy of eau_cvl_obit_20260107_halvorson: labelled on the earlier copy only

dict(guid="eau_dn_20260216_dachel", pub="2026-02-16T07:00:00-06:00", title="DACHEL, Patricia A.",
body="""DACHEL, Patricia A., Chippewa Falls, died Saturday, Feb. 14, 2026. Arrangements are pending with Pederson-Volker Funeral Chapel, Chippewa Falls.""",
gold=[("EAU020", "possible_deceased_client")]),

dict(guid="eau_dn_20260310_wiitala", pub="2026-03-10T07:00:00-05:00", title="WIITALA, Eino J.",
body="""WIITALA, Eino J., 88, Altoona, died March 7, 2026. Retired from the Soo Line. Survived by son Raymond Wiitala, Altoona; daughter Helmi Sorensen, Superior. Preceded by wife Aune. Memorial service 1 p.m. Friday, Hope Lutheran Church, Altoona.""",
gold=[]),  # EAU013 Raymond Wiitala is do_not_contact

dict(guid="eau_dn_20260325_tollefsrud", pub="2026-03-25T07:00:00-05:00", title="TOLLEFSRUD, Janelle M.",
body="""TOLLEFSRUD, Janelle M., 19, Decorah, Iowa, formerly of Whitehall, died March 21, 2026, in Decorah. Student at Luther College. Survived by parents Mark and Sonja Tollefsrud, Decorah; brother Nils; grandparents Oscar and Hazel Tollefsrud, Whitehall. Services Thursday, Decorah Lutheran Church.""",
gold=[]),  # namesake: 19, of Decorah, Iowa; EAU014 is 41 and of Eau Claire

dict(guid="eau_dn_20260421_pfund", pub="2026-04-21T07:00:00-05:00", title="PFUND, Leonard \"Len\"",
body="""PFUND, Leonard "Len", 89, Menomonie, died April 18, 2026, at Mayo Clinic Health System - Red Cedar. Born June 2, 1936, in the Town of Red Cedar. Retired from 3M Menomonie after 35 years. Preceded in death by his wife of 64 years, Irene, on March 10, 2026. Survived by daughters Karen (Jim) Kopp, Menomonie, and Debra Pfund, Rice Lake; son Thomas (Jean) Pfund, Boyceville; seven grandchildren. Funeral 11 a.m. Friday, Our Saviour's Lutheran Church, Menomonie.""",
gold=[("EAU012", "deceased_client")]),

dict(guid="eau_dn_20260514_gilbertson", pub="2026-05-14T07:00:00-05:00", title="GILBERTSON, Myrtle E.",
body="""GILBERTSON, Myrtle E., 90, Augusta, died May 11, 2026. Survived by sons Gary and Dale Gilbertson, Augusta; daughter Linda Johnson, Fall Creek. Preceded by husband Orville. Funeral 10 a.m. Monday, Augusta Lutheran Church; Pastor Ruth Engen officiating. Pallbearers: Bernie Schmiedlin Jr., Wendell Ostrander, Roger Kolstad, Phil Hanson.""",
gold=[]),  # pallbearers who are clients: nothing
]
