"""Greater Hartford Community Voice (a weekly for the North End, Parkville and Frog Hollow: Caribbean, Puerto Rican
and Bosnian families): "Remembrances" section, teaser description, HTML in content:encoded. Hand-labelled."""

FEED = "gcv"
ITEMS = [
dict(guid="hfd_gcv-remembrance-0119", pub="2026-01-19T08:00:00-05:00", title="Celebrating the life of Mother Iris Beckford",
body="""Mother Iris Louise Beckford, 94, of Hartford, went home to be with the Lord on January 13, 2026. She was born in May Pen, Clarendon, Jamaica, and came to Hartford in 1968 to pick tobacco in Windsor before spending twenty-six years as a nurse's aide at Mount Sinai Hospital.

Mother Beckford was a founding member of Faith Tabernacle Church of God on Albany Avenue, where she led the Wednesday prayer band for forty years, and nobody left her table on Sunday without a plate of rice and peas and a piece of her mind.

She leaves to cherish her memory her daughters, Marcia Campbell (Delroy) of Hartford and Yvonne Beckford-Lewis of Fort Lauderdale; her son, Winston Beckford of Kingston, Jamaica; eleven grandchildren, fourteen great-grandchildren, and a host of church family.

The Thanksgiving Service for her life will be held Saturday, January 24, at 11 a.m. at Faith Tabernacle, with the Rev. Everton Gayle delivering the eulogy. Interment at Northwood Cemetery, Wilson. Nine Night will be kept at the family home on Friday evening.""",
gold=[("HFD013", "survivor"), ("HFD012", "survivor")]),

dict(guid="hfd_gcv-remembrance-0302", pub="2026-03-02T08:00:00-05:00", title="Lloyd Campbell, 70: a Brooklyn builder with St. Ann roots",
body="""Lloyd Anthony Campbell, 70, of Brooklyn, New York, formerly of Brown's Town, St. Ann, Jamaica, died February 22, 2026, at Kings County Hospital. A master carpenter, he built half the church pews in East Flatbush, his family says, and most of the other half's repairs.

He is survived by his wife, Hyacinth; his children, Andre and Simone; his brothers, Delroy Campbell of Brooklyn and Errol Campbell of Mandeville, Jamaica; and his cousins in Hartford, who will travel to New York for the service.

The funeral service will be held Saturday at Holy Cross Church of God, Brooklyn.""",
gold=[]),

dict(guid="hfd_gcv-remembrance-0416", pub="2026-04-16T08:00:00-04:00", title="Doña Ana Luisa Vélez Rodríguez, 88",
body="""Doña Ana Luisa Vélez Rodríguez, 88, of Hartford, died peacefully on April 12, 2026, at Saint Francis Hospital. She was born in Aguadilla, Puerto Rico, and came to Hartford's Frog Hollow in 1961 with her late husband, Ramón Santiago, who worked at Royal Typewriter.

For thirty years she cooked for the parish dinners at Sacred Heart on Ely Street and for every baptism, wedding and wake in the neighborhood; her pasteles at Christmas were the stuff of legend on Park Street.

Le sobreviven su hija, Carmen Iris Santiago, y su esposo, Héctor Ortiz, de Hartford; su hijo, Ramón Santiago Vélez, de Orlando; seis nietos y cuatro bisnietos. She is survived by her daughter, Carmen Iris Santiago and her husband, Héctor Ortiz, of Hartford; her son, Ramón Santiago Vélez of Orlando; six grandchildren and four great-grandchildren.

A Mass will be celebrated Tuesday at 10 a.m. at Sacred Heart Church, Hartford, followed by burial in Mount St. Benedict Cemetery.""",
gold=[("HFD005", "survivor"), ("HFD006", "survivor")]),

dict(guid="hfd_gcv-remembrance-0601", pub="2026-06-01T08:00:00-04:00", title="Fatima Mujić: survivor of Prijedor, grandmother of West Hartford",
body="""Fatima Mujić, 79, of West Hartford, died on May 27, 2026, at the UConn Health Center, a few weeks after her first great-grandchild was born.

Born in Prijedor, Bosnia and Herzegovina, she lost her husband, Ibrahim, and two brothers in 1992 and came to Connecticut in 1997 with her daughter's family as refugees. She cleaned offices at night in downtown Hartford for fifteen years and never let anyone leave her kitchen without coffee and baklava.

She is survived by her daughter, Amra Begović (Senad) of West Hartford; her son, Alen Mujić of St. Louis, Missouri; four grandchildren; and her great-grandson, Harun.

The dženaza was held Friday at the Bosnian Islamic Center of Hartford, with burial in Zion Hill Cemetery.""",
gold=[("HFD016", "survivor")]),

dict(guid="hfd_gcv-remembrance-0723", pub="2026-07-23T08:00:00-04:00", title="José Figueroa Rosado, 84, 'El Maestro' of the Park Street bakeries",
body="""José Figueroa Rosado, 84, of Hartford, who taught a generation of Puerto Rican bakers in Hartford to make pan de agua the way it is made in Bayamón, died on July 19, 2026, at Hartford Hospital.

Don José came to Hartford in 1964 and opened Panadería Figueroa on Park Street in 1971. He retired in 2005 but went in every morning at four until last year.

He is survived by his wife of 61 years, Doña Nilda; his son, José Antonio "Tony" Figueroa of New Britain, who carries on the family trade; his daughters, Maritza Figueroa of Hartford and Wanda Figueroa Colón of Kissimmee, Fla.; nine grandchildren and three great-grandchildren.

A Mass of Christian Burial will be celebrated Saturday at 11 a.m. at St. Anne-Immaculate Conception Church, Hartford.""",
gold=[("HFD007", "survivor")]),

dict(guid="hfd_gcv-remembrance-0910", pub="2026-09-10T08:00:00-04:00", title="Desmond Gayle, 63, of Atlanta",
body="""Desmond Gayle, 63, of Atlanta, Georgia, formerly of Montego Bay, died August 31, 2026. A respiratory therapist at Grady Memorial Hospital for thirty years.

He is survived by his wife, Claudette; his children, Marcus and Tanya; and his brothers, Everton Gayle of Bloomfield, Conn., and Lennox Gayle of Toronto.

A Thanksgiving Service will be held September 12 at Ebenezer Baptist Church, Atlanta. The family thanks the Hartford church family of the Rev. Everton Gayle for their prayers.""",
gold=[("HFD014", "survivor")]),
]
