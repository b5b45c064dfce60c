"""The Cuero-Yoakum Record (weekly): community news, plain text. Hand-labelled."""

FEED = "cyr"
ITEMS = [
dict(guid="vct_cyr_2026_0114", pub="2026-01-14T08:00:00-06:00", title="Kahlichs mark 50 years of marriage",
body="""YOAKUM - Delbert and Wanda Kahlich of Yoakum celebrated their 50th wedding anniversary with a dance at the Yoakum KC Hall on Saturday, January 10.

The former Wanda Hermes and Delbert Kahlich were married January 11, 1976, at St. Paul Lutheran Church in Yoakum. Delbert retired from the Yoakum Independent School District transportation department; Wanda is a retired postal clerk. They have three children and seven grandchildren.""",
gold=[("VCT021", "subject"), ("VCT022", "subject")]),

dict(guid="vct_cyr_2026_0211", pub="2026-02-11T08:00:00-06:00", title="Cuero linebacker Hayden Boehm named to all-state team",
body="""CUERO - Cuero Gobblers linebacker Hayden Boehm has been named first-team all-state in Class 4A Division II by the Texas Sports Writers Association.

Boehm, a senior, led the Gobblers with 142 tackles. He is the son of Leroy Boehm Jr. and Stacy Boehm of Cuero and plans to play at Texas State.""",
gold=[("VCT009", "parent_of_subject")]),

dict(guid="vct_cyr_2026_0318", pub="2026-03-18T08:00:00-05:00", title="Chamber names Erwin Pesek Yoakum's Citizen of the Year",
body="""YOAKUM - Erwin Pesek, who has organized the Yoakum Tom Tom Festival parade for 22 years, was named Citizen of the Year at the Yoakum Area Chamber of Commerce banquet on Saturday.

Pesek, a retired Yoakum Community Hospital maintenance supervisor, also drives for Meals on Wheels twice a week. His wife, Irene, accepted a bouquet on behalf of the family. "He did not want to come up on that stage," she said.""",
gold=[("VCT017", "subject")]),

dict(guid="vct_cyr_2026_0415", pub="2026-04-15T08:00:00-05:00", title="Births at Cuero Regional Hospital",
body="""A son, Marcus James Oliphant Jr., 7 lbs. 11 oz., born April 8 to Marcus and Kendra Oliphant of Victoria.

A daughter, Emma Rose Lott, 6 lbs. 14 oz., born April 10 to Jimmy and Kaci Lott of Cuero. Grandparents are Wayne and Donna Lott of Cuero.""",
gold=[("VCT019", "subject")]),

dict(guid="vct_cyr_2026_0422", pub="2026-04-22T08:00:00-05:00", title="Yoakum FFA livestock sale brings record $412,000",
body="""YOAKUM - Buyers paid a record $412,000 for the 96 animals at the Yoakum FFA and 4-H livestock sale on Saturday at the Yoakum Community Center.

The grand champion steer, shown by Kaylee Kusserow, sold for $21,000 to a group of buyers including Kahlich Feed and Hardware, Mary Lou Janak and First State Bank of Yoakum. Add-on donors included Erwin Pesek, Jo Beth Schaefer and the Yoakum Lions Club.""",
gold=[]),

dict(guid="vct_cyr_2026_1014", pub="2026-10-14T08:00:00-05:00", title="Turkeyfest barbecue cook-off crowns a new champion",
body="""CUERO - A team from Nordheim called the Pit Crew took the brisket title at Saturday's Turkeyfest barbecue cook-off in Cuero Municipal Park.

Judges for the brisket and ribs categories included Leroy Boehm Jr. and Carolyn Fikac of Cuero, and Kyle Wendel of Port Lavaca. "Every year somebody tries to bribe me with peach cobbler," Fikac said. "Every year it works a little." """,
gold=[]),
]
