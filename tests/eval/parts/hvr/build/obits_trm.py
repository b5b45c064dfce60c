"""Northern Plains Tribal Messenger (invented community paper for the Fort Belknap and Rocky Boy's
reservations): "Journeyed On" notices, plain text, wake-and-traditional-service style. Hand-labelled."""

FEED = "trm"
ITEMS = [
dict(guid="hvr_trm_journeyed_2026_031", pub="2026-03-13T08:00:00-06:00", title="Journeyed On: Lavonne Marie Thundershield",
body="""Lavonne Marie Thundershield, 68, of Fort Belknap Agency, began her journey home on Sunday, March 8, 2026, at the Fort Belknap Service Unit hospital in Harlem, surrounded by family.

Lavonne was born on March 3, 1958, in Harlem, to Leonard Thundershield and Cecilia (Lodgepole) Thundershield. Her Aaniiih name, given to her by her grandmother, means Morning Star Woman. She worked 30 years for the Fort Belknap Indian Community Council as a tribal enrollment clerk and later as a language-program aide, and she beaded moccasins for every new grandchild on the reservation whose parents asked, which was most of them.

She is survived by her son, Merle Thundershield of Harlem; her daughters, Tanya Thundershield and Rochelle (Dwayne) Snell of Fort Belknap Agency; her sister, Verna Lodgepole of Hays; her brother, Stanley Thundershield of Lodge Pole; thirteen grandchildren; and a great many relatives across Fort Belknap and Rocky Boy's. She was preceded in death by her parents and her brother, Gilbert.

A wake will be held beginning at 4 p.m. Wednesday at the Fort Belknap Agency community hall, with traditional services at 10 a.m. Friday. Burial will follow at the Agency Cemetery. A feed will follow the services.""",
gold=[("HVR013", "deceased_client")]),

dict(guid="hvr_trm_journeyed_2026_058", pub="2026-05-29T08:00:00-06:00", title="Journeyed On: Raymond \"Sonny\" Wolfchild",
body="""Raymond "Sonny" Wolfchild, 70, of Rocky Boy, journeyed on May 24, 2026, at Benefis Hospital in Great Falls.

Sonny was born in Havre and raised in the Bears Paw Mountains. He was a Chippewa Cree rodeo hand in his young days, then a heavy-equipment operator for the tribe's roads department for 28 years. He was a singer with the Bear Paw drum group and never missed the Rocky Boy powwow.

He is survived by his sisters, Delphine "Del" Wolfchild of Box Elder and Georgina Wolfchild of Great Falls; his sons, Tyrell and Dwight; and many grandchildren, nieces and nephews. He was preceded in death by his parents, Joseph and Mary Wolfchild.

The wake will be held at the Rocky Boy Agency gymnasium starting at 5 p.m. Tuesday. Traditional services will be held Thursday morning, with burial at the Rocky Boy Cemetery.""",
gold=[("HVR003", "survivor")]),

dict(guid="hvr_trm_journeyed_2026_087", pub="2026-08-21T08:00:00-06:00", title="Journeyed On: Gerald Bigby",
body="""Gerald Bigby, 77, of Hays, journeyed on August 16, 2026, at his home in the Little Rockies.

Gerald was an Aaniiih and Nakoda rancher and a Vietnam veteran, and he served two terms on the Fort Belknap Indian Community Council. He kept horses until the end.

He is survived by his wife, Marlene; his children, Jaylen Bigby Sr., Dawn Bigby and Russell Bigby; and nineteen grandchildren. He was preceded in death by his parents, by his brothers Lloyd and Ray, and by his cousin, Lavonne Thundershield, this spring.

The wake will be at the Hays community center beginning Tuesday evening. An honor song will be sung by Del Wolfchild and the Bear Paw singers. Traditional services Thursday at 10 a.m., burial at Mission Cemetery, St. Paul's Mission, Hays.""",
gold=[]),
]
