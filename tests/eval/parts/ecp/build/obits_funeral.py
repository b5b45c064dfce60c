"""Harrell-Pruett Funeral Home & Crematory (Panama City and Lynn Haven chapels): funeral-home site, HTML in
content:encoded, a one-sentence plain description. Hand-labelled: gold=[(client_id, role), ...]."""

FEED = "hp"
ITEMS = [
dict(guid="ecp_hp_2026_leland_vickery", slug="leland-vickery", pub="2026-01-22T14:10:00-06:00",
title="Leland Earl Vickery (1946 - 2026)",
body="""Leland Earl Vickery, 79, of Panama City, passed from this life on Monday, January 19, 2026, at Gulf Coast Medical Center.

Leland was born in Graceville and came to Bay County in 1968 to work at the paper mill, where he stayed until the whistle blew for the last time. He was a deacon at Northside Baptist Church, a Gideon for forty years, and the man every neighbor on Cherry Street called when a lawnmower would not start.

Leland is survived by his wife, Joyce Vickery; his daughter, Angela Dupree (Mark) of Callaway; his sister, Lorna Brackeen (Tad) of Lynn Haven; and three grandchildren. He was preceded in death by his parents, Earl and Ruby Vickery, and his brother, Donnie.

A funeral service will be held at 2 p.m. Saturday in the Harrell-Pruett Chapel with Bro. Jimmy Stallworth officiating. Interment will follow at Evergreen Memorial Gardens. The family will receive friends one hour before the service.""",
gold=[("ECP002", "survivor"), ("ECP001", "survivor")]),

dict(guid="ecp_hp_2026_cletus_pridgeon_sr", slug="cletus-pridgeon-sr", pub="2026-02-11T10:45:00-06:00",
title="Cletus Wade Pridgeon Sr. (1941 - 2026)",
body="""Cletus Wade Pridgeon Sr., 84, of Panama City, went to his heavenly home on Saturday, February 7, 2026, with his family at his side.

Born in Wewahitchka, Cletus grew up running trotlines on the Dead Lakes and never lost his taste for fried catfish and cane syrup. He spent 34 years as a machinist at Tyndall Air Force Base and after retiring built cypress porch swings that now hang on half the porches in the Cove.

He is survived by his loving wife of 61 years, Juanita; his son, Cletus "C.J." Pridgeon Jr. (Darlene) of Lynn Haven; his daughter, Sherry Pridgeon Bozeman of Wewahitchka; five grandchildren; and two great-grandchildren.

Visitation will be held Wednesday from 5 to 7 p.m. at the Harrell-Pruett Funeral Home, Jenks Avenue. Services will be Thursday at 11 a.m. at Cove Baptist Church, with burial at Greenwood Cemetery. Pallbearers will be his grandsons.""",
gold=[("ECP003", "survivor")]),   # "of Lynn Haven": next to the roster's Panama City 32405, carries the family name

dict(guid="ecp_hp_2026_gus_alsobrook", slug="augustus-alsobrook", pub="2026-03-04T09:30:00-06:00",
title="Augustus \"Gus\" Alsobrook (1937 - 2026)",
body="""Augustus Henry "Gus" Alsobrook, 88, of Chipley, passed away peacefully on Sunday, March 1, 2026, at Washington Rehabilitation and Nursing Center.

Gus farmed peanuts and cattle on the home place north of Chipley for sixty years and served on the Washington County School Board for three terms. He was a member of First Methodist Church of Chipley and a past president of the Panhandle Watermelon Festival.

He is survived by his sister, Genevieve "Gigi" Harbeson of Panama City; his nephews, Walt Alsobrook of Chipley and Ben Alsobrook of Marianna; his niece, Sue Ellen Kinard of Panama City; and a host of great-nieces and great-nephews. He was preceded in death by his wife, Frances, in 2019.

Services will be held Friday at 10 a.m. at First Methodist Church of Chipley. Pallbearers will be Walt Alsobrook, Ben Alsobrook, Dale Whitfield, Travis Whiddon, Ronnie Gilley and Pete Strickland. Burial will be at Glenwood Cemetery, Chipley.""",
gold=[("ECP018", "survivor"), ("ECP012", "survivor")]),   # Sue Ellen "of Panama City" (roster Lynn Haven, adjacent); Travis Whiddon is a pallbearer: nothing

dict(guid="ecp_hp_2026_harriet_tolbert", slug="harriet-tolbert", pub="2026-04-02T11:00:00-05:00",
title="Harriet Mae Tolbert (1939 - 2026)",
body="""Harriet Mae Tolbert, 86, of Lynn Haven, passed away on March 30, 2026, at home, under the loving care of her family and Covenant Care hospice.

Harriet was born in Marianna and taught fourth grade at Lynn Haven Elementary for 33 years. She was a faithful member of First Baptist Church of Lynn Haven, a Gray Lady at the old Bay Memorial Hospital, and the author of a self-published history of the Sheffield neighborhood that sold out twice.

She is survived by her sons, Rodney Tolbert (Gail) of Lynn Haven and Keith Tolbert of Pensacola; her sister, Lucille Maddox of Marianna; and four grandchildren. She was preceded in death by her husband, Carl Tolbert.

Services will be held Saturday at 1 p.m. at First Baptist Church of Lynn Haven, with the Rev. Ozell Threatt and Dr. Glenn Ashmore officiating. Pallbearers: Rodney Tolbert, Keith Tolbert, Carter Van Landingham, Lyle O'Quinn, Jeff Maddox and Tim Strawn. The family offers special thanks to Dr. Adaeze Okonjo and the nurses of Covenant Care for their kindness.""",
gold=[]),   # officiant Threatt, pallbearers Van Landingham and O'Quinn, Dr. Okonjo thanked: nothing

dict(guid="ecp_hp_2026_peggy_van_landingham", slug="margaret-van-landingham", pub="2026-04-24T15:20:00-05:00",
title="Margaret \"Peggy\" Van Landingham (1939 - 2026)",
body="""Margaret Ann "Peggy" Van Landingham, 87, of Panama City Beach, entered into rest on Tuesday, April 21, 2026.

Peggy and her late husband, Jack, opened one of the first motor courts on Front Beach Road in 1962, when the Miracle Strip was still mostly sand and sea oats, and ran it for thirty years. She was a member of the Panama City Beach Chamber's first board, a longtime usher at St. Bernadette Catholic Church and a fierce canasta player.

She is survived by her son, Jack Van Landingham Jr. of Atlanta; her grandson, Carter Van Landingham (Brooke) of Panama City Beach; her granddaughter, Leigh Ann Shuler of Tallahassee; and four great-grandchildren, including Tripp.

A Mass of Christian Burial will be celebrated Monday at 10 a.m. at St. Bernadette Catholic Church, followed by interment at Evergreen Memorial Gardens.""",
gold=[("ECP017", "survivor")]),

dict(guid="ecp_hp_2026_wilbur_mashburn", slug="wilbur-mashburn", pub="2026-07-15T13:35:00-05:00",
title="Wilbur Ray Mashburn (1943 - 2026)",
body="""Wilbur Ray Mashburn, 82, of Wewahitchka, died Sunday, July 12, 2026, at his home on the Chipola River.

Wilbur was a tupelo beekeeper for more than fifty years and one of the last men on the river who still set his hives out on floating platforms in the swamp. His honey won blue ribbons at the Tupelo Honey Festival so often that the judges finally made him a judge. He served in the U.S. Navy aboard the USS Saratoga.

He is survived by his wife, Alma Mashburn; his daughter, Rita Lanier (Buck) of Wewahitchka; his sister-in-law, Claudette Mashburn of Port St. Joe, widow of his late brother, Harold; and six grandchildren.

Services will be held Thursday at 10 a.m. in the Harrell-Pruett Wewahitchka Chapel, with interment at Jehu Cemetery.""",
gold=[("ECP023", "survivor")]),
]
