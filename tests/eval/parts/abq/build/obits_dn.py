"""Sun-Tribune paid death notices: terse, surname-first, plain text. Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="abq_dn_260121_gurule", pub="2026-01-21T05:00:00-07:00", title="GURULÉ, Adelaida Lucero",
body="""GURULÉ, Adelaida Lucero, 97, of the South Valley, died January 11, 2026. Survived by daughter Cipriana "Sippy" Archibeque (Eloy Sr.), son Ambrosio "Brosie" Gurulé, daughter Teodora Gurulé Padilla, granddaughter Vangie Trujillo (Ray). Rosary Jan. 15, Mass Jan. 16, San José Church. Sangre de Cristo South Valley Chapel, 505-555-0190.""",
gold=[]),

dict(guid="abq_dn_260612_trujillo", pub="2026-06-12T05:00:00-06:00", title="TRUJILLO, Ramon E.",
body="""TRUJILLO, Ramon E., 88, Albuquerque, June 9, 2026. Retired APS custodian, Navy veteran. Survived by wife Eduvigen, daughters Cynthia and Ruth Ann. Services June 15, 10 a.m., Holy Ghost Catholic Church. French Funerals-Cremations.""",
gold=[]),

dict(guid="abq_dn_260625_abeyta", pub="2026-06-25T05:00:00-06:00", title="ABEYTA, Crucita M.",
body="""ABEYTA, Crucita M., 93, Albuquerque (North Valley), June 22, 2026. Survived by daughter Lola Sedillo (Lino) of Albuquerque, son Patricio Abeyta of Bernalillo, 6 grandchildren. Preceded by husband Patricio Sr. Rosary June 29, 7 p.m., Mass June 30, 10 a.m., Our Lady of Guadalupe, Griegos Rd. Sangre de Cristo North Valley Chapel.""",
gold=[("ABQ012", "survivor"), ("ABQ011", "survivor")]),

dict(guid="abq_dn_260702_sisneros", pub="2026-07-02T05:00:00-06:00", title="SISNEROS, Porfirio A.",
body="""SISNEROS, Porfirio A., 81, Pueblo, Colo., formerly of Walsenburg, June 27, 2026. Retired CF&I steelworker. Survived by wife of 58 years, Angie Sisneros of Pueblo, Colo.; sons Arturo and Porfirio Jr. of Pueblo West. Mass July 6, St. Francis Xavier Church, Pueblo, Colo.""",
gold=[]),

dict(guid="abq_dn_260716_romero", pub="2026-07-16T05:00:00-06:00", title="ROMERO, Orlinda Ulibarri",
body="""ROMERO, Orlinda Ulibarri, 84, Mora, July 12, 2026. Survived by sons Adán and Felipe Romero of Mora; sister Priscilla Maestas of Mora; niece Angie Ulibarri Sisneros (Benny) of Rio Rancho; nephew Eliseo Ulibarri of Las Vegas, N.M. Preceded by husband Pedro and brother Benito Ulibarri. Rosary July 19, Mass July 20, Church of St. Gertrude the Great, Mora.""",
gold=[("ABQ003", "survivor"), ("ABQ004", "survivor")]),
]
