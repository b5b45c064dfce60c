"""Christ the Redeemer Lutheran Church, Yuma Foothills (invented): "Entered Into Rest" notices from the monthly
Messenger newsletter. A congregation of winter visitors who stayed: two home towns, "went to be with the Lord",
survivors listed with their spouses. Plain text. Hand-labelled."""

FEED = "ctr"
ITEMS = [
dict(guid="yum_ctr_messenger_2026_02a", pub="2026-02-27T12:00:00-07:00", title="Entered Into Rest: Vernon Pruett",
body="""Vernon Ray Pruett, 79, of Yuma and Joplin, Missouri, entered into rest on February 21, 2026, at Yuma Regional Medical Center. Vern and his late wife, Bonnie, wintered in the Foothills for twenty-two years, and Vern was the man who fixed the church's swamp cooler every April whether or not it was broken.

Vern is survived by his sister, JoAnn Threlkeld of Yuma, who sits in the third pew on the organ side and asks your prayers; his sons, Curtis Pruett of Carthage, Missouri, and Brian Pruett of Springfield; and five grandchildren.

A memorial service was held at Christ the Redeemer on February 26 with Pastor Gary Lindeman officiating. Burial will be at Ozark Memorial Park in Joplin. Cards may be sent to the family in care of the church office.""",
gold=[("YUM019", "survivor")]),

dict(guid="yum_ctr_messenger_2026_03b", pub="2026-03-27T12:00:00-07:00", title="Entered Into Rest: Arnold Wendelboe",
body="""Arnold Martin Wendelboe, 81, of Wellton and Fergus Falls, Minnesota, went to be with the Lord on March 19, 2026, at his winter home in Wellton, after a short illness.

Arnie farmed sugar beets and wheat in Otter Tail County for fifty years and spent the last fifteen winters helping his brother-in-law on the Hackbarth place near Wellton, where he claimed to have learned more about irrigation in one season than in his whole life in Minnesota. He sang bass in our choir every winter and in the Bethlehem Lutheran choir in Fergus Falls every summer.

Arnie is survived by his wife of 58 years, Judith; his sister, Phyllis Hackbarth (Orv) of Wellton; his daughters, Kristine Aune of Fergus Falls and Lisa Wendelboe of Fargo, North Dakota; and six grandchildren.

A service was held in our sanctuary on March 24. A funeral will be held at Bethlehem Lutheran Church, Fergus Falls, in May, with burial in the church cemetery.""",
gold=[("YUM013", "survivor"), ("YUM012", "survivor")]),

dict(guid="yum_ctr_messenger_2026_10a", pub="2026-10-30T12:00:00-07:00", title="Entered Into Rest: Marlys Grunewald",
body="""Marlys Jean Grunewald, 88, of Sioux Falls, South Dakota, a winter member of our congregation for thirty years, entered into rest at home in Sioux Falls on October 21, 2026.

Marlys was born Marlys Hackbarth on a farm near Canton, South Dakota, taught first grade in Sioux Falls for thirty-five years, and led our Wednesday women's Bible study from November to March for as long as anyone can remember.

She is survived by her daughter, Karen Olson of Brandon, South Dakota; her nephews, Orville "Butch" Hackbarth of Sioux Falls and Dennis Hackbarth of Canton; and three grandchildren. She was preceded in death by her husband, Wallace, and her brother, Leonard Hackbarth.

A funeral was held at First Lutheran Church, Sioux Falls. Memorials may be sent to our Bible study's scholarship fund.""",
gold=[]),
]
