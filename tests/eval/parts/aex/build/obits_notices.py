"""Cenla Sentinel paid death notices: terse, surname-first headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="aex_notice_2026_000311", pub="2026-01-28T05:30:00-06:00", title="JEANSONNE, Lucien Paul",
body="""Lucien Paul Jeansonne, 77, of Port Arthur, Texas, a native of Moreauville, died Jan. 24, 2026. Retired refinery pipefitter, Motiva. Survived by wife, Geraldine; daughters Renee Jeansonne Breaux and Monica Jeansonne, both of Nederland, Texas. Services 10 a.m. Friday, St. Charles Borromeo Catholic Church, Nederland.""",
gold=[]),  # far-away namesake: roster Lucien Jeansonne is 77/78 but lives in Marksville and his wife Odile is alive

dict(guid="aex_notice_2026_000398", pub="2026-03-11T05:30:00-05:00", title="DAUZAT, Robert Joseph Sr.",
body="""Robert Joseph Dauzat Sr., 88, Mansura, died March 8, 2026. Retired Avoyelles Parish School Board bus driver. Survived by son Robert "T-Bob" Dauzat Jr. (Charlene), Mansura; daughter Debbie Dauzat Lemoine (Keith), Moreauville; six grandchildren. Preceded in death by wife, Velma. Mass 10 a.m. Thursday, St. Paul the Apostle Catholic Church, Mansura.""",
gold=[("AEX003", "survivor"), ("AEX004", "survivor")]),

dict(guid="aex_notice_2026_000456", pub="2026-04-29T05:30:00-05:00", title="KIMBROUGH, Mitchell Wayne",
body="""Mitchell Wayne Kimbrough, 86, Pineville, died April 26, 2026. Retired Louisiana State Police trooper; U.S. Army veteran. Survived by son Wayne Kimbrough (Tammy), Pineville; grandson and namesake Mitch Kimbrough, Pineville; granddaughter Kelsey Kimbrough Hatch, Ruston. Preceded in death by wife, Peggy. Services 2 p.m. Saturday, Kingsville Baptist Church.""",
gold=[("AEX018", "survivor")]),

dict(guid="aex_notice_2026_000521", pub="2026-06-09T05:30:00-05:00", title="BORDELON, Kenneth",
body="""Kenneth Bordelon of Bunkie passed away Sunday, June 7, 2026. Arrangements are pending with Belle Riviere Funeral Home, Bunkie.""",
gold=[("AEX022", "possible_deceased_client")]),
]
