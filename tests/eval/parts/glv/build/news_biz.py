"""Mohawk Valley Business Review: business paper, plain text. Hand-labelled."""

ITEMS = [
dict(guid="glv_mvbr_2026_0112", pub="2026-02-09T07:00:00-05:00", title="After 41 years, tannery's last beamhouse manager retires",
body="""GLOVERSVILLE - When Ray Stoutenburg started at Colonial Tanning in 1985, there were still eleven tanneries in the Glove Cities. On Friday he retired as plant manager of the last one on his side of Cayadutta Creek.

Raymond Stoutenburg, 77, oversaw the plant's conversion to chrome-free leather for automotive seating in 2012, a change that saved 60 jobs. "People thought I was crazy," Stoutenburg said. "My wife still does." Darlene Stoutenburg said she plans to hold him to the fishing trips he has promised since 1990.""",
gold=[("GLV001", "subject")]),

dict(guid="glv_mvbr_2026_0148", pub="2026-04-27T07:00:00-04:00", title="Putman-Cudmore named partner at Johnstown accounting firm",
body="""JOHNSTOWN - Renee Putman-Cudmore, CPA, has been named a partner of Hale, Sweeney & Co., the Johnstown accounting firm announced Monday.

Putman-Cudmore joined the firm in 2004 and leads its agricultural and small-business practice. "Renee is the person our farm clients ask for by name," said managing partner Thomas Hale.""",
gold=[("GLV012", "subject")]),

dict(guid="glv_mvbr_2026_0171", pub="2026-06-15T07:00:00-04:00", title="Hollenbeck's Marina marks 50 years on Canada Lake",
body="""CAROGA LAKE - Hollenbeck's Marina, the boat livery and bait shop on Canada Lake, celebrates its 50th season this summer.

Owner Walt Hollenbeck, whose father opened the marina in 1976 with four rowboats and a Coke machine, now rents pontoon boats and kayaks and services outboards for half the lake. He said this year's season opener was bittersweet after the death of his nephew in March. "The lake's been good to this family," he said.""",
gold=[("GLV016", "subject")]),

dict(guid="glv_mvbr_2026_0185", pub="2026-07-06T07:00:00-04:00", title="Bernie Ostrander retires from Fulton County Federal Savings",
body="""JOHNSTOWN - Bernard J. "Bernie" Ostrander retired June 30 as president of Fulton County Federal Savings after 44 years with the bank, the last 17 as its head.

Ostrander, a deacon at Holy Trinity Parish, said he plans to spend more time in ministry and on the Johnstown Planning Board.""",
gold=[("GLV020", "subject")]),

dict(guid="glv_mvbr_2026_0199", pub="2026-08-17T07:00:00-04:00", title="New bakery-cafe opens in downtown Gloversville",
body="""GLOVERSVILLE - Cayadutta Bread Co. opened Saturday on North Main Street in the former Woolworth's building, with a line out the door for its sourdough and tomato pie.

Owners Aaron and Julie Loucks said the building's tin ceilings were their reason for choosing it. "We have been waiting for a real bakery on Main Street for thirty years," said Carla Mancusi, who was first in line.""",
gold=[]),
]
