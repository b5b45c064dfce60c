"""Greenbrier Hills United Methodist Church, Lewisburg: weekly bulletin, "Joys and Concerns / Our Sympathy"
notices, plain text, short headings. Hand-labelled."""

FEED = "ghumc"
ITEMS = [
dict(guid="lwb_ghumc_bulletin_20260111_ocheltree", pub="2026-01-11T07:00:00-05:00", title="Our Sympathy: Opal Ocheltree",
body="""OUR SYMPATHY. Opal Jean Ocheltree, 83, a member of this congregation for 61 years, entered into eternal rest on Tuesday, January 6, at her home on Lee Street. Opal sang alto in the Chancel Choir from 1965 until her knees gave out, and she never once let a funeral dinner run short of deviled eggs.

Please hold in your prayers her daughter, Ann Ocheltree Pack, and Ann's husband, Jerry, of Lewisburg, and Opal's sister-in-law, Maggie Ocheltree of Alderson, who cared for her through the autumn.

A service of death and resurrection will be held Saturday at 11 a.m. in the sanctuary. The United Methodist Women will serve the family meal in Fellowship Hall afterwards; please see Jo Ann Cavendish if you can bring a covered dish.""",
gold=[("LWB010", "survivor")]),  # Jo Ann Cavendish (LWB013) organises the meal: nothing

dict(guid="lwb_ghumc_bulletin_20260419_spangler", pub="2026-04-19T07:00:00-04:00", title="Joys and Concerns: Ruby Spangler",
body="""JOYS AND CONCERNS. We give thanks for the life of Ruby Fay Spangler, 96, our oldest member, who died peacefully on Wednesday at The Gardens. She taught the Wesley Sunday School class for forty years and kept the nursery rocking chairs oiled.

Ruby is survived by her daughter, Jo Ann Persinger of Fairlea, and her son, Dale Spangler of Roanoke, Va., and by a host of grandchildren.

Pastor Nate Cavendish will lead the service of witness to the resurrection on Tuesday at 2 p.m. Loretta Wickline and the Tuesday Circle will host the reception. Memorial gifts may be made to the church's nursery fund.""",
gold=[]),  # officiant LWB014, reception host LWB002, "Jo Ann Persinger" is not Jo Ann Cavendish: nothing

dict(guid="lwb_ghumc_bulletin_20260913_burdette", pub="2026-09-13T07:00:00-04:00", title="Our Sympathy: Kermit Burdette",
body="""OUR SYMPATHY is extended to Tad and Loretta Wickline on the death of Loretta's brother, Kermit Burdette, 86, of Rupert, on September 9. Kermit was the last of the eight Burdette children of Rupert. His funeral was held Saturday at Rupert Church of the Brethren.

Cards may be sent to the Wicklines at their home on East Foster Street.""",
gold=[("LWB001", "survivor"), ("LWB002", "survivor")]),
]
