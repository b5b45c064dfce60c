"""Third Baptist Church of Marion - weekly bulletin, "Our Church Family" bereavement notes (also notices sent in
by sister churches of the Franklin and Williamson associations), plain text. Hand-labelled."""

FEED = "tbc"
ITEMS = [
dict(guid="mvn_tbc_bulletin_20260524_sirles", pub="2026-05-24T07:00:00-05:00", title="With Sympathy: Nora Jean Sirles",
body="""Our church family extends its sympathy to the family of Sister Nora Jean Sirles, 87, of Marion, who went home to be with the Lord on Wednesday, May 20, 2026. Nora Jean taught the Ladies' Bible Class for thirty years and never missed bringing her deviled eggs to a funeral dinner.

She is survived by her daughter, Judy (Dale) Sirles of Marion; her sister-in-law, Imogene (the late Orville) Pankey of Marion; three grandchildren and six great-grandchildren. She was preceded in death by her husband, Virgil "Bud" Sirles.

Services were held Saturday in our sanctuary. Please remember the family in your prayers.""",
gold=[("MVN004", "survivor")]),

dict(guid="mvn_tbc_bulletin_20260607_hartline", pub="2026-06-07T07:00:00-05:00", title="Prayer List: Freda Hartline (First Baptist, Carterville)",
body="""From our sister church, First Baptist of Carterville: Freda Hartline, 84, of Carterville, passed away June 3, 2026. She is survived by her son, Roger Hartline of Cambria, and two granddaughters. Pastor Ansel Tippy will officiate the service on Tuesday, and special music will be by Wanda Threlkeld of Mount Vernon, who sang with Freda at Crab Orchard Lake revivals for many summers. Please hold the Hartline family in prayer.""",
gold=[]),

dict(guid="mvn_tbc_bulletin_20260628_rushing", pub="2026-06-28T07:00:00-05:00", title="With Sympathy: Glenda Rushing (Benton)",
body="""Sympathy to the family of Glenda Kay Rushing, 66, of Benton, who passed away June 24, 2026, after a long illness. Glenda was a cook at the Benton Dairy Bar for many summers. She is survived by her daughter, Jolene Rushing of Benton; her son, Wesley Rushing of Mount Vernon; and her mother, Opal Sutton of West Frankfort. Services were held at the Benton chapel of Big Muddy & Crab Orchard.""",
gold=[]),
]
