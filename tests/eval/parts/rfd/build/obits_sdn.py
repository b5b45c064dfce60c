"""Stateline Daily Death Notices (paid notices, Rockford / Beloit / Freeport papers): brief, surname-first
headings, plain text. One entry is a later copy of the Ledger's Wiegmann obituary. Hand-labelled."""

FEED = "sdn"
ITEMS = [
dict(guid="rfd_sdn_2026_03_23_0417", pub="2026-03-23T04:15:00-05:00",
title="THORSRUD, Gordon L.",
body="""THORSRUD, Gordon L., 80, of Mesa, Ariz., formerly of Decorah, Iowa, died March 19, 2026. Retired Luther College groundskeeper. Survived by wife Beverly; sons Kent (Lisa) of Mesa and Craig of Cedar Falls, Iowa. Services in Decorah at a later date. Sent in by the family.""",
gold=[]),

dict(guid="rfd_sdn_2026_04_28_0433", pub="2026-04-28T04:15:00-05:00",
title="CASTELLANO, Frank J.",
body="""CASTELLANO, Frank J., 67, of Kenosha, Wis., formerly of Rockford, died April 24, 2026, in Kenosha. Retired from Snap-on. Survived by his wife of 44 years, Mary Jo; daughters Lisa (Mark) Fenn and Nicole Castellano, both of Kenosha; brother Joseph of Rockford. Mass Friday at St. Mark Catholic Church, Kenosha.""",
gold=[]),

dict(guid="rfd_sdn_2026_06_05_0451", pub="2026-06-05T04:15:00-05:00",
title="OSTERGAARD, Duane",
body="""OSTERGAARD, Duane, Machesney Park. Passed away June 2, 2026. Arrangements pending with Lindahl-Wessels Funeral Home, Rockford.""",
gold=[("RFD015", "possible_deceased_client")]),

dict(guid="rfd_sdn_2026_06_10_0458", pub="2026-06-10T04:15:00-05:00",
title="WIEGMANN, Dolores M. \"Dodie\"",
body="""FREEPORT - Dolores M. "Dodie" Wiegmann, 90, of Freeport, passed away Thursday, June 4, 2026, at FHN Memorial Hospital.

Dodie was born January 22, 1936, on a farm near Ridott, the daughter of Herman and Lydia (Meyer) Stoskopf. She graduated from Freeport High School in 1954 and married Walter Wiegmann on June 11, 1955, at St. John's Lutheran Church. For 30 years she was the voice on the telephone at the Stephenson County Farm Bureau, and for longer than that she made the pies for the church's fall supper. She loved the Pretzels, her card club and her great-grandchildren, not necessarily in that order.

Survivors include her sons, Dennis (Carla) Wiegmann of Freeport and Roger Wiegmann of Dakota; her daughter, Janet (Paul) Scheffler of Monroe, Wis.; seven grandchildren; eleven great-grandchildren; and her sister, Verna Bertsch of Pearl City. She was preceded in death by her husband, Walter, in 2011; her parents; and her brothers, Elmer and Harold Stoskopf.

Funeral services will be 11 a.m. Saturday at St. John's Lutheran Church, Freeport, with visitation from 9 a.m. until the service. Burial in Oakland Cemetery. Walker Mortuary is assisting the family.""",
gold=[]),  # duplicate copy of rfd_rrl_obit_2026_0608: labelled on the earlier copy only

dict(guid="rfd_sdn_2026_08_24_0502", pub="2026-08-24T04:15:00-05:00",
title="NYQUIST, Signe A.",
body="""NYQUIST, Signe A., 101, of Rockford, died August 21, 2026, at P.A. Peterson Center. Born in Rockford to Swedish immigrants; retired from Ingersoll Milling Machine. Survived by her niece, Marlys Engstrom of Rockford, and her nephew, Mark Sundberg of Cherry Valley. Preceded in death by her husband, Elmer, and her sister, Ebba Sundberg. Private burial in Greenwood Cemetery.""",
gold=[("RFD002", "survivor")]),
]
