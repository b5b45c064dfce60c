"""Ben Lomond Family Mortuary (Ogden and Brigham City chapels): funeral-home site, Latter-day Saint house style
("passed away peacefully surrounded by family", mission, temple sealing, viewing before the funeral in the ward
meetinghouse), HTML in content:encoded, a one-sentence plain description. Hand-labelled."""

FEED = "blfm"
ITEMS = [
dict(guid="ogd_blfm_2026_0107", pub="2026-01-14T09:00:00-07:00", title="Gordon Lyle Pehrson",
body="""Gordon Lyle Pehrson, our beloved dad, grandpa and friend to every stray dog in Pleasant View, passed away peacefully at his home on January 11, 2026, surrounded by his family. He was 81.

Gordon was born September 22, 1944, in Ogden, Utah, to Lyle and Verla Hansen Pehrson, the second of five children. He grew up milking cows on the family farm at the base of Ben Lomond and graduated from Weber High School in 1962. He served a mission for The Church of Jesus Christ of Latter-day Saints in the Danish Mission, which gave him a lifelong love of rye bread and a Danish he would speak to anyone who could not understand it.

He married his sweetheart, Carol Ann Tracy, on June 9, 1967, in the Logan Utah Temple. Gordon worked thirty-four years at the Defense Depot Ogden and served faithfully in many callings, most happily as a Primary teacher to eleven-year-old boys.

He is survived by his wife, Carol Ann; his children, Scott (Jennifer) Pehrson of Farr West, Melissa (Derek) Atwood of Pleasant View and Trent Pehrson of Boise, Idaho; 14 grandchildren and 6 great-grandchildren; his sister, Nedra (LaVell) Brimhall of Ogden; and his brother, Keith Pehrson of Mesa, Arizona. He was preceded in death by his parents and by his brothers, Wayne and Dale.

Funeral services will be held Saturday, January 17, 2026, at 11:00 a.m. at the Pleasant View 4th Ward chapel, 2850 N 900 W. Friends may visit family Friday evening from 6 to 8 p.m. at Ben Lomond Family Mortuary, 3408 Washington Blvd., Ogden, and Saturday from 9:45 to 10:45 a.m. at the church. Interment, Pleasant View City Cemetery.""",
gold=[("OGD002", "survivor"), ("OGD001", "survivor")]),

dict(guid="ogd_blfm_2026_0121", pub="2026-02-04T09:00:00-07:00", title="Bonnie Pettingill Sorensen",
body="""Bonnie Pettingill Sorensen, 79, of Brigham City, returned to her Heavenly Father on Sunday, February 1, 2026, after a long and courageous fight with pulmonary fibrosis.

Bonnie was born May 3, 1946, in Hooper, Utah, the oldest daughter of Elwood and Maxine Pettingill. She married Leon Sorensen in the Ogden Utah Temple on August 19, 1966. They made their home in Brigham City, where Bonnie taught kindergarten at Lincoln Elementary for twenty-eight years. Every Peach Days she entered a pie, and every Peach Days she lost to her sister, a rivalry she never let go.

Bonnie is survived by her husband of 59 years, Leon; her children, Tamara (Cory) Jeppsen of Perry and Bryan (Alisha) Sorensen of Tremonton; 9 grandchildren; her sister, Mary Lou Crookston of Roy; and her brother, Elwood "Woody" Pettingill of Hooper. She was preceded in death by her parents and her brother-in-law, Dale Crookston.

Funeral services will be held Saturday, February 7, at 11 a.m. in the Brigham City 12th Ward chapel, 440 N 200 E. Bishop Garrett Lund will conduct, and the grave will be dedicated by Arlo Zundel. A viewing will be held Friday from 6 to 8 p.m. at Ben Lomond Family Mortuary, Brigham City chapel, 75 S 100 W, and Saturday from 9:30 to 10:30 a.m. at the church. Interment, Brigham City Cemetery.

The family thanks Dr. Preston Tolboe and the nurses of Intermountain Home Health for their tender care.""",
gold=[("OGD005", "survivor")]),

dict(guid="ogd_blfm_2026_0133", pub="2026-02-19T09:00:00-07:00", title="Verl Dean Van Wagoner",
body="""Verl Dean Van Wagoner, 87, rancher, storyteller and the last man in Ogden Valley to cut hay with a team of horses, slipped away quietly at his home in Huntsville on February 16, 2026, to be reunited with his eternal companion.

Verl was born June 4, 1938, in Huntsville, Utah, to Dean and Lillian Van Wagoner, and he never wanted to live anywhere else. He served in the Utah National Guard and a mission to the Southern States. On April 1, 1961, he married Afton Wade in the Salt Lake Temple; they raised six children and a great many cattle on the Van Wagoner place east of the reservoir. He served as bishop of the Huntsville 2nd Ward and for twenty years on the Weber County Farm Bureau board.

Verl was preceded in death by his beloved wife, Afton, in 2019, by his parents, and by a son, Brent. He is survived by his children, Kent (Marci) Van Wagoner of Eden, Sharla (Russ) Ipsen of Huntsville, Gary (Lynn) Van Wagoner of Morgan, Dianne (Mark) Kerr of Mesa, Arizona, and Paul (Angie) Van Wagoner of Huntsville; 27 grandchildren, including Kristi (Thayne) Oberhansley of Roy; and 41 great-grandchildren.

Funeral services will be held Saturday, February 21, at noon at the Huntsville Stake Center, 7600 E 200 S. Friends may call Friday from 6 to 8 p.m. at Ben Lomond Family Mortuary, 3408 Washington Blvd., Ogden, and one hour before services at the church. Interment, Huntsville Cemetery, with military honors by the Utah National Guard.""",
gold=[("OGD009", "deceased_client"), ("OGD016", "survivor")]),

dict(guid="ogd_blfm_2026_0149", pub="2026-03-12T09:00:00-07:00", title="Wendell Ray Tingey Sr.",
body="""Wendell Ray Tingey Sr., 89, of Pleasant View, passed away March 9, 2026, at McKay-Dee Hospital with his family at his side.

Wendell was born December 2, 1936, in Plain City, Utah, to Ray and Ada Tingey. He graduated from Weber High and Weber College and spent forty years as a machinist at Thiokol in Promontory, carpooling every morning over the hill with the same three men. He married Betty Jo Wadman in the Ogden Utah Temple on March 15, 1957. He loved the Utes, his garden and a good game of Rook.

He is survived by his wife of 69 years, Betty Jo; his son, Wendell Tingey Jr. (Charlene) of North Ogden; his daughters, Karalee (Boyd) Stratford of Plain City and Denise Tingey of Las Vegas, Nevada; 12 grandchildren and 19 great-grandchildren. He was preceded in death by his parents and his brother, LaMar.

Services will be held Saturday, March 14, at 11 a.m. at the Pleasant View 2nd Ward, 3100 N 600 W, where family and friends may visit from 9:30 to 10:40 a.m. A viewing will also be held Friday evening from 6 to 8 p.m. at Ben Lomond Family Mortuary, 3408 Washington Blvd., Ogden. Interment, Pleasant View City Cemetery.""",
gold=[("OGD003", "survivor"), ("OGD004", "survivor")]),

dict(guid="ogd_blfm_2026_0166", pub="2026-04-08T09:00:00-06:00", title="Thayne Jacob Oberhansley",
body="""Our sweet Thayne Jacob Oberhansley, 19, of Roy, was taken from us much too soon on April 4, 2026, in an automobile accident near Hooper.

Thayne was born August 30, 2006, in Ogden to Dustin and Kami Oberhansley. He graduated from Roy High School last spring, where he played center on the Royals football team and never once missed a practice. He worked at the Roy Walmart and had his mission papers ready to submit. He could fix any small engine and most of the neighbors' lawn mowers.

Thayne is survived by his parents, Dustin and Kami Oberhansley of Roy; his sisters, Kenzie and Brynn; his brother, Colt; and his grandparents, Rulon and Dixie Oberhansley of Hooper and Jack and Sandra Blackner of West Haven.

Funeral services will be held Thursday, April 9, at 11 a.m. at the Roy West Stake Center, 4100 S 3500 W, Roy, with a viewing Wednesday from 6 to 8 p.m. at Ben Lomond Family Mortuary, 3408 Washington Blvd., Ogden. Interment, Roy City Cemetery.""",
gold=[]),

dict(guid="ogd_blfm_2026_0181", pub="2026-05-13T09:00:00-06:00", title="LaVell Kent Brimhall",
body="""LaVell Kent Brimhall, 79, our dad, grandpa and the best-dressed usher Weber State ever had, passed away peacefully at home in Ogden on May 10, 2026, with his sweetheart holding his hand.

LaVell was born August 12, 1946, in Rigby, Idaho, to Kent and Lorna Brimhall. He served a mission to the Netherlands, then came to Weber State College, where he met Nedra Pehrson in a biology lab. They were married in the Ogden Utah Temple on June 6, 1968. LaVell taught chemistry at Ben Lomond High School for thirty-one years, and generations of Scots remember the day he made the fume hood sing.

He is survived by his wife of 57 years, Nedra Pehrson Brimhall; his children, Heather (Jason) Walquist of Riverdale, Kent Brimhall of Ogden and Amy (Brandon) Yorgason of Syracuse; 11 grandchildren; and his sister, Darlene Call of Rigby, Idaho. He was preceded in death by his parents and a grandson, Tate.

Funeral services will be held Saturday, May 16, at 11 a.m. at the Ogden 27th Ward chapel, 1840 E Gramercy Ave. Friends may visit with the family Friday from 6 to 8 p.m. at Ben Lomond Family Mortuary, 3408 Washington Blvd., and Saturday from 9:45 to 10:45 a.m. at the church. Interment, Ogden City Cemetery.""",
gold=[("OGD001", "deceased_client"), ("OGD002", "spouse_of_deceased_client")]),

dict(guid="ogd_blfm_2026_0204", pub="2026-06-17T09:00:00-06:00", title="Reid Ashby Wangsgard",
body="""Reid Ashby Wangsgard, 91, of South Weber, passed away June 14, 2026, at the Ogden Regional Medical Center, after a short illness and a long, good life.

Reid was born January 27, 1935, in Uintah, Utah. He spent thirty-six years as a civilian aircraft mechanic at Hill Air Force Base and twenty more raising raspberries on an acre of South Weber bench ground, from which he kept the whole ward in jam. He married Lois Child in the Logan Temple in 1956; she preceded him in death in 2017.

Reid is survived by his sons, Kirk (Janae) Wangsgard of Uintah and Dennis (Colleen) Wangsgard of Kaysville; 9 grandchildren, including Brock (Camille) Wangsgard of South Ogden; and 17 great-grandchildren.

Funeral services will be held Friday, June 19, at 11 a.m. at the South Weber 3rd Ward chapel, 1755 E South Weber Dr. A viewing will be held Thursday from 6 to 8 p.m. at Ben Lomond Family Mortuary, 3408 Washington Blvd., Ogden, and Friday from 9:45 to 10:45 a.m. at the church. Interment, South Weber City Cemetery.""",
gold=[("OGD020", "survivor"), ("OGD019", "survivor")]),
]
