"""Brennaman-Lutz Funeral Homes (Decatur, Mount Zion, Sullivan): funeral-home web obituaries, warm first-person
family voice, a homegoing programme; HTML in content:encoded, one-sentence plain description. Hand-labelled."""

FEED = "blfh"
ITEMS = [
dict(guid="dec_blfh_obit_ridenour_dale", pub="2026-03-24T15:10:00-05:00",
title="Dale Eugene Ridenour",
body="""Dale Eugene Ridenour, 68, of Decatur, passed away peacefully on Saturday, March 21, 2026, at Heritage Hospice House, surrounded by the people he loved and a stack of fishing magazines he swore he would get to.

Dale was born July 2, 1957, in Decatur to Eugene and Norma (Pike) Ridenour. He graduated from Lakeview High School in 1975 and spent 31 years at ADM, most of them on the night shift in the corn plant, where he was known for bringing his own hot sauce to every potluck. He loved the Cardinals, his Harley, and Sunday dinners at his sister's house.

Dale is survived by his sisters, Mary Jo Fancher of Decatur and Carla (Steve) Burcham of Mount Zion; his nephews, Ryan Fancher and Cody Burcham; his niece, Ashley Burcham; and his faithful beagle, Rooster. He was preceded in death by his parents and his brother-in-law, Gary Fancher.

A visitation will be held from 4:00 to 7:00 p.m. Thursday at Brennaman-Lutz Funeral Home, Decatur. A graveside service will follow on Friday at 10:00 a.m. at Fairlawn Cemetery, with Pastor Glen Ostrander officiating. In lieu of flowers, the family asks that you consider a gift to Heritage Hospice House.""",
gold=[("DEC006", "survivor")]),

dict(guid="dec_blfh_obit_mosby_ernestine", pub="2026-05-05T11:00:00-05:00",
title="Mother Ernestine Mosby - Homegoing Celebration",
body="""Mother Ernestine Mosby, 88, of Decatur, answered the Master's call on Wednesday, April 29, 2026, at her home on West Macon Street, where she had lived and prayed for sixty-one years.

Ernestine was born November 3, 1937, in Greenwood, Mississippi, the fourth of eleven children of Rev. Isaiah and Pearlie Mae Hollins. She came north to Decatur in 1956 and married the late Deacon Walter Mosby the following spring. She worked twenty-seven years in the dietary department of St. Mary's Hospital and was a Mother of Greater New Bethel Missionary Baptist Church, where she sang in the Senior Choir for over fifty years and never let a child leave the fellowship hall hungry.

She leaves to cherish her memory: her daughters, LaDonna (Tyrone) Buckner and Cheryl Mosby, both of Decatur; her son, Walter Mosby Jr. (Gwendolyn) of Chicago; eight grandchildren; fourteen great-grandchildren; two sisters, Ollie Mae Carter of Greenwood, Miss., and Bernice Hollins of Gary, Ind.; and a host of nieces, nephews, church family and friends. She was preceded in death by her husband, her parents, and seven brothers and sisters.

Homegoing services will be held at 11:00 a.m. Saturday, May 9, at Greater New Bethel Missionary Baptist Church, 1050 W. Grand Ave., Decatur. Visitation will be from 9:00 a.m. until the hour of service. The Rev. Dr. Alfonso Pettiford, pastor, will deliver the eulogy. Interment will follow at Greenwood Cemetery. Repast at the church fellowship hall.""",
gold=[("DEC008", "survivor"), ("DEC007", "survivor")]),

dict(guid="dec_blfh_obit_drennan_opal", pub="2026-04-15T09:30:00-05:00",
title="Opal Mae Drennan",
body="""Opal Mae Drennan, 94, of Sullivan, went to be with her Lord on Monday, April 13, 2026, at Sullivan Rehabilitation and Health Care Center.

Opal was born May 2, 1931, in Bethany, the daughter of Charles and Ida (Poland) Greer. She married Harlan Drennan on December 24, 1949; he preceded her in death in 2004. Together they ran Drennan's Dairy Bar on Harrison Street for thirty years, and half of Moultrie County can still tell you which booth they sat in on their first date. Opal taught Sunday school at Sullivan First Christian Church for forty-four years and made the noodles for every funeral dinner there until she was ninety.

She is survived by her son, Larry (Sue) Drennan of Findlay; her daughter, Judy (Mike) Bolin of Sullivan; five grandchildren; and eight great-grandchildren. She was preceded in death by her husband, her parents, a son, Danny, and her sisters, Vera and Louise.

Funeral services will be at 11:00 a.m. Friday at Brennaman-Lutz Funeral Home, Sullivan, with visitation from 9:30 a.m. until service time. Burial will be in Greenhill Cemetery, Sullivan. Memorials may be made to Sullivan First Christian Church.""",
gold=[("DEC017", "deceased_client")]),

dict(guid="dec_blfh_obit_odom_clarence", pub="2026-07-21T13:45:00-05:00",
title="Clarence \"Bud\" Odom",
body="""Clarence "Bud" Odom, 81, of Decatur, passed away on Saturday, July 18, 2026, at Decatur Memorial Hospital after a long and courageous fight with kidney disease.

Bud was born January 19, 1945, in Decatur to Clarence Sr. and Hattie Odom. He was a proud graduate of Stephen Decatur High School, served two tours in Vietnam with the U.S. Marine Corps, and worked at the Wagner Castings foundry for 30 years. After he retired he drove for Decatur Public Transit, where riders on the Route 11 knew him by name and he knew their kids' birthdays.

Bud is survived by his wife of 52 years, Marcella; his daughters, Keisha (Nate) Greenleaf of Bloomington and Monique Odom of St. Louis; his son, Darnell (Trina) Odom of Decatur; and six grandchildren, who called him Pop-Pop and meant it. He was preceded in death by his parents and his brother, Earl.

Visitation will be 10:00 a.m. to noon Friday at Brennaman-Lutz Funeral Home, Decatur, followed by a service at noon. Burial with military honors will be at Camp Butler National Cemetery, Springfield.""",
gold=[("DEC016", "survivor"), ("DEC015", "survivor")]),
]
