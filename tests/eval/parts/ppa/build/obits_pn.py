"""The Pampa News: newspaper obituaries, plain text, services first (the Panhandle weekly style). Hand-labelled."""

ITEMS = [
dict(guid="ppa_pn_obit_20260615_tidwell", pub="2026-06-15T16:30:00-05:00", title="Harlan Wade 'Buck' Tidwell",
body="""Harlan Wade "Buck" Tidwell, 85, of Pampa, died Saturday, June 13, 2026, at Pampa Regional Medical Center.

Services will be at 10 a.m. Wednesday in First Baptist Church of Pampa with the Rev. Garrett Pruett, pastor, officiating. Burial will follow in Fairview Cemetery under the direction of Cornerstone Colonial Funeral Directors.

Mr. Tidwell was born February 11, 1941, in Shamrock to Wade and Opal Tidwell. He graduated from Pampa High School in 1959 and served in the U.S. Army. He married Loretta Gossett on August 22, 1964, in Pampa. He worked 38 years at the Celanese plant before retiring, and he never missed a Harvester home game. He was a member of First Baptist Church and the Top o' Texas Rodeo Association.

He was preceded in death by his parents and a brother, Dale Tidwell.

Survivors include his wife of 61 years, Loretta, of the home; a son, Rusty Tidwell and wife Carla of Lubbock; a daughter, Tammy Jo Lusk of Pampa; a brother-in-law, Buddy Gossett of Pampa; five grandchildren; and three great-grandchildren.

Pallbearers will be Travis Kuykendall, Kenny Boatwright, Cody Lusk, Ryan Tidwell, Jerry Don Hext and Mark Beavers.

Memorials may be made to the Pampa Meals on Wheels, P.O. Box 939, Pampa, TX 79066.""",
gold=[("PPA001", "deceased_client"), ("PPA002", "spouse_of_deceased_client"), ("PPA003", "survivor")]),

dict(guid="ppa_pn_obit_20260303_brashears", pub="2026-03-03T15:10:00-06:00", title="Eldon Ray Brashears",
body="""Eldon Ray Brashears, 91, of Pampa, died Sunday, March 1, 2026.

Graveside services will be at 2 p.m. Thursday in Memory Gardens Cemetery with Pastor Jim Bob Akers of Briarwood Church officiating. Arrangements are by Cornerstone Colonial Funeral Directors.

Mr. Brashears was born May 6, 1934, in Lefors. He roughnecked in the Panhandle field as a young man and later drove a truck for Cabot until 1996. He liked dominoes at the senior center and could tell you the rainfall total for any year since 1950.

He was preceded in death by his wife, Velma, in 2019, and a brother, Otis Brashears.

Survivors include two sons, Ronnie Brashears of Pampa and Steve Brashears of Dumas; a sister, Jimmie Ruth Stalcup of Pampa; six grandchildren; and several nieces and nephews.""",
gold=[("PPA004", "survivor")]),

dict(guid="ppa_pn_obit_20260410_boatwright", pub="2026-04-10T17:45:00-05:00", title="Kenneth Dale 'Kenny' Boatwright",
body="""Kenneth Dale "Kenny" Boatwright, 22, of Pampa, died Tuesday, April 7, 2026, in a vehicle accident on State Highway 152 west of town.

Services will be at 2 p.m. Saturday in Briarwood Church with Pastor Jim Bob Akers officiating. Burial will be in Fairview Cemetery.

Kenny was born December 2, 2003, in Pampa. He graduated from Pampa High School in 2022, where he played offensive line for the Harvesters, and he was finishing his lineman certification at Clarendon College. He was happiest in a deer blind or under the hood of his '78 Ford.

Survivors include his parents, Kenneth and Renee Boatwright of Pampa; a sister, Kinsley Boatwright of Canyon; his grandparents, Dale and Norma Hefley of Skellytown; and his girlfriend, Macy Trevino.

He was preceded in death by his paternal grandparents, Ray and Bonnie Boatwright.""",
gold=[("PPA015", "survivor")]),

dict(guid="ppa_pn_obit_20260508_cathey", pub="2026-05-08T14:00:00-05:00", title="Leon Thomas Cathey",
body="""Leon Thomas Cathey, 83, of Lefors, died Wednesday, May 6, 2026, at his home.

Services will be at 10:30 a.m. Monday in First Baptist Church of Lefors with the Rev. Dwight Carmody officiating. Burial will be in Lefors Cemetery under the direction of Cornerstone Colonial Funeral Directors of Pampa.

Mr. Cathey was born in 1942 in Lefors and lived there all his life, except for two years with the Army in Germany. He ran cattle south of town and served 20 years on the Lefors ISD school board.

Survivors include his wife, Geneva, of the home; a daughter, Pam Cathey of Amarillo; a sister, Wanda Faye McWhorter of Lefors; a nephew, Odis Whitsell of McLean; and four grandchildren.""",
gold=[("PPA021", "survivor")]),

dict(guid="ppa_pn_obit_20260722_kuykendall", pub="2026-07-22T15:20:00-05:00", title="Travis Wayne Kuykendall",
body="""Travis Wayne Kuykendall, 88, of Panhandle, died Monday, July 20, 2026, at Panhandle Nursing and Rehab.

Services will be at 10 a.m. Friday in First United Methodist Church of Panhandle. Burial will be in Panhandle Cemetery.

Mr. Kuykendall was born March 14, 1938, on the family place north of Panhandle and farmed wheat and milo in Carson County for sixty years. He served on the Carson County Appraisal District board and the Panhandle Co-op Gin board.

He was preceded in death by his wife of 59 years, Nadine, in 2020.

Survivors include a son, Wade Kuykendall and wife Pam of Panhandle; a daughter, Gayla Stroud of Amarillo; a grandson, Travis Kuykendall and wife Shelby of Panhandle, who was named for him; four other grandchildren; and nine great-grandchildren.""",
gold=[("PPA008", "survivor"), ("PPA009", "survivor")]),

dict(guid="ppa_pn_obit_20260826_dyson", pub="2026-08-26T16:00:00-05:00", title="Opal Lorene Dyson",
body="""Opal Lorene Dyson, 96, of Pampa, died Monday, August 24, 2026.

Services will be at 2 p.m. Friday in Cornerstone Colonial Chapel with the Rev. Garrett Pruett officiating. Burial will be in Fairview Cemetery.

Mrs. Dyson was born June 9, 1930, in Wheeler. She married Carl Dyson in 1949; he preceded her in death in 2004. She kept books for Dyson Welding for forty years and taught a Sunday school class of fifth-grade girls for longer than that.

Survivors include two daughters, Carla Beth Moreland of Pampa and Sandra Hix of Wichita Falls; eight grandchildren; and fourteen great-grandchildren.

The family thanks Dr. Priya Venkataraman and the staff of Pampa Regional Medical Center for their kindness. Pallbearers will be Stan Urbanczyk, Cody Moreland, Lance Hix and Roy Benavidez.""",
gold=[]),
]
