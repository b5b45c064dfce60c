"""Tulare County Record: terse paid death notices (surname-first headings, 25-70 words), plain text.
Hand-labelled: gold=[(client_id, role), ...] beside each text."""

FEED = "notices"
ITEMS = [
dict(guid="fre_tcr_notice_2026_0309a", pub="2026-03-09T06:00:00-07:00",
     title="BORBA, Conceição \"Connie\"",
     body="""BORBA, Conceição "Connie", of Visalia, died March 6, 2026. Arrangements are pending with Mineral King Memorial Chapel, Visalia.""",
     # same name and town as FRE013 (Conceicao "Connie" Borba, Visalia, b. 1940, no roster spouse); no age, no
     # survivors, nothing to corroborate or rule out -> possible_deceased_client.
     gold=[("FRE013", "possible_deceased_client")]),

dict(guid="fre_tcr_notice_2026_0405b", pub="2026-04-05T06:00:00-07:00",
     title="QUARESMA, Manuel J. Sr.",
     body="""QUARESMA, Manuel Jacinto Sr., 94, of Tulare, dairyman, born in Vila Nova, Terceira, Azores, died March 28, 2026. Survived by son Manny (Fatima) Quaresma of Tulare, daughter Alda Mendes of Hilmar, nephew Tony da Rosa of Hanford, eight grandchildren and eleven great-grandchildren. Rosary Wed., April 8, 7 p.m., funeral Mass Thurs., April 9, 10 a.m., St. Aloysius Church, Tulare.""",
     # a second, later copy of the Courier obituary fre_courier_obit_2026_4471: labelled there only -> nothing here.
     gold=[]),

dict(guid="fre_tcr_notice_2026_0611c", pub="2026-06-11T06:00:00-07:00",
     title="MACHADO, José Alberto",
     body="""MACHADO, José Alberto, 81, of Hanford, retired dairyman, native of São Jorge, Azores, died June 7, 2026. Survived by wife Maria Olívia; daughters Cindy Machado and Paula Rocha (Ed), both of Hanford; godson Joe Sarmento of Lemoore; four grandchildren. Funeral Mass Sat., June 13, 10 a.m., St. Brigid Catholic Church, Hanford. Interment Grangeville Cemetery.""",
     # godson "Joe Sarmento of Lemoore" = FRE012 Jose Mario "Joe" Sarmento (roster Hanford; Lemoore is ~16 km away)
     # -> survivor.
     gold=[("FRE012", "survivor")]),

dict(guid="fre_tcr_notice_2026_0830d", pub="2026-08-30T06:00:00-07:00",
     title="DA ROSA, Antonio Paulo",
     body="""DA ROSA, Antonio Paulo "A.J.", 19, of Hanford, died August 26, 2026, in a farm accident near Lemoore. A 2025 graduate of Hanford West High School and a sophomore at West Hills College. Survived by parents Paulo and Sandra da Rosa; sister Mariana; grandparents Tony and Lurdes da Rosa, all of Hanford. Mass of Christian Burial Tues., Sept. 1, 11 a.m., St. Brigid Catholic Church, Hanford.""",
     # a 19-year-old namesake of FRE021 Antonio "Tony" Da Rosa (b. 1957): not the client; the client is his
     # grandfather "Tony ... da Rosa ... of Hanford" -> survivor (not deceased_client).
     gold=[("FRE021", "survivor")]),

dict(guid="fre_tcr_notice_2026_1103e", pub="2026-11-03T06:00:00-08:00",
     title="KASPARIAN, Vartan",
     body="""KASPARIAN, Vartan, 87, of Visalia, retired raisin grower, died October 30, 2026. Survived by wife Alice; son Steve Kasparian of Visalia; sister Anahid Der Avedisian of Fresno; three grandchildren. Preceded in death by brother-in-law Greg Der Avedisian. Hokehankisd service and funeral Sat., Nov. 7, 11 a.m., Holy Trinity Armenian Apostolic Church, Fresno.""",
     # sister Anahid Der Avedisian of Fresno = FRE004 (maiden Kasparian) -> survivor. "Greg Der Avedisian" (FRE003)
     # is named as preceded in death (he is the deceased client of March): nothing new for him.
     gold=[("FRE004", "survivor")]),
]
