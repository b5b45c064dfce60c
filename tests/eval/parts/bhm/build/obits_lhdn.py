"""The Birmingham Ledger-Herald paid death notices (invented paper): brief, surname-first headings, plain text.
Hand-labelled."""

FEED = "lhdn"
ITEMS = [
dict(guid="bhm_lhdn_2026_0122_pruitt", pub="2026-01-22T06:00:00-06:00", title="PRUITT, Hattie Lee",
body="""PRUITT, Hattie Lee, 96, Fairfield, died Jan. 18, 2026. Retired school cook, 40 years, Fairfield City Schools; mother of the church, Greater New Bethel Missionary Baptist. Survived by daughters, Odessa (Roosevelt) Threadgill, Bessemer, and Claudette Pruitt, Detroit, Mich.; 9 grandchildren, 14 great-grandchildren. Homegoing 11 a.m. Saturday, Greater New Bethel. Davenport & Sons, directors.""",
gold=[("BHM002", "survivor"), ("BHM001", "survivor")]),

dict(guid="bhm_lhdn_2026_0217_gaines", pub="2026-02-17T06:00:00-06:00", title="GAINES, Geraldine W.",
body="""GAINES, Geraldine Williams, 81, Center Point, transitioned Feb. 13, 2026. Retired RN, Cooper Green Hospital. Survived by daughter, Yolanda (Darnell) Hairston, Trussville; son, Marcus Gaines, Atlanta; grandsons Jordan and Caleb Hairston. Preceded by husband, Rev. Willie Gaines. Service noon Friday, Center Point CME Church.""",
gold=[("BHM006", "survivor"), ("BHM005", "survivor")]),

dict(guid="bhm_lhdn_2026_0305_kouzounis", pub="2026-03-05T06:00:00-06:00", title="KOUZOUNIS, Angela M.",
body="""KOUZOUNIS, Angela Maria, 61, Homewood, died March 2, 2026, after a long illness bravely borne. Co-owner with her husband of the Oxmoor Diner for 30 years. Survived by her husband, Demetrios "Jimmy" Kouzounis; daughters Sophia and Anna; mother, Mrs. Katherine Pappas. Funeral 11 a.m. Saturday, Annunciation Greek Orthodox Church. Memorials to the church's Philoptochos Society.""",
gold=[("BHM010", "survivor")]),  # the client's roster spouse (not a client) dies: survivor

dict(guid="bhm_lhdn_2026_0325_locicero", pub="2026-03-25T06:00:00-05:00", title="LOCICERO, Anthony P. \"Tony\"",
body="""LOCICERO, Anthony Paul "Tony", 84, Birmingham (Ensley), died March 21, 2026. Barber on Avenue E for 52 years. Survived by son, Joey LoCicero, Vestavia Hills; daughter, Theresa LoCicero Hughes (Dale), Trussville; 4 grandchildren. Preceded by wife, Frances. Rosary 6 p.m. Tuesday, Mass 10 a.m. Wednesday, St. Joseph, Ensley.""",
gold=[("BHM014", "survivor")]),

dict(guid="bhm_lhdn_2026_0408_vickery", pub="2026-04-08T06:00:00-05:00", title="VICKERY, Harold",
body="""VICKERY, Harold, Gardendale, died April 5, 2026. Arrangements pending with Gardendale Memorial Chapel.""",
gold=[("BHM023", "possible_deceased_client")]),  # same name and town, no age, no spouse: possible only

dict(guid="bhm_lhdn_2026_0512_turner", pub="2026-05-12T06:00:00-05:00", title="TURNER, Willie James",
body="""TURNER, Willie James, 77, Bessemer, died May 9, 2026. Retired, U.S. Pipe, 33 years; Vietnam veteran, U.S. Army. Survived by wife, Earnestine; sons Willie Jr. and Anthony; sister, Lillie Mae Abrams, Cleveland, Ohio. Service 1 p.m. Saturday, St. John AME Church, Bessemer. Military honors.""",
gold=[]),
]
