"""Zion Mennonite Brethren Church, Fairview: weekly bulletin "In Loving Memory / Remember in Prayer" notices,
plain text. Hand-labelled."""

ITEMS = [
dict(guid="wdg_zmb_bulletin_20260222_unruh", pub="2026-02-22T07:00:00-06:00", title="In Loving Memory: Irene Unruh",
body="""Please remember in prayer the family of Irene (Decker) Unruh, 90, of Meno, who entered her heavenly home on Tuesday, February 17. Irene was the wife of the late Walter Unruh, brother of our own Verna Ratzlaff.

She leaves to mourn her sons Galen and Royce Unruh, both of Meno; her sister-in-law, Verna (Harlan) Ratzlaff of Fairview; and many nieces and nephews.

Funeral was held Saturday at New Hopedale Mennonite Church, Meno. Cards may be sent in care of Galen Unruh, Meno, OK 73760.""",
gold=[("WDG002", "survivor"), ("WDG001", "survivor")]),

dict(guid="wdg_zmb_bulletin_20260315_penner", pub="2026-03-15T07:00:00-05:00", title="Remember in Prayer",
body="""Our sympathy and prayers go to Lavonne Nightengale on the death of her cousin, Ruth Friesen Penner, 87, of Hillsboro, Kansas, on March 9. Ruth and Lavonne grew up on neighboring farms east of Fairview and wrote to each other every week for seventy years.

Ruth is also survived by her children Stan Penner and Joyce Klassen of Hillsboro. Services were held at Parkview Mennonite Brethren Church, Hillsboro.""",
gold=[("WDG004", "survivor")]),

dict(guid="wdg_zmb_bulletin_20260412_wiens", pub="2026-04-12T07:00:00-05:00", title="In Loving Memory: Orville Wiens",
body="""Orville Wiens, 81, went to be with the Lord on April 7. A memorial service was held Thursday in the sanctuary with Pastor Roz Eitzen bringing the message and Verna Ratzlaff at the piano.

He is survived by his wife, Edna; his sons Carl and Myron; and six grandchildren. The Wiens family thanks the church for the meals and the quilt.""",
gold=[]),
]
