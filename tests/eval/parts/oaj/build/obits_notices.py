"""Coastal Carolina Paid Death Notices (classified notices placed in the Courier's sister weeklies): terse,
surname-first headings, plain text. One item is a later second copy of a Courier obituary. Hand-labelled."""

import obits_courier

FEED = "notices"
_JUSTICE = next(it for it in obits_courier.ITEMS if it["guid"] == "oaj_courier_obit_20261013_0897")

ITEMS = [
dict(guid="oaj_notice_2026_0331_hewett", pub="2026-03-31T06:00:00-04:00", title="HEWETT, Raymond Asa \"Ray\" Jr.",
body="""HEWETT, Raymond Asa "Ray" Jr., 80, of Richlands, died March 28, 2026, at home. Retired from Onslow County Soil and Water Conservation. Survived by wife, Joyce; sons, Mark and Wesley Hewett; sisters, Betty Sue Koonce of Richlands and Faye Brinson of Kinston; cousin, Carolyn Ennett of Jacksonville. Service 2 p.m. Thursday, Catherine Lake Christian Church. Cypress Grove Funeral Service, Richlands.""",
gold=[("OAJ005", "survivor"), ("OAJ004", "survivor")]),

dict(guid="oaj_notice_2026_0423_dimaculangan", pub="2026-04-23T06:00:00-04:00", title="DIMACULANGAN, Rodelio Santos",
body="""DIMACULANGAN, Rodelio Santos, 74, of Vallejo, Calif., died April 16, 2026. Retired U.S. Navy (HM1), served with 2nd Marine Division at Camp Lejeune 1974-1978. Survived by wife, Erlinda; children, Ronald and Michelle; six grandchildren. Mass and inurnment in Vallejo. Notice placed by his shipmates of the Camp Lejeune corpsmen reunion.""",
gold=[]),

dict(guid="oaj_notice_2026_0805_varghese", pub="2026-08-05T06:00:00-04:00", title="VARGHESE, Thomas (Kunjumon)",
body="""VARGHESE, Thomas (Kunjumon), 81, of Kottayam, Kerala, India, father of Dr. Anjali Varghese of Jacksonville, N.C., entered eternal rest August 1, 2026. Retired headmaster, CMS College High School. Survived by wife, Mariamma; daughters, Dr. Anjali Varghese (Jacksonville, N.C.) and Susan Mathew (Dubai); son, George Varghese (Houston). Funeral held at St. Mary's Orthodox Cathedral, Kottayam. A memorial prayer service will be held Sunday, August 9, 4 p.m., at Cypress Grove Funeral Service, Jacksonville chapel.""",
gold=[("OAJ016", "survivor")]),

dict(guid="oaj_notice_2026_1015_justice", pub="2026-10-15T06:00:00-04:00", title="JUSTICE, Lorene Mattocks \"Tootie\"",
body=_JUSTICE["body"],
gold=[]),

dict(guid="oaj_notice_2026_1104_ocasio", pub="2026-11-04T06:00:00-05:00", title="OCASIO, Maribel",
body="""OCASIO, Maribel, of Jacksonville, died November 2, 2026. Arrangements pending with Cypress Grove Funeral Service, Jacksonville chapel.""",
gold=[("OAJ022", "possible_deceased_client")]),
]
