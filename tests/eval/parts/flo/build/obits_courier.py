"""The Pee Dee Courier (invented daily, Florence, S.C.): newspaper obituaries, legacy-style titles, plain text.
Hand-labelled: gold=[(client_id, role), ...] beside each text."""

from obits_evergreen import MATTIE_BODY  # the duplicate copy is the same text

FEED = "courier"
ITEMS = [
dict(guid="flo_courier_obit_2026_0114", pub="2026-01-14T05:30:00-05:00",
title="Essie Mae Eaddy Obituary (1937 - 2026) - Lake City, SC - The Pee Dee Courier",
body="""LAKE CITY - Mrs. Essie Mae Eaddy, 88, entered into eternal rest on Saturday, January 10, 2026, at her home in the Cades Road community, surrounded by her family.

Born in Williamsburg County, she was a daughter of the late Moses and Hattie Scott Pressley. She graded beans at the Lake City bean market as a girl, worked thirty-one years in the dietary department of Lake City Hospital, and was a faithful member of Greater St. James AME Church, where she sang in the Senior Choir and served on the Stewardess Board.

She leaves to cherish her memory her son, Clarence "June" Eaddy Jr. (Vernelle) of Lake City; her daughter, Loretta Eaddy Cooper of Newark, N.J.; nine grandchildren; fourteen great-grandchildren; a sister, Irene Pressley Wilson of Hemingway; and a host of nieces, nephews, church members and friends. She was preceded in death by her husband of 52 years, Clarence Eaddy Sr., and by a grandson, Marcus.

Homegoing services will be held 1 p.m. Saturday at Greater St. James AME Church, with the Rev. Alonzo Gadsden delivering the eulogy. Interment will follow in the church cemetery. Pallbearers will be Lamont Gregg, Dexter Pressley, Curtis Wilson and Terrence Eaddy. The family is receiving friends at the home of her son.""",
gold=[("FLO003", "survivor")]),

dict(guid="flo_courier_obit_2026_0203", pub="2026-02-03T05:30:00-05:00",
title="Carl Edward Poston Obituary (1947 - 2026) - Pamplico, SC - The Pee Dee Courier",
body="""PAMPLICO - Carl Edward Poston, 78, of Pamplico, died Saturday, January 31, 2026, at McLeod Regional Medical Center in Florence.

He was born in Florence County, a son of the late Archie and Mavis Hanna Poston. Carl farmed tobacco, soybeans and cotton on the family land near the Great Pee Dee River for more than fifty years, was a longtime member of Hebron Methodist Church and never missed a Pamplico Christmas parade. He liked to say he had outlasted the tobacco warehouses but not his tractor.

Surviving are his wife of 55 years, Jean Matthews Poston; two sons, Dale Poston (Renee) and Travis Poston, both of Pamplico; a sister, Mrs. Wendell (Peggy) Lane of Johnsonville; and five grandchildren. He was predeceased by a brother, Archie Poston Jr.

Funeral services will be held 2 p.m. Tuesday at Hebron Methodist Church, with burial in the church cemetery. The family will receive friends Monday evening from 6 until 8 at the funeral home. Memorials may be made to Hebron Methodist Church, Pamplico.""",
gold=[("FLO020", "survivor"), ("FLO021", "survivor")]),

dict(guid="flo_courier_obit_2026_0218", pub="2026-02-18T05:30:00-05:00",
title="Harold Wayne \"Hal\" Godbold Obituary (1946 - 2026) - Florence, SC - The Pee Dee Courier",
body="""FLORENCE - Harold Wayne "Hal" Godbold, 80, of Florence, passed away Monday, February 16, 2026, at the McLeod Hospice House.

Hal was born February 11, 1946, in Florence, a son of the late Wayne and Ruby Kirby Godbold. He graduated from McClenaghan High School, served in the U.S. Army in Germany, and spent thirty-eight years with the railroad in Florence before retiring as a yard supervisor. He was a member of Central United Methodist Church, a Florence Little League coach for two decades and a fixture at every Florence RedWolves home game.

Surviving are his wife of 57 years, Lottie Mae Truluck Godbold; a son, Hal Godbold Jr. (Cindy) of Myrtle Beach; a daughter, Carrie Godbold Nance (Jeff) of Florence; four grandchildren; and a brother, Jimmy Godbold of Effingham.

A celebration of his life will be held 11 a.m. Friday at Central United Methodist Church, with the Rev. Dr. Lyle Causey officiating. Burial will follow at Mount Hope Cemetery. Pallbearers will be his grandsons and Eddie Kirby, Ronnie Matthews and Wade Poston. The family will receive friends Thursday from 5 to 7 p.m. at the funeral home. Memorials may be made to McLeod Hospice.""",
gold=[("FLO001", "deceased_client"), ("FLO002", "spouse_of_deceased_client")]),

dict(guid="flo_courier_obit_2026_0226", pub="2026-02-26T05:30:00-05:00",
title="Mattie Lou Hyman Obituary (1934 - 2026) - Cheraw, SC - The Pee Dee Courier",
body=MATTIE_BODY,
gold=[]),  # exact later copy of the Evergreen & Magnolia notice (flo_evergreen_...mattie-lou-hyman): labelled there only

dict(guid="flo_courier_obit_2026_0307", pub="2026-03-07T05:30:00-05:00",
title="Franklin Delano Tanner III Obituary (1991 - 2026) - Bennettsville, SC - The Pee Dee Courier",
body="""BENNETTSVILLE - Franklin Delano Tanner III, 34, of Bennettsville, died Wednesday, March 4, 2026, as the result of an automobile accident on S.C. 9.

Known to everyone as "Tripp," he graduated from Marlboro County High School, where he played baseball, and worked as a lineman for Marlboro Electric Cooperative. He was happiest in a deer stand or on the banks of Lake Wallace with his daughter.

He is survived by his daughter, Kinsley Tanner; his parents, Franklin Jr. and Denise Tanner of Bennettsville; his sister, Brooke Tanner Hatcher of Clio; his grandparents, Franklin "Frank" Tanner Sr. and his wife, Hazel, of Bennettsville; and his maternal grandmother, Peggy McLaurin of Tatum.

Funeral services will be held 3 p.m. Sunday at First Baptist Church of Bennettsville. Burial will follow in Sunset Hill Cemetery. Pallbearers will be his fellow linemen of Marlboro Electric Cooperative.""",
gold=[("FLO015", "survivor")]),

dict(guid="flo_courier_obit_2026_0404", pub="2026-04-04T05:30:00-04:00",
title="Dorothy \"Dot\" Huggins Obituary (1937 - 2026) - Hickory, NC - The Pee Dee Courier",
body="""HICKORY, N.C. - Dorothy "Dot" Huggins, 88, of Hickory, died Tuesday, March 31, 2026, at Catawba Valley Medical Center.

A native of Catawba County, she was a daughter of the late Ralph and Irene Huggins. Miss Huggins taught piano to three generations of Hickory children and was organist at Corinth Reformed Church for forty-four years. She spent childhood summers with cousins near Florence and kept her subscription to the Courier to the end.

She is survived by her nephews, Gary Huggins of Newton, N.C., and Philip Huggins of Charlotte, and by many devoted former students.

A memorial service will be held 11 a.m. Saturday at Corinth Reformed Church, Hickory.""",
gold=[]),  # far-away namesake (FLO016 Dot Huggins, Florence, b. 1950): nothing
]
