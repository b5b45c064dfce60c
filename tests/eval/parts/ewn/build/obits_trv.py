"""The Twin Rivers Voice (New Bern's African American community weekly): "Homegoing Celebrations", written the
way the families send them in (Sunrise/Sunset, Mother, Deacon, "a host of"; repast), teaser in description, HTML in
content:encoded, guids prefixed ewn_. Hand-labelled."""

FEED = "trv"
ITEMS = [
dict(guid="ewn_trv_homegoing_2026_004", pub="2026-01-08T08:00:00-05:00", title="Homegoing Celebration: Mr. Otis Lee Gooding",
body="""Sunrise: March 2, 1946. Sunset: January 3, 2026. Mr. Otis Lee Gooding, 79, of Cove City, answered the Master's call on Saturday at his home.

Otis was a son of the late Rev. Nathaniel and Mother Pearlie Gooding. He retired from the Norfolk Southern railroad after 31 years and served faithfully as a trustee of Saint John Missionary Baptist Church of Cove City. He could fix anything with a motor and usually did, free of charge.

He leaves to cherish his memory his devoted wife of 52 years, Priscilla Gooding of the home; two sons, Otis Jr. of Goldsboro and Terrence (Michelle) of Charlotte; a brother, Walter Gooding of Brooklyn, N.Y.; seven grandchildren; and a host of nieces, nephews, church family and friends.

Homegoing services will be held at 12 noon Saturday at Saint John Missionary Baptist Church, Cove City, Pastor Kelvin Moye, eulogist. Interment, church cemetery. Repast to follow in the fellowship hall.""",
gold=[("EWN020", "survivor")]),

dict(guid="ewn_trv_homegoing_2026_011", pub="2026-01-29T08:00:00-05:00", title="Homegoing Celebration: Mother Lillie Mae Dudley Whitfield",
body="""Sunrise: February 11, 1929. Sunset: January 24, 2026. Mother Lillie Mae Dudley Whitfield, 96, of New Bern, was called home to glory on Saturday morning.

Mother Whitfield was the oldest member of Rue Chapel A.M.E. Church, where she served on the Mothers' Board for more than fifty years and made the sweet potato pies for every homecoming since 1958. She worked as a cook at Craven Regional and later in the homes of many New Bern families, who loved her as their own.

She leaves to cherish her memory a devoted niece who cared for her, Annie Ruth Becton of New Bern; two grandnephews, Cedric and Marcus Dudley; a goddaughter, Bernice Moore of Trenton; and a host of cousins, church family and friends. She was preceded in death by her husband, Deacon Willie Whitfield, and her sisters, Essie and Cora.

Homegoing services will be held at 1 p.m. Saturday at Rue Chapel A.M.E. Church. Deacon Roosevelt Hargett will read the obituary, and the Rev. Dr. Carla Spence will deliver the eulogy. Interment, Greenwood Cemetery.""",
gold=[("EWN010", "survivor")]),  # Deacon Roosevelt Hargett reads the obituary: nothing

dict(guid="ewn_trv_homegoing_2026_019", pub="2026-03-19T08:00:00-04:00", title="Homegoing Celebration: Brother Cleophus Lavender",
body="""Sunrise: July 7, 1958. Sunset: March 14, 2026. Brother Cleophus Lavender, 67, of James City, received his wings on Saturday after a brave fight with cancer.

A 1976 graduate of J.T. Barber High School's last class, Cleophus drove a truck for Moen for 28 years and was a proud member of Ebenezer Presbyterian Church's men's choir. Nobody in James City grilled a better chicken.

He leaves to cherish his memory his son, Kendrick Lavender of New Bern; his daughter, Tamika Lavender Brown (Andre) of Greenville; his mother, Mother Essie Lavender; three sisters; two grandchildren; and a host of relatives and friends.

Homegoing services will be held at 11 a.m. Saturday at Ebenezer Presbyterian Church. Pallbearers: Marlon Koonce, Andre Brown, Darnell Lavender, Kevin Lavender, Curtis Ward and Jerome Fields. Interment, Greenwood Cemetery. Repast at the church.""",
gold=[("EWN016", "survivor")]),  # pallbearer Marlon Koonce: nothing

dict(guid="ewn_trv_homegoing_2026_033", pub="2026-05-21T08:00:00-04:00", title="Homegoing Celebration: Mr. Leroy Artis",
body="""Sunrise: October 30, 1950. Sunset: May 16, 2026. Mr. Leroy Artis, 75, of New Bern, departed this life Saturday at CarolinaEast Medical Center.

Leroy served in the U.S. Army in Germany and then for 30 years at the Marine Corps Air Station Cherry Point as a civilian aircraft mechanic. He was a member of St. Peter's A.M.E. Zion Church and a lifelong fan of the Winston-Salem State Rams.

He leaves to cherish his memory his daughter, Keisha Artis of Raleigh; his sisters, Marvella O'Quinn of Bridgeton and Alma Artis of Baltimore, Md.; and a host of nieces, nephews and friends.

Homegoing services will be held at 2 p.m. Friday at St. Peter's A.M.E. Zion Church. Interment with military honors, New Bern National Cemetery.""",
gold=[("EWN006", "survivor")]),
]
