"""Rosehill & Pine Memorial Chapels (Macon, Warner Robins, Forsyth): funeral-home site, HTML content. Hand-labelled."""

ITEMS = [
dict(guid="mcn_rosehill_1187", pub="2026-02-10T14:00:00-05:00", title="Cletus Wayne Mobley",
body="""Cletus Wayne Mobley, 81, of Forsyth, passed away peacefully on Saturday, February 7, 2026, surrounded by his family. Born in Culloden, he drove a log truck for thirty years and sang bass in the Pine Grove Quartet.

Cletus is survived by his daughter, Sue Ellen Lanier and her husband, Beau, of Forsyth; his son, Donnie Mobley of Barnesville; six grandchildren; and his sister, Irene Bass. He was preceded in death by his wife, Ima Jean Mobley.

A celebration of life will be held at 2 p.m. Wednesday in the Forsyth chapel of Rosehill & Pine. In lieu of flowers, the family asks that donations be made to the Monroe County Humane Society.""",
gold=[("MCN008", "survivor"), ("MCN007", "survivor")]),

dict(guid="mcn_rosehill_1203", pub="2026-02-24T14:00:00-05:00", title="Geraldine Pounds",
body="""Sunrise: June 3, 1949. Sunset: February 20, 2026. Mrs. Geraldine Pounds of Warner Robins was a retired civilian supply technician at Robins Air Force Base and a member of Greater Mount Pleasant Baptist Church.

She leaves to cherish her memory her daughter, Keisha Hightower (Darnell) of Warner Robins; her son, Antonio Pounds of Fort Valley; grandchildren Jaylen, Kendall and Mya; and a host of nieces, nephews and church family.

Homegoing services will be held Saturday at 12 noon at Greater Mount Pleasant Baptist Church. The eulogy will be delivered by Pastor Leon Whitfield. The repast will follow in the fellowship hall.""",
gold=[("MCN010", "survivor"), ("MCN009", "survivor")]),

dict(guid="mcn_rosehill_1219", pub="2026-03-17T14:00:00-04:00", title="Bertha Lattimore",
body="""Mrs. Bertha Lattimore, 88, of Macon, entered eternal rest on Thursday, March 12, 2026. She was a founding member of the Pleasant Hill Neighborhood Association.

She is survived by her son, James Lattimore of Macon; her granddaughter, Attorney Tamika Lattimore-Banks (Reginald) of Macon; two great-grandsons; and a host of relatives. She was preceded in death by her husband, Deacon Otha Lattimore.

Services Saturday at 11 a.m. at Macedonia Missionary Baptist Church. Eulogist: the Rev. Clarence Hambrick. Interment Linwood Cemetery.""",
gold=[("MCN013", "survivor")]),

dict(guid="mcn_rosehill_1226", pub="2026-03-26T14:00:00-04:00", title="Wendell Cawthon",
body="""Wendell Lee Cawthon, 44, of Kathleen, died unexpectedly on Monday, March 23, 2026. He was a truck mechanic at Perdue Farms in Perry and coached Little League at Kathleen Park.

He is survived by his mother, Faye Cawthon of Kathleen; his brother, Dewayne Cawthon and wife Jolene of Kathleen; and his nephew, Brantley.

A memorial service will be held at 3 p.m. Sunday at the Warner Robins chapel of Rosehill & Pine.""",
gold=[("MCN019", "survivor")]),

dict(guid="mcn_rosehill_1231", pub="2026-04-03T14:00:00-04:00", title="Ophelia Crumbley",
body="""Ophelia Crumbley, 86, of Macon, passed away on March 31, 2026. She was a seamstress for fifty years.

She is survived by her son, Alvin Crumbley of Macon; her daughter, Bernice Crumbley Ware of Atlanta; and four grandchildren.

Services will be held Monday at 11 a.m. at the Macon chapel.""",
gold=[]),

dict(guid="mcn_rosehill_1240", pub="2026-04-20T14:00:00-04:00", title="Otis Slappey",
body="""Otis James Slappey, 79, of Warner Robins, passed away on Thursday, April 16, 2026. A Vietnam veteran, he retired from Robins Air Force Base as an aircraft electrician.

He is survived by his wife, Mattie Slappey; his sister-in-law, Vernice Slappey of Warner Robins; his nephew, Curtis Slappey of Centerville; and a host of nieces and nephews. He was preceded in death by his brother, Leroy Slappey.

Funeral services will be Saturday at 1 p.m. at the Warner Robins chapel. Military honors will be rendered by the Robins AFB Honor Guard.""",
gold=[("MCN015", "survivor")]),
]
