"""Lakes & Neighborhoods Community News (Minneapolis, St. Paul and suburbs): community, schools, faith, police
briefs. Teaser description, HTML in content:encoded. Hand-labelled."""

FEED = "lnc"
ITEMS = [
dict(guid="msp_lnc_2026_0301", pub="2026-03-01T07:00:00-06:00", title="Eden Prairie's Brody Rask named Mr. Hockey finalist",
body="""Eden Prairie senior defenseman Brody Rask is one of three finalists for this year's Minnesota Mr. Hockey award, the state's top honor for a high-school boys hockey player.

Rask, 18, has 41 points in 25 games for the Eagles, who open the state tournament at the Xcel Energy Center on Wednesday. He has committed to play for the University of North Dakota.

"He was the kid shoveling the rink at Round Lake at 6 in the morning," said his father, Duane Rask. His mother, Jolene, has not missed a home game in four years. The award will be presented March 15 in St. Paul.""",
gold=[("MSP016", "parent_of_subject"), ("MSP017", "parent_of_subject")]),

dict(guid="msp_lnc_2026_0418", pub="2026-04-18T07:00:00-05:00", title="Minneapolis pastor honored for decade of Nokomis food shelf work",
body="""By Steve Amundsen, correspondent

The Rev. Kari Lofgren, pastor of Lake Nokomis Lutheran Church, received the Twin Cities Interfaith Council's Good Neighbor Award on Sunday for founding and running the Nokomis Community Food Shelf, which now serves 900 families a month.

Pastor Lofgren started the food shelf in the church basement in 2016 with two folding tables. "Kari never asks anyone why they are hungry, only what they need," said volunteer coordinator Sharon Tesch.

Also honored was the Rev. Dean Sandvik of Sioux Falls, S.D., for his prison ministry.""",
gold=[("MSP020", "subject")]),

dict(guid="msp_lnc_2026_0609", pub="2026-06-09T07:00:00-05:00", title="Eden Prairie pediatrician wins statewide award for clinic serving Somali families",
body="""Dr. Abdiweli Roble, medical director of Dhallaanka Children's Clinic in Eden Prairie, has received the North Star Pediatric Society's Community Physician of the Year award.

Dr. Roble founded the clinic in 2015 to give Somali-speaking families pediatric care in their own language, and its vaccination outreach through south-metro mosques is credited with lifting measles immunization rates in the community. "We sat with the mothers, we listened, and we answered every question," he said.

He lives in Eden Prairie with his wife, Sagal, and their four children.""",
gold=[("MSP021", "subject")]),

dict(guid="msp_lnc_2026_0722", pub="2026-07-22T07:00:00-05:00", title="St. Paul man charged after East Side chase",
body="""A St. Paul man was charged Tuesday with fleeing police and receiving stolen property after a chase that ended on Arcade Street, according to a criminal complaint filed in Ramsey County District Court.

Tou Vang, 34, of St. Paul, is accused of driving a stolen pickup at speeds of up to 80 mph on Maryland Avenue before crashing into a parked car near Arcade and Jenks. No one was injured. Vang was being held in the Ramsey County jail.""",
gold=[]),

dict(guid="msp_lnc_2026_0811", pub="2026-08-11T07:00:00-05:00", title="Fire heavily damages Highland Park home; couple and dog escape",
body="""A fire that began in a detached garage early Sunday spread to a house on Pinehurst Avenue in St. Paul's Highland Park neighborhood, leaving it uninhabitable, the St. Paul Fire Department said.

Homeowners Kevin and Terri O'Halloran and their dog got out safely after a smoke alarm woke them at about 3 a.m. Fire officials said an e-bike battery charging in the garage was the likely cause.

"Kevin was out on the boulevard in his socks, directing the fire trucks," said Betsy Kowalczyk, who lives around the corner and brought the couple coffee. The O'Hallorans are staying with family in Mendota Heights while the house is rebuilt.""",
gold=[("MSP011", "subject"), ("MSP012", "subject")]),

dict(guid="msp_lnc_2026_1003", pub="2026-10-03T07:00:00-05:00", title="Kowalczyk - Ibe",
body="""Nora Elizabeth Kowalczyk and Samuel Chukwuemeka Ibe were married September 19, 2026, at the Church of St. Mark in St. Paul, with a reception at the Como Park pavilion.

The bride is the daughter of Mark and Betsy Kowalczyk of St. Paul and the granddaughter of the late Evelyn Nygaard of White Bear Lake. The groom is the son of Drs. Emeka and Adaeze Ibe of Maple Grove. The couple met at the University of St. Thomas and live in Minneapolis.""",
gold=[("MSP022", "parent_of_subject")]),
]
