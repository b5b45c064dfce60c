"""Sea Island & Cooper River Funeral Home (chapels on Johns Island and in Moncks Corner): funeral-home site,
HTML in content:encoded, a one-sentence plain description. Gullah Geechee / AME and Baptist homegoing notices and
a Lowcountry Episcopal family. Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="chs_sicr_obit_clarence-fludd-sr", pub="2026-01-22T10:15:00-05:00", title="Homegoing Celebration for Mr. Clarence Fludd Sr.",
body="""Mr. Clarence Fludd Sr., 71, of Ridgeville, answered the Master's call on Sunday, January 18, 2026, at Trident Medical Center.

Clarence was born in Pineville to the late Rev. Josiah Fludd and Mother Alberta Fludd. He drove a log truck for Westvaco for thirty-one years and was a faithful member of St. Paul AME Church, where he sang bass in the Male Chorus and never missed a Watch Night service.

He leaves to cherish his memory his devoted wife, Bernice Fludd; two sons, Clarence Fludd Jr. (Tameka) of Ladson and Derrick Fludd of Atlanta, Ga.; a sister, Lula Mae Brisbane (Jerry) of Moncks Corner; a brother, Otis Fludd of Ridgeville; eight grandchildren; and a host of nieces, nephews, cousins and friends.

Homegoing services will be held at 12 noon Saturday at St. Paul AME Church, Ridgeville, the Rev. Dr. Harold Mack, pastor, officiating. Interment will follow in the church cemetery. The body will lie in repose one hour before the service.""",
gold=[("CHS005", "survivor"), ("CHS004", "survivor")]),

dict(guid="chs_sicr_obit_rosetta-jenkins", pub="2026-03-04T09:40:00-05:00", title="Mother Rosetta Jenkins (1929 - 2026)",
body="""Mother Rosetta Jenkins, 96, of Johns Island, peacefully transitioned from labor to reward on Friday, February 27, 2026, in the home her husband built on River Road.

Born on Wadmalaw Island to the late Cuffee and Hagar Brown, Mother Jenkins raised seven children on what the land and the river gave. She sewed sweetgrass baskets every afternoon of her life, taught the children of Moving Star Hall their shouts and spirituals, and was for sixty years a mother of the church at Wesley United Methodist Church.

She leaves to mourn her passing her daughters, Odessa Ladson of Johns Island and Vernell Jenkins Grant of Brooklyn, N.Y.; her sons, Samuel Jenkins (Cora) of Johns Island and Willie Jenkins of Hollywood; twenty-two grandchildren; forty great-grandchildren; and a host of church family. She was preceded in death by her husband, Deacon Abraham Jenkins, and by two sons, Isaac and Moses.

A homegoing service will be held at 11 a.m. Saturday at Wesley United Methodist Church, Johns Island. Interment: the family cemetery on River Road.""",
gold=[("CHS003", "survivor")]),

dict(guid="chs_sicr_obit_marcus-jamal-aiken", pub="2026-05-12T14:05:00-04:00", title="Marcus Jamal Aiken (2002 - 2026)",
body="""Marcus Jamal Aiken, 24, of North Charleston, departed this life on Wednesday, May 6, 2026.

Marcus graduated from North Charleston High School, where he ran the 400 meters, and worked as a forklift operator at the port's Wando Welch terminal while taking classes at Trident Technical College. He loved his nephews, his barber chair on Rivers Avenue and the Atlanta Falcons, in that order.

He leaves to cherish his memory his parents, Terrence and Yvonne Aiken of North Charleston; his sisters, Kiara and Jasmine; his grandmother, Mrs. Ethel Aiken of Hollywood; and a host of aunts, uncles, cousins and friends.

Homegoing services will be held at 1 p.m. Saturday at Greater Goodwill AME Church, North Charleston.""",
gold=[]),

dict(guid="chs_sicr_obit_edward-peronneau-porcher-sr", pub="2026-06-17T11:00:00-04:00", title="Edward Peronneau Porcher Sr. (1933 - 2026)",
body="""Edward Peronneau Porcher Sr., 92, of Summerville, died on Sunday, June 14, 2026, at his home on Sumter Avenue, in the shade of the live oak his grandfather planted.

Mr. Porcher was born in Charleston, a descendant of Huguenot refugees who settled on the Santee in 1687, and was a graduate of Porter Military Academy and The Citadel, Class of 1955. He practiced law in Summerville for fifty years, was senior warden of St. Paul's Episcopal Church, and served as president of the Huguenot Society of South Carolina.

He is survived by his son, Edward P. "Ned" Porcher Jr. and his wife, Anne, of Summerville; his daughter, Wilhelmina "Billie" Legare of James Island; five grandchildren; and two great-grandchildren. He was predeceased by his wife of 58 years, Caroline Ball Porcher.

The funeral will be held at 2 p.m. Thursday at St. Paul's Episcopal Church, Summerville. Honorary pallbearers will be the members of his Sunday school class and his law partners, among them Thomas P. Gaillard III. Memorials may be made to the Huguenot Society of South Carolina.""",
gold=[("CHS014", "survivor")]),

dict(guid="chs_sicr_obit_james-wigfall", pub="2026-08-26T10:30:00-04:00", title="Homegoing of Deacon James Wigfall",
body="""Deacon James Wigfall, 84, of Moncks Corner, went home to be with the Lord on Friday, August 21, 2026, surrounded by his family at Roper St. Francis Berkeley Hospital.

Deacon Wigfall was born in the Cross community to the late Peter and Minnie Wigfall. He farmed, worked thirty years at the Santee Cooper Jefferies station and served Mt. Zion AME Church as a deacon, trustee and Sunday school superintendent for half a century.

He leaves to cherish his memory his wife of 59 years, Mattie Wigfall; his children, James Wigfall Jr. of Goose Creek and Patricia Wigfall-Moore (Anthony) of Columbia; his sister, Dot Singleton of Moncks Corner; his brother, Rev. Leon Wigfall of Baltimore, Md.; nine grandchildren; and a host of relatives and friends.

Homegoing celebration: 11 a.m. Saturday at Mt. Zion AME Church, Moncks Corner. Pallbearers: the Deacon Board, with Thaddeus Rivers and Calvin Mitchum. Interment in the church cemetery.""",
gold=[("CHS022", "survivor")]),

dict(guid="chs_sicr_obit_jeremiah-brisbane", pub="2026-10-14T09:20:00-04:00", title="Homegoing Celebration for Mr. Jeremiah \"Jerry\" Brisbane",
body="""Mr. Jeremiah "Jerry" Brisbane of Moncks Corner transitioned from labor to reward on Saturday, October 10, 2026. He was 88.

Jerry was born May 17, 1938, in the Pinopolis community of Berkeley County, the son of the late Moses and Rebecca Brisbane. He served in the U.S. Army in Germany, came home to Berkeley County and spent thirty-four years as a lineman for Santee Cooper. He was a steward of Bethel AME Church and a founding member of the Berkeley County branch of the NAACP.

He leaves to cherish his memory his loving wife of 61 years, Lula Mae Fludd Brisbane; his daughters, Gloria Brisbane-Haynes (Rodney) of Charlotte, N.C., and Angela Brisbane of Moncks Corner; his son, Jeremiah Brisbane Jr. of Summerville; eleven grandchildren; and a host of nieces, nephews and church family.

A homegoing service will be held at 11 a.m. Saturday at Bethel AME Church, Moncks Corner, the Rev. Cynthia Pressley, pastor, delivering the eulogy. Interment will follow in Berkeley Memorial Gardens.""",
gold=[("CHS004", "deceased_client"), ("CHS005", "spouse_of_deceased_client")]),
]
