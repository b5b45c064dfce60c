"""The Eastside Chronicle (Asheville's African American community paper, invented): "Homegoing" notices in the
style of the Black church (Mother, Deacon, Sis., "leaves to cherish his memory", eulogy, repast). Plain text in
description. Hand-labelled."""

FEED = "esc"
ITEMS = [
dict(guid="avl_esc_hg_2026_011", pub="2026-01-22T08:00:00-05:00", title="Homegoing: Deacon Booker Taliaferro Wardlaw Sr.",
body="""Deacon Booker Taliaferro Wardlaw Sr., 94, of Asheville, answered the Master's call on Sunday, January 18, 2026, at the Charles George VA Medical Center.

Born October 2, 1931, in the East End, Deacon Wardlaw was a son of the late Rev. Isaiah and Mattie Wardlaw. He served with the 24th Infantry Regiment in Korea, and came home to work thirty-one years as a mail carrier, the first Black carrier on the Montford route. He served Hill Street Baptist Church as a deacon for more than fifty years and was a charter member of the Stephens-Lee Alumni Association.

He leaves to cherish his memory: a devoted son, Booker T. Wardlaw Jr. (Lorene) of Asheville; a daughter, Gloria Wardlaw Pickens of Durham; a sister, Sis. Ethel Wardlaw Moore of Washington, D.C.; six grandchildren; eleven great-grandchildren; and a host of nieces, nephews, church family and friends. He was preceded in death by his wife of 60 years, Mother Cora Lee Wardlaw.

Homegoing celebration: Saturday, 12 noon, Hill Street Baptist Church. Viewing one hour prior. Eulogist: Rev. Dr. Marvin Tate. Interment: Violet Hill Cemetery. Repast in the fellowship hall. Services entrusted to Benjamin Mortuary.""",
gold=[("AVL006", "survivor"), ("AVL007", "survivor")]),

dict(guid="avl_esc_hg_2026_027", pub="2026-02-19T08:00:00-05:00", title="Homegoing: Sister Hattie Lou Massey",
body="""Sister Hattie Lou Massey, 81, of the Shiloh community, departed this life on February 14, 2026.

Sis. Massey cooked in the cafeteria at Asheville High for twenty-eight years and never let a child go hungry. She sang in the Sanctuary Choir of Shiloh AME Zion Church.

She leaves to cherish her memory two daughters, Angela Massey Byrd and Renee Massey; a brother, Otis Jeter of Greenville, S.C.; five grandchildren and a host of friends.

Homegoing: Friday, 11 a.m., Shiloh AME Zion Church. Eulogist: Rev. Curtis Bell. Scripture and obituary read by Deacon Booker T. Wardlaw Jr. Repast hosted by the Shiloh Community Association. Interment: Riverside Cemetery.""",
gold=[]),

dict(guid="avl_esc_hg_2026_044", pub="2026-04-02T08:00:00-04:00", title="Homegoing: Mother Essie Mae Gudger",
body="""Mother Essie Mae Gudger, 97, of Asheville, entered eternal rest on March 29, 2026, at CarePartners Hospice.

Mother Gudger was born in 1928 in Shelby and came to Asheville as a young bride. She was the widow of the Rev. Wesley A. Gudger, the longtime pastor of Nazareth First Missionary Baptist Church, and a Mother of that church for more than forty years. She operated Gudger's Beauty Shop on Eagle Street from 1956 until urban renewal took the block.

She leaves to cherish her memory a loving daughter, Lorene Gudger Wardlaw, and her husband, Booker, of Asheville; a son, Wesley Gudger Jr. of Atlanta; four grandchildren; and seven great-grandchildren.

Homegoing celebration: Saturday, 1 p.m., Nazareth First Missionary Baptist Church. Interment: Violet Hill Cemetery. Services entrusted to Benjamin Mortuary.""",
gold=[("AVL007", "survivor"), ("AVL006", "survivor")]),

dict(guid="avl_esc_hg_2026_061", pub="2026-05-28T08:00:00-04:00", title="Homegoing: Sister Clarabelle Mapp Goode",
body="""Sister Clarabelle Mapp Goode, 88, of Morganton, went home to glory on May 24, 2026.

A retired nurse at Broughton Hospital, Sis. Goode was a faithful member of Mount Calvary Baptist Church of Morganton, where she led the Nurses' Guild.

She leaves to cherish her memory a son, Andre Goode of Morganton; her nieces, Dr. Octavia "Tavi" Mapp of Asheville and Yvonne Mapp Rhodes of Charlotte; and a host of cousins, church family and friends. She was preceded in death by her husband, Thomas Goode, and her brother, Lucius Mapp.

Homegoing: Saturday, 11 a.m., Mount Calvary Baptist Church, Morganton. Services entrusted to Benjamin Mortuary, Asheville.""",
gold=[("AVL022", "survivor")]),
]
