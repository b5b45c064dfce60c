"""Santa Cruz Valley Community Bulletin (Rio Rico, Tubac, Patagonia, Sonoita newsletter): teaser description,
HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="nog_scvcb_2026_012", pub="2026-02-09T08:00:00-07:00", title="Tubac Festival of the Arts: Bustamante takes Best of Show",
body="""Tubac painter Ysidro Bustamante won Best of Show at the 67th Tubac Festival of the Arts on Sunday for "Tumacácori, Agosto," a large oil of the mission church under a monsoon sky.

Bustamante, whose studio is on Calle Otero, has shown at the festival for 30 years and won the watercolor prize twice. This year's judges were Priscilla Towner of the Tubac Center of the Arts, sculptor Mark Eddleman of Bisbee and Dr. Irene Valdés of the University of Arizona.

The festival drew an estimated 60,000 visitors over five days.""",
gold=[("NOG010", "subject")]),

dict(guid="nog_scvcb_2026_018", pub="2026-03-16T08:00:00-07:00", title="Welcome, little one: births at Holy Cross",
body="""The Bulletin welcomes Mateo Rafael Munguía, born March 9 at Holy Cross Hospital to Rafael "Rafa" and Yaritza Munguía of Rio Rico. Mateo weighed 7 pounds, 11 ounces, and joins big sister Sofía.

Also welcomed this month: Aylin Encinas, born March 4 to Mario and Dulce Encinas of Nogales.""",
gold=[("NOG017", "subject")]),

dict(guid="nog_scvcb_2026_027", pub="2026-04-27T08:00:00-07:00", title="Elgin winery marks 30 years, wins gold in San Francisco",
body="""Whitlatch Vineyards in Elgin is celebrating its 30th harvest season with a gold medal at the San Francisco Chronicle Wine Competition for its 2023 Elgin Graciano.

Bernice "Bunny" Whitlatch planted the first acre of vines in 1996 with her husband, Dale, on what had been a horse pasture, when, she says, "everyone at the feed store thought we had lost our minds." The vineyard now farms 22 acres and runs a tasting room on Upper Elgin Road.

A 30th-anniversary open house is planned for May 16.""",
gold=[("NOG015", "subject")]),

dict(guid="nog_scvcb_2026_033", pub="2026-05-25T08:00:00-07:00", title="Mitchell Elementary bids farewell to a 35-year teacher",
body="""A.J. Mitchell Elementary School in Nogales said goodbye last week to second-grade teacher Estela Carrillo de Ortiz, who retires after 35 years in the same classroom.

Mrs. Ortiz, as a generation of Nogales children know her, taught bilingual reading long before it had a name in the district. Former students, some now teachers at the school themselves, lined the hallway on her last day.

She plans to travel with her husband, Celestino, and to spend more time with her grandchildren.""",
gold=[("NOG018", "subject")]),

dict(guid="nog_scvcb_2026_041", pub="2026-06-22T08:00:00-07:00", title="Patagonia couple celebrates 65 years of marriage",
body="""Nicanor "Nico" and Amparo Sandoval of Patagonia celebrated their 65th wedding anniversary on June 18 with a Mass at St. Theresa's and a dinner for 120 at the Patagonia Community Center.

The couple married in 1961 in Nogales and moved to Patagonia in 1969, when Nico took a job with the county road department. Amparo, née Romero, ran the school cafeteria for 25 years. They have five children, 14 grandchildren and nine great-grandchildren.""",
gold=[("NOG023", "subject"), ("NOG022", "subject")]),

dict(guid="nog_scvcb_2026_048", pub="2026-07-27T08:00:00-07:00", title="Patagonia library book-sale raises $18,000; thank you to our donors",
body="""The Friends of the Patagonia Public Library raised $18,000 at the annual summer book sale, enough to replace the library's swamp cooler and extend Saturday hours.

The Friends thank this year's sponsors: Clem and Opal Haverstock, Whitlatch Vineyards, Priscilla Towner, the Patagonia Lions Club and Red Mountain Foods. Volunteers Amparo Sandoval and Marisol Gallardo sorted more than 9,000 books.""",
gold=[]),

dict(guid="nog_scvcb_2026_055", pub="2026-09-28T08:00:00-07:00", title="Chili cook-off at Rio Rico fire station crowns a champion",
body="""Rio Rico Fire District Station 1 hosted its 12th annual chili cook-off Saturday, raising $6,400 for the district's burn-camp scholarship.

Tomás Haro of Rio Rico took first place with a green chile pork stew. Judges were Jesús María "Chuy" Lizárraga, Lorena Figueroa Tapia of Holy Cross Hospital and Fire Chief Ana Beltrán.""",
gold=[]),
]
