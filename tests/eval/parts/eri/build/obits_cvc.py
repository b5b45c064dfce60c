"""Corry Valley Courier (weekly: Corry, Union City, Spartansburg, Edinboro), plain-text obituaries, including
notices from the Plain (Amish) community of eastern Crawford County. Hand-labelled."""

FEED = "cvc"
ITEMS = [
dict(guid="eri_cvc-obit-0121", pub="2026-01-21T06:00:00-05:00", title="Mose D. Byler, 84, Sparta Township",
body="""Mose D. Byler, 84, of Sparta Township, Crawford County, died Friday, January 16, 2026, at his home after a short illness.

He was born in a log house on Fish Flats Road, a son of the late Daniel and Lizzie (Miller) Byler, and farmed with horses all his life. He was a member of the Old Order Amish church, and for many years he built the oak rockers that are still on half the porches between Spartansburg and Riceville.

Surviving are his wife of 61 years, the former Sarah Yoder; children Eli (Katie) Byler, Daniel (Mattie) Byler, Sam (Lydia) Byler, all of Spartansburg; Lizzie, wife of John Hershberger, of Guys Mills; Miriam, wife of Glenn Kauffman, of Corry; 47 grandchildren and 23 great-grandchildren. He was preceded in death by a son, Levi, in infancy.

The funeral was held Monday at the Eli Byler residence with burial in the Byler Cemetery.""",
gold=[("ERI020", "survivor")]),
# Roster ERI020 Miriam Kauffman, maiden Byler, spouse Glenn (not a client), Corry.

dict(guid="eri_cvc-obit-0304", pub="2026-03-04T06:00:00-05:00", title="Harold L. Swanson, 79, Corry",
body="""Harold L. Swanson, 79, of Corry, died March 1, 2026, at Corry Memorial Hospital.

Harold was born in Jamestown, N.Y., and came to Corry in 1969 to work at the furniture plant, retiring as plant superintendent. He was a Scoutmaster for 25 years, a member of First Lutheran Church, and for a decade announced Corry Beavers football games from the press box.

He is survived by his wife, Janice (Carlson) Swanson; his sons, Eric of Corry and Mark of Warren; and four grandchildren.

A memorial service will be held Saturday at First Lutheran Church. Scripture will be read by his former student Kitty Fessler, and Eric Swanson will give the eulogy.""",
gold=[]),
# ERI019 Mary Catherine "Kitty" Fessler is the reader: nothing.

dict(guid="eri_cvc-obit-0520", pub="2026-05-20T06:00:00-04:00", title="Dolores M. Nowak, 92, Union City",
body="""Dolores M. Nowak, 92, of Union City, died peacefully May 17, 2026, at Edinboro Manor.

Born in Erie to the late Peter and Julia Zawacki, she married Robert Nowak in 1953 and raised five children on a farm outside Union City. She was a member of St. Teresa Church and its Altar and Rosary Society.

She is survived by her sons, Robert Jr. of Waterford and Daniel of Union City; her daughters, Carol Brown of Erie and Patricia Hall of Corry; her daughter-in-law, Terri Nowak of Edinboro; 14 grandchildren, including Tyler Nowak; and 11 great-grandchildren. She was preceded in death by her husband, Robert, and by a son, Michael.

Mass of Christian Burial Friday at St. Teresa Church, Union City.""",
gold=[("ERI023", "survivor")]),
# Roster ERI023 Theresa "Terri" Nowak of Edinboro (widow of Michael; no roster spouse).
]
