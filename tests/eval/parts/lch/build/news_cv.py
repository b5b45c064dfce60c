"""The Creole Trail Voice (weekly community paper): "Around the Parish" community, school, society and sports news.
Teaser description, HTML in content:encoded. Hand-labelled."""

FEED = "cvn"
ITEMS = [
dict(guid="lch_ctv_news_2026_0114_vanicor-60th", pub="2026-01-14T08:00:00-06:00",
     title="Vanicors mark 60 years of marriage",
body="""Wilfred and Leontine Vanicor of Lake Charles celebrated their 60th wedding anniversary on January 8 with a Mass of thanksgiving at Our Lady of Good Counsel and a dance at the Knights of Columbus hall.

The couple were married at Sacred Heart in Creole in 1966. Will Vanicor retired from the Port of Lake Charles in 2006; Leontine taught piano to, by her count, 400 children. They have four children, eleven grandchildren and two great-grandchildren.""",
gold=[("LCH017", "subject")]),

dict(guid="lch_ctv_news_2026_0325_derouen-nohitter", pub="2026-03-25T08:00:00-05:00",
     title="Sulphur's Kaylee Derouen throws second straight no-hitter",
body="""Sulphur High School junior Kaylee Derouen struck out 14 and did not allow a hit in the Golden Tors' 5-0 win over Barbe on Tuesday, her second no-hitter in a row.

Derouen, the daughter of Kirby and Mary Beth Derouen of Carlyss, has committed to pitch for McNeese State. Her grandmother, the late Lorraine Sonnier, never missed a home game, her father said.""",
gold=[("LCH003", "parent_of_subject")]),

dict(guid="lch_ctv_news_2026_0429_oquinn-engagement", pub="2026-04-29T08:00:00-05:00",
     title="Engagement: O'Quinn - Rideau",
body="""Mrs. Delphine Latiolais O'Quinn of Westlake and the late Roy O'Quinn announce the engagement of their daughter, Claire Elise O'Quinn, to Jacob Thomas Rideau, son of Mr. and Mrs. Paul Rideau of Opelousas.

The bride-elect is a 2020 graduate of Westlake High School and a nurse at Lake Charles Memorial Hospital. The prospective groom is an engineer in Sulphur. The wedding will be June 20 at St. John Bosco Catholic Church, Westlake.""",
gold=[("LCH020", "parent_of_subject")]),

dict(guid="lch_ctv_news_2026_0513_rozas-physician", pub="2026-05-13T08:00:00-05:00",
     title="Dr. Rozas named Physician of the Year",
body="""The Calcasieu Parish Medical Society has named Dr. Marguerite Rozas its Physician of the Year.

Rozas, a pediatrician who has practiced in Lake Charles for 22 years, started the free Saturday clinic at the Martin Luther King Center in north Lake Charles after Hurricane Laura and still works there twice a month. She will be honored at the society's dinner on May 30.""",
gold=[("LCH014", "subject")]),

dict(guid="lch_ctv_news_2026_0610_juneteenth-sponsors", pub="2026-06-10T08:00:00-05:00",
     title="Juneteenth trail ride and festival set for June 20",
body="""The 12th annual Juneteenth Trail Ride and Zydeco Festival will leave Mossville at 8 a.m. on June 20 and end at the Martin Luther King Center with music until dark.

This year's sponsors include Lucien Fontenette, Percy Narcisse, Dr. Marguerite Rozas, Fontenot's Feed & Seed, and the Bayou Boogie Ramblers. Riders must register by June 15.""",
gold=[]),  # sponsor list: nothing (Percy Narcisse is do_not_contact anyway)

dict(guid="lch_ctv_news_2026_0722_guillotte-hall", pub="2026-07-22T08:00:00-05:00",
     title="Cameron shrimper inducted into Louisiana Shrimp Association hall of fame",
body="""Octave "Tave" Guillotte of Cameron, who has shrimped the waters off Cameron Parish for 50 years and rebuilt his boat, the Miss Irma, after Hurricanes Rita, Ike and Laura, was inducted into the Louisiana Shrimp Association's hall of fame on Saturday in Houma.

Guillotte, 72, thanked his wife, Irma, "who let me name the boat after her and then spent fifty years waiting on the dock for it." """,
gold=[("LCH021", "subject")]),

dict(guid="lch_ctv_news_2026_0812_istre-100-quilts", pub="2026-08-12T08:00:00-05:00",
     title="Iowa quilter gives away her 100th quilt",
body="""Vangie Istre of Iowa finished her 100th quilt this summer, and like the other 99 she gave it away: this one to the neonatal unit at Women & Children's Hospital.

Istre, 85, started quilting after her husband died in 2003. "My sister Lorraine taught me, and she'd tell you my corners still don't match," she said.""",
gold=[("LCH010", "subject")]),
]
