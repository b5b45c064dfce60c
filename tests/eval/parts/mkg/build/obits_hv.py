"""The Heights Voice (invented community paper of Muskegon Heights): "Homegoing Celebrations" column in the
style of Black church funeral programs ("Mother", "transitioned", "to cherish her memory"), teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "hv"
ITEMS = [
dict(guid="mkg_hv-homegoing-2026-011", pub="2026-02-24T12:00:00-05:00", title="Homegoing Celebration: Mother Eula Mae Threadgill",
body="""Mother Eula Mae Threadgill, 94, of Muskegon Heights, transitioned from labor to reward on Wednesday, February 18, 2026, at her home on Hoyt Street.

Mother Threadgill was born October 3, 1931, in Greenwood, Mississippi, and came north to Muskegon Heights in 1950, where she worked 32 years at the Continental Motors plant and later at the Heights school cafeteria. She was a faithful member of True Light Missionary Baptist Church for 70 years, serving on the Mothers' Board and singing in the Senior Choir until her 90th birthday.

She leaves to cherish her memory her son, Curtis (Lorraine) Threadgill of Muskegon Heights; her daughter, Gloria Simms of Detroit; her granddaughter, Monique (Darnell) Pettaway of Muskegon; eight other grandchildren; a host of great-grandchildren, nieces, nephews, church family and friends. She was preceded in death by her husband, Deacon Roosevelt Threadgill, and her son, Larry.

The homegoing celebration will be held at 12 noon Saturday at True Light Missionary Baptist Church, with Pastor Alvin Rucker delivering the eulogy. Viewing from 10 a.m. until the hour of service. Interment at Oakwood Cemetery.""",
gold=[("MKG005", "survivor"), ("MKG007", "survivor"), ("MKG006", "survivor")]),

dict(guid="mkg_hv-homegoing-2026-019", pub="2026-04-21T12:00:00-04:00", title="Homegoing Celebration: Brother Darnell Pettaway",
body="""Brother Darnell Lamont Pettaway, 24, of Muskegon, was called home on Wednesday, April 15, 2026.

Darnell was born January 9, 2002, in Muskegon and graduated from Muskegon High School in 2020, where he ran the 200 meters for the Big Reds. He worked at the distribution center in Norton Shores and was saving to open his own barbershop. Everyone who knew him knew his smile.

He leaves to cherish his memory his mother, Sharonda Pettaway of Muskegon; his grandmother, Mother Viola Pettaway; his brothers, Jaylen and Marcus; his daughter, Nevaeh; and a host of aunts, uncles, cousins and friends.

Homegoing services will be held at 1 p.m. Saturday at Greater Bethel Church of God in Christ, Muskegon Heights, with Bishop Harold Wilks officiating.""",
gold=[]),

dict(guid="mkg_hv-homegoing-2026-027", pub="2026-06-30T12:00:00-04:00", title="Homegoing Celebration: Brother Willie James Hollis",
body="""Brother Willie James Hollis, 79, of Muskegon Heights, entered eternal rest on June 24, 2026, at Trinity Health Muskegon.

Brother Hollis was born in Sunflower County, Mississippi, served in the U.S. Army in Vietnam, and retired from the Muskegon Heights Department of Public Works after 30 years. He was a trustee of True Light Missionary Baptist Church and never missed a Tigers game on the radio.

He leaves to cherish his memory his wife of 52 years, Bernadine Hollis; his children, Kevin Hollis and Tanya (Marcus) Gaines; five grandchildren; and a host of relatives and friends.

Services were held Saturday at True Light Missionary Baptist Church. The obituary was read by Sister Lorraine Threadgill. Pallbearers were Darnell Pettaway, Andre Gaines, Curtis Threadgill Jr. and Reginald Moore.""",
gold=[]),
]
