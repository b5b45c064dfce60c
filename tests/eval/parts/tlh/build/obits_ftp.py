"""The Frenchtown Pilot (Tallahassee's Black community weekly): "Homegoing Celebrations" column, in the custom of
the Black churches of Tallahassee and Gadsden County (Sunrise/Sunset, "transitioned", "leaves to cherish", church
titles Mother/Deacon/Sister, eulogist, repast). Teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "ftp"
ITEMS = [
dict(guid="tlh_ftp_2026_0311_bivins", pub="2026-03-19T07:00:00-04:00", title="Homegoing Celebration: Deacon Albert Lee Bivins",
body="""Sunrise: June 1, 1935. Sunset: March 14, 2026. Deacon Albert Lee Bivins, 90, of Tallahassee, transitioned from labor to reward on Saturday, March 14, 2026, at his home on Putnam Drive.

Deacon Bivins was born in Gretna, Gadsden County, to the late Willie and Mattie Bivins. He was a brick mason who laid the walls of half the churches on the Southside, a Korean War veteran and, for sixty-two years, a faithful deacon of Greater Mount Pisgah Missionary Baptist Church, where he led the Tuesday night prayer band.

He was preceded in death by his beloved wife, Mother Lottie Mae Bivins, and by a son, Willie Bivins.

He leaves to cherish his memory a devoted daughter, Sister Bernice Gainous (Rev. Cleophus Gainous) of Tallahassee; a son, Albert Bivins Jr. (Mattie) of Quincy; eleven grandchildren; twenty great-grandchildren; a sister-in-law, Mother Inez Ransom; and a host of nieces, nephews, church family and friends.

The Homegoing Celebration will be held Saturday at 11 a.m. at Greater Mount Pisgah Missionary Baptist Church. Eulogist: Bishop Nathaniel Covington. The viewing will be Friday from 5 to 7 p.m. at Tucker's Chapel. The repast will follow in the fellowship hall.""",
gold=[("TLH012", "survivor"), ("TLH011", "survivor")]),

dict(guid="tlh_ftp_2026_0423_blitch", pub="2026-04-23T07:00:00-04:00", title="Homegoing Celebration: Mother Essie Mae Blitch",
body="""Sunrise: October 9, 1933. Sunset: April 18, 2026. Mother Essie Mae Blitch, 92, of Tallahassee, transitioned peacefully on Saturday, April 18, 2026, in the home of her daughter-in-law, who had cared for her for the last six years.

Mother Blitch was born in Chaires and worked for thirty-five years as a cook in the dining halls of Florida A&M, where generations of Rattlers knew her sweet potato pie. She was a mother of the church at Greater Mount Zion AME for four decades.

She was preceded in death by her husband, Deacon Roosevelt Blitch, and by her only son, Willie James Blitch.

She leaves to cherish her memory her devoted daughter-in-law, Earnestine "Teenie" Blitch of Tallahassee; three grandchildren, Marcus, Tiana and Andre Blitch; four great-grandchildren; her sister, Cora Lee Hadley of Chaires; and a host of nieces, nephews, church family and friends.

The Homegoing Celebration will be held Saturday at 1 p.m. at Greater Mount Zion AME Church, the Rev. Dr. Felicia Greer, eulogist. Interment at Greenwood Cemetery.""",
gold=[("TLH015", "survivor")]),

dict(guid="tlh_ftp_2026_0514_fludd", pub="2026-05-14T07:00:00-04:00", title="Homegoing Celebration: Brother Roosevelt Fludd",
body="""Sunrise: August 30, 1945. Sunset: May 9, 2026. Brother Roosevelt Fludd, 80, of Midway, answered the Master's call on Saturday, May 9, 2026, at Tallahassee Memorial HealthCare.

Brother Fludd grew up on his family's tobacco and vegetable farm on the Gadsden County line and drove a school bus in Midway for thirty years. Children he carried to school still stop his truck to thank him. He sang bass with the Gospel Travelers of Midway for fifty years.

He leaves to cherish his memory his wife of 54 years, Sister Alma Fludd; two sons, Darnell Fludd and Roosevelt Fludd Jr. of Midway; his sister, Geneva Fludd Quarterman (Lucius) of Tallahassee; his brother, Otis Fludd of Gretna; nine grandchildren; and a host of nieces, nephews and friends.

The Homegoing Celebration will be held Saturday at 11 a.m. at St. John AME Church, Midway. Eulogist: Rev. Jerome Hadley. The repast will follow at the Midway Community Center.""",
gold=[("TLH002", "survivor"), ("TLH001", "survivor")]),

dict(guid="tlh_ftp_2026_0709_bynum", pub="2026-07-09T07:00:00-04:00", title="Homegoing Celebration: Mr. Otha Bynum",
body="""Sunrise: February 2, 1928. Sunset: July 3, 2026. Mr. Otha Bynum, 98, of Quincy, Gadsden County's oldest barber, laid down his clippers for the last time on Friday, July 3, 2026.

Mr. Bynum opened his shop on King Street in Quincy in 1951 and cut hair there six days a week until he was 94. His chair was where Quincy settled its arguments about football, politics and the weather, in that order.

He was preceded in death by his wife, Mother Louvenia Bynum, and by his son, Calvin Bynum.

He leaves to cherish his memory his daughter, Gloria Bynum Haynes of Quincy; his granddaughter, Simone (Kendrick) Tharpe of Tallahassee; his great-granddaughter, Amara Tharpe; and a host of nieces, nephews, customers and friends.

The Homegoing Celebration will be held Saturday at noon at New Bethel Missionary Baptist Church, Quincy, Rev. Jerome Hadley, eulogist.""",
gold=[("TLH021", "survivor"), ("TLH020", "survivor")]),

dict(guid="tlh_ftp_2026_0806_ransom", pub="2026-08-06T07:00:00-04:00", title="Homegoing Celebration: Mother Cleo Hightower Ransom",
body="""Sunrise: December 11, 1937. Sunset: August 1, 2026. Mother Cleo Hightower Ransom, 88, of Tallahassee, transitioned on Saturday, August 1, 2026, at the Miracle Hill nursing center.

Mother Ransom taught first grade at Bond Elementary for thirty-three years and was the founding president of the Frenchtown Garden Club.

She leaves to cherish her memory her sons, Jerome Ransom (Denise) of Tallahassee and Carl Ransom of Atlanta; her sister-in-law, Mother Inez Ransom; six grandchildren; and a host of nieces, nephews, former students and friends.

The Homegoing Celebration will be held Saturday at 10 a.m. at Greater Mount Pisgah Missionary Baptist Church. The obituary will be read by Sister Geneva Quarterman, and the Rev. Cleophus Gainous will deliver the eulogy. Solo: Sister Earnestine Blitch. Interment at Southside Cemetery.""",
gold=[]),  # reader, eulogist and soloist are clients: nothing
]
