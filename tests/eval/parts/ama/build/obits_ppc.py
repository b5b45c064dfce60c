"""Panhandle Plains Courier, paid death notices: brief, surname-first headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="ama_ppc_dn_260112", pub="2026-01-12T06:00:00-06:00", title="YZAGUIRRE, Perpetua L.",
body="""Perpetua Leal Yzaguirre, 85, Brownsville, died Jan. 8, 2026. Survived by sons Rodolfo and Eliseo Yzaguirre, Brownsville; daughter Norma Y. Salinas, Harlingen; 14 grandchildren. Rosary 7 p.m. Monday, Mass 10 a.m. Tuesday, Immaculate Conception Cathedral, Brownsville.""",
gold=[]),

dict(guid="ama_ppc_dn_260204", pub="2026-02-04T06:00:00-06:00", title="STUCKENSCHNEIDER, Alma",
body="""Alma Stuckenschneider, 90, Canyon, died Feb. 1, 2026. Survived by son Virgil Stuckenschneider, Canyon; daughter Darlene Pohl, Umbarger; six grandchildren. Preceded in death by husband, Alois. Mass 10 a.m. Thursday, St. Mary's Catholic Church, Umbarger.""",
gold=[]),

dict(guid="ama_ppc_dn_260311", pub="2026-03-11T06:00:00-05:00", title="VILLALPANDO, Ezequiel Jr.",
body="""Ezequiel "Cheque" Villalpando Jr., 34, Dimmitt, died March 7, 2026. Survived by parents Ezequiel Sr. and Rosa Villalpando, Dimmitt; daughters Arely and Xitlali; brother Ruben, Plainview. Rosary 7 p.m. Wednesday, Mass 10 a.m. Thursday, Immaculate Conception Church, Dimmitt.""",
gold=[]),

dict(guid="ama_ppc_dn_260416", pub="2026-04-16T06:00:00-05:00", title="FENSTERMACHER, Cordelia A.",
body="""Cordelia "Delia" Fenstermacher, 88, Amarillo, died April 11, 2026. Survived by husband Harlan; sons Dale and Roger; daughter Anita Bauer. Services 10 a.m. Thursday, Mount Zion Missionary Baptist Church. Caprock Memorial Funeral Directors.""",
gold=[]),

dict(guid="ama_ppc_dn_260428", pub="2026-04-28T06:00:00-05:00", title="DESHAZO, Leon R.",
body="""Leon Ray DeShazo, 77, Canyon, died April 24, 2026. Retired Santa Fe railroad section foreman. Survived by sister-in-law JoAnn DeShazo, Canyon; nephews Cody and Travis DeShazo, Amarillo. Preceded in death by brother, Gene. Graveside 2 p.m. Wednesday, Dreamland Cemetery.""",
gold=[("AMA012", "survivor")]),

dict(guid="ama_ppc_dn_260506", pub="2026-05-06T06:00:00-05:00", title="GATEWOOD, Arliss",
body="""Arliss Gatewood, Hereford, died May 3, 2026. Arrangements pending with Rose Chapel Funeral Home, Hereford.""",
gold=[("AMA009", "possible_deceased_client")]),

dict(guid="ama_ppc_dn_260605", pub="2026-06-05T06:00:00-05:00", title="EBERSOLE, Marian K.",
body="""Marian Kay Ebersole, 72, Amarillo, died June 2, 2026. Retired Amarillo ISD librarian. Survived by her husband of 50 years, Lt. Col. (Ret.) Garrison Ebersole; daughters Laurel Finch, Colorado Springs, and Joy Ebersole, Amarillo; three grandchildren. Memorial 11 a.m. Saturday, St. Andrew's Episcopal Church.""",
gold=[("AMA018", "survivor")]),
]
