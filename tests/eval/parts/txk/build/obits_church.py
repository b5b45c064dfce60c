"""Mount Pisgah Missionary Baptist Church, Texarkana, Ark.: weekly bulletin "Bereavement" notices, plain text.
Hand-labelled."""

FEED = "church"
ITEMS = [
dict(guid="txk_pisgah_2026_02_08_gaines", pub="2026-02-08T07:00:00-06:00", title="Bereavement: Deacon Otis Gaines",
body="""The Mount Pisgah family extends Christian sympathy to our First Lady, Sis. Loretta Whitfield, and to our pastor, Rev. Darnell Whitfield, in the passing of her brother, Deacon Otis Gaines, 71, of Shreveport, La., who went home to be with the Lord on Tuesday, February 3.

Homegoing services for Deacon Gaines will be held Saturday at 11 a.m. at Galilee Baptist Church, Shreveport. The church van will leave Mount Pisgah at 8:30 a.m.; see Deacon Holmes to reserve a seat. Cards may be sent to the parsonage.""",
gold=[("TXK012", "survivor"), ("TXK011", "survivor")]),

dict(guid="txk_pisgah_2026_03_15_banks", pub="2026-03-15T07:00:00-05:00", title="Homegoing: Mother Cleola Jefferson Banks",
body="""Mother Cleola Jefferson Banks, 95, a member of Mount Pisgah for seventy-one years, was called home on Wednesday, March 11, 2026.

Mother Banks was the widow of the late Deacon Amos Banks and a retired cook at the Texarkana, Arkansas, school district. She leaves to cherish her memory her sister, our own church mother, Mother Ruthie Mae Jefferson; her son, Leon Banks of Little Rock; her daughter, Gwendolyn Banks Tate of Texarkana, Texas; and a host of grandchildren and great-grandchildren.

The homegoing celebration will be held Saturday at 1 p.m. in the sanctuary, with our pastor, Rev. Darnell Whitfield, delivering the eulogy. The Culinary Ministry will serve the repast in the fellowship hall.""",
gold=[("TXK023", "survivor")]),

dict(guid="txk_pisgah_2026_05_24_dorsey", pub="2026-05-24T07:00:00-05:00", title="Bereavement: Mrs. Ida Mae Dorsey",
body="""Please keep in your prayers Bro. Jessie Norwood and Sis. Brianna Norwood, whose grandmother, Mrs. Ida Mae Dorsey, 88, of Idabel, Okla., passed away on May 19. Brianna was raised in her grandmother's house and asks that we remember the family, and the new baby, in our prayers.

Services will be held in Idabel on Saturday. Sympathy cards may be left with the church secretary.""",
gold=[("TXK007", "survivor")]),
]
