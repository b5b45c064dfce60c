"""The Circle City Herald (Black community weekly, Indianapolis): "Homegoing Celebrations" page, church-style
obituaries, plain text. Hand-labelled (`gold=` beside each text)."""

FEED = "cch"
ITEMS = [
dict(guid="ind_cch_homegoing_2026_01_29_pettiford", pub="2026-01-29T07:00:00-05:00", title="Homegoing Celebration: Mother Lula Belle Pettiford, 97",
body="""Mother Lula Belle Pettiford was born on August 2, 1928, in Greenwood, Mississippi, to the late Rev. Amos and Pearlie Mae Bolden. She accepted Christ at an early age at Mount Zion Missionary Baptist Church. In 1951 she came north to Indianapolis with her husband, Willie Pettiford, and a cardboard suitcase, and within a year had joined Mount Paran Missionary Baptist Church, where she would serve on the Mothers' Board for more than fifty years.

Mother Pettiford worked for 27 years in the laundry at Methodist Hospital. She raised five children on Boulevard Place, and no child on that block went hungry or went unscolded. On January 24, 2026, at the age of 97, God saw fit to call His faithful servant home.

She was preceded in death by her husband, Willie, her sons, James and Otis, and her daughter, Bernice. She leaves to cherish her memory her daughters, Deloris "Dee" Abernathy (Harold) and Carolyn Pettiford, both of Indianapolis; her son, Rev. Willie Pettiford Jr. of Detroit; 16 grandchildren, 31 great-grandchildren, 9 great-great-grandchildren, and a host of nieces, nephews, church family and friends.

Homegoing services will be held Saturday, January 31, at 11 a.m. at Mount Paran Missionary Baptist Church, 3801 Clarendon Place, with the Rev. Dr. Charles E. Watford, pastor, delivering the eulogy. Interment at Crown Hill Cemetery.""",
# IND008 Deloris "Dee" Abernathy (maiden Pettiford) and her husband IND009 Harold, both clients.
gold=[("IND008", "survivor"), ("IND009", "survivor")]),

dict(guid="ind_cch_homegoing_2026_03_19_abernathy", pub="2026-03-19T07:00:00-04:00", title="Homegoing Celebration: Deacon Harold L. Abernathy, 80",
body="""Deacon Harold Lee Abernathy was born January 11, 1946, in Indianapolis, the youngest of seven children of the late Lee and Hattie Abernathy. He graduated from Crispus Attucks High School in 1964, where he played trumpet in the band, and served in the United States Army in Vietnam with the 1st Cavalry Division.

Harold retired in 2008 after 36 years as a letter carrier with the U.S. Postal Service, walking the same Butler-Tarkington route for most of them. He joined Mount Paran Missionary Baptist Church in 1970 and was ordained a deacon in 1988. He loved the Indiana Fever, fishing at Geist, and, above all, his family.

On Sunday, March 15, 2026, Deacon Abernathy quietly slipped away to be with the Lord. He was preceded in death by his parents and five siblings. He leaves to cherish his memory his devoted wife of 54 years, Deloris (Pettiford) Abernathy; his daughters, Sharon Abernathy-Cole (Reginald) of Indianapolis and Dr. Monique Abernathy of Atlanta; his son, Harold Jr. of Indianapolis; his sister, Gwendolyn Fox of Chicago; seven grandchildren and a host of relatives and friends.

Homegoing services will be held Saturday at noon at Mount Paran Missionary Baptist Church. Honorary pallbearers are the Deacons of Mount Paran, Deacon Marcus Tillman, and the members of NALC Branch 888. Interment with military honors at Crown Hill National Cemetery.""",
# IND009 Harold L. Abernathy, born 1946-01-11 = roster, wife Deloris (Pettiford) = roster spouse IND008.
# IND010 Marcus Tillman is an honorary pallbearer: nothing.
gold=[("IND009", "deceased_client"), ("IND008", "spouse_of_deceased_client")]),

dict(guid="ind_cch_homegoing_2026_05_14_crenshaw", pub="2026-05-14T07:00:00-04:00", title="Homegoing Celebration: Brother Willie James Crenshaw, 74",
body="""Brother Willie James Crenshaw was born March 9, 1952, in Indianapolis to the late Earnest and Ruby Crenshaw. He attended Arsenal Technical High School and went to work at the Ford plant on Brookville Road, where he retired after 33 years as a line supervisor. He was a faithful member of New Covenant Church, where he sang bass in the men's choir and ran the church van ministry.

Brother Crenshaw made his transition on May 8, 2026. He leaves to cherish his memory his wife of 49 years, Shirley Crenshaw; his sons, Anthony and Kevin Crenshaw; his niece, Keisha Tillman (Marcus) of Lawrence; eight grandchildren; and a host of cousins, church family and friends.

Services will be held Tuesday at 11 a.m. at New Covenant Church, with Pastor Leon Gray officiating. Interment at Washington Park North Cemetery.""",
# IND010 Marcus Tillman: roster spouse Keisha; named in "(Marcus)" notation as the niece's husband, Lawrence: survivor.
gold=[("IND010", "survivor")]),
]
