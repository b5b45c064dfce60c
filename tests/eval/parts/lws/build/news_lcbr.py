"""Lewis-Clark Business Report: a regional business paper, plain-text stories. Hand-labelled (`gold`)."""

FEED = "lcbr"
ITEMS = [
dict(guid="lws_lcbr_2026_04_0215", pub="2026-04-06T07:00:00-07:00", title="Schrenk Jet Boat Works marks 25 years on the Snake",
body="""Schrenk Jet Boat Works, the Clarkston builder of aluminum jet boats for Hells Canyon outfitters, is celebrating 25 years in business this month.

Brad Schrenk took over the shop from his father, Dale, in 2014 and has since doubled its workforce to 22. The company delivered its 600th hull in March, a 26-foot whitewater boat for an outfitter in Riggins.

"My dad welded the first one in a pole barn," Schrenk said. "We still have the pole barn. We just have a bigger one next to it." The company is adding a paint line this summer.""",
gold=[("LWS009", "subject")]),

dict(guid="lws_lcbr_2026_05_0233", pub="2026-05-11T07:00:00-07:00", title="Vanderwilt retires after 41 years at Confluence Paperboard",
body="""Jerry Vanderwilt, the longest-serving millwright at Confluence Paperboard's Lewiston pulp mill, retired Friday after 41 years.

Vanderwilt started on the labor pool in 1985 and spent the last 18 years as maintenance supervisor on the No. 4 paper machine. Coworkers gave him a send-off in the mill lunchroom, complete with a cake shaped like a gearbox.

He and his wife, Connie, plan to spend more time at their cabin near Elk River and with their grandchildren.""",
gold=[("LWS007", "subject")]),

dict(guid="lws_lcbr_2026_07_0271", pub="2026-07-13T07:00:00-07:00", title="Valley Regional names new director of nursing",
body="""Valley Regional Medical Center in Clarkston has promoted Terry McGreevy to director of nursing.

McGreevy, a Clarkston native, has worked at the hospital for 16 years, most recently as nurse manager of the emergency department. He replaces Linda Oberg, who retired in June. He holds a master's degree in nursing from Washington State University.""",
gold=[("LWS015", "subject")]),

dict(guid="lws_lcbr_2026_08_0290", pub="2026-08-17T07:00:00-07:00", title="Donors named for Confluence Park pavilion",
body="""The Lewis-Clark Valley Chamber of Commerce has released the list of donors whose gifts paid for the new pavilion at Confluence Park, which opens Saturday.

Leading donors include Confluence Paperboard, Avista, Schrenk Jet Boat Works and the Asotin County PUD. Individual donors include Howard and Velma Ashenfelter, Russ Tollefsrud, Dr. Anil Mehta, Juanita Arguello, Bill and Peg Oberg and the Lewiston Roundup Association.""",
gold=[]),

dict(guid="lws_lcbr_2026_10_0318", pub="2026-10-19T07:00:00-07:00", title="Taquería La Confluencia owner named Small Business Person of the Year",
body="""Juanita Arguello, owner of Taquería La Confluencia on Main Street in downtown Lewiston, has been named Small Business Person of the Year by the Lewis-Clark Valley Chamber of Commerce.

Arguello opened the restaurant in 2009 in a former shoe store with four tables and her father's recipes. It now seats 80, employs 19 and caters half the weddings and quinceañeras in the valley.

"My father cooked for us every Sunday. I just kept cooking," Arguello said. She will receive the award at the chamber's annual banquet Nov. 12.""",
gold=[("LWS019", "subject")]),
]
