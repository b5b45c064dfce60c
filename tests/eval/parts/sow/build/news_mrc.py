"""Mogollon Rim Courier (Show Low weekly): local news, plain text. Hand-labelled."""

ITEMS = [
dict(guid="sow_mrc_news_20260121_feed", pub="2026-01-21T06:00:00-07:00", title="Oberholtzer Feed & Tack marks 50 years on the Deuce of Clubs",
body="""SHOW LOW - When Kendrick Oberholtzer's father opened a feed store on the Deuce of Clubs in 1976, the road was two lanes and the store sold mostly horse feed and baling twine.

Fifty years later Oberholtzer Feed & Tack, now run by Ken Oberholtzer, is marking its golden anniversary with a customer barbecue on Saturday. "We still sell baling twine," Oberholtzer said. "We just sell chicken feed to people from Phoenix now, too."

The store employs eleven people.""",
gold=[("SOW012", "subject")]),

dict(guid="sow_mrc_news_20260211_anniv", pub="2026-02-11T06:00:00-07:00", title="Heywoods celebrate 60 years",
body="""SNOWFLAKE - LaVar and Merlene Heywood of Snowflake will celebrate their 60th wedding anniversary with an open house on Saturday, Feb. 14, from 2 to 5 p.m. at the Snowflake 3rd Ward cultural hall.

The couple were married Feb. 14, 1966, in the Mesa Arizona Temple. LaVar taught shop at Snowflake High School for 33 years; Merlene, the former Merlene Tenney of Taylor, was the school district's head cook. They have five children, 22 grandchildren and 9 great-grandchildren. No gifts, please.""",
gold=[("SOW001", "subject"), ("SOW002", "subject")]),

dict(guid="sow_mrc_news_20260826_fair", pub="2026-08-26T06:00:00-07:00", title="Taylor quilter takes best of show at Navajo County Fair",
body="""HOLBROOK - A Double Wedding Ring quilt pieced from her grandmother's feed-sack fabric won Brooke Tenney of Taylor the best-of-show ribbon in the home arts division at the Navajo County Fair.

Tenney, 37, hand-quilted the piece over two winters. "I kept thinking about who wore these dresses," she said.

Judges for the division were Everett Crandell of Lakeside, Ellen Sisneros of Holbrook and Marva Pratt of Heber. Results in other divisions are on page B3.""",
gold=[("SOW015", "subject")]),

dict(guid="sow_mrc_news_20260610_eagle", pub="2026-06-10T06:00:00-07:00", title="Show Low Scout earns Eagle with trail project at Fool Hollow",
body="""SHOW LOW - Colt Ballantyne, 16, of Show Low Troop 417, received his Eagle Scout award at a court of honor on Sunday.

For his project Colt led 22 volunteers in rebuilding a quarter mile of washed-out trail at Fool Hollow Lake Recreation Area. He is the son of Rhett and Kasey Ballantyne and a sophomore at Show Low High School.""",
gold=[("SOW019", "parent_of_subject"), ("SOW020", "parent_of_subject")]),

dict(guid="sow_mrc_news_20260708_library", pub="2026-07-08T06:00:00-07:00", title="Show Low library opens children's wing",
body="""SHOW LOW - The Show Low Public Library opened its new children's wing on Monday with a ribbon cutting and a story time that drew 80 children.

The $1.2 million wing was paid for by a city bond and private gifts. Donors recognized on the wall include the Hamblin Lumber Foundation, Gwen Ballantyne, Anita and Ramon Lucero, Navopache Electric and the Show Low Rotary Club.

Library director Ruth Ann Sisk said the wing doubles the space for picture books.""",
gold=[]),
]
