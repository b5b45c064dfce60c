"""The East End Voice (Lexington community paper of the East End churches): "Homegoing Celebrations" column,
church style ("transitioned", "Mother", "Deacon"), plain text in description. Hand-labelled (gold=[...])."""

FEED = "eev"
ITEMS = [
dict(guid="lex_eev-homegoing-2026-03-tandy", pub="2026-03-12T08:00:00-05:00",
     title="Homegoing Celebration: Deacon Alfred Lee Tandy",
body="""Deacon Alfred Lee "Al" Tandy transitioned from labor to reward on Sunday, March 8, 2026, at his home on Chestnut Street, surrounded by family and the songs of Zion. He was 81.

Brother Tandy was born August 8, 1944, in Lexington's East End, the fourth of seven children of the late Rev. Willis Tandy and Mother Ollie Tandy. He graduated from Dunbar High School in 1962, carried mail on the North Limestone route for thirty-four years and served as a deacon of Greater Zion Hill Missionary Baptist Church for more than four decades, where he taught the men's Sunday school class and kept the church's records in a beautiful hand.

He leaves to cherish his memory his devoted wife of 58 years, Gerri (Merriweather) Tandy; two daughters, Cynthia Tandy Owens (Bernard) of Atlanta and Dr. Monique Tandy of Louisville; a son, Alfred Tandy Jr. of Lexington; a brother-in-law, Clarence "Sonny" Merriweather of Lexington; eight grandchildren; and a host of nieces, nephews, church family and friends.

The homegoing celebration will be held at 11 a.m. Saturday, March 14, at Greater Zion Hill, with the Rev. Dr. Curtis Mabry delivering the eulogy. Interment at Cove Haven Cemetery.""",
gold=[("LEX009", "deceased_client"), ("LEX010", "spouse_of_deceased_client"), ("LEX022", "survivor")]),

dict(guid="lex_eev-homegoing-2026-04-coleman", pub="2026-04-16T08:00:00-04:00",
     title="Homegoing Celebration: Mother Ola Mae Coleman",
body="""Mother Ola Mae Coleman, 97, the oldest member of Pleasant Green Baptist Church, answered the Master's call on Monday, April 13, 2026.

Mother Coleman was born in Midway in 1928 and came to Lexington as a girl. For fifty years she cooked for families on the horse farms along Paris Pike and on Sundays she cooked for everyone else. She sang in the Senior Choir until she was ninety-four.

She leaves her daughter, Lorraine Coleman Bibbs of Lexington, with whom she lived; a son, Nathaniel Coleman of Dayton, Ohio; six grandchildren; eleven great-grandchildren; and her beloved church family.

Services will be at noon Saturday at Pleasant Green. Pallbearers: Dre Fields, Marcus Hollins, Terrence Lacy, Jerome Bibbs, Anthony Graves and Kevin Tandy. Repast to follow in the fellowship hall, hosted by the Deaconess Board under Sister Gerri Tandy.""",
gold=[("LEX011", "survivor")]),

dict(guid="lex_eev-homegoing-2026-05-merriweather", pub="2026-05-21T08:00:00-04:00",
     title="In Loving Memory: Sister Bernice Merriweather Hawkins",
body="""Sister Bernice Merriweather Hawkins, 79, of Cincinnati, Ohio, a daughter of Lexington's East End, departed this life May 17, 2026.

Bernice grew up on Ohio Street, graduated from Dunbar and spent her career as a nurse at Cincinnati General. She never stopped calling Lexington home.

She is survived by her husband, Leon Hawkins; her sister, Geraldine Tandy of Lexington; her brother, Sonny Merriweather of Lexington; and a son, Darnell Hawkins. She was preceded in death by her brother-in-law, Deacon Al Tandy.

Services were held May 20 in Cincinnati. Local friends may sign the book at Greater Zion Hill on Sunday.""",
gold=[("LEX010", "survivor"), ("LEX022", "survivor")]),

dict(guid="lex_eev-homegoing-2026-06-lacy", pub="2026-06-25T08:00:00-04:00",
     title="Homegoing Celebration: Brother Roosevelt Lacy",
body="""Brother Roosevelt Lacy, 84, of Lexington, a retired barber whose shop on Deweese Street was the East End's front porch for half a century, transitioned on June 21, 2026.

He leaves his wife, Mattie Lacy; his son, Terrence Lacy; his daughter, Sharon Lacy Wilson of Frankfort; and a shop full of men who still argue about the 1966 Texas Western game.

Services at 11 a.m. Saturday at Consolidated Baptist Church.""",
gold=[]),
]
