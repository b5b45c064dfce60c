"""The Capital City Courier (Trenton daily) paid death notices: surname-first headings, terse plain text.
Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="tre_ccc-dn-260116-0412", pub="2026-01-16T04:00:00-05:00", title="PELLEGRINO, DOMINIC A.",
body="""PELLEGRINO, DOMINIC A. "DOM", 84, of Hamilton, on January 10, 2026. Beloved husband of Lucille (nee Iacono). Devoted father of Carmine (Denise) and Anthony. Retired pressman, U.S. Army veteran. Mass of Christian Burial Thursday 11:30 a.m., St. Gregory the Great Church. Arrangements by Marcucci & Sons, Hamilton Square.""",
gold=[]),  # second, later copy of the funeral-home obituary: labelled on the earlier copy only

dict(guid="tre_ccc-dn-260209-0233", pub="2026-02-09T04:00:00-05:00", title="KOWALCZYK, STANLEY J.",
body="""KOWALCZYK, STANLEY J., 88, of Scranton, Pa., formerly of Dunmore, on February 5, 2026. Husband of the late Genevieve. Father of Stanley Jr. and Mary Beth Horan. Retired from the Lackawanna County Highway Department. Funeral Mass Wednesday at St. Mary of Mount Carmel, Dunmore. Arrangements by Nowicki Funeral Home, Scranton.""",
gold=[]),  # namesake far away, age 88 vs roster b. 1948

dict(guid="tre_ccc-dn-260303-0519", pub="2026-03-05T04:00:00-05:00", title="SZABO, ELEANOR",
body="""SZABO, ELEANOR, of Princeton, on March 3, 2026. Arrangements are pending with the Kimble & Hart Funeral Home, Princeton.""",
gold=[("TRE022", "possible_deceased_client")]),  # same name and town, no age, no family: please verify

dict(guid="tre_ccc-dn-260318-0160", pub="2026-03-18T04:00:00-04:00", title="BARANOWSKI, HELEN (nee Wojcik)",
body="""BARANOWSKI, HELEN (nee Wojcik), 89, of Levittown, Pa., on March 15, 2026. Wife of the late Casimir. Loving mother of Teresa "Terry" Wisniewski of Levittown and the late Gregory Baranowski. Grandmother of three. Member of St. Michael the Archangel Parish and its Rosary Society. Funeral Mass Saturday 10 a.m. at St. Michael's. Interment Resurrection Cemetery, Bensalem.""",
gold=[("TRE008", "survivor")]),

dict(guid="tre_ccc-dn-260402-0377", pub="2026-04-02T04:00:00-04:00", title="MARINO, CARMELA \"MILLIE\"",
body="""MARINO, CARMELA "MILLIE", 86, of Bristol, Pa., on March 30, 2026. Wife of the late Angelo. Mother of Cathy (Tom) Vitale of Yardley, Pa., and Joseph Marino of Bristol. Nana of five. Viewing Friday 9-10:30 a.m. at St. Mark Church, Bristol, followed by Mass. Arrangements by DiLorenzo Funeral Home.""",
gold=[("TRE021", "survivor")]),  # Yardley is adjacent to the roster's Morrisville; maiden Marino

dict(guid="tre_ccc-dn-260429-0288", pub="2026-04-29T04:00:00-04:00", title="GAINES, LORETTA P.",
body="""GAINES, LORETTA P., 58, of Wilmington, Del., on April 24, 2026. Wife of Curtis Gaines. Mother of Tiana and Curtis Jr. Retired from the Delaware Department of Correction. Homegoing service Saturday 11 a.m. at Bethel AME Church, Wilmington.""",
gold=[]),  # namesake far away, wrong age, a husband the roster does not have

dict(guid="tre_ccc-dn-260512-0104", pub="2026-05-12T04:00:00-04:00", title="ROSSI, VINCENT M.",
body="""ROSSI, VINCENT M., 77, of Ewing Township, on May 9, 2026. Husband of Patricia (nee Conti). Father of Michael and Laura Rossi Bell. Retired Trenton Police lieutenant and longtime usher at Incarnation-St. James. Funeral Mass Thursday 10 a.m. at Incarnation-St. James. Arrangements by Saul Colonial Home.""",
gold=[]),  # nobody on the roster

dict(guid="tre_ccc-dn-260620-0451", pub="2026-06-20T04:00:00-04:00", title="FARKAS, GEZA",
body="""FARKAS, GEZA, 91, of Hamilton, on June 17, 2026. Husband of the late Ilona. Father of Andrea Farkas of Princeton and Steven Farkas of Yardley, Pa. Founding member of the American Hungarian Citizens' Club of Trenton. Pallbearers: Peter Nagy, Stan Kowalczyk, Les Toth and Miklos Varga. Service Monday 11 a.m. at the Hungarian Reformed Church, Trenton.""",
gold=[]),  # Stan Kowalczyk is a pallbearer: nothing
]
