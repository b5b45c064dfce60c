"""Church bulletins: Greater Mt. Zion AME Church (Princess Anne) and the Crisfield-Smith Island charge of the United
Methodist Church: plain text, "Bereavement" and "Prayer list" notices. Hand-labelled."""

FEED = "church"
ITEMS = [
dict(guid="sby_church_2026_0111", pub="2026-01-15T08:00:00-05:00", title="Prayer list and sympathy - Crisfield-Smith Island Charge",
body="""Our sympathy and prayers go to the family of Sister Edna Dize Evans of Tylerton, Smith Island, 93, who went home to be with the Lord on Saturday, January 10. Miss Edna played the organ at Union Methodist Church in Tylerton for 61 years. She is survived by her son, Calvin Evans of Tylerton; her nephew, Woody Dize (Loretta) of Crisfield; and a host of cousins on both islands. Service Thursday at 1 p.m. at Union Methodist, Tylerton, with the 10 a.m. boat from Crisfield held for mourners. Please remember also on our prayer list this week Jimmy Sterling, Ida Lawson and the crew of the Miss Joanie.""",
gold=[("SBY001", "survivor"), ("SBY002", "survivor")]),

dict(guid="sby_church_2026_0122", pub="2026-02-28T08:00:00-05:00", title="Bereavement: Mother Estelle Handy",
body="""The Greater Mt. Zion AME Church family of Princess Anne announces the homegoing of our beloved Mother Estelle Handy, 88, who transitioned from labor to reward on Tuesday, February 24, 2026.

Mother Handy was a member of Greater Mt. Zion for seventy years, a Stewardess, and the president of the Missionary Society. She worked in the dining hall at Maryland State College, now UMES, for 35 years.

She leaves to cherish her memory her daughter, Denise Waters and her husband, Deacon Reginald Waters, of Princess Anne; her son, Carl Handy of Baltimore; six grandchildren; and a host of church family. She was preceded in death by her husband, Deacon Albert Handy.

The homegoing celebration will be held Saturday at 11 a.m. at Greater Mt. Zion AME Church. Eulogist: the Rev. Thaddeus Fooks, pastor. Viewing from 10 a.m. The repast will follow in the fellowship hall.""",
gold=[("SBY007", "survivor"), ("SBY006", "survivor")]),

dict(guid="sby_church_2026_0140", pub="2026-04-04T08:00:00-04:00", title="Bereavement: Deacon Roland Gale",
body="""With sorrow the Greater Mt. Zion AME Church family announces the passing of Deacon Roland T. Gale, 70, of Westover, on Monday, March 30, 2026.

Deacon Gale was chairman of the Trustee Board and drove the church van to every district conference for twenty years. He retired from the Eastern Correctional Institution after 28 years.

He leaves his wife, Marjorie Gale; his daughters, Tanya Gale-Brown of Dover, Del., and Renee Gale of Princess Anne; and five grandchildren.

Homegoing service Saturday at noon at Greater Mt. Zion. Officiating: the Rev. Thaddeus Fooks. Honorary pallbearers: the Deacon Board, Deacon Reginald Waters, chairman. Interment at Garden of Memories.""",
gold=[]),

dict(guid="sby_church_2026_0152", pub="2026-05-21T08:00:00-04:00", title="Prayer list and sympathy - Crisfield-Smith Island Charge",
body="""Please hold in your prayers Tommy Marshall and his family of Ewell on the death of his mother, Iva Marshall, 90, on Sunday, May 17. Miss Iva baked the eight-layer cakes for every homecoming at Ewell Methodist for half a century. Funeral at Ewell Methodist Church, Friday, 11 a.m. Our prayer list also holds Loretta Dize as she grieves, and Marvin Tyler Jr. recovering from knee surgery.""",
gold=[("SBY014", "survivor")]),
]
