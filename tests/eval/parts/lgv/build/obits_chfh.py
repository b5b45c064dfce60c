"""Cypress Hollow Funeral Home (Longview, Kilgore and Marshall chapels): funeral-home site, HTML in content:encoded,
one-sentence plain description, permalink guids. Hand-labelled."""

BASE = "https://www.cypresshollowfh.example/obituaries/"
ITEMS = [
dict(guid="lgv_chfh_hattie-fountain-wiggins", pub="2026-02-20T15:00:00-06:00", title="Mother Hattie Fountain Wiggins",
body="""Mother Hattie Fountain Wiggins, 97, of Longview, was called home on Monday, February 16, 2026.

Mother Wiggins was born August 3, 1928, in Harleton to the late Rev. Isaiah and Lula Fountain. She joined Greater New Hope Missionary Baptist Church at an early age and served faithfully as a church mother, usher and president of the Missionary Society. She retired from Good Shepherd Hospital after 30 years in housekeeping.

She was preceded in death by her husband, Deacon Willie Wiggins; her son, Curtis Wiggins; and her brothers, Amos Fountain and Rev. Isaiah Fountain Jr.

She leaves to cherish her memory two daughters, Gloria Wiggins Perkins (Ronald) of Dallas and Bernice Wiggins of Longview; one sister, Odessa Rountree of Longview; twelve grandchildren; a host of great-grandchildren, nieces, nephews, church family and friends.

Homegoing celebration will be held at 11:00 a.m., Saturday, February 21, 2026, at Greater New Hope Missionary Baptist Church, Rev. Marquise Pettaway, eulogist. Interment: Lakeview Cemetery.""",
gold=[("LGV003", "survivor")]),

dict(guid="lgv_chfh_wanda-spradlin", pub="2026-03-30T16:20:00-05:00", title="Wanda Jean Spradlin",
body="""Wanda Jean Spradlin, 84, of Kilgore passed away on March 27, 2026.

Wanda was born in Arp and married Charles "Chuck" Spradlin in 1960. She was a Kilgore Rangerette, a beloved first-grade teacher at Chandler Elementary and a member of the First Baptist Church of Kilgore.

She was preceded in death by her husband, Chuck, and her son, Michael Spradlin.

Wanda is survived by her daughter, Darla Hargrove and husband Buddy of Kilgore; her grandchildren, Cole Hargrove and Jenna Hargrove Wills; and her great-granddaughter, Emmy.

Pallbearers: Cole Hargrove, Jason Wills, Brantley Akins, Steve Tidwell, Mark Elrod and Don Gandy.

Services will be held at 10:00 a.m. Thursday at Cypress Hollow Funeral Home, Kilgore Chapel, with burial in Danville Cemetery.""",
gold=[("LGV005", "survivor"), ("LGV004", "survivor")]),

dict(guid="lgv_chfh_amparo-villarreal", pub="2026-05-12T12:00:00-05:00", title="Amparo Villarreal de la Rosa",
body="""Amparo Villarreal de la Rosa, 88, of Longview, entered eternal rest on Saturday, May 9, 2026.

She was born in Sabinas Hidalgo, Nuevo León, and came to Longview in 1971, where she and her late husband, Tomás Villarreal, raised six children. She was a devoted member of St. Mary's Catholic Church and the Guadalupanas.

She was preceded in death by her husband, Tomás, and her daughter, María Elena.

She is survived by her sons, Ernesto Villarreal and his wife Rosie of Longview, Tomás Villarreal Jr. of Dallas and Rogelio Villarreal of Monterrey; her daughters, Alma Garza of Kilgore and Yolanda Reyes of Tyler; 19 grandchildren and 11 great-grandchildren.

Rosary will be recited at 7:00 p.m. Tuesday at the funeral home. Mass of Christian Burial will be celebrated at 10:00 a.m. Wednesday at St. Mary's Catholic Church.""",
gold=[("LGV009", "survivor")]),

dict(guid="lgv_chfh_reginald-threadgill-sr", pub="2026-06-24T14:45:00-05:00", title="Reginald Threadgill Sr.",
body="""Mr. Reginald Threadgill Sr., 89, of Marshall, transitioned peacefully on June 20, 2026.

He was born in Karnack and served in the U.S. Air Force before spending 33 years as a machinist at the Marshall Pottery. He was a trustee of St. Paul Missionary Baptist Church and a proud graduate of H.B. Pemberton High School.

He was preceded in death by his wife, Mattie Threadgill, and his daughter, Yvonne.

He leaves to cherish his memory his son, Reginald "Reggie" Threadgill Jr. (Gwendolyn) of Marshall; his daughter, Sharon Threadgill Moore of Longview; nine grandchildren; and a host of relatives and friends.

Homegoing services will be held at 1:00 p.m. Saturday at St. Paul Missionary Baptist Church, Marshall.""",
gold=[("LGV019", "survivor")]),

dict(guid="lgv_chfh_clarence-nabors", pub="2026-08-03T11:30:00-05:00", title="Clarence Eugene Nabors",
body="""Clarence Eugene Nabors, 78, of Longview passed away on July 30, 2026.

Clarence drove a truck for Stroud Oil Co. for 35 years and never met a stranger at the Judson Road Whataburger.

He is survived by his son, Dewayne Nabors of Longview; his sister, Alma Nabors Pyle of Kilgore; his niece, Lorena Zapata of Longview, who cared for him in his last years; and a great-nephew.

He was preceded in death by his wife, Rosa Zapata Nabors.

A memorial gathering will be held at 4:00 p.m. Sunday at the Longview chapel.""",
gold=[("LGV020", "survivor")]),

dict(guid="lgv_chfh_jo-nell-whitsett", pub="2026-09-22T13:10:00-05:00", title="Jo Nell Burleson Whitsett",
body="""Jo Nell Burleson Whitsett, 86, of White Oak went to be with her Lord on Friday, September 18, 2026.

Jo Nell was born November 28, 1939, in Gilmer to Homer and Edna Burleson. She married Raymond Whitsett in 1958 and taught home economics at White Oak High School for 32 years. She was a member of White Oak First Baptist Church and never missed a Roughneck football game.

She was preceded in death by her husband, Raymond Whitsett, and her parents.

Survivors include her son, Danny Whitsett and wife Karen of White Oak; her daughter, Terri Whitsett Lang of Katy; five grandchildren and four great-grandchildren.

Services will be held at 2:00 p.m. Tuesday at White Oak First Baptist Church.""",
gold=[("LGV006", "deceased_client")]),
]
