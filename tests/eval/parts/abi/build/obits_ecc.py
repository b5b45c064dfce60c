"""Elmcrest Church of Christ (Abilene), weekly bulletin "Family News": sympathy notices and member deaths, plain
text. Hand-labelled."""

FEED = "ecc"
ITEMS = [
dict(guid="abi_ecc_bulletin_2026_04_12_sympathy", pub="2026-04-12T07:00:00-05:00",
title="Our Sympathy - Patsy Ledbetter",
body="""Our love and sympathy go out to Patsy Ledbetter of Hawley, whose sister, Frances Bearden Cole, 86, passed away Thursday, April 9, in Lubbock after a long illness. Frances and Patsy grew up on the Bearden place north of Hawley and talked on the telephone every single evening for sixty years.

Services for Frances were held Saturday at Broadway Church of Christ in Lubbock. Cards may be sent to Patsy at her home in Hawley. Please keep Patsy and the whole Bearden family in your prayers this week.""",
gold=[("ABI017", "survivor")]),

dict(guid="abi_ecc_bulletin_2026_07_05_kittrell", pub="2026-07-05T07:00:00-05:00",
title="Sister Vera Mae Kittrell Goes Home",
body="""Our dear sister Vera Mae Kittrell, 96, went home to be with the Lord on Wednesday, July 1, at Wisteria Place. Sister Kittrell had placed membership at Elmcrest in 1961 and taught the two-year-olds' Bible class for more years than any of us can count; half the congregation learned "Jesus Loves Me" from her.

Vera Mae was preceded in death by her husband, Homer, and by her son, Dale Kittrell. She is survived by her daughter, Joy Pennington of Cross Plains; her grandchildren, Lorna Vickery and her husband, Terry, of Abilene, and Brad Kittrell of Granbury; and seven great-grandchildren, including Caleb Vickery, who leaves for the Air Force Academy this month.

The funeral will be held here at Elmcrest at 10 a.m. Tuesday, July 7, with Bro. Dwayne Kimbrough preaching. The ladies' class will provide the family meal in the fellowship hall following the burial at Elmwood Memorial Park. Please bring your dishes by 9:30.""",
gold=[("ABI009", "survivor"), ("ABI008", "survivor")]),

dict(guid="abi_ecc_bulletin_2026_08_30_family_news", pub="2026-08-30T07:00:00-05:00",
title="Family News - August 30",
body="""We were saddened to learn of the passing of Brother Otis Caraway, 84, on Thursday, August 27. Otis served as a deacon over the building and grounds for twenty years and was usually the first one here on Sunday morning to unlock the doors and start the coffee. He is survived by his wife, Dorothy, and his sons, Mike and Randy. Services were held Saturday at Hamby-Lytle Funeral Home. Please remember Dorothy and the Caraway family.

Please continue to pray for: Glenn Stockton, recovering at home in Clyde from knee replacement surgery; Ima Jean Folsom, at Hendrick; the Pruitt family as they travel; and our missionaries in Guatemala, Jon and Becca Sosebee.

Our thanks to everyone who helped with Vacation Bible School. More than 140 children attended this year.""",
gold=[]),
]
