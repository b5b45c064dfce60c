"""The Columbus Courier-Ledger, paid death notices: surname-first headings, short plain text. Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="cmh_ccl-dn-2026-02-0184", pub="2026-02-19T06:00:00-05:00", title="HENSLEY, Harold E.",
body="""HENSLEY, Harold Estill, 84, of Grove City, died Feb. 16, 2026. Born in Manchester, Ky. Retired from the B&O railroad. Survived by sons Billy Ray (Darlene) and Roscoe, both of Grove City; 4 grandchildren. Preceded in death by wife Geneva. Visitation 5-8 p.m. Sunday, Service 11 a.m. Monday, Grove City Chapel. Burial Sunset Cemetery.""",
gold=[("CMH011", "survivor"), ("CMH012", "survivor")]),  # CMH020 Roscoe is do_not_contact: nothing

dict(guid="cmh_ccl-dn-2026-03-0221", pub="2026-03-05T06:00:00-05:00", title="BRENNEMAN, Anna Marie (Hostetler)",
body="""BRENNEMAN, Anna Marie (Hostetler), 79, of Lititz, Pa., died Feb. 27, 2026. Survived by husband Lester; children Ruth Ann (Dale) Weaver and Nelson Brenneman, all of Lancaster County, Pa.; 11 grandchildren. Service was held at Hammer Creek Mennonite Church. Notice placed by her cousin of Canal Winchester.""",
gold=[]),  # namesake far away (CMH008 Anna Marie Brenneman, maiden Stauffer, husband Walter): nothing

dict(guid="cmh_ccl-dn-2026-04-0307", pub="2026-04-22T06:00:00-04:00", title="STAUFFER, Otto W.",
body="""STAUFFER, Otto Wilhelm, 97, German Village, died April 19, 2026. Retired master printer; 70-year member of the Columbus Maennerchor. Survived by daughter Anna Marie (Walt) Brenneman of Columbus; grandsons Karl and Erich Brenneman. Preceded in death by wife Lieselotte. Mass of Christian Burial 10 a.m. Saturday, St. Mary Church, 684 S. Third St.""",
gold=[("CMH008", "survivor"), ("CMH009", "survivor")]),

dict(guid="cmh_ccl-dn-2026-06-0412", pub="2026-06-03T06:00:00-04:00", title="KOWALCZYK, Stanley J.",
body="""KOWALCZYK, Stanley Joseph, 82, of Parma, Ohio, died May 30, 2026. Retired Ford Brook Park foreman. Survived by wife of 58 years Dorothy; son Mark (Julie) of Strongsville; granddaughters Samantha Kowalczyk of Dublin, Ohio, and Emily Kowalczyk of Cleveland. Mass Tuesday at St. Charles Borromeo, Parma.""",
gold=[("CMH019", "survivor")]),

dict(guid="cmh_ccl-dn-2026-08-0519", pub="2026-08-12T06:00:00-04:00", title="PRUITT, Delmas R.",
body="""PRUITT, Delmas Ray, 74, of Grove City, died Aug. 9, 2026. U.S. Army, Vietnam. Survived by wife Bonnie; daughters Sherry Pruitt and Kim (Todd) Ratliff; brother Orville of Jackson, Ky. Graveside service with military honors 2 p.m. Friday, Sunset Cemetery, Galloway.""",
gold=[]),  # nobody on the roster

dict(guid="cmh_ccl-dn-2026-11-0688", pub="2026-11-06T06:00:00-05:00", title="GALINDO, Jesus",
body="""GALINDO, Jesus, of Dublin, passed away Nov. 3, 2026. Arrangements pending with Sanchez-Ruiz Funeral Services, Columbus.""",
gold=[("CMH017", "possible_deceased_client")]),  # same name and town, no age/spouse/birth (roster birth blank)
]
