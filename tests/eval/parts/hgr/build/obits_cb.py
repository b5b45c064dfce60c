"""Mount Briar and Beaver Creek Churches of the Brethren - "Congregational Notes" (a joint church newsletter and
bulletin insert): plain text, short entries in the congregations' own voice. Hand-labelled."""

FEED = "cb"
ITEMS = [
dict(guid="hgr_cb_2026_03_01_a", pub="2026-03-01T07:00:00-05:00", title="Entered into rest: Betty Funk Eshleman",
body="""Please uphold in prayer the family of our sister Betty Jane (Funk) Eshleman, 57, of Beaver Creek, who entered into rest on Tuesday, February 24, after a long illness borne with grace. Betty taught the primary Sunday school class at Beaver Creek for twenty years and made the love-feast bread each spring.

She leaves her husband, Robert Eshleman; their sons, Jacob and Nathan; her mother, Verna Funk of Clear Spring; and her sister, Mrs. Curtis (Tammy) Shank of Clear Spring.

A memorial service was held Saturday at Beaver Creek Church of the Brethren, with Brother Glenn Hollinger bringing the message. Cards may be sent to the family in care of the church office.""",
gold=[("HGR012", "survivor"), ("HGR011", "survivor")]),

dict(guid="hgr_cb_2026_03_22_a", pub="2026-03-22T07:00:00-04:00", title="Entered into rest: Alma Stouffer",
body="""Our congregation mourns again so soon. Sister Alma Grace Stouffer, 101, the oldest member of Mount Briar, went home on March 17 at Fahrney-Keedy, where she had lived since 2019. She remembered the old meetinghouse before the addition and was baptized in the Little Antietam in 1937.

She is survived by her daughter, Naomi Poffenberger of Keedysville, by four grandchildren, and by a great many great-grandchildren. She was preceded in death by her husband, Amos Stouffer, and by her son-in-law, Wilbur Poffenberger, whom we laid to rest only this January.

A service was held at Mount Briar on Friday. Let us keep Naomi especially in our prayers.""",
gold=[("HGR004", "survivor")]),

dict(guid="hgr_cb_2026_05_10_a", pub="2026-05-10T07:00:00-04:00", title="Entered into rest: Elvin Martin",
body="""Brother Elvin Z. Martin, 89, of rural Clear Spring, passed from this life on May 5 at his farm on Broadfording Road. Elvin and his late wife, Lena, were faithful at Beaver Creek for sixty years; he built most of the church's benches and repaired the rest.

He is survived by his son, Lester Martin of Mercersburg, Pa.; his daughter, Ruth Zimmerman of Ephrata, Pa.; eleven grandchildren; and his nephew, Eldon Strite of Williamsport, who cared for him these last years.

Funeral services were held May 8 at Beaver Creek Church of the Brethren, with Brother Glenn Hollinger officiating and the Rev. Lamar Hoffman of Hagerstown assisting. Burial in the Beaver Creek cemetery.""",
gold=[("HGR008", "survivor")]),
]
