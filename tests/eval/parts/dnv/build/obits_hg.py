"""The Halifax Gazette (South Boston weekly): brief paid death notices, surname-first headings, plain text."""

ITEMS = [
dict(guid="dnv_hg_dn_20260210_118", pub="2026-02-10T07:00:00-05:00", title="TUCK, Roosevelt",
body="""TUCK, Roosevelt, 77, of Alton, died Feb. 6, 2026, at home. Retired from Burlington Industries; member of Cedar Grove Baptist Church. Survived by his wife, Hazel; sons, Ronald and Terrence; sister, Virginia "Ginny" Conner of Halifax. Service 1 p.m. Saturday at Cedar Grove. Powell-Tuck Funeral Service, South Boston.""",
gold=[("DNV014", "survivor")]),

dict(guid="dnv_hg_dn_20260303_131", pub="2026-03-03T07:00:00-05:00", title="CONNER, Virginia",
body="""CONNER, Virginia, of Halifax, died Sunday, March 1, 2026. Arrangements are private. Powell-Tuck Funeral Service, South Boston, in charge.""",
gold=[("DNV014", "possible_deceased_client")]),

dict(guid="dnv_hg_dn_20260326_140", pub="2026-03-26T07:00:00-04:00", title="MOTLEY, Clarence Edward \"Buddy\"",
body="""MOTLEY, Clarence Edward "Buddy", 84, of Danville, died March 19, 2026. Born June 14, 1941. Retired from Goodyear; deacon, High Street Baptist Church. Survived by his wife of 61 years, Ola Mae Shelton Motley; daughters Sharon Lipscomb and Angela Motley. Homegoing noon Saturday, March 28, High Street Baptist Church. Dan River Memorial Chapel.""",
gold=[]),   # a third, terse copy of the Motley death: labelled on the funeral home's first copy only

dict(guid="dnv_hg_dn_20260421_152", pub="2026-04-21T07:00:00-04:00", title="PURYEAR, Garland Wayne III",
body="""PURYEAR, Garland Wayne III, 31, of Richmond, formerly of Clover, died April 17, 2026. A Richmond firefighter. Survived by his parents, Garland Jr. and Denise Puryear of Clover; his fiancee, Tasha Hill; and his grandmother, Ethel Puryear of Clover. Service 11 a.m. Friday at Clover Baptist Church.""",
gold=[]),   # young namesake of DNV011 (b. 1950, married to Bettie): nothing
]
