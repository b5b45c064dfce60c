"""The Bay County Ledger (Panama City daily): obituaries with legacy-style titles and brief paid death notices,
plain text. Hand-labelled: gold=[(client_id, role), ...]."""

FEED = "ledger"
ITEMS = [
dict(guid="ecp_bcl_obit_260114_reddick", pub="2026-01-14T05:30:00-06:00",
title="Opal Cawthon Reddick Obituary (1936 - 2026) - Vernon, FL - The Bay County Ledger",
body="""VERNON - Opal Cawthon Reddick, 89, of Vernon, went to be with her Lord on Sunday, January 11, 2026, at Northwest Florida Community Hospital in Chipley.

Opal was born on a cotton farm near Greenhead in Washington County, the youngest of nine children of Lamar and Effie Cawthon. She married Otis Reddick in 1954 and kept the books for his feed store on Main Street for forty years. She was a charter member of Vernon First Assembly, where she taught the ladies' Bible class until she was 85 and made a pound cake for every funeral dinner the church held for half a century.

She is survived by her son, Dwight Reddick (Carol) of Vernon; her daughter, Patsy Lee Holley of Dothan, Ala.; her brother, Roy Cawthon (Millie) of Panama City; six grandchildren and eleven great-grandchildren. She was preceded in death by her husband, Otis, and by seven brothers and sisters.

Funeral services will be held at 2 p.m. Thursday at Vernon First Assembly, with Pastor Wes Kirkland officiating. Burial will follow at Moss Hill Cemetery. Brown Funeral Home of Chipley is in charge of arrangements.""",
gold=[("ECP021", "survivor"), ("ECP020", "survivor")]),

dict(guid="ecp_bcl_obit_260203_whiddon", pub="2026-02-03T05:30:00-06:00",
title="Travis Whiddon Obituary (2001 - 2026) - Panama City, FL - The Bay County Ledger",
body="""PANAMA CITY - Travis Lee Whiddon, 24, of Panama City, died Friday, January 30, 2026, as the result of a motorcycle accident on Highway 390.

Travis was born in Panama City on June 2, 2001, and graduated from Mosley High School in 2019, where he played left tackle for the Dolphins. He was a second-year apprentice lineman with Gulf Coast Electric Cooperative and had worked every storm since Hurricane Sally. He loved redfishing in St. Andrew Bay, his Chevy Silverado and his niece, Addison.

He is survived by his parents, Dale and Tammy Whiddon of Panama City; his brother, Cody Whiddon (Brittany) of Southport; his grandmothers, Earline Whiddon and Jo Nell Peacock; and his girlfriend, Kaleigh Brannon.

A celebration of Travis's life will be held at 11 a.m. Saturday at Hiland Park Baptist Church. In lieu of flowers, the family asks for donations to the Bay High Lineman Scholarship Fund.""",
gold=[]),   # young namesake of ECP019 (b. 1961, wife Rhonda): nothing

dict(guid="ecp_bcl_obit_260219_kinard", pub="2026-02-19T05:30:00-06:00",
title="Sue Ellen Kinard Obituary (1963 - 2026) - Newberry, SC - The Bay County Ledger",
body="""Sue Ellen Kinard, 62, of Newberry, South Carolina, passed away on February 15, 2026, at Newberry County Memorial Hospital after a courageous battle with ovarian cancer.

Sue Ellen was a registered nurse for 38 years, most of them in the labor and delivery unit at Newberry County Memorial, and she liked to say that half of the county owed her their first breath. She sang alto in the choir at St. Luke's Lutheran Church and never missed a Newberry College football game.

She is survived by her husband of 40 years, Dwight Kinard; her sons, Kyle and Brent Kinard, both of Columbia; her sister, Rhonda Whiddon (Travis) of Panama City, Fla.; and four grandchildren.

Services will be held Saturday at St. Luke's Lutheran Church in Prosperity, S.C. The family will receive friends at Wise Funeral Home on Friday evening.""",
gold=[("ECP019", "survivor")]),   # ECP012 Sue Ellen Kinard of Lynn Haven, unmarried: a namesake, nothing

dict(guid="ecp_bcl_obit_260310_brackeen", pub="2026-03-10T05:30:00-05:00",
title="Thaddeus \"Tad\" Brackeen Obituary (1949 - 2026) - Lufkin, TX - The Bay County Ledger",
body="""LUFKIN, Texas - Thaddeus "Tad" Brackeen, 77, of Lufkin, died Thursday, March 5, 2026, at his home on Lake Sam Rayburn.

Tad was born in Panama City, Florida, and graduated from Bay High School in 1967 before enlisting in the Army. After Vietnam he settled in East Texas, where he worked 31 years as a forester for a paper company and could name any tree in the Angelina National Forest by its bark alone.

He is survived by his wife of 52 years, Nell (Pruitt) Brackeen; his daughters, Tammy Hutto of Nacogdoches and Kristen Brackeen of Houston; and five grandchildren. He was preceded in death by his parents, Ray and Dorothy Brackeen, and his brother, Sonny.

Services were held March 8 at Carroway Funeral Home in Lufkin. The family asked that his Bay High classmates remember him with a donation to the Bay High Tornado Foundation.""",
gold=[]),   # ECP001 Tad Brackeen of Lynn Haven (same age, wife Lorna): a namesake in Texas, nothing

dict(guid="ecp_bcl_obit_260506_cawthon", pub="2026-05-06T05:30:00-05:00",
title="Mildred \"Millie\" Cawthon Obituary (1936 - 2026) - Panama City, FL - The Bay County Ledger",
body="""PANAMA CITY - Mildred "Millie" Faircloth Cawthon, 90, of Panama City, went home to be with the Lord on Sunday, May 3, 2026, surrounded by her family at her home on Massalina Bayou.

Millie was born April 18, 1936, in Bonifay, the daughter of Hollis and Vera Faircloth. She came to Panama City in 1955 as a bride and taught home economics at Bay High School for thirty-one years, where generations of students learned to make biscuits, balance a checkbook and hem their own trousers whether they wanted to or not. She was a member of First Presbyterian Church for more than sixty years and a founding volunteer of the St. Andrews Bay Garden Club.

She is survived by her husband of 70 years, Roy Lamar Cawthon; her sons, Lamar Cawthon (Debbie) of Pensacola and Steven Cawthon of Birmingham, Ala.; her niece, Kaye O'Quinn and her husband, Lyle, of Panama City Beach, whom she raised as a daughter; five grandchildren and seven great-grandchildren. She was preceded in death by her brother, Hollis Faircloth Jr., and her sister-in-law, Opal Reddick.

The family will receive friends from 5 to 7 p.m. Friday at Harrell-Pruett Funeral Home, 1400 Jenks Avenue. A service of witness to the resurrection will be held at 11 a.m. Saturday at First Presbyterian Church, with the Rev. Dr. Anne Pellerin officiating.""",
gold=[("ECP020", "deceased_client"), ("ECP021", "spouse_of_deceased_client"),
      ("ECP008", "survivor"), ("ECP007", "survivor")]),

dict(guid="ecp_bcl_dn_260505_sowell", pub="2026-05-05T05:30:00-05:00",
title="SOWELL, Elbert",
body="""SOWELL, Elbert, of Panama City, passed away Saturday, May 2, 2026. Arrangements are pending and will be announced by Harrell-Pruett Funeral Home, Panama City.""",
gold=[("ECP022", "possible_deceased_client")]),

dict(guid="ecp_bcl_obit_260612_corbitt", pub="2026-06-12T05:30:00-05:00",
title="Bascom \"Bass\" Corbitt Obituary (1952 - 2026) - Youngstown, FL - The Bay County Ledger",
body="""YOUNGSTOWN - Bascom Eugene "Bass" Corbitt, 73, of Youngstown, passed away Tuesday, June 9, 2026, at Ascension Sacred Heart Bay after a short illness.

Bass was born August 19, 1952, in Fountain, the son of the late Eugene and Lela Corbitt. He ran shrimp boats out of Watson Bayou for thirty years and later a bait-and-tackle shop on Highway 231 that doubled as the unofficial town hall of Youngstown. He was a member of Bayou George Baptist Church and a Vietnam-era veteran of the U.S. Coast Guard.

He is survived by his wife of 50 years, Wanda Corbitt; his sons, Eugene "Gene" Corbitt and Ricky Corbitt, both of Youngstown; his daughter, Crystal Pippin of Fountain; eight grandchildren; and his faithful dog, Skeeter.

Visitation will be Sunday from 5 to 7 p.m. at Southerland Family Funeral Home. Funeral services will be Monday at 10 a.m. at Bayou George Baptist Church, with burial with military honors at Bayou George Cemetery.""",
gold=[("ECP011", "deceased_client")]),   # born Aug 19, 1952 = roster; wife Wanda = roster spouse (not a client)
]
